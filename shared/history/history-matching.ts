// Metrics and people followed from period to period. Each period's rows are keyed to the rows
// already seen, newest period first, by the rule Compare with… uses (report-building's keyedTo:
// the same id under the same name, else the same name, case, accents and spacing aside, else
// the same id renamed since). A rename the files cannot tell (a report made afresh) is joined by
// the person: a join says an old name is the same as a newer one, and the history remembers it.
import type { Metric, Person } from '../report-schema';
import { metricLabel } from '../figure-text';
import { comparable, keyedTo } from '../report-building';

export interface HistoryJoin {
  kind: 'metric' | 'person';
  /** The name as an older report writes it. */
  from: string;
  /** The name it is the same as. */
  to: string;
}

export interface Series<T> {
  /** Stable within one history: the newest row's id. */
  id: string;
  /** The newest name. */
  name: string;
  /** The other names it went by, newest first. */
  formerly: string[];
  /** The row in each period (in period order), null where the period has none. */
  byPeriod: (T | null)[];
}

export type MetricSeries = Series<Metric> & { newest: Metric };
export type PersonSeries = Series<Person>;

/** The name a join (or a chain of them) makes of this one; the name itself where no join applies. */
export function joinedName(name: string, joins: readonly HistoryJoin[], kind: HistoryJoin['kind']): string {
  const byName = new Map(joins.filter((join) => join.kind === kind).map((join) => [comparable(join.from), join.to]));
  let current = name;
  const seen = new Set<string>();
  for (let next = byName.get(comparable(current)); next !== undefined && !seen.has(comparable(next)); next = byName.get(comparable(current))) {
    seen.add(comparable(current));
    current = next;
  }
  return current;
}

function matchAcross<T extends { id: string }>(lists: readonly (readonly T[])[], nameOf: (row: T) => string, joins: readonly HistoryJoin[], kind: HistoryJoin['kind']): Series<T>[] {
  const known: { id: string; name: string }[] = [];
  const series = new Map<string, Series<T>>();
  const periods = lists.length;
  for (let period = periods - 1; period >= 0; period -= 1) {
    const rows = lists[period]!;
    const keyed = keyedTo(
      rows.map((row, index) => ({ id: row.id, index })),
      known,
      (entry) => joinedName(nameOf(rows[entry.index]!), joins, kind),
    );
    keyed.forEach(({ id, index }) => {
      const row = rows[index]!;
      const name = nameOf(row);
      let found = series.get(id);
      if (found === undefined) {
        found = { id, name, formerly: [], byPeriod: Array<T | null>(periods).fill(null) };
        series.set(id, found);
        known.push({ id, name: joinedName(name, joins, kind) });
      } else if (comparable(name) !== comparable(found.name) && !found.formerly.some((former) => comparable(former) === comparable(name))) {
        found.formerly.push(name);
      }
      found.byPeriod[period] = row;
    });
  }
  return [...series.values()];
}

/** Every metric of the periods, followed across them, in the newest report's table order, then the ones that ended earlier. */
export function matchMetrics(metricsByPeriod: readonly (readonly Metric[])[], joins: readonly HistoryJoin[]): MetricSeries[] {
  return matchAcross(metricsByPeriod, metricLabel, joins, 'metric').map((series) => ({
    ...series,
    newest: series.byPeriod.findLast((metric): metric is Metric => metric !== null)!,
  }));
}

/** Every person of the periods, followed across them. */
export function matchPeople(peopleByPeriod: readonly (readonly Person[])[], joins: readonly HistoryJoin[]): PersonSeries[] {
  return matchAcross(peopleByPeriod, (person) => person.name.trim() || 'Unnamed', joins, 'person');
}

/** Which periods a series has a row in: two series can be joined only where no period holds both. */
export function periodsHeld(series: Series<unknown>): number[] {
  return series.byPeriod.flatMap((row, index) => (row === null ? [] : [index]));
}

/**
 * The series an older one could be joined to: those in no period it is in, that start after it ends
 * (a rename goes forward in time), newest first.
 */
export function joinCandidates<T>(all: readonly Series<T>[], older: Series<T>): Series<T>[] {
  const held = periodsHeld(older);
  const last = held.at(-1) ?? -1;
  return all.filter((other) => other !== older && periodsHeld(other).every((period) => period > last));
}
