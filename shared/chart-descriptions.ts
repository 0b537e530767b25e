// The words of every chart, in the window and in Word: what a screen reader hears, the verdict
// under a chart, a figure's caption and its alt text. They judge with evaluate() and name
// targets with targetLevel(), as the table and the chart lines do.
import type { Metric, Report, ReportMeta } from './report-schema';
import { evaluate, groupMetrics, totalPm, type MetricRowGroup } from './targets';
import { formatPm, formatWithUnit, withUnit } from './numbers';
import { monthLabel } from './periods';
import { formatMetricValue, isolated, joinWords, metricKey, NO_TARGET, targetLevel, targetPhrase } from './figure-text';

type ChartMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;
type ChartSource = { meta: ChartMeta; metrics: Report['metrics'] };

function monthsWhere(meta: ChartMeta, metric: Metric, state: ReturnType<typeof evaluate>): string[] {
  return metric.values.flatMap((value, index) => (evaluate(value, metric) === state ? [monthLabel(meta, index)] : []));
}

export interface ChartWords {
  /** "Availability by month against the 99 % target". */
  intro: string;
  /** "missed in M3", "met in every month with a value", "no values yet". */
  verdict: string;
  /** Whether the chart has a target its figures are checked against. */
  judged: boolean;
  missed: boolean;
}

function hasNoValue(metrics: readonly Metric[]): boolean {
  return metrics.every((metric) => metric.values.every((value) => value === null));
}

function singleIntro(metric: Metric): string {
  if (metric.target !== null) return `${metric.name} by month against the ${formatWithUnit(metric.target, metric.unit)} target`;
  return `${metric.name} by month, ${targetPhrase(metric)}`;
}

function singleWords(meta: ChartMeta, metric: Metric): ChartWords {
  const judged = metric.target !== null;
  const intro = singleIntro(metric);
  if (hasNoValue([metric])) return { intro, verdict: 'no values yet', judged, missed: false };
  const missed = monthsWhere(meta, metric, 'missed');
  const missing = monthsWhere(meta, metric, 'missing');
  const verdict = !judged ? 'values shown' : missed.length === 0 ? 'met in every month with a value' : `missed in ${joinWords(missed)}`;
  return { intro, verdict: missing.length === 0 ? verdict : `${verdict}; no value in ${joinWords(missing)}`, judged, missed: missed.length > 0 };
}

/** "lu (target ≤ 5 working days)", "lu (target 3.32 as agreed, not checked)", "vu (no target)". */
function keyWithTarget(metric: Metric): string {
  return `${metricKey(metric)} (${targetPhrase(metric)})`;
}

function groupIntro(row: MetricRowGroup): string {
  const lead = `${row.group ?? ''} by month for`;
  if (row.metrics.every((metric) => metric.target !== null)) return `${lead} ${joinWords(row.metrics.map(metricKey))} against their targets`;
  if (row.metrics.every((metric) => targetLevel(metric) === null)) return `${lead} ${joinWords(row.metrics.map(metricKey))}, no targets`;
  return `${lead} ${joinWords(row.metrics.map(keyWithTarget))}`;
}

function groupWords(meta: ChartMeta, row: MetricRowGroup): ChartWords {
  // A group whose keys have no checked targets must not be said to meet them.
  const judged = row.metrics.some((metric) => metric.target !== null);
  const intro = groupIntro(row);
  if (hasNoValue(row.metrics)) return { intro, verdict: 'no values yet', judged, missed: false };
  if (!judged) return { intro, verdict: 'values shown', judged, missed: false };
  const misses = row.metrics.flatMap((metric) => {
    const months = monthsWhere(meta, metric, 'missed');
    return months.length === 0 ? [] : [`${metricKey(metric)} in ${joinWords(months)}`];
  });
  return { intro, verdict: misses.length === 0 ? 'met in every month with a value' : `missed by ${misses.join('; ')}`, judged, missed: misses.length > 0 };
}

/** The words of one performance chart: a stand-alone metric's, or a group's. */
export function metricChartWords(meta: ChartMeta, row: MetricRowGroup): ChartWords {
  return row.group === null ? singleWords(meta, row.metrics[0]!) : groupWords(meta, row);
}

/** "Availability by month against the 99 % target: missed in M3": the chart's name for a screen reader, and its caption in Word. */
export function describeMetricChart(meta: ChartMeta, row: MetricRowGroup): string {
  const { intro, verdict } = metricChartWords(meta, row);
  return `${intro}: ${verdict}`;
}

/** One description per chart of metricCharts(), in the same (table) order. */
export function describeMetricCharts(report: ChartSource): string[] {
  return groupMetrics(report.metrics).map((row) => describeMetricChart(report.meta, row));
}

/** A figure's caption in Word: what the chart shows and, where its figures are judged, the verdict. */
export function metricFigureCaption(meta: ChartMeta, row: MetricRowGroup): string {
  const { intro, verdict, judged } = metricChartWords(meta, row);
  return judged || verdict === 'no values yet' ? `${intro}: ${verdict}.` : `${intro}.`;
}

/** The verdict shown under a chart in the window: a small marker or a gap in a line is easy to overlook. */
export function metricChartCaption(meta: ChartMeta, row: MetricRowGroup): { text: string; missed: boolean } {
  const { verdict, judged, missed } = metricChartWords(meta, row);
  const text = judged || verdict === 'no values yet' ? verdict : 'no target to check against';
  return { text: text.charAt(0).toUpperCase() + text.slice(1), missed };
}

export function metricChartCaptions(report: ChartSource): { text: string; missed: boolean }[] {
  return groupMetrics(report.metrics).map((row) => metricChartCaption(report.meta, row));
}

/**
 * Every figure the chart draws, for a reader who cannot see it (Word's alt text):
 * "Availability (target ≥ 99 %): M1 99.94 %, M2 99.37 %, … Support priority lu (no target): …".
 */
export function metricChartFigures(meta: ChartMeta, row: MetricRowGroup): string {
  const series = row.metrics.map((metric) => {
    const months = metric.values.map((value, index) => `${monthLabel(meta, index)} ${value === null ? 'no value' : withUnit(formatMetricValue(value, metric), metric.unit)}`);
    const name = row.group === null ? metric.name : `${row.group} ${metricKey(metric)}`;
    const target = targetPhrase(metric);
    return `${name} (${target === NO_TARGET ? target : target.replace(/^target /, 'target: ')}): ${months.join(', ')}`;
  });
  return `${series.join('. ')}.`;
}

function personPm(person: Report['effort']['people'][number]): string {
  return `${isolated(person.name.trim() || 'Unnamed')} ${formatPm(person.pm)} PM`;
}

export function describeEffortChart(report: Pick<Report, 'effort'>): string {
  const people = report.effort.people.map(personPm);
  return `Effort by person: ${people.length === 0 ? 'nobody yet' : joinWords(people)}; total ${formatPm(totalPm(report))} PM`;
}

/** The effort figure's caption in Word; its alt text is describeEffortChart's. */
export const EFFORT_CHART_CAPTION = 'Effort by person, in person-months (PM)';
