// Month labels and period arithmetic.
import type { ReportMeta } from './report-schema';
import { countOf } from './words';

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

/** Short label of month i (0-based): "M3", or "Mar 2026" with month names. */
export function monthLabel(meta: PeriodMeta, index: number): string {
  if (meta.monthLabels === 'month-names' && meta.period.start !== null) {
    // Asked for by every cell, miss and draft line: worked out once for each start and month.
    const key = `${meta.period.start}+${index}`;
    const known = namedLabels.get(key);
    if (known !== undefined) return known;
    const { year, month } = addMonths(meta.period.start, index);
    const label = `${MONTH_NAMES[month - 1]!.slice(0, 3)} ${year}`;
    namedLabels.set(key, label);
    return label;
  }
  return `M${index + 1}`;
}

/** Column heading of month i in the performance table: "M1 average", as the seed, or "Jan 2026". */
export function monthColumnHeading(meta: PeriodMeta, index: number): string {
  const label = monthLabel(meta, index);
  return meta.monthLabels === 'month-names' && meta.period.start !== null ? label : `${label} average`;
}

/** Whether two reports' months read the same: what tables and charts redraw for, and no more. */
export function sameMonths(a: PeriodMeta, b: PeriodMeta): boolean {
  return a.period === b.period && a.monthLabels === b.monthLabels;
}

export function monthLabels(meta: PeriodMeta): string[] {
  return Array.from({ length: meta.period.months }, (_, index) => monthLabel(meta, index));
}

/**
 * The period's own name when it has one, else "January – June 2026", "November 2026 – April 2027",
 * or "6 months" when no start is set.
 */
export function describePeriod(meta: Pick<PeriodMeta, 'period'>): string {
  const { start, months, name } = meta.period;
  if (name !== null && name.trim() !== '') return name.trim();
  if (start === null) return countOf(months, 'month', 'months');
  const first = addMonths(start, 0);
  const last = addMonths(start, months - 1);
  const firstName = MONTH_NAMES[first.month - 1]!;
  const lastName = MONTH_NAMES[last.month - 1]!;
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
