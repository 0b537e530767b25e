// A grid's TanStack table: built once, given the grid's columns, rows, visibility, widths and
// meta as they change, and read for the visible columns and their sizes.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { constructTable, type ColumnSizingState, type ColumnVisibilityState, type RowData } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { shownColumns, type GridColumn, type GridColumnDef, type GridFeatures } from './grid-model';

export interface GridTableOptions<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> {
  features: GridFeatures<TColumn, TMeta>;
  /** The column definitions (gridColumnDefs), the same array while the columns are the same. */
  columns: readonly GridColumnDef<TRow, TColumn, TMeta>[];
  data: readonly TRow[];
  getRowId: (row: TRow, index: number) => string;
  /** Columns hidden by id (`false`), the same object while nothing changes. */
  visibility: ColumnVisibilityState;
  /** Widths measured from what each column shows, by column id. */
  sizing: ColumnSizingState;
  /** What the cells read besides their row: the same object while nothing in it changes. */
  meta: TMeta;
}

function sameSizing(a: ColumnSizingState, b: ColumnSizingState): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * A grid's TanStack table, with its visible columns as the grid describes them and their widths.
 *
 * Every slice of state the grid uses is its own, given in `state` (controlled), and nothing of
 * the table's is read for re-rendering: so the table is built with TanStack's framework-free
 * constructor and given new options only when one of them changes. useTable would merge and
 * publish its options at every render, the focus moving one cell included (README: "The grids on
 * TanStack Table").
 */
export function useGridTable<TRow extends RowData, TColumn extends GridColumn, TMeta extends object>(options: GridTableOptions<TRow, TColumn, TMeta>) {
  const { columns: columnDefs, data, getRowId, meta, visibility } = options;
  // The same widths keep the same object: the <col>s and the column window sleep through a figure that widens nothing.
  const lastSizing = useRef<ColumnSizingState>(options.sizing);
  const sizing = useMemo(() => (sameSizing(lastSizing.current, options.sizing) ? lastSizing.current : options.sizing), [options.sizing]);
  useLayoutEffect(() => {
    lastSizing.current = sizing;
  });
  const state = useMemo(() => ({ columnVisibility: visibility, columnSizing: sizing }), [visibility, sizing]);
  const [table] = useState(() =>
    constructTable({
      features: { ...options.features, coreReactivityFeature: storeReactivityBindings() },
      columns: columnDefs,
      data,
      getRowId,
      meta,
      // Measured widths may be narrower than TanStack's default least (20 px).
      defaultColumn: NO_MINIMUM,
      state,
    }),
  );
  // TanStack memoises its models on these options: a change of one rebuilds what depends on it.
  useMemo(() => table.setOptions((previous) => ({ ...previous, columns: columnDefs, data, getRowId, meta, state })), [table, columnDefs, data, getRowId, meta, state]);
  const leafColumns = table.getVisibleLeafColumns();
  const columns = useMemo(() => shownColumns(leafColumns), [leafColumns]);
  // Read again when the sizes change: TanStack reads them from the state given above.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `sizing` is what getSize() reads
  const widths = useMemo(() => leafColumns.map((column) => column.getSize()), [leafColumns, sizing]);
  return { table, leafColumns, columns, widths };
}

const NO_MINIMUM = { minSize: 0 };

export type GridTable<TRow extends RowData, TColumn extends GridColumn, TMeta extends object> = ReturnType<typeof useGridTable<TRow, TColumn, TMeta>>;

