// The performance tables as WordprocessingML, written as text. The table is the one part of the
// document that grows with months × metrics, and docx builds an object per element (about
// 0.1 ms per cell paragraph): 1,000 metrics over 36 months took 15 s that way. Written here,
// each cell costs microseconds, and word-package puts the tables where docx left their places.
// Every width is in twips (DXA): LibreOffice and Google Docs ignore percentage widths.
import { COLOUR } from './word-page';
import { NO_BREAK_SPACE } from '../../../shared/figure-text';
import { CELL_PADDING, SUB_LABEL_INDENT, cellLines, fractionWidth, lineNeed, type Line, type TableFrame, type TableLayout, type TablePart } from './word-table-layout';
import type { CellContent, MetricRowContent, TableHeadings, TableRowContent } from './word-table-content';
import { xmlText, type XmlBlock } from './word-package';

const RULE = `w:val="single" w:color="${COLOUR.rule}" w:sz="4" w:space="0"`;
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${RULE}/>`).join('');

function shading(fill: string): string {
  return `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
}

export interface LineLook {
  /** TableFigure is right-aligned, TableText and TableHeading left: the style says it, not each paragraph. */
  style: 'TableFigure' | 'TableText' | 'TableHeading';
  keepNext: boolean;
  /** Twips from the right edge: a figure's decimal point level with its column's. */
  rightIndent?: number;
  leftIndent?: number;
  fill?: string;
  colour?: string;
  bold?: boolean;
  /** A heading over figures is right-aligned, as they are. */
  right?: boolean;
}

function indentXml(left = 0, right = 0): string {
  if (left <= 0 && right <= 0) return '';
  return `<w:ind${left > 0 ? ` w:left="${left}"` : ''}${right > 0 ? ` w:right="${right}"` : ''}/>`;
}

/** The text node; kept as written where it starts or ends with a space, which XML would otherwise drop. */
function textXml(text: string): string {
  return text.startsWith(' ') || text.endsWith(' ') ? `<w:t xml:space="preserve">${xmlText(text)}</w:t>` : `<w:t>${xmlText(text)}</w:t>`;
}

