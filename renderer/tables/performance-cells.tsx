// The performance grid's cells, one component per kind of column, rendered by TanStack from the
// column definitions built here. A group's heading row is a row of the same table: its name spans
// the figures' columns (cell spanning), which its metrics' rows fill.
import type { ReactElement } from 'react';
import type { Metric, PreviousPeriod, ReportMeta } from '../../shared/report-schema';
import { averageView, describeFigureSource, figureSource, monthsMetView, noteLines, previousAverageView } from '../../shared/figure-text';
import { monthLabel } from '../../shared/periods';
import { placeId } from '../document/places';
import { monthCellView, targetCellView } from './figure-views';
import { EditableCell } from './grid-cells';
import { gridColumnDefs, gridFeatures, type GridCellContext, type GridColumnDef, type RowActionsMeta } from './grid-model';
import { useGridCell, type GridCellState } from './grid-table';
import { performanceLayout, type PerformanceColumn } from './performance-columns';
import { groupHeadingSpan, parameterText, type MetricRow, type PerformanceRow } from './performance-rows';
import { RowActionCell } from './row-actions';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

/** What the performance grid's cells read besides their row; one object while none of it changes. */
export interface PerformanceMeta extends RowActionsMeta<PerformanceRow> {
  period: PeriodMeta;
  /** Last period in summary, for the previous-period column; null when the report has none. */
  previous: PreviousPeriod | null;
  toggleDirection(metric: Metric): void;
}

export const PERFORMANCE_FEATURES = gridFeatures<PerformanceColumn, PerformanceMeta>();

type Context = GridCellContext<PerformanceRow, PerformanceColumn, PerformanceMeta>;

/** The cell's metric row, or null in a group's heading row (whose figures' cells are covered by its name). */
function metricRow(context: Context): MetricRow | null {
  const row = context.row.original;
  return row.kind === 'metric' ? row : null;
}

function ParameterCell(context: Context): ReactElement {
  const { position, active, grid } = useGridCell(context);
  const row = context.row.original;
  if (row.kind === 'group') {
    return (
      <th scope="rowgroup" role="rowheader" aria-colindex={position.col + 1} colSpan={context.cell.getColSpan()} className="rd-cell rd-cell--group" {...grid.cellProps(position, active)}>
        <span className="rd-group-name">
          {row.group}
          {row.unit !== '' && <span className="rd-parameter-unit"> ({row.unit})</span>}
        </span>
      </th>
    );
  }
  const { metric, inGroup } = row;
  return (
    <th scope="row" aria-colindex={position.col + 1} className={inGroup ? 'rd-cell rd-cell--parameter rd-cell--in-group' : 'rd-cell rd-cell--parameter'} {...grid.cellProps(position, active)}>
      {inGroup && <span className="visually-hidden">{metric.group} </span>}
      <span className="rd-parameter-name">{parameterText(metric, inGroup)}</span>
      {!inGroup && metric.unit !== '' && <span className="rd-parameter-unit"> ({metric.unit})</span>}
    </th>
  );
}

function DirectionCell(context: Context): ReactElement | null {
  const { position, active, grid } = useGridCell(context);
  const row = metricRow(context);
  const meta = context.table.options.meta;
  if (row === null || meta === undefined) return null;
  const higher = row.metric.direction === 'higher-is-better';
  return (
    <td role="gridcell" aria-colindex={position.col + 1} className="rd-cell rd-cell--direction">
      <button
        type="button"
        className="rd-direction"
        aria-label={`${row.label} direction: ${higher ? 'higher' : 'lower'} is better`}
        title={`Change to ${higher ? 'lower' : 'higher'} is better`}
        {...grid.cellProps(position, active)}
        onClick={() => meta.toggleDirection(row.metric)}
      >
        <span aria-hidden="true">{higher ? '↑ higher' : '↓ lower'}</span>
      </button>
    </td>
  );
}

function TargetCell(context: Context): ReactElement | null {
  const cell = useGridCell(context);
  const row = metricRow(context);
  if (row === null) return null;
  const id = placeId({ kind: 'target', metricId: row.metric.id });
  const entry = cell.entries.get(id);
  const view = targetCellView(row.metric, entry);
  return (
    <EditableCell id={id} {...editable(cell)} accessibleName={view.accessibleName} editorLabel={`${row.label} target`} numeric entry={entry} className="rd-cell--target">
      {entry !== undefined && (
        <span className="rd-cell-icon" aria-hidden="true">
          ⚠
        </span>
      )}
      <span className="rd-cell-value">{view.text}</span>
      {view.note !== '' && <span className="rd-target-note">{view.note}</span>}
    </EditableCell>
  );
}

