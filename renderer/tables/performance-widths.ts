// The performance grid's column widths, measured from what each column shows: the widest
// figure, target, average or heading, plus the cell's padding. A metric's own widths are kept
// with it, so a figure typed costs the measuring of its own row only.
import type { Metric, PreviousPeriod } from '../../shared/report-schema';
import { averageView, formatMetricValue, missIcon, monthsMetView, NO_VALUE, previousAverageView, targetView } from '../../shared/figure-text';
import { evaluate } from '../../shared/targets';
import { shortProblem } from '../document/entries-to-fix';
import { placeId } from '../document/places';
import type { PerformanceColumns } from './performance-columns';
import { parameterText, type PerformanceRow } from './performance-rows';
import type { RowEntries } from './row-entries';
import { CELL_STRONG, CELL_TEXT, HEADING_TEXT, longestWordWidth, NAME_TEXT, SMALL_TEXT, textWidth } from './text-width';

/** .rd-cell's padding on both sides, and a pixel each side for rounding and the focus outline. */
const CELL_PADDING = 16;
const GROUP_INDENT = 21;
const ICON_GAP = 4;
const ACTION_WIDTH = 30;
const MIN_FIGURE = 44;

interface MetricWidths {
  parameter: number;
  target: number;
  months: number[];
  average: number;
  met: number;
}

const measured = new WeakMap<Metric, { inGroup: boolean; widths: MetricWidths }>();

function figureWidth(text: string, marked: boolean): number {
  return (marked ? textWidth(missIcon({ direction: 'higher-is-better' }), SMALL_TEXT) + ICON_GAP : 0) + textWidth(text, marked ? CELL_STRONG : CELL_TEXT);
}

function metricWidths(metric: Metric, inGroup: boolean): MetricWidths {
  const known = measured.get(metric);
  if (known !== undefined && known.inGroup === inGroup) return known.widths;
  const name = textWidth(parameterText(metric, inGroup), NAME_TEXT);
  const target = targetView(metric);
  const widths: MetricWidths = {
    parameter: inGroup ? GROUP_INDENT + name : name + (metric.unit === '' ? 0 : textWidth(` (${metric.unit})`, CELL_TEXT)),
    target: Math.max(textWidth(target.text, CELL_TEXT), textWidth(target.note, SMALL_TEXT)),
    months: metric.values.map((value) => (value === null ? textWidth(NO_VALUE, CELL_TEXT) : figureWidth(formatMetricValue(value, metric), evaluate(value, metric) === 'missed'))),
    average: textWidth(averageView(metric).text, CELL_TEXT),
    met: textWidth(monthsMetView(metric).text, CELL_TEXT),
  };
  measured.set(metric, { inGroup, widths });
  return widths;
}

/** An entry to fix shows as typed, its icon before it and its short message under it. */
function entryWidth(entries: RowEntries | undefined, cellId: string): number {
  const entry = entries?.get(cellId);
  if (entry === undefined) return 0;
  return Math.max(figureWidth(entry.raw, true), textWidth(shortProblem(entry), SMALL_TEXT));
}

export function performanceWidths(columns: PerformanceColumns, rows: readonly PerformanceRow[], entries: ReadonlyMap<string, RowEntries>, previous: PreviousPeriod | null = null): number[] {
  const content = columns.list.map((column) => longestWordWidth(column.headerHidden === true ? '' : column.header, HEADING_TEXT));
  const widen = (col: number, width: number): void => {
    content[col] = Math.max(content[col] ?? 0, width);
  };
  widen(columns.direction, ['↑ higher', '↓ lower'].reduce((widest, text) => Math.max(widest, textWidth(text, { size: 12, weight: 400 }) + 14), 0));
  for (const row of rows) {
    if (row.kind !== 'metric') continue;
    const widths = metricWidths(row.metric, row.inGroup);
    const mine = entries.get(row.metric.id);
    widen(columns.parameter, widths.parameter);
    widen(columns.target, Math.max(widths.target, entryWidth(mine, placeId({ kind: 'target', metricId: row.metric.id }))));
    widths.months.forEach((width, monthIndex) => {
      if (monthIndex < columns.months) widen(columns.firstMonth + monthIndex, Math.max(width, entryWidth(mine, placeId({ kind: 'month', metricId: row.metric.id, monthIndex }))));
    });
    widen(columns.average, widths.average);
    widen(columns.met, widths.met);
    if (columns.previous >= 0) widen(columns.previous, textWidth(previousAverageView(row.metric, previous).text, CELL_TEXT));
  }
  return columns.list.map((column, col) => {
    if (column.group !== undefined) return ACTION_WIDTH;
    const width = (content[col] ?? 0) + CELL_PADDING;
    return column.numeric ? Math.max(MIN_FIGURE, width) : width;
  });
}
