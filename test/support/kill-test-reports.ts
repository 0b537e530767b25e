// The report versions the kill test saves: a year of a dozen services' figures (some 50 KB), so
// a kill lands inside a write as often as in the checks before it, each version told apart by
// its title.
import { createReport, customMetric } from '../../shared/report-building';
import type { Report } from '../../shared/report-schema';

export const KILL_TEST_VERSION_COUNT = 4;

function yearOfFigures(): Report {
  const months = 12;
  const base = createReport({ title: 'Kill test', organisation: 'CNRS', service: 'Twelve services', start: '2025-01', months });
  const metrics = Array.from({ length: 24 }, (_, index) => ({
    ...customMetric(months, { name: `Service ${Math.floor(index / 2) + 1} ${index % 2 === 0 ? 'availability' : 'reliability'}`, unit: '%', direction: 'higher-is-better', target: 99 }),
    id: `metric-${index + 1}`,
    values: Array.from({ length: months }, (_, month) => 97 + ((index * 7 + month * 13) % 300) / 100),
  }));
  // Fixed ids, so the parent and the child make the very same files.
  return { ...base, metrics, effort: { ...base.effort, people: [] } };
}

export function killTestVersions(): Report[] {
  const report = yearOfFigures();
  return Array.from({ length: KILL_TEST_VERSION_COUNT }, (_, index) => ({ ...report, meta: { ...report.meta, title: `Version ${index + 1}` } }));
}
