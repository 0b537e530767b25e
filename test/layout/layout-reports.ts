// The reports whose Word documents the layout tests lay out with LibreOffice: the seed, and the
// sizes where layouts break (1, 12 and 36 months, 70 metrics, 30 people, names in other
// scripts, nothing at all), and a service's history annex. Each is filled with the same figures
// on every run.
import { readReportData } from '../../shared/report-file';
import type { Metric, Report } from '../../shared/report-schema';
import { createReport, customMetric, newPerson } from '../../shared/report-building';
import { editSection, refreshDrafts } from '../../shared/section-text';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import { seedFiguresIn } from '../fixtures/seed-in-language';
import { setFigureNote } from '../../shared/figure-notes';
import { randomSequence } from '../../scripts/bench-reports';
import { newSection } from '../../shared/sections';
import type { HistoryJoin } from '../../shared/history/history-matching';
import { buildServiceHistory } from '../../shared/history/service-history';
import { readHistoryFiles } from '../../electron/services/history-files';
import { buildHistoryAnnex } from '../../electron/services/history-export';
import { writeHistoryFolder } from '../support/history-files';
import { shippedTemplateDocuments } from './template-reports';

export interface LayoutDocument {
  name: string;
  report: Report;
  includeCharts: boolean;
  /** The pages LibreOffice should make of it: more or fewer means something moved. */
  pages: { least: number; most: number };
  /** The Word template it is exported in (test/support/word-templates.ts), by name. */
  template?: string;
  /** How its section headings are numbered, as the PDF's outline shows them; "1" … "6" by default. */
  headingNumber?: (index: number) => string;
}

/** The seed in each of the layout tests' Word templates. */
export function templateDocuments(): LayoutDocument[] {
  return [
    { name: 'seed-in-a4-logo', report: seedReport(), includeCharts: true, template: 'a4-logo', pages: { least: 2, most: 4 } },
    { name: 'seed-in-letter-landscape', report: seedReport(), includeCharts: true, template: 'letter-landscape', pages: { least: 3, most: 5 } },
    { name: 'seed-in-french', report: seedReport(), includeCharts: true, template: 'french', pages: { least: 2, most: 4 } },
    { name: 'seed-in-numbered-headings', report: seedReport(), includeCharts: true, template: 'numbered-headings', pages: { least: 2, most: 4 }, headingNumber: (index) => `${String.fromCharCode(65 + index)}.` },
  ];
}

/** Figures near their targets, about one in `missEvery` on the wrong side, one in twenty missing. */
function filled(metric: Metric, random: () => number, missEvery: number): Metric {
  const values = metric.values.map(() => {
    if (random() < 0.05) return null;
    const miss = random() < 1 / missEvery;
    if (metric.unit === '%') return Math.round((miss ? 96 + random() * 2.9 : 99.05 + random() * 0.94) * 100) / 100;
    const target = metric.target ?? 5;
    return Math.round((miss ? target * (1.1 + random()) : target * random() * 0.9) * 100) / 100;
  });
  return { ...metric, values };
}

function valid(report: Report): Report {
  const read = readReportData(refreshDrafts(report));
  if (!read.ok) throw new Error(`A layout report is not valid: ${read.message}`);
  return read.report;
}

function people(count: number, random: () => number, names: readonly string[] = []): Report['effort']['people'] {
  return Array.from({ length: count }, (_, index) => newPerson(names[index] ?? `Person ${index + 1}`, Math.round(random() * 40) / 10 + 0.5));
}

function period(months: number, start: string | null, missEvery: number, seed: number): Report {
  const random = randomSequence(seed);
  const report = createReport({ title: `Operations Portal report, ${months === 1 ? '1 month' : `${months} months`}`, organisation: 'CNRS', service: 'EGI Operations Portal', months, start });
  return { ...report, metrics: report.metrics.map((metric) => filled(metric, random, missEvery)), effort: { ...report.effort, people: people(4, random) } };
}

function withLists(report: Report): Report {
  const foreseen = [
    'For the next period we plan:',
    '- the portal release 5.2, with:',
    '  - the new dashboard',
    '  - the accounting views',
    '- the move of the database to the new cluster',
    'In order:',
    '1. test the release with EGI',
    '2. deploy it in production',
    '3. announce it to the sites',
  ].join('\n');
  return editSection(report, 'foreseen', foreseen);
}

