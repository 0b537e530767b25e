// The performance table as Word tables. Every width is in twips (DXA): LibreOffice and Google
// Docs ignore percentage widths. Long periods split into tables of at most 12 month columns.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  LineRuleType,
  type IBorderOptions,
} from 'docx';
import type { Report } from '../../shared/report-schema';
import { COLOUR, TEXT_WIDTH } from './word-styles';
import { tableHeadings, tableNote, tableRows, type CellContent, type TableRowContent } from './word-table-content';

export const MAX_MONTH_COLUMNS = 12;

interface Density {
  /** Half-points. */
  font: number;
  /** Left and right cell padding. */
  padding: number;
  label: number;
  target: number;
  average: number;
  maxMonth: number;
}

/** Smaller type and padding as month columns are added, so 6 to 12 months fit A4 portrait. */
function density(monthColumns: number): Density {
  // Sized so a combined cell's widest usual line, a bold "vu: 2.8*", stays on one line.
  if (monthColumns <= 6) return { font: 18, padding: 90, label: 2000, target: 1150, average: 1150, maxMonth: 1300 };
  if (monthColumns <= 9) return { font: 16, padding: 60, label: 1500, target: 850, average: 900, maxMonth: 1100 };
  return { font: 13, padding: 45, label: 1300, target: 750, average: 800, maxMonth: 900 };
}

export interface ColumnLayout {
  density: Density;
  /** label, target, one per month, then the average when the table has it. */
  widths: number[];
}

export function columnLayout(monthColumns: number, withAverage: boolean): ColumnLayout {
  const chosen = density(monthColumns);
  const fixed = chosen.label + chosen.target + chosen.average;
  // Months get the same width whether or not this part of a split table has the average.
  const month = Math.min(chosen.maxMonth, Math.floor((TEXT_WIDTH - fixed) / monthColumns));
  const widths = [chosen.label, chosen.target, ...Array<number>(monthColumns).fill(month), ...(withAverage ? [chosen.average] : [])];
  return { density: chosen, widths };
}

/** Month index ranges of each table: 36 months → three tables of 12, 18 → two of 9. */
export function monthChunks(months: number): { start: number; end: number }[] {
  const tables = Math.ceil(months / MAX_MONTH_COLUMNS);
  const size = Math.ceil(months / tables);
  return Array.from({ length: tables }, (_, index) => ({ start: index * size, end: Math.min(months, (index + 1) * size) }));
}

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

interface CellStyle {
  width: number;
  density: Density;
  header?: boolean;
  columnSpan?: number;
}

function isNumeric(content: CellContent): boolean {
  return content.kind !== 'label' && content.kind !== 'sub-label';
}

function textCell(lines: { text: string; bold?: boolean; colour?: string }[], align: 'left' | 'right', style: CellStyle, fill?: string, indent = 0): TableCell {
  const { density: sizes } = style;
  return new TableCell({
    width: { size: style.width, type: WidthType.DXA },
    ...(style.columnSpan === undefined ? {} : { columnSpan: style.columnSpan }),
    ...(fill === undefined ? {} : { shading: { fill } }),
    verticalAlign: style.header === true ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    margins: { left: sizes.padding, right: sizes.padding, top: 40, bottom: 40 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          indent: indent === 0 ? undefined : { left: indent },
          keepNext: true,
          children: [new TextRun({ text: line.text, bold: line.bold, size: sizes.font, color: line.colour })],
        }),
    ),
  });
}

function contentCell(content: CellContent, style: CellStyle): TableCell {
  const lines = content.lines.map((line) => ({
    text: line.text,
    // In a combined cell only the key that missed is bold and marked; the shading is the cell's.
    bold: line.missed || content.kind === 'label',
    colour: line.missed ? COLOUR.missText : content.kind === 'missing' ? COLOUR.muted : undefined,
  }));
  const indent = content.kind === 'sub-label' ? 240 : 0;
  return textCell(lines, isNumeric(content) ? 'right' : 'left', style, content.missed ? COLOUR.missFill : undefined, indent);
}

function headerRow(report: Report, range: { start: number; end: number }, layout: ColumnLayout, withAverage: boolean): TableRow {
  const headings = tableHeadings(report);
  const texts = [headings.label, headings.target, ...headings.months.slice(range.start, range.end), ...(withAverage ? [headings.average] : [])];
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: texts.map((text, index) =>
      textCell([{ text, bold: true }], index === 0 ? 'left' : 'right', { width: layout.widths[index]!, density: layout.density, header: true }, COLOUR.headerFill),
    ),
  });
}

function bodyRow(row: TableRowContent, range: { start: number; end: number }, layout: ColumnLayout, withAverage: boolean): TableRow {
  const { widths, density: sizes } = layout;
  if (row.kind === 'group') {
    const total = widths.reduce((sum, width) => sum + width, 0);
    return new TableRow({
      cantSplit: true,
      children: [textCell([{ text: row.name, bold: true }], 'left', { width: total, density: sizes, columnSpan: widths.length }, COLOUR.groupFill)],
    });
  }
  const contents = [row.label, row.target, ...row.months.slice(range.start, range.end), ...(withAverage ? [row.average] : [])];
  return new TableRow({
    cantSplit: true,
    children: contents.map((content, index) => contentCell(content, { width: widths[index]!, density: sizes })),
  });
}

function performanceTable(report: Report, rows: TableRowContent[], range: { start: number; end: number }, withAverage: boolean): Table {
  const layout = columnLayout(range.end - range.start, withAverage);
  const width = layout.widths.reduce((sum, column) => sum + column, 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: layout.widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [headerRow(report, range, layout, withAverage), ...rows.map((row) => bodyRow(row, range, layout, withAverage))],
  });
}

/** The table (or tables, for long periods) and the note under it explaining units and marks. */
export function performanceBlock(report: Report): (Table | Paragraph)[] {
  // No metrics, no table: a header row over nothing would only puzzle the reader.
  if (report.metrics.length === 0) return [];
  const rows = tableRows(report);
  const chunks = monthChunks(report.meta.period.months);
  const blocks: (Table | Paragraph)[] = [];
  chunks.forEach((range, index) => {
    const last = index === chunks.length - 1;
    blocks.push(performanceTable(report, rows, range, last));
    // Word joins two adjacent tables into one; a small gap keeps them apart.
    if (!last) blocks.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  });
  blocks.push(new Paragraph({ style: 'TableNote', children: [new TextRun(tableNote(report))] }));
  return blocks;
}
