// The words a screen reader hears for each chart, from the same rule the table flags use.
import type { Metric, Report } from '../../shared/report-schema';
import { evaluate, groupMetrics, totalPm, type MetricRowGroup } from '../../shared/targets';
import { formatPm, formatWithUnit } from '../../shared/numbers';
import { monthLabel } from '../../shared/periods';

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

function monthsWhere(report: Report, metric: Metric, state: ReturnType<typeof evaluate>): string[] {
  return metric.values.flatMap((value, index) => (evaluate(value, metric) === state ? [monthLabel(report.meta, index)] : []));
}

function describeSingle(report: Report, metric: Metric): string {
  const hasValue = metric.values.some((value) => value !== null);
  const intro =
    metric.target === null ? `${metric.name} by month, no target` : `${metric.name} by month against the ${formatWithUnit(metric.target, metric.unit)} target`;
  if (!hasValue) return `${intro}: no values yet`;
  const missed = monthsWhere(report, metric, 'missed');
  const missing = monthsWhere(report, metric, 'missing');
  const verdict = metric.target === null ? 'values shown' : missed.length === 0 ? 'met in every month with a value' : `missed in ${listWords(missed)}`;
  return missing.length === 0 ? `${intro}: ${verdict}` : `${intro}: ${verdict}; no value in ${listWords(missing)}`;
}

function describeGroup(report: Report, row: MetricRowGroup): string {
  const keys = row.metrics.map((metric) => metric.key ?? metric.name);
  const intro = `${row.group ?? ''} by month for ${listWords(keys)} against their targets`;
  if (row.metrics.every((metric) => metric.values.every((value) => value === null))) return `${intro}: no values yet`;
  const misses = row.metrics.flatMap((metric) => {
    const months = monthsWhere(report, metric, 'missed');
    return months.length === 0 ? [] : [`${metric.key ?? metric.name} in ${listWords(months)}`];
  });
  return `${intro}: ${misses.length === 0 ? 'met in every month with a value' : `missed by ${misses.join('; ')}`}`;
}

/** One description per chart of metricCharts(), in the same (table) order. */
export function describeMetricCharts(report: Report): string[] {
  return groupMetrics(report.metrics).map((row) => (row.group === null ? describeSingle(report, row.metrics[0]!) : describeGroup(report, row)));
}

export function describeEffortChart(report: Report): string {
  const people = report.effort.people.map((person) => `${person.name.trim() || 'Unnamed'} ${formatPm(person.pm)} PM`);
  return `Effort by person: ${people.length === 0 ? 'nobody yet' : listWords(people)}; total ${formatPm(totalPm(report))} PM`;
}
