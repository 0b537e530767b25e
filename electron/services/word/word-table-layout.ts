// How the performance table is laid out: how many months each table shows, every column's
// width in twips, and where each column's decimal points line up, from the measured text each
// column holds. One pass over the cells; each cell is then written without looking at others.
import { TEXT_WIDTH } from './word-page';
import { textWidth, type FontMeasure } from './word-text-width';
import type { CellContent, MetricRowContent, TableHeadings, TableRowContent } from './word-table-content';

/**
 * At most six month columns to a table. A longer period is shown as several tables, each
 * repeating the parameter and target columns, the period average closing the last; not as one
 * landscape table. Six months is the semester table readers of these reports know (the seed),
 * at the same 9 pt whatever the period's length; a landscape page would turn a printed report
 * sideways between the summary above and the charts below, and 24 or 36 months would need
 * splitting even there, so one rule serves every length.
 */
export const MAX_MONTHS_PER_TABLE = 6;
/** 9 pt, in half-points. */
export const TABLE_FONT = 18;
/** Left and right padding of every cell. */
export const CELL_PADDING = 80;
/** Room beyond the measured text, for Word's and LibreOffice's rounding and the cell's rule. */
const SLACK = 60;
export const SUB_LABEL_INDENT = 240;
/** Past these, a parameter's name or a target's wording wraps at its spaces, like the sentence it is, rather than take the months' room. */
const LABEL_MAX = 2400;
const TARGET_MAX = 1800;
/**
 * The most one word may claim of a wrapping column. A longer one (a URL as a target's wording,
 * a name with no spaces) is broken inside its cell by Word rather than narrow every month.
 */
const LONGEST_WORD = 1000;
/**
 * A word of a heading the app writes ("précédente", "Mittelwert") is a word of the language,
 * never broken inside: only past this does Word break it.
 */
const LONGEST_NAME_WORD = 2000;
/** A target up to this wide ("lu: 5", "99 (≥ 99 %)") is a value, kept whole; a wider one is wording. */
const TARGET_VALUE_MAX = 1400;

/** What the tables are measured against: the text width of the page, in twips, and the font of the table's text. */
export interface TableFrame {
  textWidth: number;
  font: FontMeasure;
}

/** The app's own page: A4 with 2 cm margins, in Arial. */
export const DEFAULT_TABLE_FRAME: TableFrame = { textWidth: TEXT_WIDTH, font: 'sans' };

export interface MonthRange {
  start: number;
  end: number;
}

/** Month index ranges of each table, as even as can be: 12 → 6 + 6, 9 → 5 + 4, 36 → six of 6. */
export function monthRanges(months: number, perTable: number): MonthRange[] {
  const tables = Math.ceil(months / perTable);
  const shorter = Math.floor(months / tables);
  const longer = months % tables;
  const ranges: MonthRange[] = [];
  for (let index = 0, start = 0; index < tables; index += 1) {
    const end = start + shorter + (index < longer ? 1 : 0);
    ranges.push({ start, end });
    start = end;
  }
  return ranges;
}

export interface Line {
  text: string;
  bold: boolean;
  /** The width of a footnote reference after the text, 0 for none. */
  noteMark?: number;
}

/** A footnote reference is set in superscript, about two thirds of the text's size. */
const SUPERSCRIPT_SCALE = 0.67;

/** The room a footnote reference of so many digits takes after a figure: every digit is as wide as the others. */
export function noteMarkWidth(digits: number, frame: TableFrame = DEFAULT_TABLE_FRAME): number {
  return Math.ceil(textWidth('0'.repeat(digits), TABLE_FONT, false, frame.font) * SUPERSCRIPT_SCALE);
}

/** The largest need, 0 for none. A loop: spreading every cell's need into Math.max overflows the stack. */
export function widest(needs: Iterable<number>): number {
  let most = 0;
  for (const need of needs) if (need > most) most = need;
  return most;
}

function measured(text: string, bold: boolean, frame: TableFrame): number {
  return Math.ceil(textWidth(text, TABLE_FONT, bold, frame.font));
}

/** The width a column needs to show the line whole, padding included. */
export function lineNeed(line: Line, frame: TableFrame, indent = 0): number {
  return measured(line.text, line.bold, frame) + (line.noteMark ?? 0) + indent + 2 * CELL_PADDING + SLACK;
}

/**
 * The width a column needs when the line may wrap at its spaces, or after a hyphen as Word and
 * LibreOffice do ("Service-Level-" over "Parameter"): its longest piece's, up to `longest`.
 */
