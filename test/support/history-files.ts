// Report files of one service over several periods, as the history tests read them: a renamed
// metric (a report made afresh, so nothing but the person can join the names), a changed
// target, a missing period, a file of another service and two files for one period.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createReport, newPerson } from '../../shared/report-building';
import { writeReportText } from '../../shared/report-file';
import type { Metric, Report } from '../../shared/report-schema';

export const HISTORY_SERVICE = 'EGI Operations Portal';
export const HISTORY_AGREEMENT = 'Operations Portal OLA';

interface PeriodPlan {
  file: string;
  start: string;
  /** Availability's name that period: "Service availability" until 2023, then "Availability". */
  availabilityName: string;
  availabilityTarget: number;
  availability: (number | null)[];
  vu: (number | null)[];
  notes?: { month: number; happened: string; measure: string }[];
  people: [string, number][];
  plannedPm: number | null;
  modified: Date;
  service?: string;
}

// Two years and a half, one semester missing (July – December 2024): Availability is called
// "Service availability" with a 98 % target in 2023, then "Availability" with 99 %; it misses
// in May and June 2025 and again in July 2025, a run of three across two periods.
export const HISTORY_PLANS: readonly PeriodPlan[] = [
  { file: 'OLA 2023 S1.rdesk', start: '2023-01', availabilityName: 'Service availability', availabilityTarget: 98, availability: [99.1, 98.4, 97.5, 99.2, 99.0, 98.9], vu: [0.5, 0.8, 0.4, 1.4, 0.6, 0.3], notes: [{ month: 2, happened: 'Storage outage at the data centre', measure: 'Second storage array ordered' }], people: [['Élodie Martin', 4], ['Pierre Frebault', 6]], plannedPm: 10, modified: new Date(2023, 6, 5) },
  { file: 'OLA 2023 S2.rdesk', start: '2023-07', availabilityName: 'Service availability', availabilityTarget: 98, availability: [99.3, 99.2, 98.8, 99.4, 99.5, 99.1], vu: [0.4, 0.5, 0.6, 0.7, 0.9, 0.2], people: [['Élodie Martin', 4], ['Pierre Frebault', 6]], plannedPm: 10, modified: new Date(2024, 0, 8) },
  { file: 'OLA 2024 S1.rdesk', start: '2024-01', availabilityName: 'Availability', availabilityTarget: 99, availability: [99.5, 99.6, 99.4, 99.7, 99.2, 99.8], vu: [0.3, 0.4, null, 0.5, 0.6, 0.4], people: [['Élodie Martin', 5], ['Pierre Frebault', 6], ['Cyril Flieller', 2]], plannedPm: 12, modified: new Date(2024, 6, 4) },
  { file: 'OLA 2025 S1.rdesk', start: '2025-01', availabilityName: 'Availability', availabilityTarget: 99, availability: [99.6, 99.5, 99.4, 99.3, 98.2, 97.9], vu: [0.2, 0.3, 0.4, 0.3, 1.6, 0.8], notes: [{ month: 4, happened: 'Certificate expired on the portal front end', measure: 'Expiry alerts added to monitoring' }, { month: 5, happened: 'Database migration overran', measure: '' }], people: [['Élodie Martin', 5], ['Pierre Frebault', 6], ['Cyril Flieller', 3]], plannedPm: 12, modified: new Date(2025, 6, 3) },
  { file: 'OLA 2025 S2 (first draft).rdesk', start: '2025-07', availabilityName: 'Availability', availabilityTarget: 99, availability: [90, 90, 90, 90, 90, 90], vu: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1], people: [['Élodie Martin', 1]], plannedPm: 12, modified: new Date(2025, 11, 20) },
  { file: 'OLA 2025 S2.rdesk', start: '2025-07', availabilityName: 'Availability', availabilityTarget: 99, availability: [98.7, 99.4, 99.6, 99.5, 99.7, 99.6], vu: [0.4, 0.3, 0.2, 0.5, 0.4, 0.3], notes: [{ month: 0, happened: 'Database replica lagged behind after the migration', measure: 'Replica monitoring with alerts' }], people: [['Élodie Martin', 5], ['Pierre Frebault', 6], ['Cyril Flieller', 3]], plannedPm: 14, modified: new Date(2026, 0, 9) },
  { file: 'OLA 2026 S1.rdesk', start: '2026-01', availabilityName: 'Availability', availabilityTarget: 99, availability: [99.6, 99.7, 99.5, 99.8, 99.6, 99.7], vu: [0.3, 0.2, 0.2, 0.4, 0.3, 0.2], people: [['Élodie Martin', 5], ['Pierre Frebault', 5], ['Cyril Flieller', 4]], plannedPm: 14, modified: new Date(2026, 6, 2) },
  { file: 'Another service 2025 S1.rdesk', start: '2025-01', service: 'EGI Check-in', availabilityName: 'Availability', availabilityTarget: 99, availability: [99, 99, 99, 99, 99, 99], vu: [1, 1, 1, 1, 1, 1], people: [['Someone Else', 3]], plannedPm: null, modified: new Date(2025, 6, 1) },
];

function metricOf(metrics: readonly Metric[], name: string): Metric {
  const metric = metrics.find((candidate) => candidate.name === name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  return metric;
}

/** One period's report, as a person would have made it (a report made afresh each year: its ids differ). */
export function historyReport(plan: PeriodPlan): Report {
  const base = createReport({ title: 'Operations Portal OLA report', organisation: 'CNRS', service: plan.service ?? HISTORY_SERVICE, start: plan.start, months: 6 });
  const metrics = base.metrics
    .filter((metric) => ['Availability', 'Reliability', 'Support priority vu'].includes(metric.name))
    .map((metric) => ({ ...metric, values: metric.values.map(() => 99.5) }));
  const availability = metricOf(metrics, 'Availability');
  Object.assign(availability, { name: plan.availabilityName, target: plan.availabilityTarget, values: plan.availability, notes: plan.notes ?? [] });
  Object.assign(metricOf(metrics, 'Support priority vu'), { values: plan.vu });
  const people = plan.people.map(([name, pm]) => newPerson(name, pm));
  return { ...base, meta: { ...base.meta, agreement: HISTORY_AGREEMENT }, metrics, effort: { people, plannedPm: plan.plannedPm } };
}

/** Writes every plan's file into the folder, each with its modification time; returns their paths. */
export async function writeHistoryFolder(folder: string, plans: readonly PeriodPlan[] = HISTORY_PLANS): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (const plan of plans) {
    const path = join(folder, plan.file);
    await writeFile(path, writeReportText(historyReport(plan)));
    await utimes(path, plan.modified, plan.modified);
    paths.push(path);
  }
  return paths;
}
