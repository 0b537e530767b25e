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
