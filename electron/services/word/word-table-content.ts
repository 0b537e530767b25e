// What each cell of the exported performance table says, before any Word formatting: rows of
// lines, each line knowing whether its figure missed its target (evaluate() decides).
import type { Metric, Report, ReportMeta } from '../../../shared/report-schema';
import { figureNote } from '../../../shared/figure-notes';
import { evaluate, metricAverage, type MetricRowGroup } from '../../../shared/targets';
import {
  COMBINED_KEYS_MAX,
  formatMetricAverage,
  formatMetricValue,
  groupMonthLines,
  groupTargetLines,
  keyedTextIn,
  metricKey,
  NO_VALUE,
  describeNotedFigure,
  targetCellText,
} from '../../../shared/figure-text';
import { monthColumnHeading } from '../../../shared/periods';
import { previousOfMetric, previousPeriodName } from '../../../shared/previous-period';
import { documentWords, type DocumentWords } from '../../../shared/i18n/document-words';

/** Follows a missed figure, with bold and shading, so colour is never the only sign. Attached, so it never wraps alone. */
export const MISS_MARKER = '*';

/** Follows a figure its unit cannot hold (100.78 %): not shaded, since it is no miss, and never counted as met. */
export const OUTSIDE_UNIT_MARKER = '†';

/** A figure's text in the table, marked by what evaluate() says of it. */
function markedFigure(text: string, state: string): string {
  return `${text}${state === 'missed' ? MISS_MARKER : state === 'out-of-range' ? OUTSIDE_UNIT_MARKER : ''}`;
}

/** A noted figure's footnote: its id in the document's footnotes, and what it says. */
export interface CellNote {
  id: number;
  text: string;
  /** Digits of the table's highest footnote number: the room every reference is given. */
  digits: number;
}

export interface CellLine {
  text: string;
  missed: boolean;
  /** A key of a combined cell with no value this month ("vu: —"). */
  missing?: boolean;
  /** A figure its unit cannot hold, marked OUTSIDE_UNIT_MARKER. */
  outside?: boolean;
  /** The figure has a note: a footnote reference follows the text. */
  note?: CellNote;
}

export type CellKind = 'label' | 'sub-label' | 'target' | 'value' | 'missing' | 'average';

export interface CellContent {
  kind: CellKind;
  lines: CellLine[];
  /** Some line of the cell missed its target. */
  missed: boolean;
}

export interface MetricRowContent {
  kind: 'metric';
  /** A group's keys as lines of one row. */
  combined: boolean;
  label: CellContent;
  target: CellContent;
  months: CellContent[];
  average: CellContent;
  /** The previous period's average, when the export shows that column. */
  previous: CellContent | null;
}

export type TableRowContent = { kind: 'group'; name: string } | MetricRowContent;

function cell(kind: CellKind, lines: CellLine[]): CellContent {
  if (lines.length === 0) return { kind: 'missing', lines: [{ text: NO_VALUE, missed: false }], missed: false };
  return { kind, lines, missed: lines.some((line) => line.missed) };
}

function plain(kind: CellKind, text: string): CellContent {
  return cell(kind, [{ text, missed: false }]);
}

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

/** Numbers the footnotes of one table view as its cells are made, row by row, month by month. */
class NoteNumbers {
  private readonly notes: CellNote[] = [];
  constructor(
    private readonly meta: PeriodMeta,
    readonly words: DocumentWords,
  ) {}

  /** The footnote of a month's figure, if the person noted it. */
  of(metric: Metric, monthIndex: number): { note?: CellNote } {
    const note = figureNote(metric, monthIndex);
    if (note === null) return {};
    const made = { id: this.notes.length + 1, text: describeNotedFigure(this.meta, metric, note, this.words), digits: 1 };
    this.notes.push(made);
    return { note: made };
  }

  /** Once every cell is made: each reference gets the room of the highest number. */
  finish(): void {
    const digits = String(this.notes.length).length;
    for (const note of this.notes) note.digits = digits;
  }
}

function monthCell(metric: Metric, monthIndex: number, notes: NoteNumbers): CellContent {
  const value = metric.values[monthIndex] ?? null;
  const noted = notes.of(metric, monthIndex);
  // A month with no value may still be noted ("monitoring down all month"): its dash carries the reference.
  if (value === null) return noted.note === undefined ? cell('value', []) : { kind: 'missing', lines: [{ text: NO_VALUE, missed: false, ...noted }], missed: false };
  const state = evaluate(value, metric);
  return cell('value', [{ text: markedFigure(formatMetricValue(value, metric, notes.words), state), missed: state === 'missed', outside: state === 'out-of-range', ...noted }]);
}

