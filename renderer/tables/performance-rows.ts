// The rows the performance table shows: a heading row per group, then one row per metric;
// and what each position of the grid holds, read from the column model.
import type { Metric } from '../../shared/report-schema';
import { groupMetrics } from '../../shared/targets';
import { metricLabel } from '../../shared/figure-text';
import type { PerformanceColumns } from './performance-columns';

export interface GroupRow {
  kind: 'group';
  /** Stable key for React: the group's first metric. */
  key: string;
  group: string;
  /** The unit the group's rows share, or '' when they differ. */
  unit: string;
  metricIds: readonly string[];
  blockIndex: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

export interface MetricRow {
  kind: 'metric';
  key: string;
  metric: Metric;
  /** Index in report.metrics: pasted rows go to the following metrics in this order. */
  metricIndex: number;
  label: string;
  inGroup: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

export type PerformanceRow = GroupRow | MetricRow;

export function performanceRows(metrics: readonly Metric[]): PerformanceRow[] {
  const blocks = groupMetrics(metrics);
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

/** "Availability", "lu" under its group heading. */
export function parameterText(metric: Metric, inGroup: boolean): string {
  if (inGroup && metric.key !== null) return metric.key;
  return metric.name;
}

/** A group heading row has its name (spanning the figures) and its row actions; the figures belong to its rows. */
export function hasPerformanceCell(rows: readonly PerformanceRow[], columns: PerformanceColumns, row: number, col: number): boolean {
  const entry = rows[row];
  if (entry === undefined || col < 0 || col >= columns.count) return false;
  return entry.kind === 'metric' || col === columns.parameter || col >= columns.moveUp;
}

/** How many columns a group's heading spans: everything before the row actions. */
export function groupHeadingSpan(columns: PerformanceColumns): number {
  return columns.moveUp - columns.parameter;
}

/** Which editable figure a grid position holds, if any. */
export type FigureCell = { kind: 'target'; row: MetricRow } | { kind: 'month'; row: MetricRow; monthIndex: number };

export function figureAt(rows: readonly PerformanceRow[], columns: PerformanceColumns, row: number, col: number): FigureCell | null {
  const entry = rows[row];
  const column = columns.list[col];
  if (entry === undefined || entry.kind !== 'metric' || column === undefined) return null;
  if (column.kind === 'target') return { kind: 'target', row: entry };
  if (column.kind === 'month') return { kind: 'month', row: entry, monthIndex: column.monthIndex };
  return null;
}

/** Keeps the rows that did not change from `previous`, so memoised row components skip them. */
export function keepUnchangedRows(previous: readonly PerformanceRow[], next: readonly PerformanceRow[]): PerformanceRow[] {
  const byKey = new Map(previous.map((row) => [row.key, row]));
  return next.map((row) => {
    const before = byKey.get(row.key);
    return before !== undefined && sameRow(before, row) ? before : row;
  });
}

function sameRow(a: PerformanceRow, b: PerformanceRow): boolean {
  if (a.kind === 'metric' && b.kind === 'metric') {
    return a.metric === b.metric && a.metricIndex === b.metricIndex && a.label === b.label && a.inGroup === b.inGroup && a.canMoveUp === b.canMoveUp && a.canMoveDown === b.canMoveDown;
  }
  if (a.kind === 'group' && b.kind === 'group') {
    return (
      a.group === b.group &&
      a.unit === b.unit &&
      a.blockIndex === b.blockIndex &&
      a.canMoveUp === b.canMoveUp &&
      a.canMoveDown === b.canMoveDown &&
      a.metricIds.length === b.metricIds.length &&
      a.metricIds.every((id, index) => id === b.metricIds[index])
    );
  }
  return false;
}
