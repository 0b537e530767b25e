// The cell of the row actions every grid ends its rows with (move up, move down, remove; their
// columns are in grid-model.ts): it asks the table's meta what the row is called and what moving
// or removing it does.
import type { ReactElement } from 'react';
import type { RowData } from '@tanstack/react-table';
import { ActionCell } from './grid-cells';
import type { GridCellContext, GridColumn, RowActionsMeta } from './grid-model';
import { useGridCell } from './grid-table';

export function RowActionCell<TRow extends RowData, TColumn extends GridColumn, TMeta extends RowActionsMeta<TRow>>(context: GridCellContext<TRow, TColumn, TMeta>): ReactElement | null {
  const { position, active, grid, isLastRow } = useGridCell(context);
  const actions = context.table.options.meta?.rowActions;
  const kind = context.column.columnDef.meta?.kind;
  if (actions === undefined) return null;
  const row = context.row.original;
  const name = actions.name(row, position.row);
  if (kind === 'remove') {
    return <ActionCell position={position} grid={grid} active={active} label={`Remove ${name}`} symbol="✕" enabled danger onActivate={() => actions.remove(position.row)} />;
  }
  const delta = kind === 'move-up' ? -1 : 1;
  return (
    <ActionCell
      position={position}
      grid={grid}
      active={active}
      label={`Move ${name} ${delta < 0 ? 'up' : 'down'}`}
      symbol={delta < 0 ? '↑' : '↓'}
      enabled={actions.canMove(row, position.row, isLastRow, delta)}
      onActivate={() => actions.move(position.row, position.col, delta)}
    />
  );
}
