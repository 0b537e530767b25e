// Month labels and period arithmetic. Labels and names are written in a document's words
// (English unless a caller passes the report's): "Mar 2026", "mars 2026", "März 2026".
import type { ReportMeta } from './report-schema';
import { ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

/** Year and month (1-12) of the month `offset` months after `start` (YYYY-MM). */
export function addMonths(start: string, offset: number): { year: number; month: number } {
  const [year, month] = start.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatMonthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

const namedLabels = new Map<string, string>();

/** Short label of month i (0-based): "M3", or "Mar 2026" with month names ("mars 2026" in French). */
export function monthLabel(meta: PeriodMeta, index: number, words: DocumentWords = ENGLISH_WORDS): string {
  if (meta.monthLabels === 'month-names' && meta.period.start !== null) {
    // Asked for by every cell, miss and draft line: worked out once for each start, month and locale.
    const key = `${meta.period.start}+${index}+${words.locale}`;
    const known = namedLabels.get(key);
    if (known !== undefined) return known;
    const { year, month } = addMonths(meta.period.start, index);
    const label = words.shortMonth(year, month);
    namedLabels.set(key, label);
    return label;
  }
  return `M${index + 1}`;
}

/** Column heading of month i in the performance table: "M1 average", as the seed, or "Jan 2026". */
export function monthColumnHeading(meta: PeriodMeta, index: number, words: DocumentWords = ENGLISH_WORDS): string {
  const label = monthLabel(meta, index, words);
  return meta.monthLabels === 'month-names' && meta.period.start !== null ? label : words.say('month.average', { month: label });
}

/** Whether two reports' months read the same: what tables and charts redraw for, and no more. */
export function sameMonths(a: PeriodMeta, b: PeriodMeta): boolean {
  return a.period === b.period && a.monthLabels === b.monthLabels;
}

export function monthLabels(meta: PeriodMeta, words: DocumentWords = ENGLISH_WORDS): string[] {
  return Array.from({ length: meta.period.months }, (_, index) => monthLabel(meta, index, words));
}

/**
 * The period's own name when it has one, else "January – June 2026", "November 2026 – April 2027",
 * or "6 months" when no start is set ("janvier – juin 2026", "6 Monate" in a French or German report).
 */
export function describePeriod(meta: Pick<PeriodMeta, 'period'>, words: DocumentWords = ENGLISH_WORDS): string {
  const { start, months, name } = meta.period;
  if (name !== null && name.trim() !== '') return name.trim();
  if (start === null) return words.say('period.months', { months });
  const first = addMonths(start, 0);
  const last = addMonths(start, months - 1);
  const firstName = words.monthName(first.month);
  const lastName = words.monthName(last.month);
  if (months === 1) return `${firstName} ${first.year}`;
  if (first.year === last.year) return `${firstName} – ${lastName} ${last.year}`;
  return `${firstName} ${first.year} – ${lastName} ${last.year}`;
}

/** The start month of the period that follows this one, or null when months are only numbered. */
export function nextPeriodStart(meta: PeriodMeta): string | null {
  if (meta.period.start === null) return null;
  const { year, month } = addMonths(meta.period.start, meta.period.months);
  return formatMonthKey(year, month);
}
