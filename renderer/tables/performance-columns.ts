// The performance grid's columns: parameter, direction, target, one per month, the period
// average, the months met, the previous period's average (shown when it is known: column
// visibility), and the row actions. Built from the period; the table's column definitions,
// headings and widths come from this list, and the positions below from the columns it shows.
import type { ReportMeta } from '../../shared/report-schema';
import { monthColumnHeading } from '../../shared/periods';
import { previousColumnVisibility, rowActionColumns, visibleColumns, type GridColumn } from './grid-model';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

export type PerformanceColumn = GridColumn &
  (
    | { kind: 'parameter' | 'direction' | 'target' | 'average' | 'met' | 'previous' | 'move-up' | 'move-down' | 'remove' }
    | { kind: 'month'; monthIndex: number }
  );

/** The columns shown, and where each kind of column is among them. */
export interface PerformanceColumns {
  list: readonly PerformanceColumn[];
  parameter: number;
  direction: number;
  target: number;
  /** The first month's position; month i is at firstMonth + i. */
  firstMonth: number;
  months: number;
  average: number;
  met: number;
  /** The previous period's column, or -1 when it is hidden (the report knows no previous period). */
  previous: number;
  moveUp: number;
  moveDown: number;
  remove: number;
  count: number;
}

export const PREVIOUS_PERIOD_HEADING = 'Previous period';

/** Every column of a report's grid, the previous period's among them. */
export function performanceColumnList(meta: PeriodMeta): PerformanceColumn[] {
  const months = Array.from({ length: meta.period.months }, (_, monthIndex): PerformanceColumn => ({
    kind: 'month',
    monthIndex,
    id: `month-${monthIndex}`,
    header: monthColumnHeading(meta, monthIndex),
    numeric: true,
    windowed: true,
  }));
  return [
    { kind: 'parameter', id: 'parameter', header: 'Service level parameter', numeric: false, flexible: true },
    { kind: 'direction', id: 'direction', header: 'Better when', numeric: false },
    { kind: 'target', id: 'target', header: 'Target', numeric: true },
    ...months,
    { kind: 'average', id: 'average', header: 'Period average', numeric: true },
    { kind: 'met', id: 'met', header: 'Months met', numeric: true },
    { kind: 'previous', id: 'previous', header: PREVIOUS_PERIOD_HEADING, numeric: true },
    ...rowActionColumns(),
  ];
}

/** Where each kind of column is among those shown. */
export function performanceLayout(list: readonly PerformanceColumn[]): PerformanceColumns {
  const at = (kind: PerformanceColumn['kind']): number => list.findIndex((column) => column.kind === kind);
  return {
    list,
    parameter: at('parameter'),
    direction: at('direction'),
    target: at('target'),
    firstMonth: at('month'),
    months: list.filter((column) => column.kind === 'month').length,
    average: at('average'),
    met: at('met'),
    previous: at('previous'),
    moveUp: at('move-up'),
    moveDown: at('move-down'),
    remove: at('remove'),
    count: list.length,
  };
}

/** The layout of a report's grid without a table at hand. */
export function performanceColumns(meta: PeriodMeta, withPrevious = false): PerformanceColumns {
  return performanceLayout(visibleColumns(performanceColumnList(meta), previousColumnVisibility(withPrevious)));
}
