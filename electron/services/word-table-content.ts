// What each cell of the exported performance table says, before any Word formatting: rows of
// lines, each line knowing whether its figure missed its target (evaluate() decides).
import type { Metric, Report } from '../../shared/report-schema';
import { average, evaluate, formatMetricAverage, formatMetricValue, groupMetrics, targetCellText } from '../../shared/targets';
import { monthColumnHeading } from '../../shared/periods';

/** Follows a missed figure, with bold and shading, so colour is never the only sign. Attached, so it never wraps alone. */
export const MISS_MARKER = '*';
/** A month with no value: never shown as 0. */
export const NO_VALUE = '—';
/** Joins a key to its value ("lu: 4.42*"), so a line never breaks between them. */
export const NO_BREAK_SPACE = '\u00a0';

export interface CellLine {
  text: string;
  missed: boolean;
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

function keyOf(metric: Metric): string {
  return metric.key ?? metric.name;
}

/** "lu: 4.42" lines of a combined group cell, key and value inseparable; keys with no value that month are left out. */
function keyedLines(metrics: readonly Metric[], valueOf: (metric: Metric) => CellLine | null): CellLine[] {
  return metrics.flatMap((metric) => {
    const line = valueOf(metric);
    return line === null ? [] : [{ text: `${keyOf(metric)}:${NO_BREAK_SPACE}${line.text}`, missed: line.missed }];
  });
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
    months: Array.from({ length: months }, (_, index) => cell('value', keyedLines(metrics, (metric) => monthLine(metric, index)))),
    average: cell('average', keyedLines(metrics, averageLine)),
  };
}

/** The body rows, per the report's group style: one combined row per group, or a row per key. */
export function tableRows(report: Report): TableRowContent[] {
  const months = report.meta.period.months;
  return groupMetrics(report.metrics).flatMap((row): TableRowContent[] => {
    if (row.group === null) return row.metrics.map((metric) => metricRow(plain('label', metric.name), metric, months));
    if (report.exportOptions.groupStyle === 'combined') return [combinedRow(row.group, row.metrics, months)];
    return [{ kind: 'group', name: row.group }, ...row.metrics.map((metric) => metricRow(plain('sub-label', keyOf(metric)), metric, months))];
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

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
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
    return `${joinNames(names)}${inUnit}, ${direction === 'higher-is-better' ? 'higher' : 'lower'} is better`;
  });
  const rows = tableRows(report);
  const cells = rows.flatMap((row) => (row.kind === 'metric' ? [...row.months, row.average] : []));
  const anyMissed = cells.some((content) => content.missed);
  const anyMissing = cells.some((content) => content.kind === 'missing');
  const marking = anyMissed
    ? `Shaded bold values marked ${MISS_MARKER} missed their target.`
    : 'No monthly value missed its target.';
  const missing = anyMissing ? ` ${NO_VALUE} marks a month with no value.` : '';
  const lead = units.length === 0 ? '' : `${units.join('; ')}. `;
  return `${lead}${marking}${missing} The period average is the mean of the months with a value.`;
}
