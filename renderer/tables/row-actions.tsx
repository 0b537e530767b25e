// The row actions every grid ends its rows with (move up, move down, remove; their columns are
// in grid-model.ts): the cell, which asks the table's meta what the row is called and what moving
// or removing it does, and the hook that makes that one object for the grid's lifetime.
import { useLayoutEffect, useMemo, useRef, type ReactElement } from 'react';
import type { RowData } from '@tanstack/react-table';
import { ActionCell } from './grid-cells';
import type { GridCellContext, GridColumn, GridRowActions, RowActionsMeta } from './grid-model';
import type { GridPosition } from './grid-navigation';
import { useGridCell } from './grid-table';

/** What moving and removing a row do, as they stand at the latest render. */
export interface RowActionHandlers {
  /** Moves the row; where the focus follows it, or null when it did not move. */
  move(rowIndex: number, col: number, delta: -1 | 1): GridPosition | null;
  remove(rowIndex: number): void;
  focusCell(position: GridPosition): void;
}

/**
 * A grid's row actions for its table meta: one object for the grid's lifetime, so no row renders
 * again for them, acting on the grid as it is when a button is pressed (`current` is read then).
 * `name` and `canMove` read only the row, and stay as given.
 */
export function useRowActions<TRow>(name: GridRowActions<TRow>['name'], canMove: GridRowActions<TRow>['canMove'], current: () => RowActionHandlers): GridRowActions<TRow> {
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });
  return useMemo(
    () => ({
      name,
      canMove,
      move: (rowIndex, col, delta) => {
        const handlers = latest.current();
        const landing = handlers.move(rowIndex, col, delta);
        if (landing !== null) handlers.focusCell(landing);
      },
      remove: (rowIndex) => latest.current().remove(rowIndex),
    }),
    [name, canMove],
  );
}

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
