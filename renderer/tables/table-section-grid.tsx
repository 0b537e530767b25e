// The grid of a table section: the person's own table (milestones, risks, changes delivered),
// columns they named and rows of text, edited as the other grids are: arrows, Enter or typing
// to edit, Delete to clear, Alt+arrows to move a row, a block pasted from a spreadsheet (rows
// added as it needs them). Each change is one call of `onChange` with a step of the content
// (shared/table-content.ts) and what the change is called, which the document makes one step
// of Undo; the step runs on the content the document holds then, never on a copy held here.
import { useMemo, useState, type ReactElement, type Ref } from 'react';
import { useUntilDocumentChanges } from '../document/use-document';
import { EditableCell } from './grid-cells';
import { canMoveWithin, gridColumnDefs, gridFeatures, type GridCellContext, type RowActionsMeta } from './grid-model';
import type { GridPosition } from './grid-navigation';
import { GridTableView, useGridCell } from './grid-table';
import { useGridTable } from './use-grid-table';
import { RowActionCell, useRowActions } from './row-actions';
import { sectionColumnList, sectionColumnName, sectionWidths, type SectionColumn } from './table-section-columns';
import { TableSectionColumnsEditor, type ColumnsEditorHandle } from './table-section-columns-editor';
import { insertTableRows, moveTableRow, removeTableRows, tableCell, writeTableCells, type TableCellsWritten, type TableContent, type TableStep } from '../../shared/table-content';
import type { AskChoice } from '../ui/choice-dialog';
import { Icon } from '../ui/icons';
import { sectionPasteSummary } from './table-section-status';
import { parseTsv } from './tsv-paste';
import { useSpreadsheetGrid } from './use-spreadsheet-grid';
import './tables.css';

type SectionRow = readonly string[];

interface SectionMeta extends RowActionsMeta<SectionRow> {
  /** Makes the cells' ids unique in the page. */
  idPrefix: string;
}

const SECTION_FEATURES = gridFeatures<SectionColumn, SectionMeta>();

type Context = GridCellContext<SectionRow, SectionColumn, SectionMeta>;

function TextCell(context: Context): ReactElement | null {
  const { position, grid, active, editing } = useGridCell(context);
  const column = context.column.columnDef.meta;
  if (column?.kind !== 'text') return null;
  const text = String(context.getValue() ?? '');
  const place = `${column.header}, row ${position.row + 1}`;
  return (
    <EditableCell
      id={`${context.table.options.meta?.idPrefix ?? 'table'}-${position.row}-${column.textIndex}`}
      position={position}
      grid={grid}
      active={active}
      editing={editing}
      accessibleName={`${place}: ${text === '' ? 'empty' : text}`}
      editorLabel={place}
      numeric={false}
      entry={undefined}
      className="rd-cell--text"
    >
      {text}
    </EditableCell>
  );
}

function sectionColumnDefs(columns: readonly SectionColumn[]) {
  return gridColumnDefs<SectionRow, SectionColumn, SectionMeta>(columns, (column) =>
    column.kind === 'text' ? { cell: TextCell, accessorFn: (row: SectionRow) => row[column.textIndex] ?? '' } : { cell: RowActionCell },
  );
}

const ALL_SHOWN = {};
const rowPlace = (_row: SectionRow, index: number): string => String(index);
const sectionRowName = (_row: SectionRow, rowIndex: number): string => `row ${rowIndex + 1}`;

export interface TableSectionGridProps {
  /** Unique in the page (the section's id): the cells' ids start with it. */
  id: string;
  /** The section's title: the grid's name, and the name its changes go by. */
  label: string;
  columns: TableContent['columns'];
  rows: TableContent['rows'];
  /** A step of the content, and what the change is called ("Paste 6 cells into Milestones"). */
  onChange(step: TableStep, change: string): void;
  /** The list of its columns' names, to take the focus to the first. */
  columnsRef?: Ref<ColumnsEditorHandle>;
  /** Asks before a column that holds text is removed. */
  ask: AskChoice;
}

