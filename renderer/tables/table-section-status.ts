// What the grid of a table section says in its status line after a paste (the paste itself is
// shared/table-content.ts's writeTableCells).
import { countOf } from '../../shared/words';
import type { TableCellsWritten } from '../../shared/table-content';

/** "Pasted 8 cells, 2 rows added. 1 cell beyond the last column was left out." */
export function sectionPasteSummary(outcome: Pick<TableCellsWritten, 'written' | 'added' | 'ignored'>): string {
  const parts = [`Pasted ${countOf(outcome.written, 'cell', 'cells')}${outcome.added > 0 ? `, ${countOf(outcome.added, 'row', 'rows')} added` : ''}.`];
  if (outcome.ignored > 0) parts.push(`${countOf(outcome.ignored, 'cell', 'cells')} beyond the last column ${outcome.ignored === 1 ? 'was' : 'were'} left out.`);
  return parts.join(' ');
}

/**
 * What removing a column that holds text asks first, as removing a section with the person's
 * own text does: what goes, and that Undo brings it back. (An empty column goes at once.)
 */
export function columnRemovalQuestion(name: string, entries: number, table: string): { title: string; message: string; keep: string; remove: string } {
  const what = `the column “${name}” and its ${countOf(entries, 'entry', 'entries')}`;
  return {
    title: `Remove ${what}?`,
    message: `${entries === 1 ? 'One row' : `${entries} rows`} of “${table}” ${entries === 1 ? 'has' : 'have'} text in “${name}”. Removing the column takes ${entries === 1 ? 'it' : 'them'} out of the report; Undo (Ctrl+Z) brings ${entries === 1 ? 'it' : 'them'} back.`,
    keep: 'Keep the column',
    remove: 'Remove the column',
  };
}