function averageText(metric: Metric, words: DocumentWords): string | null {
  const mean = metricAverage(metric);
  // The targets are monthly, so the period average is shown, not judged; two places, as the
  // drafted summary line writes it ("period average 0.70 working days").
  return mean === null ? null : formatMetricAverage(mean, metric, words);
}

/** The previous period's average of a metric, as its figures are written; null where it was not followed or had no value. */
function previousText(previous: Report['previous'], metric: Metric, words: DocumentWords): string | null {
  const mean = previousOfMetric({ previous }, metric)?.average ?? null;
  return mean === null ? null : formatMetricAverage(mean, metric, words);
}

/** Whether the exported table has a previous-period column: asked for, and a previous period known. */
export function showsPrevious(report: Pick<Report, 'previous' | 'exportOptions'>): boolean {
  return report.exportOptions.includePrevious && report.previous !== null;
}

type RowSource = Pick<Report, 'meta' | 'previous' | 'exportOptions'>;

function metricRow(report: RowSource, label: CellContent, metric: Metric, notes: NoteNumbers): MetricRowContent {
  const months = report.meta.period.months;
  const { words } = notes;
  const target = targetCellText(metric, words);
  const mean = averageText(metric, words);
  const previous = previousText(report.previous, metric, words);
  return {
    kind: 'metric',
    combined: false,
    label,
    target: plain('target', target === '' ? words.say('target.none') : target),
    months: Array.from({ length: months }, (_, index) => monthCell(metric, index, notes)),
    average: mean === null ? cell('average', []) : plain('average', mean),
    previous: !showsPrevious(report) ? null : previous === null ? cell('average', []) : plain('average', previous),
  };
}

/** A combined month cell: every key on its line, "vu: —" where that key has no value this month. */
function groupMonthCell(metrics: readonly Metric[], monthIndex: number, notes: NoteNumbers): CellContent {
  const { words } = notes;
  const lines = groupMonthLines(metrics, monthIndex, words);
  const noted = metrics.map((metric) => notes.of(metric, monthIndex));
  if (lines.every((line, index) => line.state === 'missing' && noted[index]!.note === undefined)) return cell('value', []);
  return cell(
    'value',
    lines.map((line, index) => {
      return { text: keyedTextIn({ key: line.key, text: markedFigure(line.text, line.state) }, words), missed: line.state === 'missed', missing: line.state === 'missing', outside: line.state === 'out-of-range', ...noted[index] };
    }),
  );
}

/** A combined cell of figures: every key on its line, "vu: —" where it has none; one "—" when no key has. */
function keyedFigures(lines: { key: string; text: string | null }[], words: DocumentWords): CellContent {
  if (lines.every((line) => line.text === null)) return cell('average', []);
  return cell('average', lines.map((line) => ({ text: keyedTextIn({ key: line.key, text: line.text ?? NO_VALUE }, words), missed: false, missing: line.text === null })));
}

function combinedRow(report: RowSource, group: string, metrics: readonly Metric[], notes: NoteNumbers): MetricRowContent {
  const months = report.meta.period.months;
  const { words } = notes;
  return {
    kind: 'metric',
    combined: true,
    label: plain('label', group),
    // Every key on its line, "m: no target" too, so the lines sit level with the months'.
    target: cell('target', groupTargetLines(metrics, words).map((line) => ({ text: keyedTextIn(line, words), missed: false }))),
    months: Array.from({ length: months }, (_, index) => groupMonthCell(metrics, index, notes)),
    average: keyedFigures(metrics.map((metric) => ({ key: metricKey(metric), text: averageText(metric, words) })), words),
    previous: showsPrevious(report) ? keyedFigures(metrics.map((metric) => ({ key: metricKey(metric), text: previousText(report.previous, metric, words) })), words) : null,
  };
}

/**
 * The body rows: with combine, one row per group of up to COMBINED_KEYS_MAX keys; otherwise, and
 * for larger groups, a row per key. Noted figures are given footnote ids in row order; Word and
 * LibreOffice number the footnotes as the references come in the document, whatever their ids.
 */
