// One row of the performance grid, its cells read from the column model. Rows are memoised on
// props that keep their identity while nothing in them changes (the metric, the row's entries,
// the active column and the editor in it, the grid's controls): a figure typed re-renders its
// own row and the one the focus moves to, never the other few thousand cells.
import { memo, type ReactElement } from 'react';
import type { Metric, PreviousPeriod, ReportMeta } from '../../shared/report-schema';
import { averageView, describeFigureSource, figureSource, monthsMetView, noteLines, previousAverageView } from '../../shared/figure-text';
import { monthLabel } from '../../shared/periods';
import { placeId } from '../document/places';
import { monthCellView, targetCellView } from './figure-views';
import { ActionCell, EditableCell } from './grid-cells';
import { ColumnGap } from './grid-columns';
import type { PerformanceColumns } from './performance-columns';
import { groupHeadingSpan, parameterText, type GroupRow, type MetricRow } from './performance-rows';
import type { RowEntries } from './row-entries';
import type { DrawnColumns } from './use-column-window';
import type { GridControls, GridEditing } from './use-spreadsheet-grid';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

/** What a row's buttons do; one object for the table's lifetime. */
export interface PerformanceRowActions {
  toggleDirection(metric: Metric): void;
  moveRow(rowIndex: number, delta: -1 | 1): void;
  removeRow(rowIndex: number): void;
}

interface RowProps {
  rowIndex: number;
  columns: PerformanceColumns;
  /** The column of the grid's active cell when it is in this row. */
  activeCol: number | null;
  grid: GridControls;
  actions: PerformanceRowActions;
  /** Measures the drawn row's height (see use-row-window.ts). */
  observe: (row: HTMLTableRowElement | null) => void;
}

interface MetricRowProps extends RowProps {
  row: MetricRow;
  meta: PeriodMeta;
  /** Last period in summary, for the previous-period column; null when the report has none. */
  previous: PreviousPeriod | null;
  entries: RowEntries;
  /** The open editor when it is in this row. */
  editing: GridEditing | null;
  /** The columns drawn (a long period draws the months in view). */
  drawn: DrawnColumns;
}

interface Shown {
  text: string;
  accessibleName: string;
  anyMissed?: boolean;
  /** Words shown on hover, where the cell holds more than its figure says. */
  detail?: string;
}

function SummaryCell({ position, active, grid, shown, className }: { position: { row: number; col: number }; active: boolean; grid: GridControls; shown: Shown; className?: string }): ReactElement {
  const classes = `rd-cell rd-cell--number rd-cell--summary${shown.anyMissed === true ? ' rd-cell--some-missed' : ''}${className === undefined ? '' : ` ${className}`}`;
  return (
    <td role="gridcell" aria-colindex={position.col + 1} aria-label={shown.accessibleName} title={shown.detail} className={classes} {...grid.cellProps(position, active)}>
      {shown.text}
    </td>
  );
}

