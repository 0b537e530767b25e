// The large report both benchmarks measure against the seed: 36 months × 60 metrics and 25
// people, filled with the same pseudo-random figures on every run.
import { createReport, customMetric, newPerson, presetMetrics } from '../shared/report-building';
import type { Metric, Report } from '../shared/report-schema';

const LARGE_MONTHS = 36;

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

export function largeReport(): Report {
  const random = randomSequence(42);
  const months = LARGE_MONTHS;
  const base = createReport({ title: 'Large benchmark report', organisation: 'CNRS', service: 'Many services', start: '2023-01', months });
  const metrics: Metric[] = [...base.metrics];
  for (let service = 1; metrics.length < 60; service += 1) {
    const percent = (name: string): Metric => ({ ...customMetric(months, { name, unit: '%', direction: 'higher-is-better', target: 99 }), decimals: 2 });
    metrics.push(percent(`Service ${service} availability`), percent(`Service ${service} reliability`));
    metrics.push(...presetMetrics('support-priority', months).map((metric) => ({ ...metric, group: `Service ${service} support` })));
  }
  const filled = metrics.slice(0, 60).map((metric) => ({
    ...metric,
    values: metric.values.map(() => {
      if (random() < 0.05) return null;
      return metric.unit === '%' ? Math.round((97 + random() * 3) * 100) / 100 : Math.round(random() * 600) / 100;
    }),
  }));
  const people = Array.from({ length: 25 }, (_, index) => newPerson(`Person ${index + 1}`, Math.round(random() * 60) / 10));
  return { ...base, metrics: filled, effort: { ...base.effort, people } };
}
