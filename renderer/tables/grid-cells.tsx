// Cells both tables use: an editable figure or text cell, and a one-button action cell.
import type { ReactElement, ReactNode } from 'react';
import { problemLine, shortProblem, type EntryToFix } from '../document/entries-to-fix';
import { CellEditor } from './cell-editor';
import type { GridPosition } from './grid-navigation';
import type { GridControls, GridEditing } from './use-spreadsheet-grid';

export function errorId(cellId: string): string {
  return `${cellId}-error`;
}

function sourceId(cellId: string): string {
  return `${cellId}-source`;
}

interface EditableCellProps {
  id: string;
  position: GridPosition;
  grid: GridControls;
  /** Whether this is the grid's active cell (the one Tab reaches). */
  active: boolean;
  /** The open editor, when it is in this cell. */
  editing: GridEditing | null;
  /** Names the cell and its editor: "Availability M3", with the state after a colon. */
  accessibleName: string;
  editorLabel: string;
  numeric: boolean;
  entry: EntryToFix | undefined;
  /** More about the cell than its name says (the figure's note), read after the name. */
  description?: string;
  /** Where the figure came from ("Imported from argo.json on 3 August 2025"): read as the cell's description; the grid's cell tip shows it. */
  source?: string | null;
  className: string;
  children: ReactNode;
}

function descriptionId(cellId: string): string {
  return `${cellId}-description`;
}

/** A grid cell a person can type into; an entry that is not a number stays, marked in place. */
export function EditableCell(props: EditableCellProps): ReactElement {
  const { id, position, entry, editing, description } = props;
  const source = props.source ?? null;
  const described = [description === undefined ? null : descriptionId(id), entry === undefined ? null : errorId(id), source === null ? null : sourceId(id)].filter((part) => part !== null);
  const describedBy = described.length === 0 ? undefined : described.join(' ');
  const classes = ['rd-cell', 'rd-cell--editable', props.numeric ? 'rd-cell--number' : '', entry === undefined ? '' : 'rd-cell--invalid', source === null ? '' : 'rd-cell--imported', props.className];
  return (
    <td
      id={id}
      role="gridcell"
      aria-colindex={position.col + 1}
      aria-label={editing === null ? props.accessibleName : undefined}
      aria-invalid={entry === undefined ? undefined : true}
      aria-describedby={describedBy}
      className={classes.filter((name) => name !== '').join(' ')}
      {...props.grid.cellProps(position, props.active)}
    >
      {editing === null ? (
        props.children
      ) : (
        <CellEditor
          key={`${editing.position.row}:${editing.position.col}`}
          editing={editing}
          handlers={props.grid.editorHandlers(position)}
          label={props.editorLabel}
          numeric={props.numeric}
          invalid={entry !== undefined}
          describedBy={describedBy}
        />
      )}
      {description !== undefined && (
        <span id={descriptionId(id)} className="visually-hidden">
          {description}
        </span>
      )}
      {source !== null && (
        <span id={sourceId(id)} className="visually-hidden">
          {source}
        </span>
      )}
      {entry !== undefined && (
        <>
          <span className="rd-cell-error" aria-hidden="true">
            {shortProblem(entry)}
          </span>
          <span id={errorId(id)} className="visually-hidden">
            {problemLine(entry)}
          </span>
        </>
      )}
    </td>
  );
}

interface ActionCellProps {
  position: GridPosition;
  grid: GridControls;
  active: boolean;
  label: string;
  symbol: string;
  enabled: boolean;
  danger?: boolean;
  onActivate: () => void;
}

/** One row action (move up, move down, remove) in a cell of its own, so arrows reach it. */
export function ActionCell({ position, grid, active, label, symbol, enabled, danger = false, onActivate }: ActionCellProps): ReactElement {
  return (
    <td role="gridcell" aria-colindex={position.col + 1} className="rd-cell rd-cell--action">
      <button
        type="button"
        className={danger ? 'rd-row-action rd-row-action--danger' : 'rd-row-action'}
        aria-label={label}
        title={label}
        // aria-disabled rather than disabled: a disabled button cannot hold the grid's focus.
        aria-disabled={enabled ? undefined : true}
        {...grid.cellProps(position, active)}
        onClick={() => {
          if (enabled) onActivate();
        }}
      >
        <span aria-hidden="true">{symbol}</span>
      </button>
    </td>
  );
}
