// The table every grid draws from its TanStack table: the measured widths on <col>s, the one
// heading row from the header groups, and the rows from the row model, each cell rendered by
// its column definition (flexRender). A long grid draws the rows and months in view
// (use-row-window.ts, use-column-window.ts); aria-rowcount, aria-colcount and every row's and
// cell's index still place each cell among all of them.
//
// TanStack makes a new Row object for every row when the data changes (one figure typed), so a
// row is memoised on its own data (`row.original`) and what the grid says about it (the active
// cell, the editor, its entries), never on the Row's identity: a figure typed re-renders the
// row it is in and the row the focus moves to, not the others.
import { createContext, Fragment, memo, useContext, useMemo, useRef, type ReactElement, type ReactNode, type RefObject } from 'react';
import { flexRender, type Row, type RowData } from '@tanstack/react-table';
import { columnPositions, headingCells, type GridColumn, type GridColumnOf, type GridFeatures, type HeadingCell } from './grid-model';
import type { GridPosition } from './grid-navigation';
import { NO_ROW_ENTRIES, type RowEntries } from './row-entries';
import { useColumnWindow, type DrawnColumns } from './use-column-window';
import { useRowWindow } from './use-row-window';
import type { GridTable } from './use-grid-table';
import type { GridControls, GridEditing } from './use-spreadsheet-grid';

/** What a row's cells are told of their row. */
interface GridRowState {
  rowIndex: number;
  isLast: boolean;
  activeCol: number | null;
  editing: GridEditing | null;
  entries: RowEntries;
  controls: GridControls;
  positions: ReadonlyMap<string, number>;
}

const GridRowContext = createContext<GridRowState | null>(null);

export interface GridCellState {
  position: GridPosition;
  /** Whether this is the grid's active cell (the one Tab reaches). */
  active: boolean;
  /** The open editor, when it is in this cell. */
  editing: GridEditing | null;
  /** The entries still to fix in this cell's row, by cell id. */
  entries: RowEntries;
  grid: GridControls;
  isLastRow: boolean;
}

/** Where a cell is in its grid and what the grid says about it; for a column's cell component. */
export function useGridCell(context: { column: { id: string } }): GridCellState {
  const row = useContext(GridRowContext);
  if (row === null) throw new Error('A grid cell rendered outside a grid row.');
  const col = row.positions.get(context.column.id) ?? -1;
  return {
    position: { row: row.rowIndex, col },
    active: row.activeCol === col,
    editing: row.editing !== null && row.editing.position.col === col ? row.editing : null,
    entries: row.entries,
    grid: row.controls,
    isLastRow: row.isLast,
  };
}

interface GridRowProps<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> {
  row: Row<GridFeatures<TColumn, TMeta>, TRow>;
  rowIndex: number;
  isLast: boolean;
  /** The visible leaf columns: the same array while the columns and their visibility are the same. */
  columns: readonly GridColumnOf<TRow, TColumn, TMeta>[];
  positions: ReadonlyMap<string, number>;
  drawn: DrawnColumns;
  activeCol: number | null;
  editing: GridEditing | null;
  entries: RowEntries;
  meta: TMeta | undefined;
  controls: GridControls;
  className: string | undefined;
  /** Measures the drawn row's height (see use-row-window.ts). */
  observe: (row: HTMLTableRowElement | null) => void;
}

/** The cells a run of undrawn columns stands for, less those a spanning cell covers. */
function uncovered(covered: (col: number) => boolean, from: number, span: number): number {
  let count = 0;
  for (let col = from; col < from + span; col += 1) if (!covered(col)) count += 1;
  return count;
}

