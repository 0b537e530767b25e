// The performance table as Word tables, laid out by word-table-layout. Every width is in twips
// (DXA): LibreOffice and Google Docs ignore percentage widths.
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
import { NO_BREAK_SPACE } from '../../shared/figure-text';
import { tableHeadings, tableNote, tableRows, type CellContent, type TableRowContent } from './word-table-content';
import { CELL_PADDING, SUB_LABEL_INDENT, TABLE_FONT, cellLines, lineNeed, tableParts, type Line, type TablePart } from './word-table-layout';

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

interface CellStyle {
  width: number;
  header?: boolean;
  columnSpan?: number;
}

function isNumeric(content: CellContent): boolean {
  return content.kind !== 'label' && content.kind !== 'sub-label';
}

function textCell(lines: (Line & { colour?: string })[], align: 'left' | 'right', style: CellStyle, fill?: string, indent = 0): TableCell {
  return new TableCell({
    width: { size: style.width, type: WidthType.DXA },
    ...(style.columnSpan === undefined ? {} : { columnSpan: style.columnSpan }),
    ...(fill === undefined ? {} : { shading: { fill } }),
    verticalAlign: style.header === true ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 40, bottom: 40 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          indent: indent === 0 ? undefined : { left: indent },
          keepNext: true,
          children: [new TextRun({ text: line.text, bold: line.bold, size: TABLE_FONT, color: line.colour })],
        }),
    ),
  });
}

function contentCell(content: CellContent, width: number): TableCell {
  const indent = content.kind === 'sub-label' ? SUB_LABEL_INDENT : 0;
  const lines = cellLines(content).map((line, index) => ({
    // A figure or a target that fits its column is one unbreakable value ("≥ 99 %"); a
    // parameter's name, or wording too long for the column, wraps at its spaces.
    text: isNumeric(content) && lineNeed(line) <= width ? line.text.replaceAll(' ', NO_BREAK_SPACE) : line.text,
    bold: line.bold,
    colour: content.lines[index]!.missed ? COLOUR.missText : content.kind === 'missing' ? COLOUR.muted : undefined,
  }));
  return textCell(lines, isNumeric(content) ? 'right' : 'left', { width }, content.missed ? COLOUR.missFill : undefined, indent);
}

/** "M10 average" as "M10" over "average"; "Sep 2025" as "Sep" over "2025". */
function headingLines(text: string, split: boolean): string[] {
  const space = text.lastIndexOf(' ');
  return split && space > 0 ? [text.slice(0, space), text.slice(space + 1)] : [text];
}

function headerRow(report: Report, part: TablePart): TableRow {
  const headings = tableHeadings(report);
  const months = headings.months.slice(part.range.start, part.range.end).map((text) => headingLines(text, part.splitHeadings));
  const cells = [[headings.label], [headings.target], ...months, ...(part.withAverage ? [[headings.average]] : [])];
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((lines, index) =>
      textCell(
        lines.map((text) => ({ text, bold: true })),
        index === 0 ? 'left' : 'right',
        { width: part.widths[index]!, header: true },
        COLOUR.headerFill,
      ),
    ),
  });
}

function bodyRow(row: TableRowContent, part: TablePart): TableRow {
  const { widths, range } = part;
  if (row.kind === 'group') {
    return new TableRow({
      cantSplit: true,
      children: [textCell([{ text: row.name, bold: true }], 'left', { width: TEXT_WIDTH, columnSpan: widths.length }, COLOUR.groupFill)],
    });
  }
  const contents = [row.label, row.target, ...row.months.slice(range.start, range.end), ...(part.withAverage ? [row.average] : [])];
  return new TableRow({ cantSplit: true, children: contents.map((content, index) => contentCell(content, widths[index]!)) });
}

function performanceTable(report: Report, rows: TableRowContent[], part: TablePart): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: part.widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [headerRow(report, part), ...rows.map((row) => bodyRow(row, part))],
  });
}

/** The table (or tables, for long periods) and the note under it explaining units and marks. */
export function performanceBlock(report: Report): (Table | Paragraph)[] {
  // No metrics, no table: a header row over nothing would only puzzle the reader.
  if (report.metrics.length === 0) return [];
  const rows = tableRows(report);
  const parts = tableParts(report, rows);
  const blocks: (Table | Paragraph)[] = [];
  parts.forEach((part, index) => {
    blocks.push(performanceTable(report, rows, part));
    // Word joins two adjacent tables into one; a small gap keeps them apart.
    if (index < parts.length - 1) blocks.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  });
  blocks.push(new Paragraph({ style: 'TableNote', children: [new TextRun(tableNote(report))] }));
  return blocks;
}
