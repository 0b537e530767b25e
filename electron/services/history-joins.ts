// The person's joins of renamed metrics and people, remembered per service and agreement in the
// app's preferences (electron-store in the app, memory in tests), never in the report files:
// a join is how this person reads these files together, and the files stay as they were saved.
import { comparable } from '../../shared/report-building';
import type { HistoryService } from '../../shared/history/history-periods';
import type { HistoryJoin } from '../../shared/history/history-matching';
import { isRecord } from '../../shared/is-record';

/** Where the joins live: one record of every service's joins. */
export interface HistoryJoinsStore {
  read(): unknown;
  write(all: Record<string, HistoryJoin[]>): void;
}

export interface HistoryJoinsService {
  joinsOf(service: HistoryService): HistoryJoin[];
  save(service: HistoryService, joins: readonly HistoryJoin[]): void;
}

/** A service and agreement as one key, read as names are compared: case, accents and spacing aside. */
export function historyJoinsKey(service: HistoryService): string {
  return `${comparable(service.service)} | ${comparable(service.agreement)}`;
}

function cleanJoins(value: unknown): HistoryJoin[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((join): HistoryJoin[] => {
    if (!isRecord(join) || (join.kind !== 'metric' && join.kind !== 'person') || typeof join.from !== 'string' || typeof join.to !== 'string') return [];
    return join.from.trim() === '' || join.to.trim() === '' ? [] : [{ kind: join.kind, from: join.from, to: join.to }];
  });
}

function readAll(store: HistoryJoinsStore): Record<string, HistoryJoin[]> {
  const value = store.read();
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, joins]) => [key, cleanJoins(joins)]));
}

export function createHistoryJoins(store: HistoryJoinsStore): HistoryJoinsService {
  return {
    joinsOf(service) {
      return readAll(store)[historyJoinsKey(service)] ?? [];
    },
    save(service, joins) {
      const all = readAll(store);
      const key = historyJoinsKey(service);
      if (joins.length === 0) delete all[key];
      else all[key] = cleanJoins(joins);
      store.write(all);
    },
  };
}
