// Names that ended: a metric or a person found only in earlier periods, which the person may
// say is one that came later under another name. The join is remembered for the service (in
// the app's preferences) and can be taken back.
import { useId, useState, type ReactElement } from 'react';
import { joinCandidates, type HistoryJoin, type Series } from '../../shared/history/history-matching';
import type { ServiceHistory } from '../../shared/history/service-history';

interface JoinRowProps {
  kind: HistoryJoin['kind'];
  older: Series<unknown>;
  candidates: Series<unknown>[];
  lastPeriod: string;
  onJoin: (join: HistoryJoin) => void;
}

function JoinRow({ kind, older, candidates, lastPeriod, onJoin }: JoinRowProps): ReactElement {
  const [chosen, setChosen] = useState(candidates[0]?.name ?? '');
  const selectId = useId();
  return (
    <li className="history-join">
      <span>
        <strong>{older.name}</strong> <span className="history-muted">last reported in {lastPeriod}</span>
      </span>
      <label htmlFor={selectId} className="visually-hidden">
        The {kind} “{older.name}” is the same as
      </label>
      <span aria-hidden="true">is the same as</span>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {candidates.map((candidate) => (
          <option key={candidate.id} value={candidate.name}>
            {candidate.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button-small" onClick={() => onJoin({ kind, from: older.name, to: chosen })} aria-label={`Join “${older.name}” to “${chosen}”`}>
        Join
      </button>
    </li>
  );
}

interface HistoryJoinsPanelProps {
  history: ServiceHistory;
  onJoinsChange: (joins: HistoryJoin[]) => void;
}

export function HistoryJoinsPanel({ history, onJoinsChange }: HistoryJoinsPanelProps): ReactElement {
  const ended = (kind: HistoryJoin['kind'], all: readonly Series<unknown>[]) =>
    all.flatMap((older) => {
      const candidates = joinCandidates(all, older);
      const last = older.byPeriod.findLastIndex((row) => row !== null);
      return candidates.length === 0 || last === history.periods.length - 1 ? [] : [{ kind, older, candidates, lastPeriod: history.periods[last]!.name }];
    });
  const rows = [...ended('metric', history.metrics), ...ended('person', history.people)];
  const add = (join: HistoryJoin) => onJoinsChange([...history.joins, join]);
  const remove = (index: number) => onJoinsChange(history.joins.filter((_, at) => at !== index));
  return (
    <div className="history-joins">
      {history.joins.length > 0 && (
        <ul className="history-join-list" aria-label="Names joined">
          {history.joins.map((join, index) => (
            <li key={`${join.kind}-${join.from}`} className="history-join">
              <span>
                “{join.from}” is read as “{join.to}”
              </span>
              <button type="button" className="button button-small" onClick={() => remove(index)} aria-label={`Undo the join of “${join.from}” to “${join.to}”`}>
                Undo join
              </button>
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 ? (
        <p className="history-empty">{history.joins.length === 0 ? 'Every metric and person is followed by name through the periods it appears in.' : 'No other name ended before the last period.'}</p>
      ) : (
        <>
          <p className="history-lead">These names stop before the last period. If one was renamed, say which name it became: the history reads them as one, and remembers it for this service.</p>
          <ul className="history-join-list" aria-label="Names that ended">
            {rows.map((row) => (
              <JoinRow key={`${row.kind}-${row.older.id}`} {...row} onJoin={add} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
