// Changes the performance table makes to a report. Each returns a new report and leaves
// the old one untouched, so the shell's undo history can keep both.
import type { Metric, Report } from '../../shared/report-schema';
import { groupMetrics, withTarget } from '../../shared/targets';
import { withoutFigureSource } from '../../shared/import/apply-import';

function mapMetric(report: Report, metricId: string, change: (metric: Metric) => Metric): Report {
  return { ...report, metrics: report.metrics.map((metric) => (metric.id === metricId ? change(metric) : metric)) };
}

export function setMonthValue(report: Report, metricId: string, monthIndex: number, value: number | null): Report {
  // A figure typed over an imported one is the person's own: its source goes in the same edit.
  return mapMetric(report, metricId, (metric) => ({
    ...withoutFigureSource(metric, monthIndex),
    values: metric.values.map((old, index) => (index === monthIndex ? value : old)),
  }));
}

export function setTarget(report: Report, metricId: string, target: number | null): Report {
  return mapMetric(report, metricId, (metric) => withTarget(metric, target));
}

export function toggleDirection(report: Report, metricId: string): Report {
  return mapMetric(report, metricId, (metric) => ({
    ...metric,
    direction: metric.direction === 'higher-is-better' ? 'lower-is-better' : 'higher-is-better',
  }));
}

/**
 * Adds metrics at the end of the table, except that a member of a group already in the table
 * joins that group, in the order `metrics` gives, and one the group already has is not added
 * again: adding the Support priority preset to a report with lu and vu adds u and tp only.
 */
export function addMetrics(report: Report, metrics: readonly Metric[]): Report {
  const result = [...report.metrics];
  const order = (metric: Metric): number => metrics.findIndex((candidate) => candidate.group === metric.group && candidate.key === metric.key);
  metrics.forEach((metric, position) => {
    const members = result.flatMap((existing, index) => (metric.group !== null && existing.group === metric.group ? [index] : []));
    if (members.length === 0) {
      result.push(metric);
      return;
    }
    if (members.some((index) => result[index]!.key === metric.key)) return;
    const before = members.find((index) => order(result[index]!) > position);
    result.splice(before ?? members.at(-1)! + 1, 0, metric);
  });
  return { ...report, metrics: result };
}

export function removeMetrics(report: Report, metricIds: readonly string[]): Report {
  const removed = new Set(metricIds);
  return { ...report, metrics: report.metrics.filter((metric) => !removed.has(metric.id)) };
}

/** The table's blocks: a metric standing alone, or a run of one group's metrics. */
export interface MetricBlock {
  group: string | null;
  metrics: Metric[];
}

export function metricBlocks(report: Report): MetricBlock[] {
  return groupMetrics(report.metrics);
}

function flatten(blocks: readonly MetricBlock[]): Metric[] {
  return blocks.flatMap((block) => block.metrics);
}

function swapped<T>(items: readonly T[], index: number, delta: -1 | 1): T[] | null {
  const other = index + delta;
  if (index < 0 || other < 0 || other >= items.length) return null;
  const next = [...items];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

/** Moves a whole block (a lone metric, or a group with all its rows) past its neighbour. */
export function moveBlock(report: Report, blockIndex: number, delta: -1 | 1): Report {
  const blocks = swapped(metricBlocks(report), blockIndex, delta);
  return blocks === null ? report : { ...report, metrics: flatten(blocks) };
}

/** A lone metric moves past the next block; a group's row moves within its group only. */
export function moveMetric(report: Report, metricId: string, delta: -1 | 1): Report {
  const blocks = metricBlocks(report);
  const blockIndex = blocks.findIndex((block) => block.metrics.some((metric) => metric.id === metricId));
  const block = blocks[blockIndex];
  if (block === undefined) return report;
  if (block.group === null) return moveBlock(report, blockIndex, delta);
  const inside = swapped(block.metrics, block.metrics.findIndex((metric) => metric.id === metricId), delta);
  if (inside === null) return report;
  const next = blocks.map((other, index) => (index === blockIndex ? { ...other, metrics: inside } : other));
  return { ...report, metrics: flatten(next) };
}