export function TableSectionGrid({ id, label, columns, rows, onChange, columnsRef, ask }: TableSectionGridProps): ReactElement {
  const content = useMemo<TableContent>(() => ({ columns, rows }), [columns, rows]);
  const [status, setStatus] = useState('');
  // A paste's summary and "Removed …" speak of the last change: they go with the next one.
  useUntilDocumentChanges(status, () => setStatus(''));
  const list = useMemo(() => sectionColumnList(columns), [columns]);
  const columnDefs = useMemo(() => sectionColumnDefs(list), [list]);
  const sizing = useMemo(() => sectionWidths(list, content), [list, content]);
  // The row buttons act on the grid as it is when pressed.
  const rowActions = useRowActions(sectionRowName, canMoveWithin, () => ({ move: moveAt, remove: removeAt, focusCell: grid.controls.focusCell }));
  const tableMeta = useMemo<SectionMeta>(() => ({ idPrefix: id, rowActions }), [id, rowActions]);
  const table = useGridTable({ features: SECTION_FEATURES, columns: columnDefs, data: rows, getRowId: rowPlace, visibility: ALL_SHOWN, sizing, meta: tableMeta });
  const shown = table.columns;

  /** A step that changes what is shown now; one that would not is no change at all. */
  function change(step: TableStep, description: string): boolean {
    if (step(content) === content) return false;
    onChange(step, description);
    return true;
  }

  /** Writes a block of cells from a cell on; says what it wrote, as the content shown now takes it. */
  function write(at: { row: number; column: number }, block: readonly (readonly string[])[], describe: (outcome: TableCellsWritten) => string): TableCellsWritten {
    const outcome = writeTableCells(content, at, block);
    change((current) => writeTableCells(current, at, block).content, describe(outcome));
    return outcome;
  }

  /** The person's column a position is in, or null (the row actions). */
  function textColumn(position: GridPosition): number | null {
    const column = shown[position.col];
    return column?.kind === 'text' ? column.textIndex : null;
  }

  function moveAt(row: number, col: number, delta: -1 | 1): GridPosition | null {
    if (!change((current) => moveTableRow(current, row, delta), `Move row ${row + 1} of ${label} ${delta < 0 ? 'up' : 'down'}`)) return null;
    return { row: row + delta, col };
  }

  function removeAt(row: number): void {
    change((current) => removeTableRows(current, row), `Remove row ${row + 1} of ${label}`);
    setStatus(`Removed row ${row + 1}. Undo brings it back.`);
    if (rows.length > 1) grid.controls.focusCell({ row: Math.min(row, rows.length - 2), col: shown.findIndex((column) => column.kind === 'remove') });
  }

  function add(): void {
    const at = rows.length;
    change((current) => insertTableRows(current, at), `Add a row to ${label}`);
    grid.controls.editWhenReady({ row: at, col: 0 });
  }

  const grid = useSpreadsheetGrid({
    shape: { rows: rows.length, cols: shown.length, has: (row, col) => row >= 0 && row < rows.length && col >= 0 && col < shown.length },
    editText: (position) => {
      const column = textColumn(position);
      return column === null ? null : tableCell(content, position.row, column);
    },
    commit: (position, text) => {
      const column = textColumn(position);
      if (column !== null) write({ row: position.row, column }, [[text]], () => `Edit ${label}: ${sectionColumnName(columns, column)}, row ${position.row + 1}`);
    },
    clear: (position) => {
      const column = textColumn(position);
      if (column !== null) write({ row: position.row, column }, [['']], () => `Clear ${label}: ${sectionColumnName(columns, column)}, row ${position.row + 1}`);
    },
    moveRow: (position, delta) => moveAt(position.row, position.col, delta),
    paste: (position, text) => {
      const column = textColumn(position);
      if (column === null) return setStatus('To paste a block, start from a cell of the table.');
      const block = parseTsv(text);
      if (block.length === 0) return setStatus('The clipboard holds no text to paste.');
      const outcome = write({ row: position.row, column }, block, ({ written }) => `Paste ${written === 1 ? '1 cell' : `${written} cells`} into ${label}`);
      setStatus(sectionPasteSummary(outcome));
    },
  });

  return (
    <div className="rd-table-block rd-section-table">
      <TableSectionColumnsEditor ref={columnsRef} label={label} content={content} onChange={change} onStatus={setStatus} ask={ask} />
      <GridTableView grid={table} behaviour={grid} label={label} className="rd-grid rd-grid--section" minWidth="min(100%, 480px)" />
      {rows.length === 0 && <p className="rd-table-empty">No rows yet. Add a row to type in it; a block copied from a spreadsheet and pasted into its first cell fills as many rows as the block has.</p>}
      <div className="rd-table-footer">
        <button type="button" className="button" onClick={add}>
          <Icon name="add" /> Add row<span className="visually-hidden"> to {label}</span>
        </button>
        <p className="rd-table-status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
