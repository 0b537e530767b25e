// The effort grid: people and their person-months, a total row and the planned PM.
import { Fragment, memo, useMemo, useState, type ReactElement } from 'react';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { Person, Report } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { totalPm } from '../../shared/targets';
import type { CellProblem, PendingEntry } from './cell-problems';
import { replaceProblems } from './cell-problems';
import { ProblemList } from './problem-list';
import { parsePmEntry, pmPlace } from './cell-entry';
import { pmCellId } from '../../shared/figure-text';
import { addPerson, movePerson, personName, removePerson, renamePerson, setPersonPm } from './effort-edits';
import { applyEffortPaste } from './effort-paste';
import type { GridPosition } from './grid-navigation';
import { EffortGridContext, EFFORT_COLUMNS, effortColumnDefs, type EffortCellContext } from './effort-columns';
import { pasteLabel, pasteSummary } from './metric-paste';
import { PlannedPmField } from './planned-pm-field';
import { parseTsv } from './tsv-paste';
import { useSpreadsheetGrid } from './use-spreadsheet-grid';
import { useAnnouncedProblems } from './use-announced-problems';
import './tables.css';

export interface EffortTableProps {
  report: Report;
  onChange: (next: Report, label: string) => void;
  /** PM and planned PM entries kept as typed because they are not valid yet, with what the report keeps meanwhile. */
  onProblemsChange: (problems: PendingEntry[]) => void;
}

const { name: NAME, pm: PM, remove: REMOVE, count: COLUMN_COUNT } = EFFORT_COLUMNS;

