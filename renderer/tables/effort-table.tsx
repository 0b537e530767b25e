// The effort grid: people and their person-months, a total row and the planned PM. It reads
// the effort and its entries to fix from the document store and changes it by updaters.
import { useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Person } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { copyPreviousPm, peopleWithPreviousPm } from '../../shared/previous-period';
import { countOf, NO_VALUE } from '../../shared/figure-text';
import { totalPm } from '../../shared/targets';
import { placeId } from '../document/places';
import { selectPendingEntries } from '../document/selectors';
import { useDocument, useDocumentStore, useFocusRequest, useReport, useUntilDocumentChanges } from '../document/use-document';
import { EntryList } from '../ui/entry-list';
import { regionProps } from '../ui/regions';
import { parsePmEntry, pmPlace } from './cell-entry';
import { EFFORT_FEATURES, effortColumnDefs, type EffortMeta } from './effort-cells';
import { EFFORT_COLUMNS, effortLayout, effortWidths } from './effort-columns';
import { addPerson, movePerson, personName, removePerson, renamePerson, setPersonPm } from './effort-edits';
import { applyEffortPaste } from './effort-paste';
import { canMoveWithin, previousColumnVisibility } from './grid-model';
import type { GridPosition } from './grid-navigation';
import { GridTableView } from './grid-table';
import { useGridTable } from './use-grid-table';
import { pasteIntoReport } from './metric-paste';
import { PlannedPmField } from './planned-pm-field';
import { entriesByRow, type RowEntries } from './row-entries';
import { useRowActions } from './row-actions';
import { useSpreadsheetGrid } from './use-spreadsheet-grid';
import './tables.css';

const EFFORT_COLUMN_DEFS = effortColumnDefs(EFFORT_COLUMNS);
const idOfPerson = (person: Person): string => person.id;
const effortRowName = (person: Person, rowIndex: number): string => personName(person, rowIndex + 1);

