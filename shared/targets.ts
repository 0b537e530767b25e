// The one rule for "did this figure meet its target": the table, the summary, the drafts and
// the Word shading all call evaluate().
import type { Metric, Report } from './report-schema';
import { formatNumber, formatWithUnit, withUnit } from './numbers';
import { monthLabel } from './periods';

export type Evaluation = 'met' | 'missed' | 'missing' | 'no-target';

type TargetRule = Pick<Metric, 'target' | 'direction'>;

export function evaluate(value: number | null, metric: TargetRule): Evaluation {
  if (value === null) return 'missing';
  if (metric.target === null) return 'no-target';
  const met = metric.direction === 'higher-is-better' ? value >= metric.target : value <= metric.target;
  return met ? 'met' : 'missed';
}

const MAX_DISPLAY_DECIMALS = 6;

/**
 * A metric's value for display, with its decimals; a miss that would round onto its target
 * (98.996 shown as "99.00" against ≥ 99) gets the places it needs to read as the miss it is.
 */
export function formatMetricValue(value: number, metric: Metric): string {
  const missed = evaluate(value, metric) === 'missed';
  return withPlacesToTell(value, metric, metric.decimals, (shown) => missed && evaluate(Number(shown), metric) !== 'missed');
}

/**
 * The figure with `decimals` places, or more where fewer would mislead: where `misleads` says
 * so, or where a percentage short of 100 would read as 100 (99.996 → "99.996", not "100.00").
 * Past MAX_DISPLAY_DECIMALS the figure is cut, not rounded, so it still reads short of 100.
 */
function withPlacesToTell(value: number, metric: Metric, decimals: number | null, misleads: (shown: string) => boolean): string {
  const shortOf100 = metric.unit === '%' && value < 100;
  const wrong = (shown: string): boolean => misleads(shown) || (shortOf100 && Number(shown) >= 100);
  let shown = formatNumber(value, decimals);
  for (let places = (decimals ?? 2) + 1; places <= MAX_DISPLAY_DECIMALS && wrong(shown); places += 1) shown = formatNumber(value, places);
  if (shortOf100 && Number(shown) >= 100) shown = (Math.floor(value * 10 ** MAX_DISPLAY_DECIMALS) / 10 ** MAX_DISPLAY_DECIMALS).toFixed(MAX_DISPLAY_DECIMALS);
  return shown;
}

export function formatMetricValueWithUnit(value: number, metric: Metric): string {
  return withUnit(formatMetricValue(value, metric), metric.unit);
}

/** A period average: the metric's decimals, or two places, as the summary and the table show it. */
export function formatMetricAverage(value: number, metric: Metric): string {
  return withPlacesToTell(value, metric, metric.decimals ?? 2, () => false);
}

/** Row label of a metric: "Availability", or "Support priority lu" inside a group. */
export function metricLabel(metric: Pick<Metric, 'name' | 'group' | 'key'>): string {
  if (metric.group !== null && metric.key !== null) return `${metric.group} ${metric.key}`;
  return metric.name;
}

/**
 * The metric with a new target. The agreement's wording described the old one, so a changed
 * target drops it rather than let the document show a wording that no longer holds.
 */
export function withTarget<M extends Metric>(metric: M, target: number | null): M {
  if (target === metric.target) return metric;
  return { ...metric, target, targetLabel: null };
}

/** The agreement's own wording of a target ("3.32", "next business day"), if it has one. */
export function targetWording(metric: Metric): string | null {
  const wording = metric.targetLabel?.trim() ?? '';
  return wording === '' ? null : wording;
}

/**
 * The number checked against, then the agreement's wording where it says more. The number
 * leads: the wording is kept from an older period and must never stand in for a target that
 * has since changed.
 */
function withWording(number: string, metric: Metric): string {
  const wording = targetWording(metric);
  return wording === null || wording === number || wording === formatNumber(metric.target ?? Number.NaN, null) ? number : `${number} (${wording})`;
}

/** "≥ 99 %", "≤ 1 working day", or the agreement's own wording where no number is checked. */
export function describeTarget(metric: Metric): string {
  if (metric.target === null) return targetWording(metric) ?? 'no target';
  const sign = metric.direction === 'higher-is-better' ? '≥' : '≤';
  return withWording(`${sign} ${formatWithUnit(metric.target, metric.unit)}`, metric);
}

/** The target cell as the seed writes it: the bare number ("99"), or the agreement's wording. */
export function targetCellText(metric: Metric): string {
  if (metric.target === null) return targetWording(metric) ?? '';
  return withWording(formatNumber(metric.target, null), metric);
}

/** Accessible words for a value's state: "below the 99 % target". */
export function describeEvaluation(evaluation: Evaluation, metric: Metric): string {
  if (evaluation === 'missing') return 'no value';
  if (evaluation === 'no-target') return 'no target set';
  if (metric.target === null) return '';
  const target = formatWithUnit(metric.target, metric.unit);
  if (evaluation === 'met') return `meets the ${target} target`;
  return metric.direction === 'higher-is-better' ? `below the ${target} target` : `above the ${target} target`;
}

export interface MetricSummary {
  metric: Metric;
  monthsWithValue: number;
  monthsMet: number;
  monthsMissed: number;
  monthsMissing: number;
  /** Mean of the months that have a value; null when none has. */
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

export function summariseMetric(metric: Metric): MetricSummary {
  const evaluations = metric.values.map((value) => evaluate(value, metric));
  let worst: MetricSummary['worst'] = null;
  metric.values.forEach((value, monthIndex) => {
    if (value === null) return;
    const isWorse = worst === null || (metric.direction === 'higher-is-better' ? value < worst.value : value > worst.value);
    if (isWorse) worst = { monthIndex, value };
  });
  return {
    metric,
    monthsWithValue: metric.values.filter((value) => value !== null).length,
    monthsMet: evaluations.filter((evaluation) => evaluation === 'met').length,
    monthsMissed: evaluations.filter((evaluation) => evaluation === 'missed').length,
    monthsMissing: evaluations.filter((evaluation) => evaluation === 'missing').length,
    average: average(metric.values),
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

/** Every missed value of the report, month by month, in table order within a month. */
export function findMisses(report: Report): Miss[] {
  const misses: Miss[] = [];
  for (let monthIndex = 0; monthIndex < report.meta.period.months; monthIndex += 1) {
    for (const metric of report.metrics) {
      const value = metric.values[monthIndex] ?? null;
      if (value !== null && evaluate(value, metric) === 'missed') {
        misses.push({ metric, monthIndex, monthLabel: monthLabel(report.meta, monthIndex), value });
      }
    }
  }
  return misses;
}

export interface MissingValue {
  metric: Metric;
  monthIndex: number;
  monthLabel: string;
}

export function findMissingValues(report: Report): MissingValue[] {
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
