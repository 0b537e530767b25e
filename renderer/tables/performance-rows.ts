// The rows the performance table shows: a heading row per group, then one row per metric.
import type { Metric, Report } from '../../shared/report-schema';
import { metricLabel } from '../../shared/targets';
import { metricBlocks } from './metric-edits';

export type PerformanceRow =
  | {
      kind: 'group';
      /** Stable key for React: the group's first metric. */
      key: string;
      group: string;
      /** The unit the group's rows share, or '' when they differ. */
      unit: string;
      metricIds: string[];
      blockIndex: number;
      canMoveUp: boolean;
      canMoveDown: boolean;
    }
  | {
      kind: 'metric';
      key: string;
      metric: Metric;
      /** Index in report.metrics: pasted rows go to the following metrics in this order. */
      metricIndex: number;
      label: string;
      inGroup: boolean;
      canMoveUp: boolean;
      canMoveDown: boolean;
    };

export function performanceRows(report: Report): PerformanceRow[] {
  const blocks = metricBlocks(report);
  const rows: PerformanceRow[] = [];
  let metricIndex = 0;
  blocks.forEach((block, blockIndex) => {
    const isFirstBlock = blockIndex === 0;
    const isLastBlock = blockIndex === blocks.length - 1;
    if (block.group !== null) {
      const units = new Set(block.metrics.map((metric) => metric.unit));
      rows.push({
        kind: 'group',
        key: `group-${block.metrics[0]!.id}`,
        group: block.group,
        unit: units.size === 1 ? [...units][0]! : '',
        metricIds: block.metrics.map((metric) => metric.id),
        blockIndex,
        canMoveUp: !isFirstBlock,
        canMoveDown: !isLastBlock,
      });
    }
    block.metrics.forEach((metric, indexInBlock) => {
      const inGroup = block.group !== null;
      rows.push({
        kind: 'metric',
        key: metric.id,
        metric,
        metricIndex,
        label: metricLabel(metric),
        inGroup,
        canMoveUp: inGroup ? indexInBlock > 0 : !isFirstBlock,
        canMoveDown: inGroup ? indexInBlock < block.metrics.length - 1 : !isLastBlock,
      });
      metricIndex += 1;
    });
  });
  return rows;
}

/** "Availability (%)", "lu" under its group heading. */
export function parameterText(metric: Metric, inGroup: boolean): string {
  if (inGroup && metric.key !== null) return metric.key;
  return metric.name;
}
