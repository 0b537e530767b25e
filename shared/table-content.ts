// The steps that change a table of the person's own (milestones, risks, changes delivered): its
// cells written (typed, or a block pasted from a spreadsheet), rows and columns inserted, moved,
// renamed, removed. Each gives new content and leaves the old untouched; rows a step did not
// touch keep their identity (the grid re-renders only the rows that changed), and a step that
// changes nothing gives the same content back, so it records no step of Undo. The report's
// section takes them through `editTable` (section-edits.ts), which marks the table the person's.
import type { TableSection } from './report-schema';

/** Named columns and rows of text, each row as long as the columns. */
export type TableContent = Pick<TableSection, 'columns' | 'rows'>;

/** One step of a table's content, as the window hands it to the report (one step of Undo). */
export type TableStep = (content: TableContent) => TableContent;

export interface TableCellsWritten {
  content: TableContent;
  /** Cells the block wrote (its blanks included: a blank clears, as in a spreadsheet). */
  written: number;
  /** Rows added at the end for the block's rows past the last. */
  added: number;
  /** Non-blank cells past the last column, left out. */
  ignored: number;
}

/** A row as long as the columns: its cells, then empty ones. */
function fullRow(row: readonly string[], width: number): string[] {
  return Array.from({ length: width }, (_, index) => row[index] ?? '');
}

export function tableCell(content: TableContent, row: number, column: number): string {
  return content.rows[row]?.[column] ?? '';
}

/**
 * A block of cells written from a cell on (one typed, or a block pasted from a spreadsheet):
 * its rows go down from there, its cells to the right. Rows past the last are added, as a
 * spreadsheet grows; cells past the last column are left out and counted (a table's columns are
 * named, so a paste does not invent one).
 */
export function writeTableCells(content: TableContent, at: { row: number; column: number }, block: readonly (readonly string[])[]): TableCellsWritten {
  const width = content.columns.length;
  const rows = [...content.rows];
  let written = 0;
  let added = 0;
  let ignored = 0;
  let changed = false;
  if (at.row < 0 || at.column < 0) return { content, written, added, ignored };
  block.forEach((cells, rowOffset) => {
    const rowIndex = at.row + rowOffset;
    while (rows.length <= rowIndex) {
      rows.push(fullRow([], width));
      added += 1;
    }
    let row: string[] | null = null;
    cells.forEach((text, cellOffset) => {
      const column = at.column + cellOffset;
      if (column >= width) {
        if (text.trim() !== '') ignored += 1;
        return;
      }
      written += 1;
      if (rows[rowIndex]![column] === text) return;
      row ??= fullRow(rows[rowIndex]!, width);
      row[column] = text;
    });
    if (row !== null) {
      rows[rowIndex] = row;
      changed = true;
    }
  });
  return { content: changed || added > 0 ? { columns: content.columns, rows } : content, written, added, ignored };
}

/** Empty rows inserted at a row index (the end, at the row count). */
export function insertTableRows(content: TableContent, at: number, count = 1): TableContent {
  if (count < 1) return content;
  const place = Math.max(0, Math.min(at, content.rows.length));
  return { columns: content.columns, rows: content.rows.toSpliced(place, 0, ...Array.from({ length: count }, () => fullRow([], content.columns.length))) };
}

export function removeTableRows(content: TableContent, from: number, count = 1): TableContent {
  if (from < 0 || from >= content.rows.length || count < 1) return content;
  return { columns: content.columns, rows: content.rows.toSpliced(from, count) };
}

/** A row moved one place up (-1) or down (1), past its neighbour; the same content at either end. */
export function moveTableRow(content: TableContent, row: number, step: -1 | 1): TableContent {
  const other = row + step;
  if (row < 0 || other < 0 || row >= content.rows.length || other >= content.rows.length) return content;
  return { columns: content.columns, rows: content.rows.with(row, content.rows[other]!).with(other, content.rows[row]!) };
}

/** A column inserted at a column index (the end, at the column count), empty in every row. */
export function insertTableColumn(content: TableContent, at: number, name: string): TableContent {
  const place = Math.max(0, Math.min(at, content.columns.length));
  return { columns: content.columns.toSpliced(place, 0, name), rows: content.rows.map((row) => fullRow(row, content.columns.length).toSpliced(place, 0, '')) };
}

export function renameTableColumn(content: TableContent, column: number, name: string): TableContent {
  if (column < 0 || column >= content.columns.length || content.columns[column] === name) return content;
  return { columns: content.columns.with(column, name), rows: content.rows };
}

/** A column and its cells removed; a table keeps at least one column. */
export function removeTableColumn(content: TableContent, column: number): TableContent {
  if (column < 0 || column >= content.columns.length || content.columns.length === 1) return content;
  return { columns: content.columns.toSpliced(column, 1), rows: content.rows.map((row) => fullRow(row, content.columns.length).toSpliced(column, 1)) };
}

/** The cells of a column that hold text: removing a column with any asks first, saying how many go. */
export function tableColumnEntries(content: TableContent, column: number): number {
  return content.rows.filter((row) => (row[column] ?? '').trim() !== '').length;
}
