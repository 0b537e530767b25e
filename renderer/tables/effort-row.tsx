// One person's row of the effort grid, memoised like the performance rows: an edit re-renders
// the row it touches and the one the focus moves to.
import { memo, type ReactElement } from 'react';
import type { Person } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { NO_VALUE } from '../../shared/figure-text';
import { placeId } from '../document/places';
import { pmPlace } from './cell-entry';
import type { EffortColumns } from './effort-columns';
import { personName } from './effort-edits';
import { ActionCell, EditableCell } from './grid-cells';
import type { RowEntries } from './row-entries';
import type { GridControls, GridEditing } from './use-spreadsheet-grid';

export interface EffortRowActions {
  moveRow(rowIndex: number, col: number, delta: -1 | 1): void;
  removeRow(rowIndex: number): void;
}

interface EffortRowProps {
  person: Person;
  columns: EffortColumns;
  /** The person's PM in the previous period; null when they were not in it (or none is known). */
  previousPm: number | null;
  rowIndex: number;
  isLast: boolean;
  entries: RowEntries;
  activeCol: number | null;
  editing: GridEditing | null;
  grid: GridControls;
  actions: EffortRowActions;
}

export const EffortRowView = memo(function EffortRowView({ person, columns, previousPm, rowIndex, isLast, entries, activeCol, editing, grid, actions }: EffortRowProps): ReactElement {
  const cells = columns.list.map((column, col) => {
    const position = { row: rowIndex, col };
    const active = activeCol === col;
    const editingHere = editing !== null && editing.position.col === col ? editing : null;
    const name = personName(person, rowIndex + 1);
    switch (column.kind) {
      case 'name': {
        const empty = person.name.trim() === '';
        return (
          <EditableCell
            key={column.id}
            id={`name-${person.id}`}
            position={position}
            grid={grid}
            active={active}
            editing={editingHere}
            accessibleName={`Name of person ${rowIndex + 1}: ${empty ? 'not given' : person.name}`}
            editorLabel={`Name of person ${rowIndex + 1}`}
            numeric={false}
            entry={undefined}
            className={empty ? 'rd-cell--name rd-cell--placeholder' : 'rd-cell--name'}
          >
            {empty ? 'Type a name' : person.name}
          </EditableCell>
        );
      }
      case 'pm': {
        const id = placeId({ kind: 'pm', personId: person.id });
        const entry = entries.get(id);
        const place = pmPlace(person, rowIndex + 1);
        return (
          <EditableCell
            key={column.id}
            id={id}
            position={position}
            grid={grid}
            active={active}
            editing={editingHere}
            accessibleName={entry === undefined ? `${place}: ${formatPm(person.pm)}` : `${place}: ${entry.raw}, needs fixing`}
            editorLabel={place}
            numeric
            entry={entry}
            className="rd-cell--pm"
          >
            {entry !== undefined && (
              <span className="rd-cell-icon" aria-hidden="true">
                ⚠
              </span>
            )}
            <span className="rd-cell-value">{entry === undefined ? formatPm(person.pm) : entry.raw}</span>
          </EditableCell>
        );
      }
      case 'previous': {
        const shown = previousPm === null ? NO_VALUE : formatPm(previousPm);
        return (
          <td
            key={column.id}
            role="gridcell"
            aria-colindex={col + 1}
            aria-label={`${name} last period: ${previousPm === null ? 'not in the previous period' : `${shown} PM`}`}
            className="rd-cell rd-cell--number rd-cell--summary rd-cell--previous"
            {...grid.cellProps(position, active)}
          >
            {shown}
          </td>
        );
      }
      case 'move-up':
      case 'move-down': {
        const delta = column.kind === 'move-up' ? -1 : 1;
        return (
          <ActionCell
            key={column.id}
            position={position}
            grid={grid}
            active={active}
            label={`Move ${name} ${delta < 0 ? 'up' : 'down'}`}
            symbol={delta < 0 ? '↑' : '↓'}
            enabled={delta < 0 ? rowIndex > 0 : !isLast}
            onActivate={() => actions.moveRow(rowIndex, col, delta)}
          />
        );
      }
      case 'remove':
        return <ActionCell key={column.id} position={position} grid={grid} active={active} label={`Remove ${name}`} symbol="✕" enabled danger onActivate={() => actions.removeRow(rowIndex)} />;
    }
  });
  return <tr aria-rowindex={rowIndex + 2}>{cells}</tr>;
});
