// The words a screen reader hears for each chart, from the same rule the table flags use.
import type { Metric, Report } from '../../shared/report-schema';
import { evaluate, groupMetrics, totalPm, type MetricRowGroup } from '../../shared/targets';
import { formatPm, formatWithUnit } from '../../shared/numbers';
import type { MetricChartSource } from '../../shared/chart-config';
import { monthLabel } from '../../shared/periods';
import { joinWords } from '../../shared/figure-text';

function monthsWhere(report: MetricChartSource, metric: Metric, state: ReturnType<typeof evaluate>): string[] {
  return metric.values.flatMap((value, index) => (evaluate(value, metric) === state ? [monthLabel(report.meta, index)] : []));
}

interface ChartWords {
  intro: string;
  verdict: string;
  /** Whether the chart has a target to judge by (a caption without one says so). */
  judged: boolean;
  missed: boolean;
}

function singleWords(report: MetricChartSource, metric: Metric): ChartWords {
  const judged = metric.target !== null;
  const intro = judged ? `${metric.name} by month against the ${formatWithUnit(metric.target!, metric.unit)} target` : `${metric.name} by month, no target`;
  if (metric.values.every((value) => value === null)) return { intro, verdict: 'no values yet', judged, missed: false };
  const missed = monthsWhere(report, metric, 'missed');
  const missing = monthsWhere(report, metric, 'missing');
  const verdict = !judged ? 'values shown' : missed.length === 0 ? 'met in every month with a value' : `missed in ${joinWords(missed)}`;
  return { intro, verdict: missing.length === 0 ? verdict : `${verdict}; no value in ${joinWords(missing)}`, judged, missed: missed.length > 0 };
}

function groupWords(report: MetricChartSource, row: MetricRowGroup): ChartWords {
  const keys = row.metrics.map((metric) => metric.key ?? metric.name);
  // A group whose priorities have no targets must not be said to meet them.
  const judged = row.metrics.some((metric) => metric.target !== null);
  const intro = `${row.group ?? ''} by month for ${joinWords(keys)}${judged ? ' against their targets' : ', no targets'}`;
  if (row.metrics.every((metric) => metric.values.every((value) => value === null))) return { intro, verdict: 'no values yet', judged, missed: false };
  if (!judged) return { intro, verdict: 'values shown', judged, missed: false };
  const misses = row.metrics.flatMap((metric) => {
    const months = monthsWhere(report, metric, 'missed');
    return months.length === 0 ? [] : [`${metric.key ?? metric.name} in ${joinWords(months)}`];
  });
  return { intro, verdict: misses.length === 0 ? 'met in every month with a value' : `missed by ${misses.join('; ')}`, judged, missed: misses.length > 0 };
}

function metricChartWords(report: MetricChartSource): ChartWords[] {
  return groupMetrics(report.metrics).map((row) => (row.group === null ? singleWords(report, row.metrics[0]!) : groupWords(report, row)));
}

/** One description per chart of metricCharts(), in the same (table) order. */
export function describeMetricCharts(report: MetricChartSource): string[] {
  return metricChartWords(report).map(({ intro, verdict }) => `${intro}: ${verdict}`);
}

/** The verdict shown under each chart: a small marker or a gap in a line is easy to overlook. */
export function metricChartCaptions(report: MetricChartSource): { text: string; missed: boolean }[] {
  return metricChartWords(report).map(({ verdict, judged, missed }) => {
    const text = judged || verdict === 'no values yet' ? verdict : 'no target to check against';
    return { text: text.charAt(0).toUpperCase() + text.slice(1), missed };
  });
}

export function describeEffortChart(report: Pick<Report, 'effort'>): string {
  const people = report.effort.people.map((person) => `${person.name.trim() || 'Unnamed'} ${formatPm(person.pm)} PM`);
  return `Effort by person: ${people.length === 0 ? 'nobody yet' : joinWords(people)}; total ${formatPm(totalPm(report))} PM`;
}
