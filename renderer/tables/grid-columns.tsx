// The column model both grids are built from: one list of columns gives the headings (with
// the spans of columns that share one), the widths, the aria-colindex of every cell and what
// each position holds. Nothing else assumes an order of columns.
import type { ReactElement } from 'react';
import type { DrawnColumns } from './use-column-window';

export interface GridColumn {
  id: string;
  header: string;
  numeric: boolean;
  /** Columns side by side with the same group ("Row actions") share one heading across them. */
  group?: string;
  /** Heard by screen readers only (the row actions' heading). */
  headerHidden?: boolean;
}

export interface HeadingCell {
  id: string;
  header: string;
  /** Position of the heading's first column. */
  index: number;
  span: number;
  numeric: boolean;
  hidden: boolean;
}

/** The heading row: a column's own heading, or one heading across a group's columns. */
export function headingCells(columns: readonly GridColumn[]): HeadingCell[] {
  const cells: HeadingCell[] = [];
  columns.forEach((column, index) => {
    const last = cells.at(-1);
    if (column.group !== undefined && last !== undefined && columns[last.index]?.group === column.group) {
      last.span += 1;
      return;
    }
    cells.push({ id: column.id, header: column.group ?? column.header, index, span: 1, numeric: column.numeric, hidden: column.headerHidden === true });
  });
  return cells;
}

interface ColumnHeadingsProps {
  columns: readonly GridColumn[];
  /** Numeric headings align right only over figures, not over the row actions. */
  className(cell: HeadingCell): string;
  /** The columns drawn, when a long period draws the months in view only (use-column-window.ts). */
  drawn?: DrawnColumns;
}

export function ColumnHeadings({ columns, className, drawn }: ColumnHeadingsProps): ReactElement {
  const cells = headingCells(columns);
  const heading = (cell: HeadingCell): ReactElement => (
    <th key={cell.id} scope="col" role="columnheader" aria-colindex={cell.index + 1} colSpan={cell.span === 1 ? undefined : cell.span} className={className(cell)}>
      {cell.hidden ? <span className="visually-hidden">{cell.header}</span> : cell.header}
    </th>
  );
  if (drawn === undefined) return <tr aria-rowindex={1}>{cells.map(heading)}</tr>;
  const startingAt = new Map(cells.map((cell) => [cell.index, cell]));
  return (
    <tr aria-rowindex={1}>
      {drawn.items.map((item) => {
        if (item.kind === 'gap') return <ColumnGap key={item.key} span={item.span} />;
        const cell = startingAt.get(item.index);
        return cell === undefined ? null : heading(cell);
      })}
    </tr>
  );
}

/** Stands in for the columns a row does not draw: their widths come from the <col>s. */
export function ColumnGap({ span }: { span: number }): ReactElement {
  return <td aria-hidden="true" colSpan={span} className="rd-col-gap" />;
}

/**
 * The columns' measured widths, for a table laid out with `table-layout: fixed`: the layout
 * reads them instead of every cell's content. The `flexible` column is given no width: it
 * takes up what is left when the window is wider than the columns need.
 */
export function ColumnWidths({ widths, flexible }: { widths: readonly number[]; flexible: number }): ReactElement {
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={index === flexible ? undefined : { width: `${Math.ceil(width)}px` }} />
      ))}
    </colgroup>
  );
}

/** The table's own width: at least `minimum`, and what its columns need past that (then it scrolls). */
export function tableWidth(widths: readonly number[], minimum = '100%'): string {
  const total = widths.reduce((sum, width) => sum + Math.ceil(width), 0);
  return `max(${minimum}, ${total}px)`;
}