export function tableRows(report: RowSource, groups: readonly MetricRowGroup[], combine: boolean): TableRowContent[] {
  const notes = new NoteNumbers(report.meta, documentWords(report.meta.language));
  const rows = groups.flatMap((row): TableRowContent[] => {
    if (row.group === null) return row.metrics.map((metric) => metricRow(report, plain('label', metric.name), metric, notes));
    if (combine && row.metrics.length <= COMBINED_KEYS_MAX) return [combinedRow(report, row.group, row.metrics, notes)];
    return [{ kind: 'group', name: row.group }, ...row.metrics.map((metric) => metricRow(report, plain('sub-label', metricKey(metric)), metric, notes))];
  });
  notes.finish();
  return rows;
}

/** The footnotes the rows refer to, by id. */
export function tableNotes(rows: readonly TableRowContent[]): CellNote[] {
  return rows.flatMap((row) => (row.kind === 'metric' ? row.months.flatMap((content) => content.lines.flatMap((line) => (line.note === undefined ? [] : [line.note]))) : [])).sort((a, b) => a.id - b.id);
}

export interface TableHeadings {
  label: string;
  target: string;
  months: string[];
  average: string;
  /** Present when the table closes with the previous period's average. */
  previous: string | null;
}

export function tableHeadings(report: Report): TableHeadings {
  const words = documentWords(report.meta.language);
  return {
    label: words.say('table.parameter'),
    target: words.say('table.target'),
    months: Array.from({ length: report.meta.period.months }, (_, index) => monthColumnHeading(report.meta, index, words)),
    average: words.say('table.average'),
    previous: showsPrevious(report) ? words.say('table.previous') : null,
  };
}

/** The most rows the note names for one unit. */
const NOTE_NAMES = 4;

/**
 * The line under the table: units and directions, then what the marking means.
 * "Availability and Reliability in %, higher is better; Support priority in working days, lower is better. …"
 */
export function tableNote(groups: readonly MetricRowGroup[], rows: readonly TableRowContent[], previous: Report['previous'] = null, words: DocumentWords = documentWords('en-GB')): string {
  const kinds = new Map<string, { unit: string; direction: Metric['direction']; names: string[] }>();
  for (const row of groups) {
    const first = row.metrics[0]!;
    const name = row.group ?? first.name;
    const id = `${first.unit}\u0000${first.direction}`;
    const kind = kinds.get(id) ?? { unit: first.unit, direction: first.direction, names: [] };
    if (!kind.names.includes(name)) kind.names.push(name);
    kinds.set(id, kind);
  }
  const units = [...kinds.values()].map(({ unit, direction, names }) => {
    // Seventy names would bury the note: a few, then how many more.
    const named = names.length <= NOTE_NAMES ? words.list(names) : words.say('table.noteNamesMore', { names: names.slice(0, 2).join(', '), count: names.length - 2 });
    return words.say('table.noteUnit', { names: named, hasUnit: unit.trim() === '' ? 'no' : 'yes', unit, direction: direction === 'higher-is-better' ? 'higher' : 'lower' });
  });
  const cells = rows.flatMap((row) => (row.kind === 'metric' ? [...row.months, row.average, ...(row.previous === null ? [] : [row.previous])] : []));
  const anyMissed = cells.some((content) => content.missed);
  const anyMissing = cells.some((content) => content.kind === 'missing' || content.lines.some((line) => line.missing === true));
  const anyOutside = cells.some((content) => content.lines.some((line) => line.outside === true));
  const hasPrevious = rows.some((row) => row.kind === 'metric' && row.previous !== null);
  const named = previousPeriodName(previous);
  const sentences = [
    ...(units.length === 0 ? [] : [`${units.reduce((all, unit) => words.semicolon(all, unit))}.`]),
    anyMissed ? words.say('table.noteMissed', { marker: MISS_MARKER }) : words.say('table.noteNoneMissed'),
    ...(anyMissing ? [words.say('table.noteMissing', { dash: NO_VALUE })] : []),
    ...(anyOutside ? [words.say('table.noteOutside', { marker: OUTSIDE_UNIT_MARKER })] : []),
    ...(tableNotes(rows).length > 0 ? [words.say('table.noteFootnotes')] : []),
    words.say('table.noteAverage'),
    ...(hasPrevious && previous !== null ? [words.say('table.notePrevious', { hasName: named === null ? 'no' : 'yes', name: named ?? '' })] : []),
  ];
  return sentences.join(' ');
}