export function wordNeed(line: Line, frame: TableFrame, indent = 0, longest = LONGEST_WORD): number {
  return widest(line.text.split(/ |(?<=\p{L}-)(?=\p{L})/u).map((word) => Math.min(longest + indent, lineNeed({ text: word, bold: line.bold }, frame, indent))));
}

/** A heading's need: its longest word whole, as the language writes it. */
function nameNeed(line: Line, frame: TableFrame, indent = 0): number {
  return wordNeed(line, frame, indent, LONGEST_NAME_WORD);
}

/** In a combined cell only the key that missed is bold and marked; a label is bold. */
export function cellLines(content: CellContent, frame: TableFrame): Line[] {
  return content.lines.map((line) => ({ text: line.text, bold: line.missed || content.kind === 'label', noteMark: line.note === undefined ? 0 : noteMarkWidth(line.note.digits, frame) }));
}

/** "lu: 12.25*" as "lu: 12" and ".25*" ("99,25" as "99" and ",25" in French): a figure's decimal mark is where its column lines up. */
export function fractionOf(text: string): string {
  const match = /[.,]\d+\*?$/.exec(text);
  return match === null ? '' : match[0];
}

/** The width of what follows a line's decimal point (none for "—" or "99"), its footnote reference included. */
export function fractionWidth(line: Line, frame: TableFrame): number {
  const fraction = fractionOf(line.text);
  return (fraction === '' ? 0 : measured(fraction, line.bold, frame)) + (line.noteMark ?? 0);
}

/** A column of figures, right-aligned with their decimal points in line: the widest whole part and the widest fraction. */
interface FigureNeed {
  whole: number;
  fraction: number;
}

function addFigure(need: FigureNeed, line: Line, frame: TableFrame): void {
  const fraction = fractionWidth(line, frame);
  const whole = measured(line.text, line.bold, frame) + (line.noteMark ?? 0) - fraction;
  if (whole > need.whole) need.whole = whole;
  if (fraction > need.fraction) need.fraction = fraction;
}

function figureWidth(need: FigureNeed): number {
  return need.whole + need.fraction + 2 * CELL_PADDING + SLACK;
}

/** A column that may wrap at spaces: at least its longest word, at best its longest line whole. */
interface WrappingNeed {
  least: number;
  whole: number;
}

/** Lines up to keepWhole wide never wrap; longer ones may, at their spaces. */
function wrappingNeed(lines: { line: Line; indent: number }[], heading: Line, frame: TableFrame, most: number, keepWhole = 0): WrappingNeed {
  const leastOf = ({ line, indent }: { line: Line; indent: number }) => {
    const whole = lineNeed(line, frame, indent);
    return whole <= keepWhole ? whole : wordNeed(line, frame, indent);
  };
  const least = widest([nameNeed(heading, frame), ...lines.map(leastOf)]);
  return { least, whole: Math.max(least, Math.min(most, widest(lines.map(({ line, indent }) => lineNeed(line, frame, indent))))) };
}

interface ColumnNeeds {
  label: WrappingNeed;
  target: WrappingNeed;
  /** Every month column alike, so the tables of a long period match. */
  month: number;
  average: number;
  /** The previous period's column; 0 when the table has none. */
  previous: number;
  /** Per month, the widest fraction: each line of that column is indented from the right by what its own fraction lacks. */
  monthFractions: number[];
  averageFraction: number;
  previousFraction: number;
}

function columnNeeds(headings: TableHeadings, rows: readonly TableRowContent[], frame: TableFrame): ColumnNeeds {
  const heading = (text: string): Line => ({ text, bold: true });
  const metricRows = rows.filter((row): row is MetricRowContent => row.kind === 'metric');
  const labels = [
    ...metricRows.flatMap((row) => cellLines(row.label, frame).map((line) => ({ line, indent: row.label.kind === 'sub-label' ? SUB_LABEL_INDENT : 0 }))),
    ...rows.flatMap((row) => (row.kind === 'group' ? [{ line: heading(row.name), indent: 0 }] : [])),
  ];
  const targets = metricRows.flatMap((row) => cellLines(row.target, frame).map((line) => ({ line, indent: 0 })));
  const months = headings.months.map((): FigureNeed => ({ whole: 0, fraction: 0 }));
  const averages: FigureNeed = { whole: 0, fraction: 0 };
  const previous: FigureNeed = { whole: 0, fraction: 0 };
  for (const row of metricRows) {
    row.months.forEach((content, index) => {
      for (const line of cellLines(content, frame)) addFigure(months[index]!, line, frame);
    });
    for (const line of cellLines(row.average, frame)) addFigure(averages, line, frame);
    if (row.previous !== null) for (const line of cellLines(row.previous, frame)) addFigure(previous, line, frame);
  }
  const allMonths: FigureNeed = { whole: widest(months.map((need) => need.whole)), fraction: widest(months.map((need) => need.fraction)) };
  return {
    label: wrappingNeed(labels, heading(headings.label), frame, LABEL_MAX),
    target: wrappingNeed(targets, heading(headings.target), frame, TARGET_MAX, TARGET_VALUE_MAX),
    month: widest([...headings.months.map((text) => nameNeed(heading(text), frame)), figureWidth(allMonths)]),
    average: widest([nameNeed(heading(headings.average), frame), figureWidth(averages)]),
    previous: headings.previous === null ? 0 : widest([nameNeed(heading(headings.previous), frame), figureWidth(previous)]),
    monthFractions: months.map((need) => need.fraction),
    averageFraction: averages.fraction,
    previousFraction: previous.fraction,
  };
}

