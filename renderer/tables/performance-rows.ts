// The rows the performance table shows: a heading row per group, then one row per metric.
import type { Metric, Report } from '../../shared/report-schema';
import { metricLabel } from '../../shared/figure-text';
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

/** Column positions of the grid: parameter, direction, target, the months, average, met, row actions. */
export interface PerformanceColumns {
  parameter: 0;
  direction: 1;
  target: 2;
  firstMonth: 3;
  average: number;
  met: number;
  moveUp: number;
  moveDown: number;
  remove: number;
  count: number;
}

export function performanceColumns(months: number): PerformanceColumns {
  const average = 3 + months;
  return { parameter: 0, direction: 1, target: 2, firstMonth: 3, average, met: average + 1, moveUp: average + 2, moveDown: average + 3, remove: average + 4, count: average + 5 };
}

/** A group heading row has its name and its row actions; the figures columns belong to its rows. */
export function hasPerformanceCell(rows: readonly PerformanceRow[], columns: PerformanceColumns, row: number, col: number): boolean {
  const entry = rows[row];
  if (entry === undefined || col < 0 || col >= columns.count) return false;
  return entry.kind === 'metric' || col === columns.parameter || col >= columns.moveUp;
}

/** Which editable figure a grid position holds, if any. */
export type FigureCell = { kind: 'target'; row: Extract<PerformanceRow, { kind: 'metric' }> } | { kind: 'month'; row: Extract<PerformanceRow, { kind: 'metric' }>; monthIndex: number };

export function figureAt(rows: readonly PerformanceRow[], columns: PerformanceColumns, row: number, col: number): FigureCell | null {
  const entry = rows[row];
  if (entry === undefined || entry.kind !== 'metric') return null;
  if (col === columns.target) return { kind: 'target', row: entry };
  if (col >= columns.firstMonth && col < columns.average) return { kind: 'month', row: entry, monthIndex: col - columns.firstMonth };
  return null;
}
