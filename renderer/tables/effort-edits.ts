// Changes the effort table makes to a report, and how the total compares with the plan.
import type { Person, Report } from '../../shared/report-schema';
import { newPerson } from '../../shared/report-building';
import { formatPm } from '../../shared/numbers';
import { totalPm } from '../../shared/targets';

function withPeople(report: Report, people: Person[]): Report {
  return { ...report, effort: { ...report.effort, people } };
}

function mapPerson(report: Report, personId: string, change: (person: Person) => Person): Report {
  return withPeople(report, report.effort.people.map((person) => (person.id === personId ? change(person) : person)));
}

/** Adds a person at the end; returns the report and the new person's id (to focus their name). */
export function addPerson(report: Report): { report: Report; personId: string } {
  const person = newPerson('', 0);
  return { report: withPeople(report, [...report.effort.people, person]), personId: person.id };
}

export function removePerson(report: Report, personId: string): Report {
  return withPeople(report, report.effort.people.filter((person) => person.id !== personId));
}

export function movePerson(report: Report, personId: string, delta: -1 | 1): Report {
  const people = [...report.effort.people];
  const index = people.findIndex((person) => person.id === personId);
  const other = index + delta;
  if (index < 0 || other < 0 || other >= people.length) return report;
  [people[index], people[other]] = [people[other]!, people[index]!];
  return withPeople(report, people);
}

export function renamePerson(report: Report, personId: string, name: string): Report {
  return mapPerson(report, personId, (person) => ({ ...person, name }));
}

export function setPersonPm(report: Report, personId: string, pm: number): Report {
  return mapPerson(report, personId, (person) => ({ ...person, pm }));
}

export function setPlannedPm(report: Report, plannedPm: number | null): Report {
  return { ...report, effort: { ...report.effort, plannedPm } };
}

/** A person's name as a control's label says it: "Cyril Flieller", or "person 2" before it has one. */
export function personName(person: Pick<Person, 'name'>, rowNumber: number): string {
  const name = person.name.trim();
  return name === '' ? `person ${rowNumber}` : name;
}

/** "12 PM of 12 planned", "14 PM of 12 planned: 2 PM over plan", or null with no plan set. */
export function describePlan(report: Pick<Report, 'effort'>): { text: string; state: 'on-plan' | 'over' | 'under' } | null {
  const planned = report.effort.plannedPm;
  if (planned === null) return null;
  const total = totalPm(report);
  const base = `${formatPm(total)} PM of ${formatPm(planned)} planned`;
  // Sums of decimals (0.1 + 0.2) drift; PM are shown to two places, so compare there.
  const difference = Math.round((total - planned) * 100) / 100;
  if (difference === 0) return { text: base, state: 'on-plan' };
  const state = difference > 0 ? 'over' : 'under';
  return { text: `${base}: ${formatPm(Math.abs(difference))} PM ${state} plan`, state };
}
