// The effort table's columns. As in performance-columns.tsx, flexRender mounts cell renderers
// as components, so they live at module level and read what changes from context.
import { createColumnHelper, type CellContext, type ColumnDef } from '@tanstack/react-table';
import { createContext, useContext, type ReactElement } from 'react';
import type { Person } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import type { CellProblem } from './cell-problems';
import { pmPlace } from './cell-entry';
import { pmCellId } from '../../shared/figure-text';
import { personName } from './effort-edits';
import { ActionCell, EditableCell, type GridCellAccess } from './grid-cells';

export const EFFORT_COLUMNS = { name: 0, pm: 1, moveUp: 2, moveDown: 3, remove: 4, count: 5 } as const;

export interface EffortCellContext extends GridCellAccess {
  peopleCount: number;
  problems: ReadonlyMap<string, CellProblem>;
  moveRow(row: number, col: number, delta: -1 | 1): void;
  removeRow(row: number): void;
}

export const EffortGridContext = createContext<EffortCellContext | null>(null);

type Props = CellContext<Person, unknown>;

function useGrid(): EffortCellContext {
  const context = useContext(EffortGridContext);
  if (context === null) throw new Error('Effort cells render inside EffortGridContext.');
  return context;
}

function NameCell({ row }: Props): ReactElement {
  const grid = useGrid();
  const person = row.original;
  const col = EFFORT_COLUMNS.name;
  const empty = person.name.trim() === '';
  return (
    <EditableCell
      id={`name-${person.id}`}
      colIndex={col}
      rowIndex={row.index}
      grid={grid}
      accessibleName={`Name of person ${row.index + 1}: ${empty ? 'not given' : person.name}`}
      editorLabel={`Name of person ${row.index + 1}`}
      numeric={false}
      problem={undefined}
      className={empty ? 'rd-cell--name rd-cell--placeholder' : 'rd-cell--name'}
    >
      {empty ? 'Type a name' : person.name}
    </EditableCell>
  );
}

function PmCell({ row }: Props): ReactElement {
  const grid = useGrid();
  const person = row.original;
  const col = EFFORT_COLUMNS.pm;
  const id = pmCellId(person.id);
  const problem = grid.problems.get(id);
  const place = pmPlace(person, row.index + 1);
  return (
    <EditableCell
      id={id}
      colIndex={col}
      rowIndex={row.index}
      grid={grid}
      accessibleName={problem === undefined ? `${place}: ${formatPm(person.pm)}` : `${place}: ${problem.raw}, needs fixing`}
      editorLabel={place}
      numeric
      problem={problem}
      className="rd-cell--pm"
    >
      {problem !== undefined && (
        <span className="rd-cell-icon" aria-hidden="true">
          ⚠
        </span>
      )}
      <span className="rd-cell-value">{problem === undefined ? formatPm(person.pm) : problem.raw}</span>
    </EditableCell>
  );
}

function MoveCell({ row, delta }: Props & { delta: -1 | 1 }): ReactElement {
  const grid = useGrid();
  const col = delta < 0 ? EFFORT_COLUMNS.moveUp : EFFORT_COLUMNS.moveDown;
  const enabled = delta < 0 ? row.index > 0 : row.index < grid.peopleCount - 1;
  return (
    <ActionCell
      colIndex={col}
      grid={grid.cellProps(row.index, col)}
      label={`Move ${personName(row.original, row.index + 1)} ${delta < 0 ? 'up' : 'down'}`}
      symbol={delta < 0 ? '↑' : '↓'}
      enabled={enabled}
      onActivate={() => grid.moveRow(row.index, col, delta)}
    />
  );
}

function MoveUpCell(props: Props): ReactElement {
  return <MoveCell {...props} delta={-1} />;
}

function MoveDownCell(props: Props): ReactElement {
  return <MoveCell {...props} delta={1} />;
}

function RemoveCell({ row }: Props): ReactElement {
  const grid = useGrid();
  const col = EFFORT_COLUMNS.remove;
  return <ActionCell colIndex={col} grid={grid.cellProps(row.index, col)} label={`Remove ${personName(row.original, row.index + 1)}`} symbol="✕" enabled danger onActivate={() => grid.removeRow(row.index)} />;
}

const helper = createColumnHelper<Person>();

export const effortColumnDefs: ColumnDef<Person, unknown>[] = [
  helper.display({ id: 'name', header: 'Name', cell: NameCell }),
  helper.display({ id: 'pm', header: 'PM', cell: PmCell }),
  helper.display({ id: 'move-up', header: 'Row actions', cell: MoveUpCell }),
  helper.display({ id: 'move-down', header: '', cell: MoveDownCell }),
  helper.display({ id: 'remove', header: '', cell: RemoveCell }),
];