export const MetricRowView = memo(function MetricRowView({ row, rowIndex, columns, meta, previous, entries, activeCol, editing, drawn, grid, actions, observe }: MetricRowProps): ReactElement {
  const { metric, inGroup, label } = row;
  const cells = drawn.items.map((item) => {
    if (item.kind === 'gap') return <ColumnGap key={item.key} span={item.span} />;
    const col = item.index;
    const column = columns.list[col]!;
    const position = { row: rowIndex, col };
    const active = activeCol === col;
    const editingHere = editing !== null && editing.position.col === col ? editing : null;
    switch (column.kind) {
      case 'parameter':
        return (
          <th key={column.id} scope="row" aria-colindex={col + 1} className={inGroup ? 'rd-cell rd-cell--parameter rd-cell--in-group' : 'rd-cell rd-cell--parameter'} {...grid.cellProps(position, active)}>
            {inGroup && <span className="visually-hidden">{metric.group} </span>}
            <span className="rd-parameter-name">{parameterText(metric, inGroup)}</span>
            {!inGroup && metric.unit !== '' && <span className="rd-parameter-unit"> ({metric.unit})</span>}
          </th>
        );
      case 'direction': {
        const higher = metric.direction === 'higher-is-better';
        return (
          <td key={column.id} role="gridcell" aria-colindex={col + 1} className="rd-cell rd-cell--direction">
            <button
              type="button"
              className="rd-direction"
              aria-label={`${label} direction: ${higher ? 'higher' : 'lower'} is better`}
              title={`Change to ${higher ? 'lower' : 'higher'} is better`}
              {...grid.cellProps(position, active)}
              onClick={() => actions.toggleDirection(metric)}
            >
              <span aria-hidden="true">{higher ? '↑ higher' : '↓ lower'}</span>
            </button>
          </td>
        );
      }
      case 'target': {
        const id = placeId({ kind: 'target', metricId: metric.id });
        const entry = entries.get(id);
        const view = targetCellView(metric, entry);
        return (
          <EditableCell key={column.id} id={id} position={position} grid={grid} active={active} editing={editingHere} accessibleName={view.accessibleName} editorLabel={`${label} target`} numeric entry={entry} className="rd-cell--target">
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
      case 'month': {
        const { monthIndex } = column;
        const id = placeId({ kind: 'month', metricId: metric.id, monthIndex });
        const entry = entries.get(id);
        const view = monthCellView(meta, metric, monthIndex, entry);
        const source = figureSource(metric, monthIndex);
        return (
          <EditableCell
            key={column.id}
            id={id}
            position={position}
            grid={grid}
            active={active}
            editing={editingHere}
            accessibleName={view.accessibleName}
            editorLabel={`${label} ${monthLabel(meta, monthIndex)}`}
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
      case 'average':
        return <SummaryCell key={column.id} position={position} active={active} grid={grid} shown={averageView(metric)} />;
      case 'met':
        return <SummaryCell key={column.id} position={position} active={active} grid={grid} shown={monthsMetView(metric)} />;
      case 'previous':
        return <SummaryCell key={column.id} position={position} active={active} grid={grid} shown={previousAverageView(metric, previous)} className="rd-cell--previous" />;
      case 'move-up':
        return <ActionCell key={column.id} position={position} grid={grid} active={active} label={`Move ${label} up`} symbol="↑" enabled={row.canMoveUp} onActivate={() => actions.moveRow(rowIndex, -1)} />;
      case 'move-down':
        return <ActionCell key={column.id} position={position} grid={grid} active={active} label={`Move ${label} down`} symbol="↓" enabled={row.canMoveDown} onActivate={() => actions.moveRow(rowIndex, 1)} />;
      case 'remove':
        return <ActionCell key={column.id} position={position} grid={grid} active={active} label={`Remove ${label}`} symbol="✕" enabled danger onActivate={() => actions.removeRow(rowIndex)} />;
    }
  });
  return (
    <tr ref={observe} data-row-key={row.key} aria-rowindex={rowIndex + 2} className={inGroup ? 'rd-metric-row rd-metric-row--in-group' : 'rd-metric-row'}>
      {cells}
    </tr>
  );
});

/** A group's heading row: its name across the figures' columns, then the group's own row actions. */
export const GroupRowView = memo(function GroupRowView({ row, rowIndex, columns, activeCol, grid, actions, observe }: RowProps & { row: GroupRow }): ReactElement {
  const at = (col: number) => ({ position: { row: rowIndex, col }, active: activeCol === col });
  return (
    <tr ref={observe} data-row-key={row.key} aria-rowindex={rowIndex + 2} className="rd-group-row">
      <th scope="rowgroup" role="rowheader" aria-colindex={columns.parameter + 1} colSpan={groupHeadingSpan(columns)} className="rd-cell rd-cell--group" {...grid.cellProps(at(columns.parameter).position, at(columns.parameter).active)}>
        <span className="rd-group-name">
          {row.group}
          {row.unit !== '' && <span className="rd-parameter-unit"> ({row.unit})</span>}
        </span>
      </th>
      <ActionCell {...at(columns.moveUp)} grid={grid} label={`Move ${row.group} group up`} symbol="↑" enabled={row.canMoveUp} onActivate={() => actions.moveRow(rowIndex, -1)} />
      <ActionCell {...at(columns.moveDown)} grid={grid} label={`Move ${row.group} group down`} symbol="↓" enabled={row.canMoveDown} onActivate={() => actions.moveRow(rowIndex, 1)} />
      <ActionCell {...at(columns.remove)} grid={grid} label={`Remove ${row.group} group`} symbol="✕" enabled danger onActivate={() => actions.removeRow(rowIndex)} />
    </tr>
  );
});
