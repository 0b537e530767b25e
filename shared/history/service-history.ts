// A service's history: the reports placed in period order (history-periods), every month from
// the first to the last on one timeline, and each metric and person followed across the periods
// (history-matching). Everything the view, the annex, the CSV and the overview's paragraph say
// is read from this one model.
import type { ReportMeta } from '../report-schema';
import { monthLabel } from '../periods';
import { placePeriods, monthKeyOf, type HistoryFile, type HistoryPeriods, type HistoryService, type PlacedPeriod } from './history-periods';
import { matchMetrics, matchPeople, type HistoryJoin, type MetricSeries, type PersonSeries } from './history-matching';

export interface TimelineMonth {
  /** year × 12 + month − 1 */
  month: number;
  /** YYYY-MM */
  key: string;
  /** "Mar 2025" */
  label: string;
  /** The period it belongs to (index in `periods`), or null in a missing period. */
  period: number | null;
  /** Its index within that period; −1 in a missing period. */
  index: number;
}

export interface ServiceHistory extends HistoryPeriods {
  timeline: TimelineMonth[];
  metrics: MetricSeries[];
  people: PersonSeries[];
  joins: HistoryJoin[];
}

/** A placed period's months as months of the calendar ("Mar 2025"), even where its report only numbers them. */
export function placedMeta(period: Pick<PlacedPeriod, 'first' | 'months' | 'name'>): Pick<ReportMeta, 'period' | 'monthLabels'> {
  return { period: { start: monthKeyOf(period.first), months: period.months, name: period.name }, monthLabels: 'month-names' };
}

function timelineOf(periods: readonly PlacedPeriod[]): TimelineMonth[] {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return [];
  const months: TimelineMonth[] = [];
  let current = 0;
  for (let month = first.first; month < last.first + last.months; month += 1) {
    while (current < periods.length - 1 && month >= periods[current]!.first + periods[current]!.months) current += 1;
    const period = periods[current]!;
    const inside = month >= period.first && month < period.first + period.months;
    const meta = { period: { start: monthKeyOf(month), months: 1, name: null }, monthLabels: 'month-names' as const };
    months.push({ month, key: monthKeyOf(month), label: monthLabel(meta, 0), period: inside ? current : null, index: inside ? month - period.first : -1 });
  }
  return months;
}

/**
 * The history of the files given: of the service asked for (the open report's), or of the one
 * most files are of; joins are the renames the person said are one metric or person.
 */
export function buildServiceHistory(files: readonly HistoryFile[], joins: readonly HistoryJoin[] = [], wanted: HistoryService | null = null): ServiceHistory {
  const placed = placePeriods(files, wanted);
  return {
    ...placed,
    timeline: timelineOf(placed.periods),
    metrics: matchMetrics(
      placed.periods.map((period) => period.report.metrics),
      joins,
    ),
    people: matchPeople(
      placed.periods.map((period) => period.report.effort.people),
      joins,
    ),
    joins: [...joins],
  };
}
