// What each cell of the exported performance table says, before any Word formatting: rows of
// lines, each line knowing whether its figure missed its target (evaluate() decides).
import type { Metric, Report } from '../../shared/report-schema';
import { average, evaluate, groupMetrics } from '../../shared/targets';
import { formatMetricAverage, formatMetricValue, groupMonthLines, joinWords, keyedText, metricKey, NO_VALUE, targetCellText } from '../../shared/figure-text';
import { monthColumnHeading } from '../../shared/periods';

/** Follows a missed figure, with bold and shading, so colour is never the only sign. Attached, so it never wraps alone. */
export const MISS_MARKER = '*';

export interface CellLine {
  text: string;
  missed: boolean;
  /** A key of a combined cell with no value this month ("vu: —"). */
  missing?: boolean;
}

export type CellKind = 'label' | 'sub-label' | 'target' | 'value' | 'missing' | 'average';

export interface CellContent {
  kind: CellKind;
  lines: CellLine[];
  /** Some line of the cell missed its target: the whole cell is shaded. */
  missed: boolean;
}

export type TableRowContent = { kind: 'group'; name: string } | { kind: 'metric'; label: CellContent; target: CellContent; months: CellContent[]; average: CellContent };

function cell(kind: CellKind, lines: CellLine[]): CellContent {
  if (lines.length === 0) return { kind: 'missing', lines: [{ text: NO_VALUE, missed: false }], missed: false };
  return { kind, lines, missed: lines.some((line) => line.missed) };
}

function plain(kind: CellKind, text: string): CellContent {
  return cell(kind, [{ text, missed: false }]);
}

function valueText(value: number, metric: Metric, missed: boolean): string {
  return `${formatMetricValue(value, metric)}${missed ? MISS_MARKER : ''}`;
}

/** "lu: 4.42" lines of a combined group cell, key and value inseparable; keys with nothing to show are left out. */
function keyedLines(metrics: readonly Metric[], valueOf: (metric: Metric) => CellLine | null): CellLine[] {
  return metrics.flatMap((metric) => {
    const line = valueOf(metric);
    return line === null ? [] : [{ text: keyedText({ key: metricKey(metric), text: line.text }), missed: line.missed }];
  });
}

/** A combined month cell: every key on its line, "vu: —" where that key has no value this month. */
function groupMonthCell(metrics: readonly Metric[], monthIndex: number): CellContent {
  const lines = groupMonthLines(metrics, monthIndex);
  if (lines.every((line) => line.state === 'missing')) return cell('value', []);
  return cell(
    'value',
    lines.map((line) => {
      const missed = line.state === 'missed';
      return { text: keyedText({ key: line.key, text: `${line.text}${missed ? MISS_MARKER : ''}` }), missed, missing: line.state === 'missing' };
    }),
  );
}

function monthLine(metric: Metric, monthIndex: number): CellLine | null {
  const value = metric.values[monthIndex] ?? null;
  if (value === null) return null;
  const missed = evaluate(value, metric) === 'missed';
  return { text: valueText(value, metric, missed), missed };
}

function averageLine(metric: Metric): CellLine | null {
  const mean = average(metric.values);
  // The targets are monthly, so the period average is shown, not judged; two places, as the
  // drafted summary line writes it ("period average 0.70 working days").
  return mean === null ? null : { text: formatMetricAverage(mean, metric), missed: false };
}

function targetLine(metric: Metric): CellLine | null {
  const text = targetCellText(metric);
  return text === '' ? null : { text, missed: false };
}

function metricRow(label: CellContent, metric: Metric, months: number): TableRowContent {
  return {
    kind: 'metric',
    label,
    target: targetLine(metric) === null ? plain('target', 'no target') : plain('target', targetCellText(metric)),
    months: Array.from({ length: months }, (_, index) => {
      const line = monthLine(metric, index);
      return cell('value', line === null ? [] : [line]);
    }),
    average: cell('average', [averageLine(metric)].filter((line): line is CellLine => line !== null)),
  };
}

function combinedRow(group: string, metrics: readonly Metric[], months: number): TableRowContent {
  const targets = keyedLines(metrics, targetLine);
  return {
    kind: 'metric',
    label: plain('label', group),
    target: targets.length === 0 ? plain('target', 'no target') : cell('target', targets),
    months: Array.from({ length: months }, (_, index) => groupMonthCell(metrics, index)),
    average: cell('average', keyedLines(metrics, averageLine)),
  };
}

/** The body rows, per the report's group style: one combined row per group, or a row per key. */
export function tableRows(report: Report): TableRowContent[] {
  const months = report.meta.period.months;
  return groupMetrics(report.metrics).flatMap((row): TableRowContent[] => {
    if (row.group === null) return row.metrics.map((metric) => metricRow(plain('label', metric.name), metric, months));
    if (report.exportOptions.groupStyle === 'combined') return [combinedRow(row.group, row.metrics, months)];
    return [{ kind: 'group', name: row.group }, ...row.metrics.map((metric) => metricRow(plain('sub-label', metricKey(metric)), metric, months))];
  });
}

export interface TableHeadings {
  label: string;
  target: string;
  months: string[];
  average: string;
}

export function tableHeadings(report: Report): TableHeadings {
  return {
    label: 'Service level parameter',
    target: 'Target',
    months: Array.from({ length: report.meta.period.months }, (_, index) => monthColumnHeading(report.meta, index)),
    average: 'Period average',
  };
}

/**
 * The line under the table: units and directions, then what the marking means.
 * "Availability and Reliability in %, higher is better; Support priority in working days, lower is better. …"
 */
export function tableNote(report: Report): string {
  const kinds = new Map<string, { unit: string; direction: Metric['direction']; names: string[] }>();
  for (const row of groupMetrics(report.metrics)) {
    const first = row.metrics[0]!;
    const name = row.group ?? first.name;
    const id = `${first.unit}\u0000${first.direction}`;
    const kind = kinds.get(id) ?? { unit: first.unit, direction: first.direction, names: [] };
    if (!kind.names.includes(name)) kind.names.push(name);
    kinds.set(id, kind);
  }
  const units = [...kinds.values()].map(({ unit, direction, names }) => {
    const inUnit = unit.trim() === '' ? '' : ` in ${unit}`;
    return `${joinWords(names)}${inUnit}, ${direction === 'higher-is-better' ? 'higher' : 'lower'} is better`;
  });
  const rows = tableRows(report);
  const cells = rows.flatMap((row) => (row.kind === 'metric' ? [...row.months, row.average] : []));
  const anyMissed = cells.some((content) => content.missed);
  const anyMissing = cells.some((content) => content.kind === 'missing' || content.lines.some((line) => line.missing === true));
  const marking = anyMissed
    ? `Shaded bold values marked ${MISS_MARKER} missed their target.`
    : 'No monthly value missed its target.';
  const missing = anyMissing ? ` ${NO_VALUE} marks a month with no value.` : '';
  const lead = units.length === 0 ? '' : `${units.join('; ')}. `;
  return `${lead}${marking}${missing} The period average is the mean of the months with a value.`;
}
