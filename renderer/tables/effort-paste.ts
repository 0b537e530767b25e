// Filling the effort table from a block pasted at a cell: column 1 names, column 2 PM, rows
// to the following people. Nobody is added by a paste; rows beyond the last person are counted.
import type { Report } from '../../shared/report-schema';
import type { EntryToFix } from '../document/entries-to-fix';
import { placeId, type Place } from '../document/places';
import { parsePmEntry, pmPlace } from './cell-entry';

export interface EffortPasteOutcome {
  report: Report;
  written: number;
  problems: EntryToFix[];
  settledCellIds: string[];
  ignored: number;
}

/** `column` 0 is the name, 1 the PM. */
export function applyEffortPaste(report: Report, start: { row: number; column: 0 | 1 }, block: readonly (readonly string[])[]): EffortPasteOutcome {
  const people = report.effort.people.map((person) => ({ ...person }));
  const problems: EntryToFix[] = [];
  const settledCellIds: string[] = [];
  let written = 0;
  let ignored = 0;
  block.forEach((cells, rowOffset) => {
    const rowIndex = start.row + rowOffset;
    const person = people[rowIndex];
    cells.forEach((raw, columnOffset) => {
      const column = start.column + columnOffset;
      if (person === undefined || column > 1) {
        if (raw.trim() !== '') ignored += 1;
        return;
      }
      if (column === 0) {
        person.name = raw.trim();
        written += 1;
        return;
      }
      const at: Place = { kind: 'pm', personId: person.id };
      const entry = parsePmEntry(raw, at, pmPlace(person, rowIndex + 1));
      if (!entry.ok) {
        problems.push(entry.entry);
        return;
      }
      person.pm = entry.value;
      settledCellIds.push(placeId(at));
      written += 1;
    });
  });
  return { report: written === 0 ? report : { ...report, effort: { ...report.effort, people } }, written, problems, settledCellIds, ignored };
}
