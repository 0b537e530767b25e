// Changes the grid of a table section (the person's own table: milestones, risks, changes
// delivered) makes to its content. Each returns new content and leaves the old untouched, so
// the one change is one step of Undo; rows keep their identity where they did not change, so
// the grid re-renders only the rows a change touched.
import { countOf } from '../../shared/figure-text';

/** Named columns and rows of text cells; a row may be shorter than the columns (its last cells empty). */
export interface TableSectionContent {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** A row as long as the columns: its cells, then empty ones. */
function fullRow(row: readonly string[], width: number): string[] {
  return Array.from({ length: width }, (_, index) => row[index] ?? '');
}

export function cellText(content: TableSectionContent, row: number, column: number): string {
  return content.rows[row]?.[column] ?? '';
}

export function setCell(content: TableSectionContent, row: number, column: number, text: string): TableSectionContent {
  const current = content.rows[row];
  if (current === undefined || column < 0 || column >= content.columns.length || cellText(content, row, column) === text) return content;
  const next = fullRow(current, content.columns.length);
  next[column] = text;
  return { ...content, rows: content.rows.map((other, index) => (index === row ? next : other)) };
}

/** An empty row at `at` (the end when not given). */
export function addRow(content: TableSectionContent, at = content.rows.length): TableSectionContent {
  const rows = [...content.rows];
  rows.splice(at, 0, fullRow([], content.columns.length));
  return { ...content, rows };
}

export function removeRow(content: TableSectionContent, row: number): TableSectionContent {
  if (row < 0 || row >= content.rows.length) return content;
  return { ...content, rows: content.rows.filter((_, index) => index !== row) };
}

export function moveRow(content: TableSectionContent, row: number, delta: -1 | 1): TableSectionContent {
  const other = row + delta;
  if (row < 0 || other < 0 || row >= content.rows.length || other >= content.rows.length) return content;
  const rows = [...content.rows];
  [rows[row], rows[other]] = [rows[other]!, rows[row]!];
  return { ...content, rows };
}

/** A column named `name` at the end, its cells empty. */
export function addColumn(content: TableSectionContent, name: string): TableSectionContent {
  return { columns: [...content.columns, name], rows: content.rows.map((row) => fullRow(row, content.columns.length + 1)) };
}

export function renameColumn(content: TableSectionContent, column: number, name: string): TableSectionContent {
  if (column < 0 || column >= content.columns.length || content.columns[column] === name) return content;
  return { ...content, columns: content.columns.map((old, index) => (index === column ? name : old)) };
}

/** Takes the column and its cells out. */
export function removeColumn(content: TableSectionContent, column: number): TableSectionContent {
  if (column < 0 || column >= content.columns.length) return content;
  const keep = (_: unknown, index: number): boolean => index !== column;
  return { columns: content.columns.filter(keep), rows: content.rows.map((row) => fullRow(row, content.columns.length).filter(keep)) };
}

/** Whether a column's cells hold any text: removing it then says what goes. */
export function columnHasText(content: TableSectionContent, column: number): boolean {
  return content.rows.some((row) => (row[column] ?? '').trim() !== '');
}

export interface SectionPasteOutcome {
  content: TableSectionContent;
  /** Cells the block wrote (its blanks included: a blank clears, as in a spreadsheet). */
  written: number;
  /** Rows added at the end for the block's rows beyond the last. */
  added: number;
  /** Non-blank cells beyond the last column, left out. */
  ignored: number;
}

/**
 * A block pasted at (row, column): its rows go down from there, its cells to the right. Rows
 * beyond the last are added, as a spreadsheet grows; cells beyond the last column are left out
 * and counted (a table's columns are named, so a paste does not invent one).
 */
export function pasteBlock(content: TableSectionContent, start: { row: number; column: number }, block: readonly (readonly string[])[]): SectionPasteOutcome {
  const width = content.columns.length;
  const rows = [...content.rows];
  let written = 0;
  let added = 0;
  let ignored = 0;
  block.forEach((cells, rowOffset) => {
    const at = start.row + rowOffset;
    if (at >= rows.length) {
      rows.push(fullRow([], width));
      added += 1;
    }
    const row = fullRow(rows[at]!, width);
    let changed = false;
    cells.forEach((text, columnOffset) => {
      const column = start.column + columnOffset;
      if (column >= width) {
        if (text.trim() !== '') ignored += 1;
        return;
      }
      written += 1;
      if (row[column] !== text) {
        row[column] = text;
        changed = true;
      }
    });
    if (changed || at >= content.rows.length) rows[at] = row;
  });
  return { content: written === 0 && added === 0 ? content : { ...content, rows }, written, added, ignored };
}

/** What the person is told after a paste: "Pasted 8 cells, 2 rows added. 1 cell did not fit …". */
export function sectionPasteSummary(outcome: Pick<SectionPasteOutcome, 'written' | 'added' | 'ignored'>): string {
  const parts = [`Pasted ${countOf(outcome.written, 'cell', 'cells')}${outcome.added > 0 ? `, ${countOf(outcome.added, 'row', 'rows')} added` : ''}.`];
  if (outcome.ignored > 0) parts.push(`${countOf(outcome.ignored, 'cell', 'cells')} beyond the last column ${outcome.ignored === 1 ? 'was' : 'were'} left out.`);
  return parts.join(' ');
}
