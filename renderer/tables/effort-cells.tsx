// The effort grid's cells, one component per kind of column, rendered by TanStack from the
// column definitions built here.
import type { ReactElement } from 'react';
import type { Person, PreviousPeriod } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { NO_VALUE } from '../../shared/figure-text';
import { previousPm } from '../../shared/previous-period';
import { placeId } from '../document/places';
import { pmPlace } from './cell-entry';
import type { EffortColumn } from './effort-columns';
import { personName } from './effort-edits';
import { EditableCell } from './grid-cells';
import { gridColumnDefs, gridFeatures, type GridCellContext, type RowActionsMeta } from './grid-model';
import { useGridCell } from './grid-table';
import { RowActionCell } from './row-actions';

/** What the effort grid's cells read besides their person; one object while none of it changes. */
export interface EffortMeta extends RowActionsMeta<Person> {
  /** Last period in summary, for last period's PM; null when the report has none. */
  previous: PreviousPeriod | null;
}

export const EFFORT_FEATURES = gridFeatures<EffortColumn, EffortMeta>();

type Context = GridCellContext<Person, EffortColumn, EffortMeta>;

function NameCell(context: Context): ReactElement {
  const { position, grid, active, editing } = useGridCell(context);
  const person = context.row.original;
  const number = position.row + 1;
  const empty = person.name.trim() === '';
  return (
    <EditableCell
      id={`name-${person.id}`}
      position={position}
      grid={grid}
      active={active}
      editing={editing}
      accessibleName={`Name of person ${number}: ${empty ? 'not given' : person.name}`}
      editorLabel={`Name of person ${number}`}
      numeric={false}
      entry={undefined}
      className={empty ? 'rd-cell--name rd-cell--placeholder' : 'rd-cell--name'}
    >
      {empty ? 'Type a name' : person.name}
    </EditableCell>
  );
}

function PmCell(context: Context): ReactElement {
  const { position, grid, active, editing, entries } = useGridCell(context);
  const person = context.row.original;
  const id = placeId({ kind: 'pm', personId: person.id });
  const entry = entries.get(id);
  const place = pmPlace(person, position.row + 1);
  return (
    <EditableCell
      id={id}
      position={position}
      grid={grid}
      active={active}
      editing={editing}
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

function PreviousPmCell(context: Context): ReactElement {
  const { position, grid, active } = useGridCell(context);
  const person = context.row.original;
  const pm = previousPm({ previous: context.table.options.meta?.previous ?? null }, person);
  const shown = pm === null ? NO_VALUE : formatPm(pm);
  return (
    <td
      role="gridcell"
      aria-colindex={position.col + 1}
      aria-label={`${personName(person, position.row + 1)} last period: ${pm === null ? 'not in the previous period' : `${shown} PM`}`}
      className="rd-cell rd-cell--number rd-cell--summary rd-cell--previous"
      {...grid.cellProps(position, active)}
    >
      {shown}
    </td>
  );
}

const CELLS: Record<EffortColumn['kind'], (context: Context) => ReactElement | null> = {
  name: NameCell,
  pm: PmCell,
  previous: PreviousPmCell,
  'move-up': RowActionCell,
  'move-down': RowActionCell,
  remove: RowActionCell,
};

export function effortColumnDefs(columns: readonly EffortColumn[]) {
  return gridColumnDefs<Person, EffortColumn, EffortMeta>(columns, (column) => ({ cell: CELLS[column.kind] }));
}