export function EffortTable(): ReactElement {
  const store = useDocumentStore();
  const effort = useReport((report) => report.effort);
  const { people } = effort;
  const previous = useReport((report) => report.previous);
  const toCopy = useReport(peopleWithPreviousPm);
  const entries = useDocument((state) => state.entries);
  const pending = useDocument(selectPendingEntries);
  const [status, setStatus] = useState('');
  // "Removed …, Undo brings it back" and a paste's summary speak of the last change: they go with the next one.
  useUntilDocumentChanges(status, () => setStatus(''));

  const previousEntries = useRef<ReadonlyMap<string, RowEntries>>(new Map());
  const rowEntries = useMemo(() => entriesByRow(entries, (entry) => (entry.at.kind === 'pm' ? entry.at.personId : null), previousEntries.current), [entries]);
  useLayoutEffect(() => {
    previousEntries.current = rowEntries;
  });
  const sizing = useMemo(() => effortWidths(people, rowEntries), [people, rowEntries]);
  // What the cells read besides their person; the row buttons act on the grid as it is when pressed.
  const rowActions = useRowActions(effortRowName, canMoveWithin, () => ({ move, remove, focusCell: grid.controls.focusCell }));
  const tableMeta = useMemo<EffortMeta>(() => ({ previous, rowActions }), [previous, rowActions]);
  const table = useGridTable({ features: EFFORT_FEATURES, columns: EFFORT_COLUMN_DEFS, data: people, getRowId: idOfPerson, visibility: previousColumnVisibility(previous !== null), sizing, meta: tableMeta });
  const columns = useMemo(() => effortLayout(table.columns), [table.columns]);
  const { name: NAME, pm: PM, remove: REMOVE, count: COLUMN_COUNT } = columns;
  const myEntries = useMemo(() => pending.filter((entry) => entry.at.kind === 'pm'), [pending]);

  function rename(person: Person, row: number, name: string): void {
    if (name === person.name) return;
    store.edit(person.name.trim() === '' ? `Name person ${row + 1}` : `Rename ${person.name.trim()}`, (report) => renamePerson(report, person.id, name));
  }

  function writePm(person: Person, row: number, pm: number, verb: 'Edit' | 'Clear'): void {
    store.dropEntry(placeId({ kind: 'pm', personId: person.id }));
    if (pm !== person.pm) store.edit(`${verb} PM of ${personName(person, row + 1)}`, (report) => setPersonPm(report, person.id, pm));
  }

  function commitPm(person: Person, row: number, text: string): void {
    const entry = parsePmEntry(text, { kind: 'pm', personId: person.id }, pmPlace(person, row + 1));
    if (entry.ok) writePm(person, row, entry.value, 'Edit');
    else store.keepEntry(entry.entry);
  }

  function move(row: number, col: number, delta: -1 | 1): GridPosition | null {
    const person = people[row];
    if (person === undefined) return null;
    const before = store.report;
    store.edit(`Move ${personName(person, row + 1)} ${delta < 0 ? 'up' : 'down'}`, (report) => movePerson(report, person.id, delta));
    return store.report === before ? null : { row: row + delta, col };
  }

  function remove(row: number): void {
    const person = people[row];
    if (person === undefined) return;
    const name = personName(person, row + 1);
    store.edit(`Remove ${name}`, (report) => removePerson(report, person.id));
    setStatus(`Removed ${name}. Undo brings them back.`);
    if (people.length > 1) grid.controls.focusCell({ row: Math.min(row, people.length - 2), col: REMOVE });
  }

  function add(): void {
    let personId = '';
    store.edit('Add person', (report) => {
      const added = addPerson(report);
      personId = added.personId;
      return added.report;
    });
    grid.controls.editWhenReady({ row: store.report.effort.people.findIndex((person) => person.id === personId), col: NAME });
  }

  const grid = useSpreadsheetGrid({
    shape: { rows: people.length, cols: COLUMN_COUNT, has: (row, col) => row >= 0 && row < people.length && col >= 0 && col < COLUMN_COUNT },
    editText: ({ row, col }) => {
      const person = people[row];
      if (person === undefined) return null;
      if (col === NAME) return person.name;
      if (col === PM) return entries.get(placeId({ kind: 'pm', personId: person.id }))?.raw ?? String(person.pm);
      return null;
    },
    commit: ({ row, col }, text) => {
      const person = people[row];
      if (person === undefined) return;
      if (col === NAME) rename(person, row, text.trim());
      else if (col === PM) commitPm(person, row, text);
    },
    clear: ({ row, col }) => {
      const person = people[row];
      if (person === undefined) return;
      if (col === NAME) rename(person, row, '');
      // PM is never "no value": a cleared PM is no effort.
      else if (col === PM) writePm(person, row, 0, 'Clear');
    },
    moveRow: ({ row, col }, delta) => move(row, col, delta),
    paste: ({ row, col }, text) => {
      if (col !== NAME && col !== PM) return setStatus('To paste names or PM, start from a name or a PM cell.');
      const start = { row, column: col === NAME ? (0 as const) : (1 as const) };
      setStatus(pasteIntoReport(store, text, (report, block) => applyEffortPaste(report, start, block)));
    },
  });

  useFocusRequest(
    (target) => target.kind === 'pm',
    (target) => {
      const row = target.kind === 'pm' ? people.findIndex((person) => person.id === target.personId) : -1;
      if (row < 0) return false;
      grid.controls.focusCell({ row, col: PM }, 'center');
    },
  );

  const total = formatPm(totalPm({ effort }));

  return (
    <div className="rd-table-block rd-effort" {...regionProps('effort')}>
      <GridTableView
        grid={table}
        behaviour={grid}
        label="Effort: people and person-months"
        className="rd-grid rd-grid--effort"
        minWidth="min(100%, 420px)"
        entries={rowEntries}
        footer={{
          rows: 1,
          content: (
            <tfoot>
              <tr aria-rowindex={people.length + 2} className="rd-total-row">
                <th scope="row" role="rowheader" aria-colindex={NAME + 1} className="rd-cell">
                  Total
                </th>
                <td role="gridcell" aria-colindex={PM + 1} aria-label={`Total PM: ${total}`} className="rd-cell rd-cell--number rd-cell--total">
                  {total}
                </td>
                {previous !== null && (
                  <td role="gridcell" aria-colindex={columns.previous + 1} aria-label={`Total PM last period: ${previous.totalPm === null ? 'not known' : formatPm(previous.totalPm)}`} className="rd-cell rd-cell--number rd-cell--previous">
                    {previous.totalPm === null ? NO_VALUE : formatPm(previous.totalPm)}
                  </td>
                )}
                <td role="gridcell" aria-colindex={columns.moveUp + 1} colSpan={COLUMN_COUNT - columns.moveUp} className="rd-cell" />
              </tr>
            </tfoot>
          ),
        }}
      />
      {people.length === 0 && <p className="rd-table-empty">No one listed yet. Add the people who worked on the service this period.</p>}
      <EntryList entries={myEntries} />
      <div className="rd-table-footer">
        <button type="button" className="button" onClick={add}>
          + Add person
        </button>
        {previous !== null && (
          <button
            type="button"
            className="button"
            disabled={toCopy === 0}
            title={toCopy === 0 ? 'Everyone who was there last period already has last period’s PM' : `Give ${countOf(toCopy, 'person', 'people')} last period’s PM (one undo step)`}
            onClick={() => {
              store.edit('Copy last period’s PM', copyPreviousPm);
              setStatus(`Copied last period’s PM for ${countOf(toCopy, 'person', 'people')}. Undo puts back what was there.`);
            }}
          >
            Copy last period’s PM
          </button>
        )}
        <p className="rd-table-status" role="status">
          {status}
        </p>
      </div>
      <PlannedPmField />
    </div>
  );
}
