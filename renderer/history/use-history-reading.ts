// Reading a history: the reports main read for it, the joins remembered for its service, and
// the history built from them (in shared/). A join changed is saved for the service at once.
import { useCallback, useMemo, useState } from 'react';
import type { HistoryFiles, HistorySource } from '../../shared/api';
import type { HistoryJoin } from '../../shared/history/history-matching';
import type { HistoryService } from '../../shared/history/history-periods';
import { buildServiceHistory, type ServiceHistory } from '../../shared/history/service-history';
import { api } from '../api';
import type { Notices } from '../ui/notices';

export type HistoryReading =
  | { state: 'choosing'; reading: boolean }
  | { state: 'read'; files: HistoryFiles; history: ServiceHistory; shown: boolean };

export function useHistoryReading(wanted: HistoryService | null, notices: Notices) {
  const [files, setFiles] = useState<HistoryFiles | null>(null);
  const [joins, setJoins] = useState<HistoryJoin[]>([]);
  const [shown, setShown] = useState(false);
  const [reading, setReading] = useState(false);

  const read = useCallback(
    async (source: HistorySource) => {
      setReading(true);
      try {
        const answer = await api().readHistory({ source, service: source.kind === 'report-and-earlier' ? wanted : null });
        if (answer.kind === 'failed') return notices.error(answer.message);
        if (answer.kind === 'cancelled') return;
        setFiles(answer);
        setJoins(answer.joins);
        setShown(false);
      } catch (error) {
        notices.error(`The reports could not be read: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setReading(false);
      }
    },
    [wanted, notices],
  );

  const changeJoins = useCallback(
    (next: HistoryJoin[]) => {
      if (files === null) return;
      setJoins(next);
      api()
        .saveHistoryJoins({ ...files.service, joins: next })
        .catch((error: unknown) => notices.error(`The join could not be remembered: ${error instanceof Error ? error.message : String(error)}`));
    },
    [files, notices],
  );

  const history = useMemo(() => (files === null ? null : buildServiceHistory(files.files, joins, files.service)), [files, joins]);
  const state: HistoryReading = files === null || history === null ? { state: 'choosing', reading } : { state: 'read', files, history, shown };
  const again = useCallback(() => setFiles(null), []);
  const show = useCallback(() => setShown(true), []);
  return { state, read, changeJoins, again, show };
}
