// Spreadsheet keyboard behaviour shared by both tables: one active cell (roving tabindex),
// one open editor at a time, keys mapped through grid-navigation.ts.
//
// The controls it hands out never change identity: they read the latest options and state
// through refs. So a row can be memoised on its own data, the active column in it and the
// editor in it, and a keystroke re-renders the row or two it touches, not the whole grid.
import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { cellKeyIntent, clampToGrid, moveInGrid, type GridMove, type GridPosition, type GridShape } from './grid-navigation';
import { isBlockPaste } from './tsv-paste';

export interface GridEditing {
  position: GridPosition;
  initialText: string;
  /** Select the whole text (a click), or put the caret at the end (Enter, F2, typing). */
  selectAll: boolean;
}

export interface SpreadsheetGridOptions {
  shape: GridShape;
  /** The text an edit starts from, or null when the cell cannot be edited. */
  editText(position: GridPosition): string | null;
  commit(position: GridPosition, text: string): void;
  clear(position: GridPosition): void;
  /** Moves the cell's row (Alt+ArrowUp/Down); returns where the focus should follow, if moved. */
  moveRow?(position: GridPosition, delta: -1 | 1): GridPosition | null;
  paste?(position: GridPosition, text: string): void;
  /** Opens the note on the cell's figure (Shift+F2, the context menu); false where a cell takes no note. */
  note?(position: GridPosition): boolean;
}

/** The attributes that make an element the focusable cell at (row, col). */
export interface GridCellProps {
  'data-grid-row': number;
  'data-grid-col': number;
  tabIndex: number;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onClick(): void;
  onPaste(event: ClipboardEvent<HTMLElement>): void;
  onCopy(event: ClipboardEvent<HTMLElement>): void;
  onContextMenu(event: MouseEvent<HTMLElement>): void;
}

/** Where the focus goes once an edit ends: a move (Enter, Tab), back to its cell (a command flushed it), or wherever it went (blur). */
export type AfterEdit = GridMove | 'stay' | null;

export interface EditorHandlers {
  onCommit(text: string, then: AfterEdit): void;
  onCancel(): void;
  /** A block pasted into an editor fills cells instead: returns true when it took the paste. */
  onPasteBlock(text: string): boolean;
}

/** How far the page scrolls to a focused cell: just into view (a key), or to the middle (taken there from elsewhere). */
export type FocusScroll = 'nearest' | 'center';

/** What rows and cells ask of the grid; one object for the grid's lifetime. */
export interface GridControls {
  cellProps(position: GridPosition, active: boolean): GridCellProps;
  editorHandlers(position: GridPosition): EditorHandlers;
  focusCell(position: GridPosition, scroll?: FocusScroll): void;
  startEdit(position: GridPosition, initialText: string | null, selectAll: boolean): boolean;
  /** Opens the editor once the cell exists: after the change that adds its row has rendered. */
  editWhenReady(position: GridPosition): void;
}

/**
 * Focuses a cell without scrolling to it now: that would lay the table out inside the
 * keystroke. The frame lays it out anyway; the cell scrolls into view then.
 */
