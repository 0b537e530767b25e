// Last period beside this one: what the previous period measured for a metric or a person, and
// copying last period's PM. The summary itself is made in report-building (summarisePeriod).
import type { Metric, Person, PreviousPeriod, Report } from './report-schema';

export type PreviousMetric = PreviousPeriod['metrics'][number];

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
