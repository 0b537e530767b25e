// Reading and showing numbers the way report coordinators type them (99.94, 99,94, 99.94 %).
// Every figure is rounded here as digits and a point ("99.76"); a document's words then write it
// in its locale ("99,76 %"). Reading takes both separators, whatever the report's language.
import { nameInMessage } from './message-names';
import { isolated } from './bidi-text';
import { ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';
import { singularUnitIn } from './i18n/unit-singulars';

export type NumberEntry = { ok: true; value: number | null } | { ok: false; message: string };

const numberPattern = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;
// "1,234.5" or "1.234,5": one of the two separators groups thousands, which a figure does not
// take. A lone "1,234" stays 1.234: the decimal comma is how French coordinators (the seed's
// own) write 99,945, and the cell then shows 1.234, so a thousand meant is seen at once.
const groupedThousands = /^[+-]?[1-9]\d{0,2}([,.]\d{3})+[.,]\d+$/;

/**
 * Reads one cell as typed. Empty means "no value" (null), never zero.
 * The message names the problem only; the caller says where ("M3 Availability: …").
 */
export function parseNumberEntry(raw: string): NumberEntry {
  const trimmed = raw.replace(/\u00a0/g, ' ').trim();
  if (trimmed === '' || trimmed === '—' || trimmed === '-') return { ok: true, value: null };
  const withoutUnit = trimmed.replace(/\s*%$/, '').trim();
  if (groupedThousands.test(withoutUnit) && /,/.test(withoutUnit) && /\./.test(withoutUnit)) {
    return { ok: false, message: `'${nameInMessage(raw.trim())}': type the number without a thousands separator` };
  }
  if (!numberPattern.test(withoutUnit)) return { ok: false, message: `'${nameInMessage(raw.trim())}' is not a number` };
  const value = Number(withoutUnit.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: `'${nameInMessage(raw.trim())}' is too large to be a figure` };
  return { ok: true, value };
}

/** Like parseNumberEntry, but an empty entry is an error too (a target, a PM). */
export function parseRequiredNumber(raw: string): { ok: true; value: number } | { ok: false; message: string } {
  const entry = parseNumberEntry(raw);
  if (!entry.ok) return entry;
  if (entry.value === null) return { ok: false, message: 'a number is needed here' };
  return { ok: true, value: entry.value };
}

/**
 * Shows a figure: with the metric's fixed decimals when it has them, otherwise as entered,
 * rounded to at most two places (ARGO sends 99.99999900000002).
 */
export function formatNumber(value: number, decimals: number | null = null): string {
  // One rounding for every path: toFixed alone rounds 2.315 down (binary) where Math.round goes up.
  const rounded = roundTo(value, decimals ?? 2);
  const shown = Object.is(rounded, -0) ? 0 : rounded;
  return decimals === null ? String(shown) : shown.toFixed(decimals);
}

/**
 * Half away from zero on the decimal digits as written: 1.005 → 1.01, where value * 100 would
 * give 100.49999… and round down. Shifting through the exponent keeps the digits exact.
 */
function roundTo(value: number, places: number): number {
  const magnitude = Math.abs(value);
  const shifted = Number(`${magnitude}e${places}`);
  // Very large or tiny magnitudes print in exponent form, which the shift cannot take.
  const rounded = Number.isFinite(shifted) ? Number(`${Math.round(shifted)}e-${places}`) : Math.round(magnitude * 10 ** places) / 10 ** places;
  return Math.sign(value) * rounded;
}

/** "97.20 %", "2.8 working days", "1 working day"; "97,20 %" in French. */
export function formatWithUnit(value: number, unit: string, decimals: number | null = null, words: DocumentWords = ENGLISH_WORDS): string {
  return withUnit(words.number(formatNumber(value, decimals)), unit, words);
}

// Units whose last word is an English plural with a known singular. Only these change for a
// value of 1: "ms", "Mbps" or "s" end in an s and are not plurals.
const SINGULAR_OF: Readonly<Record<string, string>> = {
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
  weeks: 'week',
  months: 'month',
  tickets: 'ticket',
  incidents: 'incident',
  requests: 'request',
  calls: 'call',
  users: 'user',
  errors: 'error',
  outages: 'outage',
  events: 'event',
  changes: 'change',
  deliverables: 'deliverable',
  publications: 'publication',
};

/** The unit as it reads after a value of 1: "working day", "ms". */
export function singularUnit(unit: string): string {
  const match = /^(.*?)([A-Za-z]+)$/.exec(unit);
  if (match === null) return unit;
  const [, before = '', last = ''] = match;
  const singular = SINGULAR_OF[last.toLowerCase()];
  if (singular === undefined) return unit;
  // Keep the writer's capital: "Days" → "Day".
  const cased = last[0] === last[0]?.toUpperCase() ? singular[0]!.toUpperCase() + singular.slice(1) : singular;
  return `${before}${cased}`;
}

/**
 * A number already formatted, with its unit: "97.20 %", "1 working day"; in French and German
 * with the locale's no-break space ("97,20\u202f%"), the unit as the person wrote it.
 */
export function withUnit(shown: string, unit: string, words: DocumentWords = ENGLISH_WORDS): string {
  if (unit === '') return shown;
  // A unit with a bidirectional control in it is isolated, so it cannot turn the words after it around.
  if (words.language !== 'en') return `${shown}${words.unitSpace(unit)}${isolated(words.takesSingular(shown) ? singularUnitIn(words.language, unit) : unit)}`;
  if (unit === '%') return `${shown} %`;
  // "1 working day", but "1.00 working days" as English writes a figure with decimals; a unit
  // with a bidirectional control in it is isolated, so it cannot turn the words after it around.
  return `${shown} ${isolated(/^[+-]?1$/.test(shown) ? singularUnit(unit) : unit)}`;
}

/** Person-months: 12, 4.5 (4,5 in French). */
export function formatPm(value: number, words: DocumentWords = ENGLISH_WORDS): string {
  return words.number(formatNumber(value, null));
}
