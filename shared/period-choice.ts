// The period a report covers as the person chooses it: what Start Next Period proposes, and a
// period's name read back to its months ("January – June 2025" starts in 2025-01).
import type { ReportMeta } from './report-schema';
import { addMonths, describePeriod, formatMonthKey, nextPeriodStart } from './periods';
import { monthOfName } from './month-cells';
import { documentWords, ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';

export type Period = ReportMeta['period'];
type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

// "January – June 2025", "November 2025 – April 2026", "Jan-Jun 2025", "juillet – décembre 2025".
const MONTH_RANGE = /^([\p{L}]+\.?)(?:\s+(\d{4}))?\s*[\u2013\u2014-]\s*([\p{L}]+\.?)\s+(\d{4})$/u;
const SINGLE_MONTH = /^([\p{L}]+\.?)\s+(\d{4})$/u;

/**
 * The first month of a period named by its months, when the name spans exactly `months` months;
 * null for any other name ("S2 2025", "Second semester"), which Report Desk leaves as written.
 */
export function startOfPeriodName(name: string, months: number): string | null {
  const text = name.trim();
  const single = SINGLE_MONTH.exec(text);
  if (single !== null) {
    const month = monthOfName(single[1]!);
    return month === null || months !== 1 ? null : formatMonthKey(Number(single[2]), month);
  }
  const range = MONTH_RANGE.exec(text);
  if (range === null) return null;
  const first = monthOfName(range[1]!);
  const last = monthOfName(range[3]!);
  if (first === null || last === null) return null;
  const lastYear = Number(range[4]);
  // "November – April 2026" starts the year before; a first year written says it outright.
  const firstYear = range[2] !== undefined ? Number(range[2]) : first <= last ? lastYear : lastYear - 1;
  const span = (lastYear * 12 + last) - (firstYear * 12 + first) + 1;
  return span === months ? formatMonthKey(firstYear, first) : null;
}

/** The name a period is known by: its own, or its months' ("July – December 2025", "juillet – décembre 2025"); null when it has neither. */
export function periodName(period: Period, words: DocumentWords = ENGLISH_WORDS): string | null {
  if (period.name !== null && period.name.trim() !== '') return period.name.trim();
  return period.start === null ? null : describePeriod({ period }, words);
}

/**
 * The period that follows: the start month moved on by the period's length when there is one.
 * A report whose months are only numbered (M1 … M6, as the seed) but whose name reads as months
 * is given the next months' name ("January – June 2025" → "July – December 2025"); one with
 * neither is given no name, and the person is asked.
 */
export function proposeNextPeriod(meta: PeriodMeta & { language?: string }): Period {
  const { months } = meta.period;
  const start = nextPeriodStart(meta);
  if (start !== null) return { start, months, name: null };
  const namedStart = meta.period.name === null ? null : startOfPeriodName(meta.period.name, months);
  if (namedStart === null) return { start: null, months, name: null };
  const { year, month } = addMonths(namedStart, months);
  // Named in the report's language, as the document will print it.
  const words = meta.language === undefined ? ENGLISH_WORDS : documentWords(meta.language);
  return { start: null, months, name: describePeriod({ period: { start: formatMonthKey(year, month), months, name: null } }, words) };
}

/**
 * The period as the person confirmed it: an empty name is none, and a name that only repeats
 * what the start month says is not kept apart from it (so changing the start renames it).
 */
export function choosePeriod(months: number, start: string | null, name: string, words: DocumentWords = ENGLISH_WORDS): Period {
  const typed = name.trim();
  if (typed === '') return { start, months, name: null };
  if (start !== null && typed === describePeriod({ period: { start, months, name: null } }, words)) return { start, months, name: null };
  return { start, months, name: typed };
}