function editable({ position, grid, active, editing }: GridCellState) {
  return { position, grid, active, editing };
}

function MonthCell(context: Context): ReactElement | null {
  const cell = useGridCell(context);
  const row = metricRow(context);
  const column = context.column.columnDef.meta;
  const meta = context.table.options.meta;
  if (row === null || column?.kind !== 'month' || meta === undefined) return null;
  const { metric, label } = row;
  const { monthIndex } = column;
  const id = placeId({ kind: 'month', metricId: metric.id, monthIndex });
  const entry = cell.entries.get(id);
  const view = monthCellView(meta.period, metric, monthIndex, entry);
  const source = figureSource(metric, monthIndex);
  return (
    <EditableCell
      id={id}
      {...editable(cell)}
      accessibleName={view.accessibleName}
      editorLabel={`${label} ${monthLabel(meta.period, monthIndex)}`}
      numeric
      entry={entry}
      description={view.note === null ? undefined : `Note: ${noteLines(view.note).join('. ')}.`}
      source={source === null ? null : describeFigureSource(source)}
      className={`rd-cell--${view.state}${view.note === null ? '' : ' rd-cell--noted'}`}
    >
      {view.icon !== '' && (
        <span className="rd-cell-icon" aria-hidden="true">
          {view.icon}
        </span>
      )}
      <span className="rd-cell-value">{view.text}</span>
      {/* A folded corner, as a spreadsheet marks a comment; the name says "with a note". */}
      {view.note !== null && <span className="rd-note-mark" aria-hidden="true" />}
    </EditableCell>
  );
}

interface Shown {
  text: string;
  accessibleName: string;
  anyMissed?: boolean;
  /** Words shown on hover, where the cell holds more than its figure says. */
  detail?: string;
}

/** The period average, the months met and the previous period's average: read, not typed. */
function SummaryCell(context: Context): ReactElement | null {
  const { position, active, grid } = useGridCell(context);
  const row = metricRow(context);
  const kind = context.column.columnDef.meta?.kind;
  const meta = context.table.options.meta;
  if (row === null || meta === undefined) return null;
  const shown: Shown = kind === 'average' ? averageView(row.metric) : kind === 'met' ? monthsMetView(row.metric) : previousAverageView(row.metric, meta.previous);
  const classes = `rd-cell rd-cell--number rd-cell--summary${shown.anyMissed === true ? ' rd-cell--some-missed' : ''}${kind === 'previous' ? ' rd-cell--previous' : ''}`;
  return (
    <td role="gridcell" aria-colindex={position.col + 1} aria-label={shown.accessibleName} title={shown.detail} className={classes} {...grid.cellProps(position, active)}>
      {shown.text}
    </td>
  );
}

const CELLS: Record<PerformanceColumn['kind'], (context: Context) => ReactElement | null> = {
  parameter: ParameterCell,
  direction: DirectionCell,
  target: TargetCell,
  month: MonthCell,
  average: SummaryCell,
  met: SummaryCell,
  previous: SummaryCell,
  'move-up': RowActionCell,
  'move-down': RowActionCell,
  remove: RowActionCell,
};

/** The column definitions of a report's grid, from its columns (performanceColumnList). */
export function performanceColumnDefs(columns: readonly PerformanceColumn[]): GridColumnDef<PerformanceRow, PerformanceColumn, PerformanceMeta>[] {
  return gridColumnDefs<PerformanceRow, PerformanceColumn, PerformanceMeta>(columns, (column) => ({
    cell: CELLS[column.kind],
    // A group's name runs across everything up to its own row actions.
    ...(column.kind === 'parameter' ? { spanColumns: (row: PerformanceRow, shown: readonly PerformanceColumn[]) => (row.kind === 'group' ? groupHeadingSpan(performanceLayout(shown)) : 1) } : {}),
  }));
}

/** The row's classes: a group's heading, a metric in a group, a metric alone. */
export function performanceRowClass(row: PerformanceRow): string {
  if (row.kind === 'group') return 'rd-group-row';
  return row.inGroup ? 'rd-metric-row rd-metric-row--in-group' : 'rd-metric-row';
}