/** A 2-key group (combined in one row by default) beside the 4-key Support priority (a row per key). */
function withTicketGroup(report: Report, random: () => number): Report {
  const months = report.meta.period.months;
  const tickets = ['first reply', 'solved'].map((key, index): Metric => ({
    ...customMetric(months, { name: `Tickets ${key}`, unit: 'days', direction: 'lower-is-better', target: index === 0 ? 2 : 10 }),
    group: 'Tickets',
    key,
  }));
  return { ...report, metrics: [...report.metrics, ...tickets.map((metric) => filled(metric, random, 4))] };
}

function seventyMetrics(): Report {
  const random = randomSequence(70);
  const months = 6;
  const base = createReport({ title: 'Infrastructure services report', organisation: 'CNRS', service: 'Seventy services', months, start: '2025-07' });
  const metrics: Metric[] = [...base.metrics];
  // A group of six keys, five of them with a target: every key keeps its own row.
  const sixKeys = ['l', 'm', 'h', 'u', 'vu', 'tp'].map((key, index): Metric => ({
    ...customMetric(months, { name: `Incident response ${key}`, unit: 'hours', direction: 'lower-is-better', target: index === 1 ? null : [10, 0, 8, 4, 2, 1][index]! }),
    group: 'Incident response',
    key,
  }));
  metrics.push(...sixKeys);
  for (let service = 1; metrics.length < 70; service += 1) {
    const percent = (name: string): Metric => ({ ...customMetric(months, { name, unit: '%', direction: 'higher-is-better', target: 99 }), decimals: 2 });
    metrics.push(percent(`Service ${service} availability`), percent(`Service ${service} reliability`));
  }
  return { ...base, metrics: metrics.slice(0, 70).map((metric) => filled(metric, random, 12)), effort: { ...base.effort, people: people(6, random) } };
}

function unicodeNames(): Report {
  const random = randomSequence(8);
  const report = createReport({ title: 'Rapport d’activité — Œuvres numériques', organisation: 'Ústav informatiky', service: 'Σύστημα πύλης', months: 6, start: '2026-01' });
  const names = ['محمد عبد الله', 'François Lefèvre-Nuñez', 'Анна Кузнецова', 'Ζωή Παπαδοπούλου', 'Øyvind Ågård', 'יעל כהן'];
  const metrics = report.metrics.map((metric, index) => (index === 0 ? { ...metric, name: 'Disponibilité du portail' } : metric));
  return {
    ...report,
    meta: { ...report.meta, language: 'fr-FR', author: 'Zoë Ærøskøbing' },
    metrics: metrics.map((metric) => filled(metric, random, 8)),
    effort: { ...report.effort, people: people(names.length, random, names) },
  };
}

/** The seed with two misses, each noted, and a noted figure that met its target: footnotes under the table. */
function notedMisses(): Report {
  let report = setFigureNote(reportWithMisses(), 'availability', 2, { happened: 'storage outage at the data centre on 12 March', measure: 'second storage controller, in service by June' });
  report = setFigureNote(report, 'support-vu', 1, { happened: 'two tickets waited over a holiday weekend', measure: '' });
  report = setFigureNote(report, 'reliability', 4, { happened: 'probe moved to the new monitoring host', measure: '' });
  return refreshDrafts(report);
}

/**
 * A quarterly service report of its own shape: a summary, service performance with incidents and
 * the changes delivered as its sub-sections (a table of the person's own), plans; no effort section.
 */
