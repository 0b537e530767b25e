// The columns of a table section's grid: one for each column the person named, then the row
// actions; their widths measured from what they show, a long text wrapping in its cell.
import type { ColumnSizingState } from '@tanstack/react-table';
import { columnSizing, rowActionColumns, type GridColumn, type RowActionColumn } from './grid-model';
import type { TableContent } from '../../shared/table-content';
import { CELL_TEXT, HEADING_TEXT, longestWordWidth, textWidth } from './text-width';

export type SectionColumn = (GridColumn & { kind: 'text'; textIndex: number }) | RowActionColumn;

/** A column as the grid names it: its name, or its place while it has none. */
export function sectionColumnName(names: readonly string[], index: number): string {
  const name = names[index]?.trim() ?? '';
  return name === '' ? `Column ${index + 1}` : name;
}

/** The grid's columns; the last of the person's takes what room is left. */
export function sectionColumnList(names: readonly string[]): SectionColumn[] {
  const text = names.map((_, textIndex): SectionColumn => ({
    kind: 'text',
    textIndex,
    id: `text-${textIndex}`,
    header: sectionColumnName(names, textIndex),
    numeric: false,
    flexible: textIndex === names.length - 1,
  }));
  return [...text, ...rowActionColumns()];
}

const CELL_PADDING = 16;
const ACTION_WIDTH = 30;
const MIN_TEXT = 96;
/** Past this a cell's text wraps: a comment does not push the other columns off the page. */
const MAX_TEXT = 320;

export function sectionWidths(columns: readonly SectionColumn[], content: TableContent): ColumnSizingState {
  const widths = columns.map((column) => {
    if (column.kind !== 'text') return ACTION_WIDTH;
    let widest = longestWordWidth(column.header, HEADING_TEXT);
    for (const row of content.rows) widest = Math.max(widest, textWidth(row[column.textIndex] ?? '', CELL_TEXT));
    return Math.max(MIN_TEXT, Math.min(MAX_TEXT, widest) + CELL_PADDING);
  });
  return columnSizing(columns, widths);
}
