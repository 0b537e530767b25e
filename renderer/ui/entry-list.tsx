// The entries still to fix under a table, each a button that takes the person to its place.
import type { ReactElement } from 'react';
import { entriesToFixCount, problemLine, type EntryToFix } from '../document/entries-to-fix';
import { useDocumentStore } from '../document/use-document';

export function EntryList({ entries }: { entries: readonly EntryToFix[] }): ReactElement | null {
  const store = useDocumentStore();
  if (entries.length === 0) return null;
  return (
    <div className="rd-table-problems">
      <p className="rd-table-problems-title">{entriesToFixCount(entries.length)} (kept as typed, not in the report until fixed):</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.cellId}>
            <button type="button" className="rd-link-button" onClick={() => store.requestFocus(entry.at)}>
              {problemLine(entry)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
