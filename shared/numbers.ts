// Reading and showing numbers the way report coordinators type them (99.94, 99,94, 99.94 %).

export type NumberEntry = { ok: true; value: number | null } | { ok: false; message: string };

const numberPattern = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/**
 * Reads one cell as typed. Empty means "no value" (null), never zero.
 * The message names the problem only; the caller says where ("M3 Availability: …").
 */
export function parseNumberEntry(raw: string): NumberEntry {
  const trimmed = raw.replace(/\u00a0/g, ' ').trim();
  if (trimmed === '' || trimmed === '—' || trimmed === '-') return { ok: true, value: null };
  const withoutUnit = trimmed.replace(/\s*%$/, '').trim();
  if (!numberPattern.test(withoutUnit)) return { ok: false, message: `'${raw.trim()}' is not a number` };
  const value = Number(withoutUnit.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: `'${raw.trim()}' is too large to be a figure` };
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

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** "97.20 %", "2.8 working days", "1 working day". */
export function formatWithUnit(value: number, unit: string, decimals: number | null = null): string {
  return withUnit(formatNumber(value, decimals), unit);
}

/** A number already formatted, with its unit: "97.20 %", "1 working day". */
export function withUnit(shown: string, unit: string): string {
  if (unit === '') return shown;
  if (unit === '%') return `${shown} %`;
  const singular = Number(shown) === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return `${shown} ${singular}`;
}

/** Person-months: 12, 4.5. */
export function formatPm(value: number): string {
  return formatNumber(value, null);
}
