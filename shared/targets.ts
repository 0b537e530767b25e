// The one rule for "did this figure meet its target": the table, the summary, the drafts and
// the Word shading all call evaluate().
import type { Metric, Report } from './report-schema';
import { monthLabel, sameMonths } from './periods';
import { outsideUnit } from './unit-range';

/** 'out-of-range': a figure its unit cannot hold (100.78 %): never met, never missed, a figure to fix. */
export type Evaluation = 'met' | 'missed' | 'missing' | 'no-target' | 'out-of-range';

type TargetRule = Pick<Metric, 'target' | 'direction' | 'unit'>;

export function evaluate(value: number | null, metric: TargetRule): Evaluation {
  if (value === null) return 'missing';
  if (outsideUnit(value, metric.unit) !== null) return 'out-of-range';
  if (metric.target === null) return 'no-target';
  const met = metric.direction === 'higher-is-better' ? value >= metric.target : value <= metric.target;
  return met ? 'met' : 'missed';
}

/**
 * The metric with a new target. The agreement's wording described the old one, so a changed
 * target drops it rather than let the document show a wording that no longer holds.
 */
export function withTarget<M extends Metric>(metric: M, target: number | null): M {
  if (target === metric.target) return metric;
  return { ...metric, target, targetLabel: null };
}

export interface MetricSummary {
  metric: Metric;
  monthsWithValue: number;
  monthsMet: number;
  monthsMissed: number;
  monthsMissing: number;
  /** Months whose figure its unit cannot hold: not checked, so neither met nor missed. */
  monthsOutOfRange: number;
  /** Mean of the months with a figure its unit can hold; null when none has. */
  average: number | null;
  /** The month furthest on the wrong side (lowest when higher is better). */
  worst: { monthIndex: number; value: number } | null;
  evaluations: Evaluation[];
}

export function average(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  return present.reduce((sum, value) => sum + value, 0) / present.length;
}

/** The period average of a metric: the mean of its figures its unit can hold, an impossible one left out. */
export function metricAverage(metric: Pick<Metric, 'values' | 'unit'>): number | null {
  return average(metric.values.map((value) => (value !== null && outsideUnit(value, metric.unit) !== null ? null : value)));
}

export function summariseMetric(metric: Metric): MetricSummary {
  const evaluations = metric.values.map((value) => evaluate(value, metric));
  let worst: MetricSummary['worst'] = null;
  metric.values.forEach((value, monthIndex) => {
    if (value === null || evaluations[monthIndex] === 'out-of-range') return;
    const isWorse = worst === null || (metric.direction === 'higher-is-better' ? value < worst.value : value > worst.value);
    if (isWorse) worst = { monthIndex, value };
  });
  return {
    metric,
    monthsWithValue: metric.values.filter((value) => value !== null).length,
    monthsMet: evaluations.filter((evaluation) => evaluation === 'met').length,
    monthsMissed: evaluations.filter((evaluation) => evaluation === 'missed').length,
    monthsMissing: evaluations.filter((evaluation) => evaluation === 'missing').length,
    monthsOutOfRange: evaluations.filter((evaluation) => evaluation === 'out-of-range').length,
    average: metricAverage(metric),
    worst,
    evaluations,
  };
}

export interface Miss {
  metric: Metric;
  monthIndex: number;
  monthLabel: string;
  value: number;
}

interface KnownMisses {
  meta: Pick<Report, 'meta'>['meta'];
  /** Each metric's values as they were, so a report built by reassigning them (a script, a test) is never answered from an older state. */
  values: readonly (readonly (number | null)[])[];
  misses: readonly Miss[];
}

const missesOf = new WeakMap<readonly Metric[], KnownMisses>();

function stillKnown(known: KnownMisses, report: Pick<Report, 'meta' | 'metrics'>): boolean {
  return sameMonths(known.meta, report.meta) && known.values.length === report.metrics.length && report.metrics.every((metric, index) => metric.values === known.values[index]);
}

/**
 * Every missed value of the report, month by month, in table order within a month. The drafts,
 * the summary and the export all ask for them after each edit: found once for the same metrics
 * and period (the window's reports are immutable values; the values arrays are checked too, as
 * a script may reassign them).
 */
export function findMisses(report: Pick<Report, 'meta' | 'metrics'>): readonly Miss[] {
  const known = missesOf.get(report.metrics);
  if (known !== undefined && stillKnown(known, report)) return known.misses;
  const misses: Miss[] = [];
  for (let monthIndex = 0; monthIndex < report.meta.period.months; monthIndex += 1) {
    const label = monthLabel(report.meta, monthIndex);
    for (const metric of report.metrics) {
      const value = metric.values[monthIndex] ?? null;
      if (value !== null && evaluate(value, metric) === 'missed') misses.push({ metric, monthIndex, monthLabel: label, value });
    }
  }
  missesOf.set(report.metrics, { meta: report.meta, values: report.metrics.map((metric) => metric.values), misses });
  return misses;
}

/** A figure its unit cannot hold, where it is: found as misses are, in month order then table order. */
export type FigureOutsideUnit = Miss;

/** Every figure of the report its unit cannot hold (100.78 %, -2 working days): to fix, never checked. */
export function findFiguresOutsideUnits(report: Pick<Report, 'meta' | 'metrics'>): FigureOutsideUnit[] {
  const found: FigureOutsideUnit[] = [];
  for (let monthIndex = 0; monthIndex < report.meta.period.months; monthIndex += 1) {
    for (const metric of report.metrics) {
      const value = metric.values[monthIndex] ?? null;
      if (value !== null && outsideUnit(value, metric.unit) !== null) found.push({ metric, monthIndex, monthLabel: monthLabel(report.meta, monthIndex), value });
    }
  }
  return found;
}

export interface MissingValue {
  metric: Metric;
  monthIndex: number;
  monthLabel: string;
}

export function findMissingValues(report: Pick<Report, 'meta' | 'metrics'>): MissingValue[] {
  const missing: MissingValue[] = [];
  for (const metric of report.metrics) {
    metric.values.forEach((value, monthIndex) => {
      if (value === null) missing.push({ metric, monthIndex, monthLabel: monthLabel(report.meta, monthIndex) });
    });
  }
  return missing;
}

export function totalPm(report: Pick<Report, 'effort'>): number {
  return report.effort.people.reduce((sum, person) => sum + person.pm, 0);
}

/** Metrics in table order, with consecutive members of a group gathered under one heading. */
export interface MetricRowGroup {
  /** The group name, or null for a metric that stands alone. */
  group: string | null;
  metrics: Metric[];
}

export function groupMetrics(metrics: readonly Metric[]): MetricRowGroup[] {
  const rows: MetricRowGroup[] = [];
  for (const metric of metrics) {
    const last = rows.at(-1);
    if (metric.group !== null && last !== undefined && last.group === metric.group) last.metrics.push(metric);
    else rows.push({ group: metric.group, metrics: [metric] });
  }
  return rows;
}
