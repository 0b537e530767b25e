// Cells both tables use: an editable figure or text cell, and a one-button action cell.
import type { ReactElement, ReactNode } from 'react';
import { CellEditor } from './cell-editor';
import type { CellProblem } from './cell-problems';
import { problemLine, shortProblem } from './cell-problems';
import type { EditorHandlers, GridCellProps, GridEditing } from './use-spreadsheet-grid';

export function errorId(cellId: string): string {
  return `${cellId}-error`;
}

/** What a table's cells ask of its grid, by row and column; both tables' contexts provide it. */
export interface GridCellAccess {
  cellProps(row: number, col: number): GridCellProps;
  editingAt(row: number, col: number): GridEditing | null;
  editorHandlers(row: number, col: number): EditorHandlers;
}

interface EditableCellProps {
  id: string;
  rowIndex: number;
  colIndex: number;
  grid: GridCellAccess;
  /** Names the cell and its editor: "Availability M3", with the state after a colon. */
  accessibleName: string;
  editorLabel: string;
  numeric: boolean;
  problem: CellProblem | undefined;
  className: string;
  children: ReactNode;
}

/** A grid cell a person can type into; an entry that is not a number stays, marked in place. */
export function EditableCell(props: EditableCellProps): ReactElement {
  const { id, rowIndex, colIndex, problem } = props;
  const editing = props.grid.editingAt(rowIndex, colIndex);
  const handlers = props.grid.editorHandlers(rowIndex, colIndex);
  const describedBy = problem === undefined ? undefined : errorId(id);
  const classes = ['rd-cell', 'rd-cell--editable', props.numeric ? 'rd-cell--number' : '', problem === undefined ? '' : 'rd-cell--invalid', props.className];
  return (
    <td
      id={id}
      role="gridcell"
      aria-colindex={colIndex + 1}
      aria-label={editing === null ? props.accessibleName : undefined}
      aria-invalid={problem === undefined ? undefined : true}
      aria-describedby={describedBy}
      className={classes.filter((name) => name !== '').join(' ')}
      {...props.grid.cellProps(rowIndex, colIndex)}
    >
      {editing === null ? (
        props.children
      ) : (
        <CellEditor
          key={`${editing.position.row}:${editing.position.col}`}
          editing={editing}
          handlers={handlers}
          label={props.editorLabel}
          numeric={props.numeric}
          invalid={problem !== undefined}
          describedBy={describedBy}
        />
      )}
      {problem !== undefined && (
        <>
          <span className="rd-cell-error" aria-hidden="true">
            {shortProblem(problem)}
          </span>
          <span id={errorId(id)} className="visually-hidden">
            {problemLine(problem)}
          </span>
        </>
      )}
    </td>
  );
}

interface ActionCellProps {
  colIndex: number;
  grid: GridCellProps;
  label: string;
  symbol: string;
  enabled: boolean;
  danger?: boolean;
  onActivate: () => void;
}

/** One row action (move up, move down, remove) in a cell of its own, so arrows reach it. */
export function ActionCell({ colIndex, grid, label, symbol, enabled, danger = false, onActivate }: ActionCellProps): ReactElement {
  return (
    <td role="gridcell" aria-colindex={colIndex + 1} className="rd-cell rd-cell--action">
      <button
        type="button"
        className={danger ? 'rd-row-action rd-row-action--danger' : 'rd-row-action'}
        aria-label={label}
        title={label}
        // aria-disabled rather than disabled: a disabled button cannot hold the grid's focus.
        aria-disabled={enabled ? undefined : true}
        {...grid}
        onClick={() => {
          if (enabled) onActivate();
        }}
      >
        <span aria-hidden="true">{symbol}</span>
      </button>
    </td>
  );
}
