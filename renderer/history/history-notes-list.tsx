// The notes and measures of past figures, by metric and period, with a search box that reads
// case and accents aside.
import { useDeferredValue, useId, useMemo, useState, type ReactElement } from 'react';
import { historyNotes, searchNotes } from '../../shared/history/history-notes';
import type { ServiceHistory } from '../../shared/history/service-history';
import { countOf } from '../../shared/words';

export function HistoryNotesList({ history }: { history: ServiceHistory }): ReactElement {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const notes = useMemo(() => historyNotes(history), [history]);
  const found = useMemo(() => searchNotes(notes, deferred), [notes, deferred]);
  const searchId = useId();
  if (notes.length === 0) return <p className="history-empty">No figure of these periods has a note.</p>;
  let metric = '';
  return (
    <div className="history-notes">
      <label htmlFor={searchId} className="history-search-label">
        Search the notes
      </label>
      <input id={searchId} type="search" className="history-search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="A word of what happened or of a measure" />
      <p className="history-count" role="status">
        {deferred.trim() === '' ? countOf(notes.length, 'note', 'notes') : `${countOf(found.length, 'note', 'notes')} of ${notes.length} found`}
      </p>
      <ul className="history-note-list" aria-label="Notes and measures">
        {found.map((note) => {
          const heading = note.metric !== metric;
          metric = note.metric;
          return (
            <li key={`${note.seriesId}-${note.period}-${note.month}`} className={heading ? 'history-note history-note-first' : 'history-note'}>
              {heading && <h4 className="history-note-metric">{note.metric}</h4>}
              <p className="history-note-place">
                {note.periodName}, {note.month}: <span className={note.missed ? 'is-missed' : undefined}>{note.figure}</span>
              </p>
              <p className="history-note-text">
                <strong>What happened:</strong> {note.happened === '' ? 'not written' : note.happened}
              </p>
              <p className="history-note-text">
                <strong>Measure:</strong> {note.measure === '' ? 'none noted' : note.measure}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
