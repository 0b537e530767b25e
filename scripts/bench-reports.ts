// The reports the benchmarks measure beside the seed, filled with the same pseudo-random figures
// and words on every run, so that one run compares with the next.
import { createReport, customMetric, newPerson, presetMetrics } from '../shared/report-building';
import { editSection, refreshDrafts } from '../shared/section-text';
import type { DraftedKind, Metric, Report } from '../shared/report-schema';

/** A repeatable pseudo-random sequence (mulberry32), so every run measures the same report. */
export function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Availability and reliability of each service, then its support group: the seed's metrics, repeated. */
function serviceMetrics(months: number, count: number): Metric[] {
  const metrics: Metric[] = [...createReport({ months }).metrics];
  for (let service = 1; metrics.length < count; service += 1) {
    const percent = (name: string): Metric => ({ ...customMetric(months, { name, unit: '%', direction: 'higher-is-better', target: 99 }), decimals: 2 });
    metrics.push(percent(`Service ${service} availability`), percent(`Service ${service} reliability`));
    metrics.push(...presetMetrics('support-priority', months).map((metric) => ({ ...metric, group: `Service ${service} support` })));
  }
  return metrics.slice(0, count);
}

function filled(metrics: readonly Metric[], random: () => number): Metric[] {
  return metrics.map((metric) => ({
    ...metric,
    values: metric.values.map(() => {
      if (random() < 0.05) return null;
      return metric.unit === '%' ? Math.round((97 + random() * 3) * 100) / 100 : Math.round(random() * 600) / 100;
    }),
  }));
}

const WORDS = (
  'the service portal release upgrade was deployed during maintenance window and monitoring showed ' +
  'availability stayed above target while reliability dipped after a network incident at the data ' +
  'centre our team reviewed tickets with users and planned measures to improve response times for ' +
  'urgent requests we also tested the new version with partners before production documentation ' +
  'was updated and the operations team followed procedures agreed with the federation'
).split(' ');

/** Paragraphs of plausible words, about `words` of them in all. */
function prose(words: number, random: () => number): string {
  const paragraphs: string[] = [];
  let written = 0;
  while (written < words) {
    const sentences: string[] = [];
    for (let sentence = 0; sentence < 4 && written < words; sentence += 1) {
      const length = Math.min(words - written, 8 + Math.floor(random() * 12));
      const picked = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
      sentences.push(`${picked.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);
      written += length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

const WRITTEN_SECTIONS: readonly DraftedKind[] = ['overview', 'issues', 'measures', 'foreseen'];

export interface BenchReportShape {
  title: string;
  months: number;
  metrics: number;
  people: number;
  /** Words the person wrote, shared among the free-text sections; 0 leaves the drafts. */
  words: number;
  charts: boolean;
}

export function benchReport(shape: BenchReportShape, seed = 42): Report {
  const random = randomSequence(seed);
  const base = createReport({ title: shape.title, organisation: 'CNRS', service: 'Many services', start: '2023-01', months: shape.months });
  const metrics = filled(serviceMetrics(shape.months, shape.metrics), random);
  const people = Array.from({ length: shape.people }, (_, index) => newPerson(`Person ${index + 1}`, Math.round(random() * 60) / 10));
  let report: Report = { ...base, metrics, effort: { ...base.effort, people }, exportOptions: { ...base.exportOptions, includeCharts: shape.charts } };
  if (shape.words > 0) {
    for (const id of WRITTEN_SECTIONS) report = editSection(report, id, prose(Math.round(shape.words / WRITTEN_SECTIONS.length), random));
  }
  return report;
}

/** The large report: 300 people, 36 months, 40 metrics, about 5,000 words, no charts. */
export const LARGE: BenchReportShape = { title: 'Large benchmark report', months: 36, metrics: 40, people: 300, words: 5000, charts: false };

/** The window's large report and the in-process 36 × 60 figures: 36 months × 60 metrics, 25 people. */
export const GRID_36_BY_60: BenchReportShape = { title: 'Large benchmark report', months: 36, metrics: 60, people: 25, words: 0, charts: true };

/** A mid-size report, the 1× of the growth series; 2×, 4× and 8× multiply its metrics, people and words. */
export const MID_SIZE: BenchReportShape = { title: 'Mid-size benchmark report', months: 12, metrics: 15, people: 30, words: 600, charts: false };

export function scaled(shape: BenchReportShape, factor: number): BenchReportShape {
  return { ...shape, title: `${shape.title} ×${factor}`, metrics: shape.metrics * factor, people: shape.people * factor, words: shape.words * factor };
}

/** 1,000 metrics over 36 months: the measure of cost per metric row. */
export const THOUSAND_METRICS: BenchReportShape = { title: '1,000 metrics', months: 36, metrics: 1000, people: 25, words: 0, charts: false };

/** About the largest report the reader accepts: 36 months of some 12,000 metrics, every figure as precise as ARGO gives it. */
export const LARGEST_METRICS = 12_000;

/**
 * The largest report the reader accepts: 36 months × about 12,000 metrics with ARGO's full
 * precision ("99.99999900000002"), the first quarter imported (each figure with its source), as many metrics as fit
 * under the size limit.
 */
export function largestAcceptedReport(charts: boolean, limitBytes: number, fileBytes: (report: Report) => number): Report {
  const random = randomSequence(7);
  const shape: BenchReportShape = { title: 'Largest accepted report', months: 36, metrics: LARGEST_METRICS, people: 25, words: 0, charts };
  const report = benchReport(shape, 7);
  // A service that meets its targets most months: one figure in fifty misses.
  const figure = (metric: Metric): number => {
    const miss = random() < 0.02;
    if (metric.unit === '%') return miss ? 97 + random() * 2 : 99 + random();
    const target = metric.target ?? 5;
    return miss ? target * (1.1 + random()) : target * random();
  };
  const metrics = report.metrics.map((metric) => ({
    ...metric,
    values: metric.values.map((value) => (value === null ? null : figure(metric))),
    sources: metric.values.flatMap((value, month) => (value !== null && month < 3 ? [{ month, file: 'argo-results.json', importedOn: '2026-01-05' }] : [])),
  }));
  let fitted: Report = refreshDrafts({ ...report, metrics });
  // Drop metrics from the end until the file fits: one more would be refused.
  while (fileBytes(fitted) > limitBytes) {
    const over = fileBytes(fitted) - limitBytes;
    const perMetric = fileBytes(fitted) / fitted.metrics.length;
    fitted = refreshDrafts({ ...fitted, metrics: fitted.metrics.slice(0, fitted.metrics.length - Math.max(1, Math.ceil(over / perMetric))) });
  }
  return fitted;
}
