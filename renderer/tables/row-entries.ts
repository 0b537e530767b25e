// The entries still to fix, handed to each row as its own: a row re-renders when an entry in
// it comes or goes, not when one does elsewhere in the table.
import type { EntryToFix } from '../document/entries-to-fix';

export type RowEntries = ReadonlyMap<string, EntryToFix>;

export const NO_ROW_ENTRIES: RowEntries = new Map();

function sameEntries(a: RowEntries, b: RowEntries): boolean {
  return a.size === b.size && [...a].every(([cellId, entry]) => b.get(cellId) === entry);
}

/**
 * Entries by the key of the row holding them (`rowOf`, null for another table's), each row's
 * map kept from `previous` when its entries are the same.
 */
export function entriesByRow(entries: ReadonlyMap<string, EntryToFix>, rowOf: (entry: EntryToFix) => string | null, previous: ReadonlyMap<string, RowEntries>): Map<string, RowEntries> {
  const grouped = new Map<string, Map<string, EntryToFix>>();
  for (const entry of entries.values()) {
    const row = rowOf(entry);
    if (row === null) continue;
    const mine = grouped.get(row) ?? new Map<string, EntryToFix>();
    mine.set(entry.cellId, entry);
    grouped.set(row, mine);
  }
  const result = new Map<string, RowEntries>();
  for (const [row, mine] of grouped) {
    const before = previous.get(row);
    result.set(row, before !== undefined && sameEntries(before, mine) ? before : mine);
  }
  return result;
}
