// Last period beside this one: what the previous period measured for a metric or a person, and
// copying last period's PM. The summary itself is made in report-building (summarisePeriod).
import type { Metric, Person, PreviousPeriod, Report } from './report-schema';
import { joinWords } from './words';
import { nameInMessage } from './message-names';

export type PreviousMetric = PreviousPeriod['metrics'][number];

/**
 * The name the previous period is known by, or null where it has none: a period of numbered
 * months only. Files saved before such a period was left unnamed hold its length ("6 months"),
 * which names nothing either.
 */
export function previousPeriodName(previous: Pick<PreviousPeriod, 'name'> | null): string | null {
  const name = previous?.name.trim() ?? '';
  return name === '' || /^\d+ months?$/.test(name) ? null : name;
}

/** What the previous period measured for this metric (the same id), or null when it did not follow it. */
export function previousOfMetric(report: Pick<Report, 'previous'>, metric: Pick<Metric, 'id'>): PreviousMetric | null {
  return report.previous?.metrics.find((entry) => entry.id === metric.id) ?? null;
}

/** The person's PM in the previous period, or null when they were not in it. */
export function previousPm(report: Pick<Report, 'previous'>, person: Pick<Person, 'id'>): number | null {
  return report.previous?.people.find((entry) => entry.id === person.id)?.pm ?? null;
}

/** How many people have a PM from the previous period that differs from this period's: what Copy last period's PM would change. */
export function peopleWithPreviousPm(report: Report): number {
  return report.effort.people.filter((person) => {
    const pm = previousPm(report, person);
    return pm !== null && pm !== person.pm;
  }).length;
}

/** Every person who was in the previous period given last period's PM; the others keep theirs. */
export function copyPreviousPm(report: Report): Report {
  const people = report.effort.people.map((person) => {
    const pm = previousPm(report, person);
    return pm === null ? person : { ...person, pm };
  });
  return { ...report, effort: { ...report.effort, people } };
}

/** Names shown before the rest are counted ("and 3 more"). */
const NAMED_AT_MOST = 3;

function someNamed(names: readonly string[]): string {
  const quoted = names.map((name) => `“${nameInMessage(name)}”`);
  if (quoted.length <= NAMED_AT_MOST) return joinWords(quoted);
  return `${quoted.slice(0, NAMED_AT_MOST).join(', ')} and ${quoted.length - NAMED_AT_MOST} more`;
}

/**
 * What of an earlier period found no row here, said after Compare with… so a metric renamed
 * since is not taken for one with no values then: "Not in this report, so not shown: the metric
 * “Latency”; the people “A. Martin”, “B. Roux”, “C. Petit” and 2 more." '' when all matched.
 */
export function unmatchedSentence(unmatched: { metrics: readonly string[]; people: readonly string[] }): string {
  const parts = [
    unmatched.metrics.length === 0 ? null : `the ${unmatched.metrics.length === 1 ? 'metric' : 'metrics'} ${someNamed(unmatched.metrics)}`,
    unmatched.people.length === 0 ? null : `the ${unmatched.people.length === 1 ? 'person' : 'people'} ${someNamed(unmatched.people)}`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? '' : `Not in this report, so not shown: ${parts.join('; ')}.`;
}
