// The performance grid's columns: parameter, direction, target, one per month, the period
// average, the months met, the previous period's average (when it is known), and the row actions. Built from the period, the one source of
// truth for the headings, the widths, and what each position of the grid holds.
import type { ReportMeta } from '../../shared/report-schema';
import { monthColumnHeading } from '../../shared/periods';
import type { GridColumn } from './grid-columns';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

export type PerformanceColumn = GridColumn &
  (
    | { kind: 'parameter' | 'direction' | 'target' | 'average' | 'met' | 'previous' | 'move-up' | 'move-down' | 'remove' }
    | { kind: 'month'; monthIndex: number }
  );

/** The list, and where each kind of column is in it. */
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
  /** The previous period's column, or -1 when the report knows no previous period. */
  previous: number;
  moveUp: number;
  moveDown: number;
  remove: number;
  count: number;
}

const ROW_ACTIONS = 'Row actions';

export const PREVIOUS_PERIOD_HEADING = 'Previous period';

export function performanceColumns(meta: PeriodMeta, withPrevious = false): PerformanceColumns {
  const months = Array.from({ length: meta.period.months }, (_, monthIndex): PerformanceColumn => ({
    kind: 'month',
    monthIndex,
    id: `month-${monthIndex}`,
    header: monthColumnHeading(meta, monthIndex),
    numeric: true,
  }));
  const list: PerformanceColumn[] = [
    { kind: 'parameter', id: 'parameter', header: 'Service level parameter', numeric: false },
    { kind: 'direction', id: 'direction', header: 'Better when', numeric: false },
    { kind: 'target', id: 'target', header: 'Target', numeric: true },
    ...months,
    { kind: 'average', id: 'average', header: 'Period average', numeric: true },
    { kind: 'met', id: 'met', header: 'Months met', numeric: true },
    ...(withPrevious ? [{ kind: 'previous', id: 'previous', header: PREVIOUS_PERIOD_HEADING, numeric: true } as const] : []),
    { kind: 'move-up', id: 'move-up', header: 'Move up', numeric: false, group: ROW_ACTIONS, headerHidden: true },
    { kind: 'move-down', id: 'move-down', header: 'Move down', numeric: false, group: ROW_ACTIONS, headerHidden: true },
    { kind: 'remove', id: 'remove', header: 'Remove', numeric: false, group: ROW_ACTIONS, headerHidden: true },
  ];
  const at = (kind: PerformanceColumn['kind']): number => list.findIndex((column) => column.kind === kind);
  return {
    list,
    parameter: at('parameter'),
    direction: at('direction'),
    target: at('target'),
    firstMonth: at('month'),
    months: months.length,
    average: at('average'),
    met: at('met'),
    previous: at('previous'),
    moveUp: at('move-up'),
    moveDown: at('move-down'),
    remove: at('remove'),
    count: list.length,
  };
}
