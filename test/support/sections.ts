// A report's section by its id, for tests that read one: the seed's six keep the ids they had.
import type { Report, Section } from '../../shared/report-schema';

export function held(report: Pick<Report, 'sections'>, id: string): Section {
  const section = report.sections.find((candidate) => candidate.id === id);
  if (section === undefined) throw new Error(`The report has no section "${id}".`);
  return section;
}
