// A table of the person's own in the document (milestones, risks, changes delivered): its
// caption (Table n, a SEQ field, as the performance table's) and the table, each column as wide
// as what it holds asks, in twips, the whole filling the text's width. Written as XML text,
// as the performance table is, and put in its place when the package is completed.
import type { Paragraph } from 'docx';
import type { TableSection } from '../../../shared/report-schema';
import { COLOUR } from './word-page';
import { DEFAULT_TABLE_FRAME, lineNeed, widest, wordNeed, type Line, type TableFrame } from './word-table-layout';
import { KEPT_WHOLE_LINES, paragraph, tableCell, tableGridXml, tablePropertiesXml } from './word-table-xml';
import { captionParagraph, nextCaptionLabel, type CaptionCounter } from './word-captions';
import type { XmlBlock, XmlBlocks } from './word-package';

/** Past this a column's text wraps at its spaces, like the sentence it is, rather than take the other columns' room. */
const COLUMN_MOST = 4000;

function cellLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** What a column needs: its longest word (a cell may wrap, never mid-word if it can help it), and its longest line whole. */
function columnNeed(name: string, cells: readonly string[], frame: TableFrame): { least: number; whole: number } {
  const lines: Line[] = [{ text: name, bold: true }, ...cells.flatMap((cell) => cellLines(cell).map((text) => ({ text, bold: false })))];
  const least = widest(lines.map((line) => wordNeed(line, frame)));
  return { least, whole: Math.max(least, Math.min(COLUMN_MOST, widest(lines.map((line) => lineNeed(line, frame))))) };
}

/**
 * Each column's width in twips, summing to the text's width: every column whole where they fit,
 * widened alike; otherwise each gets its longest word, and the room left goes to the columns
 * that wrap, by what they lack. Columns whose longest words overflow the page share it by them.
 */
export function sectionTableWidths(columns: readonly string[], rows: readonly (readonly string[])[], frame: TableFrame = DEFAULT_TABLE_FRAME): number[] {
  const textWidth = frame.textWidth;
  const needs = columns.map((name, index) => columnNeed(name, rows.map((row) => row[index] ?? ''), frame));
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const whole = sum(needs.map((need) => need.whole));
  const least = sum(needs.map((need) => need.least));
  const lacking = whole - least;
  const widths =
    whole <= textWidth
      ? needs.map((need) => Math.floor((need.whole * textWidth) / whole))
      : least >= textWidth
        ? needs.map((need) => Math.floor((need.least * textWidth) / least))
        : needs.map((need) => need.least + Math.floor(((need.whole - need.least) * (textWidth - least)) / lacking));
  // The few twips the rounding left go to the first column.
  widths[0] = widths[0]! + textWidth - sum(widths);
  return widths;
}

/** About how many lines the rows take at these widths: each row its tallest cell. */
function bodyLines(rows: readonly (readonly string[])[], widths: readonly number[], frame: TableFrame): number {
  let lines = 0;
  for (const row of rows) {
    lines += widest(row.map((cell, index) => cellLines(cell).reduce((sum, text) => sum + Math.max(1, Math.ceil(lineNeed({ text, bold: false }, frame) / widths[index]!)), 0)));
  }
  return lines;
}

/**
 * The table as a block of the document, written row by row as the package is completed. A table
 * with no rows yet shows its headings over one row across them saying so ("No entries."), in the
 * report's language: a reader sees the table was kept and is empty, not a header missing its rows.
 */
function sectionTableXml(section: TableSection, widths: readonly number[], caption: string, frame: TableFrame, noEntries: string): XmlBlock {
  return {
    pieces: section.rows.length + 2,
    *render() {
      const header = section.columns.map((name, index) => tableCell(widths[index]!, paragraph(name, { style: 'TableHeading', keepNext: true }), { fill: COLOUR.headerFill, bottom: true }));
      // A short table stays on one page; a long one breaks between rows, its header repeated.
      const keptWhole = bodyLines(section.rows, widths, frame) <= KEPT_WHOLE_LINES;
      const last = section.rows.length - 1;
      yield `<w:tbl>${tablePropertiesXml(caption, frame)}${tableGridXml(widths)}<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header.join('')}</w:tr>`;
      if (section.rows.length === 0) {
        const across = widths.reduce((sum, width) => sum + width, 0);
        yield `<w:tr><w:trPr><w:cantSplit/></w:trPr>${tableCell(across, paragraph(noEntries, { style: 'TableText', keepNext: false }), { span: widths.length })}</w:tr>`;
      }
      for (const [rowIndex, row] of section.rows.entries()) {
        const keepNext = keptWhole && rowIndex < last;
        const cells = section.columns.map((_, index) => tableCell(widths[index]!, cellLines(row[index] ?? '').map((text) => paragraph(text, { style: 'TableText', keepNext })).join('')));
        yield `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
      }
      yield '</w:tbl>';
    },
  };
}

/** The table's caption (its section's title), then its place, filled with the table's XML when the package is completed. */
export function sectionTableBlock(section: TableSection, blocks: XmlBlocks, captions: CaptionCounter, frame: TableFrame): Paragraph[] {
  const title = section.title.trim();
  const described = captions.words.colon(nextCaptionLabel('Table', captions), title);
  const noEntries = captions.words.say('table.noEntries');
  return [captionParagraph('Table', title, captions), blocks.placeholder(sectionTableXml(section, sectionTableWidths(section.columns, section.rows, frame), described, frame, noEntries))];
}