function GridRowView<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(props: GridRowProps<TRow, TColumn, TMeta>): ReactElement {
  const { row, rowIndex, isLast, activeCol, editing, entries, controls, positions } = props;
  const state = useMemo<GridRowState>(() => ({ rowIndex, isLast, activeCol, editing, entries, controls, positions }), [rowIndex, isLast, activeCol, editing, entries, controls, positions]);
  const cells = row.getVisibleCells();
  // Only a cell of a column that spans covers others: a row with none spanning asks no more.
  const spanning = cells.some((cell) => cell.column.columnDef.spanColumns !== undefined && cell.getColSpan() > 1);
  const covered = (col: number): boolean => spanning && cells[col]?.getIsCovered() === true;
  return (
    <tr ref={props.observe} data-row-key={row.id} aria-rowindex={rowIndex + 2} className={props.className}>
      <GridRowContext.Provider value={state}>
        {props.drawn.items.map((item) => {
          if (item.kind === 'gap') {
            const span = uncovered(covered, item.index, item.span);
            return span === 0 ? null : <ColumnGap key={item.key} span={span} />;
          }
          const cell = cells[item.index];
          if (cell === undefined || covered(item.index)) return null;
          return <Fragment key={cell.column.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Fragment>;
        })}
      </GridRowContext.Provider>
    </tr>
  );
}

function sameRowProps<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(a: GridRowProps<TRow, TColumn, TMeta>, b: GridRowProps<TRow, TColumn, TMeta>): boolean {
  return (
    a.row.original === b.row.original &&
    a.row.id === b.row.id &&
    a.rowIndex === b.rowIndex &&
    a.isLast === b.isLast &&
    a.columns === b.columns &&
    a.positions === b.positions &&
    a.drawn === b.drawn &&
    a.activeCol === b.activeCol &&
    a.editing === b.editing &&
    a.entries === b.entries &&
    a.meta === b.meta &&
    a.controls === b.controls &&
    a.className === b.className &&
    a.observe === b.observe
  );
}

// memo() drops the component's type parameters; the props it compares are the same.
const GridRow = memo(GridRowView, sameRowProps) as typeof GridRowView;

/** Stands in for the columns a row does not draw: their widths come from the <col>s. */
function ColumnGap({ span }: { span: number }): ReactElement {
  return <td aria-hidden="true" colSpan={span} className="rd-col-gap" />;
}

/** The one heading row; drawn again only when the headings or the columns drawn change, not at each keystroke. */
function GridHeadingRowView<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>({ headings, drawn }: { headings: readonly HeadingCell<TRow, TColumn, TMeta>[]; drawn: DrawnColumns }): ReactElement {
  const startingAt = new Map(headings.map((heading) => [heading.index, heading]));
  return (
    <tr aria-rowindex={1}>
      {drawn.items.map((item) => {
        if (item.kind === 'gap') return <ColumnGap key={item.key} span={item.span} />;
        const heading = startingAt.get(item.index);
        if (heading === undefined) return null;
        const content = flexRender(heading.header.column.columnDef.header, heading.header.getContext());
        return (
          <th key={heading.header.id} scope="col" role="columnheader" aria-colindex={heading.index + 1} colSpan={heading.span === 1 ? undefined : heading.span} className={heading.numeric ? 'rd-head rd-head--number' : 'rd-head'}>
            {heading.hidden ? <span className="visually-hidden">{content}</span> : content}
          </th>
        );
      })}
    </tr>
  );
}

const GridHeadingRow = memo(GridHeadingRowView) as typeof GridHeadingRowView;

/** The grid's spreadsheet behaviour, as useSpreadsheetGrid returns it. */
interface GridBehaviour {
  gridRef: RefObject<HTMLTableElement | null>;
  active: GridPosition | null;
  editing: GridEditing | null;
  controls: GridControls;
}

interface GridTableProps<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> {
  grid: GridTable<TRow, TColumn, TMeta>;
  behaviour: GridBehaviour;
  label: string;
  className: string;
  /** The table's least width; past what its columns need it scrolls. */
  minWidth?: string;
  /** The entries still to fix, by row id. */
  entries?: ReadonlyMap<string, RowEntries>;
  rowClassName?: (row: TRow) => string | undefined;
  /** A <tfoot> and the rows it adds to aria-rowcount. */
  footer?: { rows: number; content: ReactNode };
  /** The box the grid scrolls in, when it has one: the rows and months in view are those in it. */
  scrollRef?: RefObject<HTMLElement | null>;
  headRef?: RefObject<HTMLTableSectionElement | null>;
}

const NO_BOX: RefObject<HTMLElement | null> = { current: null };

export function GridTableView<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(props: GridTableProps<TRow, TColumn, TMeta>): ReactElement {
  const { grid, behaviour } = props;
  const { table, leafColumns, columns, widths } = grid;
  const { active, editing, controls } = behaviour;
  const rows = table.getRowModel().rows;
  const positions = useMemo(() => columnPositions(columns), [columns]);
  const headerGroups = table.getHeaderGroups();
  const headings = useMemo(() => headingCells(headerGroups), [headerGroups]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => rows.map((row) => row.id), [rows]);
  const pinnedRows = [active?.row, editing?.position.row].filter((row): row is number => row !== undefined);
  const { items, observe } = useRowWindow(keys, pinnedRows, bodyRef, props.scrollRef);
  const windowed = columns.flatMap((column, index) => (column.windowed === true ? [index] : []));
  const pinnedColumns = [active?.col, editing?.position.col].filter((col): col is number => col !== undefined);
  const drawn = useColumnWindow(widths, windowed[0] ?? 0, windowed.at(-1) ?? -1, pinnedColumns, props.scrollRef ?? NO_BOX);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const meta = table.options.meta;

  return (
    <table
      ref={behaviour.gridRef}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1 + (props.footer?.rows ?? 0)}
      aria-colcount={columns.length}
      className={props.className}
      style={{ width: `max(${props.minWidth ?? '100%'}, ${total}px)` }}
    >
      <colgroup>
        {columns.map((column, index) => (
          <col key={column.id} style={column.flexible === true ? undefined : { width: `${widths[index]}px` }} />
        ))}
      </colgroup>
      <thead ref={props.headRef}>
        <GridHeadingRow headings={headings} drawn={drawn} />
      </thead>
      <tbody ref={bodyRef}>
        {items.map((item) => {
          if (item.kind === 'gap') {
            return (
              <tr key={item.key} aria-hidden="true" className="rd-row-gap" style={{ height: item.height }}>
                <td colSpan={columns.length} />
              </tr>
            );
          }
          const row = rows[item.index]!;
          return (
            <GridRow
              key={row.id}
              row={row}
              rowIndex={item.index}
              isLast={item.index === rows.length - 1}
              columns={leafColumns}
              positions={positions}
              drawn={drawn}
              activeCol={active !== null && active.row === item.index ? active.col : null}
              editing={editing !== null && editing.position.row === item.index ? editing : null}
              entries={props.entries?.get(row.id) ?? NO_ROW_ENTRIES}
              meta={meta}
              controls={controls}
              className={props.rowClassName?.(row.original)}
              observe={observe}
            />
          );
        })}
      </tbody>
      {props.footer?.content}
    </table>
  );
}