function focusElement(cell: HTMLElement, scroll: FocusScroll): void {
  cell.focus({ preventScroll: true });
  if (scroll === 'center') cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  else
    requestAnimationFrame(() => {
      if (cell.isConnected && document.activeElement === cell) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
}

function samePosition(a: GridPosition | null, b: GridPosition | null): boolean {
  return a !== null && b !== null && a.row === b.row && a.col === b.col;
}

export function useSpreadsheetGrid(options: SpreadsheetGridOptions) {
  const gridRef = useRef<HTMLTableElement>(null);
  const [activeState, setActiveState] = useState<GridPosition>({ row: 0, col: 0 });
  const [editingState, setEditing] = useState<GridEditing | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const [editTick, setEditTick] = useState(0);
  const focusRequest = useRef<{ position: GridPosition; scroll: FocusScroll } | null>(null);
  // An edit asked for in a row the report does not have yet (a person just added).
  const pendingEdit = useRef<GridPosition | null>(null);

  // Rows come and go (remove, undo): the active cell falls back to the nearest one.
  const { shape } = options;
  const active = clampToGrid(shape, activeState);
  const editing = editingState !== null && shape.has(editingState.position.row, editingState.position.col) ? editingState : null;

  const latest = useRef({ options, active, editing });
  useLayoutEffect(() => {
    latest.current = { options, active, editing };
  });

  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    focusRequest.current = null;
    const cell = cellElement(request.position);
    if (cell !== null) focusElement(cell, request.scroll);
  }, [focusTick, editing]);

  function cellElement({ row, col }: GridPosition): HTMLElement | null {
    return gridRef.current?.querySelector<HTMLElement>(`[data-grid-row="${row}"][data-grid-col="${col}"]`) ?? null;
  }

  useLayoutEffect(() => {
    const request = pendingEdit.current;
    const current = latest.current.options;
    if (request === null || !current.shape.has(request.row, request.col)) return;
    pendingEdit.current = null;
    const text = current.editText(request);
    if (text === null) return;
    setActiveState(request);
    setEditing({ position: request, initialText: text, selectAll: false });
  }, [editTick, shape.rows]);

  const controls = useMemo<GridControls>(() => {
    const isEditing = (position: GridPosition): boolean => samePosition(latest.current.editing?.position ?? null, position);

    function focusCell(position: GridPosition, scroll: FocusScroll = 'nearest'): void {
      setActiveState(position);
      focusRequest.current = { position, scroll };
      setFocusTick((tick) => tick + 1);
    }

    /**
     * Moves the focus to a cell that is in the page already, at once: inside the keystroke,
     * before React changes the page, so focusing costs no layout of the changes (focus() lays
     * out what is pending). A cell still to be drawn (a row just added) is focused once it is.
     */
    function moveFocus(position: GridPosition): void {
      const cell = cellElement(position);
      if (cell === null) return focusCell(position);
      setActiveState(position);
      focusElement(cell, 'nearest');
    }

    function startEdit(position: GridPosition, initialText: string | null, selectAll: boolean): boolean {
      const text = latest.current.options.editText(position);
      if (text === null) return false;
      setActiveState(position);
      setEditing({ position, initialText: initialText ?? text, selectAll });
      return true;
    }

    function onCellKeyDown(position: GridPosition, event: KeyboardEvent<HTMLElement>): void {
      // Keys typed in an open editor bubble through its cell; the editor handles its own.
      if (event.target !== event.currentTarget || isEditing(position)) return;
      const current = latest.current.options;
      const intent = cellKeyIntent(event);
      if (intent.kind === 'move') {
        event.preventDefault();
        moveFocus(moveInGrid(current.shape, position, intent.move));
      } else if (intent.kind === 'note') {
        if (current.note?.(position) === true) event.preventDefault();
      } else if (intent.kind === 'edit') {
        if (startEdit(position, intent.keepText ? null : intent.initialText, false)) event.preventDefault();
      } else if (intent.kind === 'clear') {
        if (current.editText(position) === null) return;
        event.preventDefault();
        current.clear(position);
      } else if (intent.kind === 'move-row' && current.moveRow !== undefined) {
        event.preventDefault();
        const next = current.moveRow(position, intent.delta);
        if (next !== null) focusCell(next);
      }
    }

    return {
      focusCell,
      startEdit,
      cellProps: (position, isActive) => ({
        'data-grid-row': position.row,
        'data-grid-col': position.col,
        tabIndex: isActive ? 0 : -1,
        onFocus: () => {
          if (!samePosition(latest.current.active, position)) setActiveState(position);
        },
        onKeyDown: (event) => onCellKeyDown(position, event),
        onClick: () => {
          if (!isEditing(position)) startEdit(position, null, true);
        },
        onPaste: (event) => {
          const { paste } = latest.current.options;
          if (isEditing(position) || paste === undefined) return;
          event.preventDefault();
          paste(position, event.clipboardData.getData('text/plain'));
        },
        onContextMenu: (event) => {
          if (isEditing(position)) return;
          if (latest.current.options.note?.(position) === true) event.preventDefault();
        },
        onCopy: (event) => {
          const text = isEditing(position) ? null : latest.current.options.editText(position);
          if (text === null) return;
          event.preventDefault();
          event.clipboardData.setData('text/plain', text);
        },
      }),
      editorHandlers: (position) => ({
        onCommit: (text, then) => {
          // The focus leaves the editor before the commit changes the page (see moveFocus).
          const { shape } = latest.current.options;
          if (then === 'stay') moveFocus(position);
          else if (then !== null) moveFocus(moveInGrid(shape, position, then));
          setEditing(null);
          latest.current.options.commit(position, text);
        },
        onCancel: () => {
          moveFocus(position);
          setEditing(null);
        },
        onPasteBlock: (text) => {
          const { paste } = latest.current.options;
          if (paste === undefined || !isBlockPaste(text)) return false;
          setEditing(null);
          paste(position, text);
          focusCell(position);
          return true;
        },
      }),
      editWhenReady: (position) => {
        pendingEdit.current = position;
        setEditTick((tick) => tick + 1);
      },
    };
  }, []);

  return { gridRef, active, editing, controls };
}