function EffortTableView({ report, onChange, onProblemsChange }: EffortTableProps): ReactElement {
  const people = report.effort.people;
  const plannedPm = report.effort.plannedPm;
  const [problems, setProblems] = useState<ReadonlyMap<string, CellProblem>>(() => new Map());
  const [planProblem, setPlanProblem] = useState<CellProblem | null>(null);
  const [status, setStatus] = useState('');
  // A removed person's entry is no longer one; the others carry the PM the report keeps meanwhile.
  const liveProblems = useMemo(() => {
    const kept = new Map(people.map((person) => [pmCellId(person.id), formatPm(person.pm)]));
    return [...problems.values()].flatMap((problem): PendingEntry[] => {
      const pm = kept.get(problem.cellId);
      return pm === undefined ? [] : [{ ...problem, kept: pm }];
    });
  }, [problems, people]);
  const pending = useMemo(
    () => (planProblem === null ? liveProblems : [...liveProblems, { ...planProblem, kept: plannedPm === null ? null : formatPm(plannedPm) }]),
    [liveProblems, planProblem, plannedPm],
  );
  useAnnouncedProblems(pending, onProblemsChange);

  const grid = useSpreadsheetGrid({
    shape: { rows: people.length, cols: COLUMN_COUNT, has: (row, col) => row >= 0 && row < people.length && col >= 0 && col < COLUMN_COUNT },
    editText: ({ row, col }) => {
      const person = people[row];
      if (person === undefined) return null;
      if (col === NAME) return person.name;
      if (col === PM) return problems.get(pmCellId(person.id))?.raw ?? String(person.pm);
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
      const outcome = applyEffortPaste(report, { row, column: col === NAME ? 0 : 1 }, parseTsv(text));
      const touched = [...outcome.settledCellIds, ...outcome.problems.map((problem) => problem.cellId)];
      setProblems((current) => replaceProblems(current, touched, outcome.problems));
      if (outcome.written > 0) onChange(outcome.report, pasteLabel(outcome.written));
      setStatus(pasteSummary(outcome));
    },
  });

  function rename(person: Person, row: number, name: string) {
    if (name === person.name) return;
    onChange(renamePerson(report, person.id, name), person.name.trim() === '' ? `Name person ${row + 1}` : `Rename ${person.name.trim()}`);
  }

  function writePm(person: Person, row: number, pm: number, verb: 'Edit' | 'Clear') {
    const cellId = pmCellId(person.id);
    if (problems.has(cellId)) setProblems((current) => replaceProblems(current, [cellId], []));
    if (pm !== person.pm) onChange(setPersonPm(report, person.id, pm), `${verb} PM of ${personName(person, row + 1)}`);
  }

  function commitPm(person: Person, row: number, text: string) {
    const entry = parsePmEntry(text, pmCellId(person.id), pmPlace(person, row + 1));
    if (entry.ok) writePm(person, row, entry.value, 'Edit');
    else setProblems((current) => replaceProblems(current, [entry.problem.cellId], [entry.problem]));
  }

  function move(row: number, col: number, delta: -1 | 1): GridPosition | null {
    const person = people[row];
    if (person === undefined) return null;
    const next = movePerson(report, person.id, delta);
    if (next === report) return null;
    onChange(next, `Move ${personName(person, row + 1)} ${delta < 0 ? 'up' : 'down'}`);
    return { row: row + delta, col };
  }

  function remove(row: number) {
    const person = people[row];
    if (person === undefined) return;
    const name = personName(person, row + 1);
    onChange(removePerson(report, person.id), `Remove ${name}`);
    setStatus(`Removed ${name}. Undo brings them back.`);
    if (people.length > 1) grid.focusCell({ row: Math.min(row, people.length - 2), col: REMOVE });
  }

  function add() {
    const added = addPerson(report);
    onChange(added.report, 'Add person');
    grid.editWhenReady({ row: people.length, col: NAME });
  }

  const gridContext: EffortCellContext = {
    peopleCount: people.length,
    problems,
    cellProps: (row, col) => grid.cellProps({ row, col }),
    editingAt: (row, col) => (grid.isEditing({ row, col }) ? grid.editing : null),
    editorHandlers: (row, col) => grid.editorHandlers({ row, col }),
    moveRow: (row, col, delta) => {
      const landing = move(row, col, delta);
      if (landing !== null) grid.focusCell(landing);
    },
    removeRow: remove,
  };

  const table = useReactTable({ data: people, columns: effortColumnDefs, getCoreRowModel: getCoreRowModel(), getRowId: (person) => person.id });
  const total = formatPm(totalPm(report));

  return (
    <div className="rd-table-block rd-effort">
      <EffortGridContext.Provider value={gridContext}>
        <table ref={grid.gridRef} role="grid" aria-label="Effort: people and person-months" aria-rowcount={people.length + 2} aria-colcount={COLUMN_COUNT} className="rd-grid rd-grid--effort">
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" role="columnheader" aria-colindex={1} className="rd-head">
                Name
              </th>
              <th scope="col" role="columnheader" aria-colindex={2} className="rd-head rd-head--number">
                PM
              </th>
              <th scope="col" role="columnheader" aria-colindex={3} colSpan={3} className="rd-head">
                <span className="visually-hidden">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} aria-rowindex={row.index + 2}>
                {row.getVisibleCells().map((cell) => (
                  <Fragment key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Fragment>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr aria-rowindex={people.length + 2} className="rd-total-row">
              <th scope="row" role="rowheader" aria-colindex={1} className="rd-cell">
                Total
              </th>
              <td role="gridcell" aria-colindex={2} aria-label={`Total PM: ${total}`} className="rd-cell rd-cell--number rd-cell--total">
                {total}
              </td>
              <td role="gridcell" aria-colindex={3} colSpan={3} className="rd-cell" />
            </tr>
          </tfoot>
        </table>
      </EffortGridContext.Provider>
      {people.length === 0 && <p className="rd-table-empty">No one listed yet. Add the people who worked on the service this period.</p>}
      <ProblemList problems={liveProblems} />
      <div className="rd-table-footer">
        <button type="button" className="button" onClick={add}>
          + Add person
        </button>
        <p className="rd-table-status" role="status">
          {status}
        </p>
      </div>
      <PlannedPmField report={report} onChange={onChange} onProblemChange={setPlanProblem} />
    </div>
  );
}

/** Renders again only when the effort changes; see PerformanceTable for why and what follows. */
export const EffortTable = memo(
  EffortTableView,
  (before, after) => before.report.effort === after.report.effort && before.onChange === after.onChange && before.onProblemsChange === after.onProblemsChange,
);
