// The column model every grid is built from, on TanStack Table (v9): a grid describes its
// columns once (GridColumn), and TanStack's column definitions, header groups, column
// visibility, sizing, cell spanning and cell rendering do the rest. Nothing else assumes an
// order of columns: positions are read from the table's visible leaf columns.
import type { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { cellSpanningFeature, columnSizingFeature, columnVisibilityFeature, type CellContext, type Column, type ColumnDef, type ColumnSizingState, type Header, type HeaderGroup, type RowData } from '@tanstack/react-table';

/** One column as a grid describes it; it becomes the column definition's `meta`. */
export interface GridColumn {
  id: string;
  /** What the column holds, for the grid's own cells ("month", "pm", "remove"…). */
  kind: string;
  header: string;
  numeric: boolean;
  /** Columns side by side with the same group ("Row actions") share one heading across them. */
  group?: string;
  /** Heard by screen readers only (the row actions' heading). */
  headerHidden?: boolean;
  /** Takes up what is left when the window is wider than the columns need: its <col> has no width. */
  flexible?: boolean;
  /** May be left undrawn while out of view (the months of a long period: use-column-window.ts). */
  windowed?: boolean;
}

/**
 * The features every grid registers, and nothing more: TanStack v9 bundles only what a table
 * names. `columnMeta` and `tableMeta` are type-only slots, so each grid's column and table meta
 * are typed without declaring them for every table in the program.
 */
export interface GridFeatures<TColumn extends GridColumn, TMeta extends object> {
  columnVisibilityFeature: typeof columnVisibilityFeature;
  columnSizingFeature: typeof columnSizingFeature;
  cellSpanningFeature: typeof cellSpanningFeature;
  columnMeta: TColumn;
  tableMeta: TMeta;
  /** TanStack's reactivity, which the table is built with (useGridTable). */
  coreReactivityFeature?: ReturnType<typeof storeReactivityBindings>;
}

export function gridFeatures<TColumn extends GridColumn, TMeta extends object>(): GridFeatures<TColumn, TMeta> {
  // The two meta slots are phantoms: TanStack reads their types and drops the values.
  return { columnVisibilityFeature, columnSizingFeature, cellSpanningFeature, columnMeta: {} as TColumn, tableMeta: {} as TMeta };
}

export type GridColumnDef<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> = ColumnDef<GridFeatures<TColumn, TMeta>, TRow, unknown>;
export type GridCellContext<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> = CellContext<GridFeatures<TColumn, TMeta>, TRow, unknown>;
export type GridColumnOf<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> = Column<GridFeatures<TColumn, TMeta>, TRow, unknown>;

/** What a grid gives each column beyond its description: how its cells render, and what they read. */
export interface ColumnBehaviour<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> {
  cell: (context: GridCellContext<TRow, TColumn, TMeta>) => unknown;
  /** The cell's value (`getValue()` in its context). */
  accessorFn?: (row: TRow, index: number) => unknown;
  /** How many columns a row's cell spans here (a group's heading across the figures), given the columns shown; 1 for none. */
  spanColumns?: (row: TRow, columns: readonly TColumn[]) => number;
}

/** TanStack column definitions from a grid's columns; a run of columns with one `group` goes under a group column. */
export function gridColumnDefs<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(
  columns: readonly TColumn[],
  behaviour: (column: TColumn) => ColumnBehaviour<TRow, TColumn, TMeta>,
): GridColumnDef<TRow, TColumn, TMeta>[] {
  const defs: GridColumnDef<TRow, TColumn, TMeta>[] = [];
  // The columns shown, once for each array of leaf columns TanStack gives (one while the columns and their visibility stay).
  let shown: { leaves: readonly GridColumnOf<TRow, TColumn, TMeta>[]; columns: readonly TColumn[] } | null = null;
  const shownOf = (leaves: readonly GridColumnOf<TRow, TColumn, TMeta>[]): readonly TColumn[] => {
    if (shown?.leaves !== leaves) shown = { leaves, columns: shownColumns(leaves) };
    return shown.columns;
  };
  let group: { name: string; columns: GridColumnDef<TRow, TColumn, TMeta>[] } | null = null;
  for (const column of columns) {
    const { cell, accessorFn, spanColumns } = behaviour(column);
    const def: GridColumnDef<TRow, TColumn, TMeta> = {
      id: column.id,
      header: column.header,
      meta: column,
      cell,
      ...(accessorFn === undefined ? {} : { accessorFn }),
      ...(spanColumns === undefined ? {} : { spanColumns: ({ row, table }) => spanColumns(row.original, shownOf(table.getVisibleLeafColumns())) }),
    };
    if (column.group === undefined) {
      group = null;
      defs.push(def);
    } else if (group !== null && group.name === column.group) {
      group.columns.push(def);
    } else {
      group = { name: column.group, columns: [def] };
      defs.push({ id: `group-${column.id}`, header: column.group, columns: group.columns });
    }
  }
  return defs;
}

/** The row actions every grid ends its rows with, a column each under one hidden heading. */
export type RowActionColumn = GridColumn & { kind: 'move-up' | 'move-down' | 'remove' };

const ROW_ACTIONS = 'Row actions';

export function rowActionColumns(): RowActionColumn[] {
  return [
    { kind: 'move-up', id: 'move-up', header: 'Move up', numeric: false, group: ROW_ACTIONS, headerHidden: true },
    { kind: 'move-down', id: 'move-down', header: 'Move down', numeric: false, group: ROW_ACTIONS, headerHidden: true },
    { kind: 'remove', id: 'remove', header: 'Remove', numeric: false, group: ROW_ACTIONS, headerHidden: true },
  ];
}

/** What a grid's row actions do; in its table meta, one object for the grid's lifetime. */
export interface GridRowActions<TRow> {
  /** The row as the buttons name it: "Availability", "Support priority group", "Cyril Flieller". */
  name(row: TRow, rowIndex: number): string;
  canMove(row: TRow, rowIndex: number, isLastRow: boolean, delta: -1 | 1): boolean;
  /** Moves the row; the focus follows it in column `col`. */
  move(rowIndex: number, col: number, delta: -1 | 1): void;
  remove(rowIndex: number): void;
}

export interface RowActionsMeta<TRow> {
  rowActions: GridRowActions<TRow>;
}

/** `canMove` for rows that may go anywhere in their grid: not past either end. */
export function canMoveWithin(_row: unknown, rowIndex: number, isLastRow: boolean, delta: -1 | 1): boolean {
  return delta < 0 ? rowIndex > 0 : !isLastRow;
}

/** The figure grids' previous-period column (id `previous`): shown where the report knows a previous period. */
export function previousColumnVisibility(known: boolean): Readonly<Record<string, boolean>> {
  return known ? SHOW_PREVIOUS : HIDE_PREVIOUS;
}

const SHOW_PREVIOUS = { previous: true };
const HIDE_PREVIOUS = { previous: false };

/** The grid's columns as the table shows them, left to right: the metas of its visible leaf columns. */
export function shownColumns<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(leafColumns: readonly GridColumnOf<TRow, TColumn, TMeta>[]): TColumn[] {
  return leafColumns.flatMap((column) => (column.columnDef.meta === undefined ? [] : [column.columnDef.meta]));
}

/**
 * The columns a layout without a table shows: every column but those hidden, TanStack's rule
 * (only an explicit `false` hides). For positions read before or outside a table (tests).
 */
export function visibleColumns<TColumn extends GridColumn>(columns: readonly TColumn[], visibility: Readonly<Record<string, boolean>>): TColumn[] {
  return columns.filter((column) => visibility[column.id] !== false);
}

/** The widths measured for a grid's columns, by column id, as TanStack's sizing state. */
export function columnSizing(columns: readonly GridColumn[], widths: readonly number[]): ColumnSizingState {
  const sizing: ColumnSizingState = {};
  columns.forEach((column, index) => {
    sizing[column.id] = Math.ceil(widths[index] ?? 0);
  });
  return sizing;
}

/** A heading of the one heading row: a column's own, or a group's across its columns. */
export interface HeadingCell<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> {
  /** TanStack's header: its column definition's `header` is what the heading renders. */
  header: Header<GridFeatures<TColumn, TMeta>, TRow, unknown>;
  /** Position of the heading's first column among the visible ones. */
  index: number;
  span: number;
  numeric: boolean;
  /** Heard by screen readers only. */
  hidden: boolean;
}

/**
 * The grids have one heading row (aria-rowindex 1): TanStack's header groups folded into it.
 * The top group holds each group's heading across its columns and, for a column outside any
 * group, a placeholder whose column is that column: its own heading stands there.
 */
export function headingCells<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(groups: readonly HeaderGroup<GridFeatures<TColumn, TMeta>, TRow>[]): HeadingCell<TRow, TColumn, TMeta>[] {
  const top = groups[0];
  if (top === undefined) return [];
  let index = 0;
  return top.headers.map((header) => {
    const metas = header
      .getLeafHeaders()
      .filter((leaf) => leaf.subHeaders.length === 0)
      .flatMap((leaf) => (leaf.column.columnDef.meta === undefined ? [] : [leaf.column.columnDef.meta]));
    const own = header.isPlaceholder || header.subHeaders.length === 0 ? header.column.columnDef.meta : undefined;
    const cell = { header, index, span: header.colSpan, numeric: own?.numeric ?? false, hidden: metas.length > 0 && metas.every((meta) => meta.headerHidden === true) };
    index += header.colSpan;
    return cell;
  });
}

/** The position of each visible column, by id. */
export function columnPositions(columns: readonly GridColumn[]): ReadonlyMap<string, number> {
  return new Map(columns.map((column, index) => [column.id, index]));
}