/** A footnote reference: the number Word and LibreOffice give the footnote, in the FootnoteReference style (superscript). */
function footnoteReferenceXml(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

export function paragraph(text: string, look: LineLook, footnote?: number): string {
  const properties = `<w:pPr><w:pStyle w:val="${look.style}"/>${look.keepNext ? '<w:keepNext/>' : ''}${look.fill === undefined ? '' : shading(look.fill)}${indentXml(look.leftIndent, look.rightIndent)}${look.right === true ? '<w:jc w:val="right"/>' : ''}</w:pPr>`;
  const runProperties = look.bold === true || look.colour !== undefined ? `<w:rPr>${look.bold === true ? '<w:b/><w:bCs/>' : ''}${look.colour === undefined ? '' : `<w:color w:val="${look.colour}"/>`}</w:rPr>` : '';
  return `<w:p>${properties}<w:r>${runProperties}${textXml(text)}</w:r>${footnote === undefined ? '' : footnoteReferenceXml(footnote)}</w:p>`;
}

export function tableCell(width: number, paragraphs: string, options: { fill?: string; span?: number; bottom?: boolean } = {}): string {
  const span = options.span === undefined ? '' : `<w:gridSpan w:val="${options.span}"/>`;
  const fill = options.fill === undefined ? '' : shading(options.fill);
  const align = options.bottom === true ? '<w:vAlign w:val="bottom"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span}${fill}${align}</w:tcPr>${paragraphs}</w:tc>`;
}

/** "M10 average" as "M10" over "average"; "Sep 2025" as "Sep" over "2025". */
function headingLines(text: string, split: boolean): string[] {
  const space = text.lastIndexOf(' ');
  return split && space > 0 ? [text.slice(0, space), text.slice(space + 1)] : [text];
}

function headerRow(headings: TableHeadings, part: TablePart): string {
  const months = headings.months.slice(part.range.start, part.range.end).map((text) => headingLines(text, part.splitHeadings));
  const closing = part.withAverage ? [[headings.average], ...(headings.previous === null ? [] : [[headings.previous]])] : [];
  const cells = [[headings.label], [headings.target], ...months, ...closing];
  const xml = cells.map((lines, index) => {
    // keepNext: the header row never ends a page without the first row under it.
    const look: LineLook = { style: 'TableHeading', right: index > 0, keepNext: true };
    return tableCell(part.widths[index]!, lines.map((text) => paragraph(text, look)).join(''), { fill: COLOUR.headerFill, bottom: true });
  });
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${xml.join('')}</w:tr>`;
}

/** Where a column's figures line up: for a month or the average, the widest fraction of that column. */
type Alignment = { fraction: number } | null;

function contentCell(content: CellContent, width: number, alignment: Alignment, keepNext: boolean, frame: TableFrame): string {
  const figure = content.kind !== 'label' && content.kind !== 'sub-label';
  // One value in a cell is the cell: shade it. Lines of a combined cell are shaded one by one, so only the miss stands out.
  const shadeCell = content.missed && content.lines.length === 1;
  const paragraphs = cellLines(content, frame).map((line: Line, index) => {
    const source = content.lines[index]!;
    // A figure or a target that fits its column is one unbreakable value ("≥ 99 %"); a
    // parameter's name, or wording too long for the column, wraps at its spaces.
    const text = figure && lineNeed(line, frame) <= width ? line.text.replaceAll(' ', NO_BREAK_SPACE) : line.text;
    const rightIndent = alignment === null ? 0 : Math.max(0, alignment.fraction - fractionWidth(line, frame));
    return paragraph(text, {
      style: figure ? 'TableFigure' : 'TableText',
      keepNext,
      rightIndent,
      leftIndent: content.kind === 'sub-label' ? SUB_LABEL_INDENT : 0,
      fill: source.missed && !shadeCell ? COLOUR.missFill : undefined,
      colour: source.missed ? COLOUR.missText : content.kind === 'missing' || source.missing === true ? COLOUR.muted : undefined,
      bold: line.bold,
    }, source.note?.id);
  });
  return tableCell(width, paragraphs.join(''), shadeCell ? { fill: COLOUR.missFill } : {});
}

function metricRow(row: MetricRowContent, part: TablePart, layout: TableLayout, keepNext: boolean): string {
  const { widths, range } = part;
  const { frame } = layout;
  const cells = [contentCell(row.label, widths[0]!, null, keepNext, frame), contentCell(row.target, widths[1]!, null, keepNext, frame)];
  for (let month = range.start; month < range.end; month += 1) {
    cells.push(contentCell(row.months[month]!, widths[2 + month - range.start]!, { fraction: layout.monthFractions[month]! }, keepNext, frame));
  }
  if (part.withAverage) {
    const averageColumn = 2 + range.end - range.start;
    cells.push(contentCell(row.average, widths[averageColumn]!, { fraction: layout.averageFraction }, keepNext, frame));
    if (row.previous !== null) cells.push(contentCell(row.previous, widths[averageColumn + 1]!, { fraction: layout.previousFraction }, keepNext, frame));
  }
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
}

function groupRow(name: string, part: TablePart, frame: TableFrame): string {
  // A group's name stays on the page of its first key.
  const text = paragraph(name, { style: 'TableText', keepNext: true, bold: true });
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${tableCell(frame.textWidth, text, { fill: COLOUR.groupFill, span: part.widths.length })}</w:tr>`;
}

/** A table up to this many lines (about a third of a page) is kept on one page, as a reader takes it in at once. */
export const KEPT_WHOLE_LINES = 24;

/** A table's properties: the text's width, ruled, fixed layout at its grid's widths, padded cells, its caption for assistive technology. */
export function tablePropertiesXml(caption: string, frame: TableFrame): string {
  return (
    `<w:tblPr><w:tblW w:type="dxa" w:w="${frame.textWidth}"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="${CELL_PADDING}"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="${CELL_PADDING}"/></w:tblCellMar>` +
    `<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="${xmlText(caption)}"/></w:tblPr>`
  );
}

/** The grid of column widths, in twips. */
export function tableGridXml(widths: readonly number[]): string {
  return `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
}

/** About how many lines the table's body takes: each row its tallest cell, a label wrapping in its column counted. */
function bodyLines(rows: readonly TableRowContent[], part: TablePart, frame: TableFrame): number {
  let lines = 0;
  for (const row of rows) {
    if (row.kind === 'group') lines += 1;
    else {
      const label = cellLines(row.label, frame).reduce((sum, line) => sum + Math.ceil(lineNeed(line, frame) / part.widths[0]!), 0);
      lines += Math.max(label, row.target.lines.length, ...row.months.slice(part.range.start, part.range.end).map((content) => content.lines.length));
    }
  }
  return lines;
}

/**
 * One table of the performance view, a row at a time as the package is written (the largest
 * report's tables are a hundred megabytes of XML). Its header row keeps with the first row; a
 * short table is kept on one page, a long one breaks between rows with its header repeated.
 * Nothing else keeps with what follows, so a heading is never pushed onto a page of its own.
 */
export function performanceTableXml(headings: TableHeadings, rows: readonly TableRowContent[], layout: TableLayout, part: TablePart, caption: string): XmlBlock {
  return {
    pieces: rows.length + 2,
    *render() {
      const { frame } = layout;
      const keptWhole = bodyLines(rows, part, frame) <= KEPT_WHOLE_LINES;
      const last = rows.length - 1;
      yield `<w:tbl>${tablePropertiesXml(caption, frame)}${tableGridXml(part.widths)}${headerRow(headings, part)}`;
      // The last row keeps with nothing: what follows is the next table's caption or a chart.
      for (const [index, row] of rows.entries()) yield row.kind === 'group' ? groupRow(row.name, part, frame) : metricRow(row, part, layout, keptWhole && index < last);
      yield '</w:tbl>';
    },
  };
}