export interface TablePart {
  range: MonthRange;
  /** The last part closes with the period average, and the previous period's where the table shows it. */
  withAverage: boolean;
  /** Parameter, target, one per month, then the average (and previous) on the last part; summing to the text width. */
  widths: number[];
  /** Every month heading on two lines ("M10" over "average"), when one of them cannot have one. */
  splitHeadings: boolean;
}

export interface TableLayout {
  /** The page and font the widths were measured for; the parts' widths sum to its text width. */
  frame: TableFrame;
  parts: TablePart[];
  /** The widest fraction of each month's column, and of the average's and the previous period's, in twips. */
  monthFractions: number[];
  averageFraction: number;
  previousFraction: number;
}

/** The tables the period is shown in, their column widths, and where their figures line up. */
export function tableLayout(headings: TableHeadings, rows: readonly TableRowContent[], frame: TableFrame = DEFAULT_TABLE_FRAME): TableLayout {
  const TEXT_WIDTH = frame.textWidth;
  const needs = columnNeeds(headings, rows, frame);
  const { label, target } = needs;
  const months = headings.months.length;
  // Whole values come first: a parameter's name or a target's wording may wrap to make room for them.
  const closing = needs.average + needs.previous;
  const room = TEXT_WIDTH - label.least - target.least - closing;
  const perTable = Math.max(1, Math.min(MAX_MONTHS_PER_TABLE, months, Math.floor(room / needs.month)));
  const ranges = monthRanges(months, perTable);
  const mostMonths = widest(ranges.map((range) => range.end - range.start));
  // What the widest part with the average leaves goes first to the parameter names until they
  // are whole (they name the row), then to the targets' wording; what remains widens every
  // column by one factor. The parameter, target and average columns are the same in every part.
  const valueColumns = mostMonths * needs.month + closing;
  let spare = Math.max(0, TEXT_WIDTH - valueColumns - label.least - target.least);
  const labelNeed = label.least + Math.min(spare, label.whole - label.least);
  spare -= labelNeed - label.least;
  const targetNeed = target.least + Math.min(spare, target.whole - target.least);
  const scale = TEXT_WIDTH / (labelNeed + targetNeed + valueColumns);
  const labelWidth = Math.floor(labelNeed * scale);
  const targetWidth = Math.floor(targetNeed * scale);
  const averageWidth = Math.floor(needs.average * scale);
  const closingWidths = needs.previous === 0 ? [averageWidth] : [averageWidth, Math.floor(needs.previous * scale)];
  const closingWidth = closingWidths.reduce((sum, width) => sum + width, 0);
  const parts = ranges.map((range, index) => {
    const withAverage = index === ranges.length - 1;
    const count = range.end - range.start;
    const month = Math.floor((TEXT_WIDTH - labelWidth - targetWidth - (withAverage ? closingWidth : 0)) / count);
    const widths = [labelWidth, targetWidth, ...Array<number>(count).fill(month), ...(withAverage ? closingWidths : [])];
    // The few twips the rounding left go to the parameter column.
    widths[0] = labelWidth + TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
    return { range, withAverage, widths, month };
  });
  // Headings wrapping in some month columns and not in others ("M9 average", "M10" over
  // "average") look like a fault: all of them break, or none.
  const narrowest = parts.reduce((least, part) => Math.min(least, part.month), Number.POSITIVE_INFINITY);
  const splitHeadings = headings.months.some((text) => lineNeed({ text, bold: true }, frame) > narrowest);
  return {
    frame,
    parts: parts.map(({ range, withAverage, widths }) => ({ range, withAverage, widths, splitHeadings })),
    monthFractions: needs.monthFractions,
    averageFraction: needs.averageFraction,
    previousFraction: needs.previousFraction,
  };
}
