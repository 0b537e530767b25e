// The performance table's columns as a TanStack column model. flexRender mounts each cell
// renderer as a component, so they are module-level components (a closure made per render
// would remount every cell and lose the focus); what changes reaches them through context.
import { createColumnHelper, type CellContext, type ColumnDef } from '@tanstack/react-table';
import { createContext, useContext, type ReactElement } from 'react';
import type { Metric, ReportMeta } from '../../shared/report-schema';
import { monthColumnHeading, monthLabel } from '../../shared/periods';
import type { CellProblem } from './cell-problems';
import { monthCellId, targetCellId } from '../../shared/figure-text';
import { monthCellView, targetCellView } from './figure-views';
import { averageView, monthsMetView } from '../../shared/figure-text';
import { ActionCell, EditableCell, type GridCellAccess } from './grid-cells';
import { parameterText, type PerformanceColumns, type PerformanceRow } from './performance-rows';

type MetricRow = Extract<PerformanceRow, { kind: 'metric' }>;
type Props = CellContext<PerformanceRow, unknown>;

export interface PerformanceCellContext extends GridCellAccess {
  meta: Pick<ReportMeta, 'period' | 'monthLabels'>;
  columns: PerformanceColumns;
  problems: ReadonlyMap<string, CellProblem>;
  toggleDirection(metric: Metric): void;
  moveRow(row: number, delta: -1 | 1): void;
  removeRow(row: number): void;
}

export const PerformanceGridContext = createContext<PerformanceCellContext | null>(null);

function useGrid(): PerformanceCellContext {
  const context = useContext(PerformanceGridContext);
  if (context === null) throw new Error('Performance cells render inside PerformanceGridContext.');
  return context;
}

function metricRow(props: Props): MetricRow | null {
  return props.row.original.kind === 'metric' ? props.row.original : null;
}

function ParameterCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  if (entry === null) return null;
  const { metric, inGroup } = entry;
  return (
    <th scope="row" aria-colindex={1} className={inGroup ? 'rd-cell rd-cell--parameter rd-cell--in-group' : 'rd-cell rd-cell--parameter'} {...grid.cellProps(props.row.index, grid.columns.parameter)}>
      {inGroup && <span className="visually-hidden">{metric.group} </span>}
      <span className="rd-parameter-name">{parameterText(metric, inGroup)}</span>
      {!inGroup && metric.unit !== '' && <span className="rd-parameter-unit"> ({metric.unit})</span>}
    </th>
  );
}

function DirectionCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  if (entry === null) return null;
  const higher = entry.metric.direction === 'higher-is-better';
  return (
    <td role="gridcell" aria-colindex={grid.columns.direction + 1} className="rd-cell rd-cell--direction">
      <button
        type="button"
        className="rd-direction"
        aria-label={`${entry.label} direction: ${higher ? 'higher' : 'lower'} is better`}
        title={`Change to ${higher ? 'lower' : 'higher'} is better`}
        {...grid.cellProps(props.row.index, grid.columns.direction)}
        onClick={() => grid.toggleDirection(entry.metric)}
      >
        <span aria-hidden="true">{higher ? '↑ higher' : '↓ lower'}</span>
      </button>
    </td>
  );
}

function TargetCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  if (entry === null) return null;
  const row = props.row.index;
  const col = grid.columns.target;
  const id = targetCellId(entry.metric.id);
  const problem = grid.problems.get(id);
  const view = targetCellView(entry.metric, problem);
  return (
    <EditableCell
      id={id}
      colIndex={col}
      rowIndex={row}
      grid={grid}
      accessibleName={view.accessibleName}
      editorLabel={`${entry.label} target`}
      numeric
      problem={problem}
      className="rd-cell--target"
    >
      {problem !== undefined && (
        <span className="rd-cell-icon" aria-hidden="true">
          ⚠
        </span>
      )}
      <span className="rd-cell-value">{view.text}</span>
      {view.note !== '' && <span className="rd-target-note">{view.note}</span>}
    </EditableCell>
  );
}

const MONTH_COLUMN = /^month-(\d+)$/;

function MonthCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  const monthIndex = Number(MONTH_COLUMN.exec(props.column.id)?.[1] ?? Number.NaN);
  if (entry === null || Number.isNaN(monthIndex)) return null;
  const row = props.row.index;
  const col = grid.columns.firstMonth + monthIndex;
  const id = monthCellId(entry.metric.id, monthIndex);
  const problem = grid.problems.get(id);
  const view = monthCellView(grid.meta, entry.metric, monthIndex, problem);
  return (
    <EditableCell
      id={id}
      colIndex={col}
      rowIndex={row}
      grid={grid}
      accessibleName={view.accessibleName}
      editorLabel={`${entry.label} ${monthLabel(grid.meta, monthIndex)}`}
      numeric
      problem={problem}
      className={`rd-cell--${view.state}`}
    >
      {view.icon !== '' && (
        <span className="rd-cell-icon" aria-hidden="true">
          {view.icon}
        </span>
      )}
      <span className="rd-cell-value">{view.text}</span>
    </EditableCell>
  );
}

function SummaryCell({ props, col, shown }: { props: Props; col: number; shown: { text: string; accessibleName: string; anyMissed?: boolean } }): ReactElement {
  const grid = useGrid();
  const classes = `rd-cell rd-cell--number rd-cell--summary${shown.anyMissed === true ? ' rd-cell--some-missed' : ''}`;
  return (
    <td role="gridcell" aria-colindex={col + 1} aria-label={shown.accessibleName} className={classes} {...grid.cellProps(props.row.index, col)}>
      {shown.text}
    </td>
  );
}

function AverageCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  return entry === null ? null : <SummaryCell props={props} col={grid.columns.average} shown={averageView(entry.metric)} />;
}

function MonthsMetCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  return entry === null ? null : <SummaryCell props={props} col={grid.columns.met} shown={monthsMetView(entry.metric)} />;
}

function MoveUpCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  if (entry === null) return null;
  const row = props.row.index;
  return <ActionCell colIndex={grid.columns.moveUp} grid={grid.cellProps(row, grid.columns.moveUp)} label={`Move ${entry.label} up`} symbol="↑" enabled={entry.canMoveUp} onActivate={() => grid.moveRow(row, -1)} />;
}

function MoveDownCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  if (entry === null) return null;
  const row = props.row.index;
  return <ActionCell colIndex={grid.columns.moveDown} grid={grid.cellProps(row, grid.columns.moveDown)} label={`Move ${entry.label} down`} symbol="↓" enabled={entry.canMoveDown} onActivate={() => grid.moveRow(row, 1)} />;
}

function RemoveCell(props: Props): ReactElement | null {
  const grid = useGrid();
  const entry = metricRow(props);
  if (entry === null) return null;
  const row = props.row.index;
  return <ActionCell colIndex={grid.columns.remove} grid={grid.cellProps(row, grid.columns.remove)} label={`Remove ${entry.label}`} symbol="✕" enabled danger onActivate={() => grid.removeRow(row)} />;
}

const helper = createColumnHelper<PerformanceRow>();

export function performanceColumnDefs(meta: Pick<ReportMeta, 'period' | 'monthLabels'>): ColumnDef<PerformanceRow, unknown>[] {
  const months = Array.from({ length: meta.period.months }, (_, monthIndex) => helper.display({ id: `month-${monthIndex}`, header: monthColumnHeading(meta, monthIndex), cell: MonthCell }));
  return [
    helper.display({ id: 'parameter', header: 'Service level parameter', cell: ParameterCell }),
    helper.display({ id: 'direction', header: 'Better when', cell: DirectionCell }),
    helper.display({ id: 'target', header: 'Target', cell: TargetCell }),
    ...months,
    helper.display({ id: 'average', header: 'Period average', cell: AverageCell }),
    helper.display({ id: 'met', header: 'Months met', cell: MonthsMetCell }),
    helper.display({ id: 'move-up', header: 'Row actions', cell: MoveUpCell }),
    helper.display({ id: 'move-down', header: '', cell: MoveDownCell }),
    helper.display({ id: 'remove', header: '', cell: RemoveCell }),
  ];
}