function quarterlyShape(): Report {
  const random = randomSequence(4);
  const base = period(3, '2025-07', 5, 4);
  const changes = [
    ['CHG-101', 'Portal release 5.2: new dashboard and accounting views', '2025-07-14', 'Delivered'],
    ['CHG-102', 'Database moved to the new cluster', '2025-08-02', 'Delivered'],
    ['CHG-107', 'Single sign-on through the EGI Check-in proxy, replacing the certificate login for sites', '2025-08-28', 'Delivered'],
    ['CHG-110', 'Monitoring probes for the message broker', '2025-09-10', 'Postponed to Q4'],
    ['CHG-111', 'Accessibility review of the downtime calendar', '2025-09-24', 'In progress'],
  ];
  const sections = [
    newSection('text', { title: 'Summary', text: 'A quiet quarter: two releases, one planned outage.\nThe move of the database finished a week early.' }),
    newSection('performance', { title: 'Service performance' }),
    newSection('text', { title: 'Incidents', level: 2, text: 'One storage incident in August (four hours, planned maintenance overran).' }),
    newSection('table', { title: 'Changes delivered', level: 2, text: 'The changes of the quarter, as the change board recorded them:', columns: ['Change', 'What', 'Date', 'Status'], rows: changes }),
    newSection('text', { title: 'Plans for next quarter', text: '- release 5.3\n- the new accounting API' }),
  ];
  return { ...base, meta: { ...base.meta, title: 'Quarterly service report' }, sections, effort: { ...base.effort, people: people(2, random) } };
}

function empty(): Report {
  const report = createReport({ title: 'New report', months: 6 });
  return { ...report, metrics: [] };
}

export function layoutDocuments(): LayoutDocument[] {
  const twelve = randomSequence(12);
  const thirtySix = randomSequence(36);
  const thirtyPeople = randomSequence(30);
  const seedWithout = seedReport();
  return [
    { name: 'seed', report: seedReport(), includeCharts: true, pages: { least: 2, most: 2 } },
    { name: 'seed-without-charts', report: seedWithout, includeCharts: false, pages: { least: 1, most: 1 } },
    { name: 'one-month', report: valid(period(1, '2026-01', 4, 1)), includeCharts: true, pages: { least: 2, most: 3 } },
    { name: 'twelve-months', report: valid(withLists(withTicketGroup(period(12, '2025-01', 6, 12), twelve))), includeCharts: true, pages: { least: 3, most: 5 } },
    { name: 'thirty-six-months', report: valid(withTicketGroup(period(36, null, 3, 36), thirtySix)), includeCharts: true, pages: { least: 5, most: 8 } },
    { name: 'seventy-metrics', report: valid(seventyMetrics()), includeCharts: true, pages: { least: 18, most: 26 } },
    { name: 'thirty-people', report: valid({ ...createReport({ title: 'Large team report', organisation: 'CNRS', months: 6 }), effort: { people: people(30, thirtyPeople), plannedPm: 80 } }), includeCharts: true, pages: { least: 2, most: 4 } },
    { name: 'unicode-names', report: valid(unicodeNames()), includeCharts: true, pages: { least: 2, most: 4 } },
    { name: 'empty', report: valid(empty()), includeCharts: true, pages: { least: 1, most: 1 } },
    { name: 'noted-misses', report: valid(notedMisses()), includeCharts: false, pages: { least: 1, most: 2 } },
    { name: 'quarterly-shape', report: valid(quarterlyShape()), includeCharts: true, pages: { least: 2, most: 3 } },
    // The seed's figures, misses noted and last period beside them, written in French and in German.
    { name: 'seed-figures-french', report: valid(seedFiguresIn('fr-FR')), includeCharts: true, pages: { least: 2, most: 4 } },
    { name: 'seed-figures-german', report: valid(seedFiguresIn('de-DE')), includeCharts: true, pages: { least: 2, most: 4 } },
    ...templateDocuments(),
    ...shippedTemplateDocuments(),
  ];
}

/** The metric renamed in the six semesters' files, joined as the person joins it in the window. */
export const ANNEX_JOINS: HistoryJoin[] = [{ kind: 'metric', from: 'Service availability', to: 'Availability' }];

/**
 * The history annex of six semesters (test/support/history-files.ts: a renamed metric, a changed
 * target, a missing semester, a file of another service and two files for one period), its files
 * written into `folder` and read back as main reads them.
 */
export async function historyAnnexDocument(folder: string): Promise<Buffer> {
  const files = await readHistoryFiles(await writeHistoryFolder(folder));
  return buildHistoryAnnex(buildServiceHistory(files, ANNEX_JOINS));
}
