// Spreadsheet keyboard behaviour shared by both tables: one active cell (roving tabindex),
// one open editor at a time, keys mapped through grid-navigation.ts.
import { useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
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
}

export interface EditorHandlers {
  /** Commits the text; `then` moves the focus on (Enter, Tab) or leaves it (blur: null). */
  onCommit(text: string, then: GridMove | null): void;
  onCancel(): void;
  /** A block pasted into an editor fills cells instead: returns true when it took the paste. */
  onPasteBlock(text: string): boolean;
}

export function useSpreadsheetGrid(options: SpreadsheetGridOptions) {
  const { shape } = options;
  const gridRef = useRef<HTMLTableElement>(null);
  const [activeState, setActiveState] = useState<GridPosition>({ row: 0, col: 0 });
  const [editingState, setEditing] = useState<GridEditing | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const focusRequest = useRef<GridPosition | null>(null);
  // An edit asked for in a row the report does not have yet (a person just added).
  const pendingEdit = useRef<GridPosition | null>(null);

  // Rows come and go (remove, undo): the active cell falls back to the nearest one.
  const active = clampToGrid(shape, activeState);
  const editing = editingState !== null && shape.has(editingState.position.row, editingState.position.col) ? editingState : null;

  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    focusRequest.current = null;
    const selector = `[data-grid-row="${request.row}"][data-grid-col="${request.col}"]`;
    gridRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [focusTick, editing]);

  const [editTick, setEditTick] = useState(0);
  const latestOptions = useRef(options);
  useLayoutEffect(() => {
    latestOptions.current = options;
  });
  useLayoutEffect(() => {
    const request = pendingEdit.current;
    const latest = latestOptions.current;
    if (request === null || !latest.shape.has(request.row, request.col)) return;
    pendingEdit.current = null;
    const text = latest.editText(request);
    if (text === null) return;
    setActiveState(request);
    setEditing({ position: request, initialText: text, selectAll: false });
  }, [editTick, shape.rows]);

  function focusCell(position: GridPosition) {
    setActiveState(position);
    focusRequest.current = position;
    setFocusTick((tick) => tick + 1);
  }

  function startEdit(position: GridPosition, initialText: string | null, selectAll: boolean) {
    const text = options.editText(position);
    if (text === null) return false;
    setActiveState(position);
    setEditing({ position, initialText: initialText ?? text, selectAll });
    return true;
  }

  function isEditing(position: GridPosition) {
    return editing !== null && editing.position.row === position.row && editing.position.col === position.col;
  }

  function onCellKeyDown(position: GridPosition, event: KeyboardEvent<HTMLElement>) {
    // Keys typed in an open editor bubble through its cell; the editor handles its own.
    if (event.target !== event.currentTarget || isEditing(position)) return;
    const intent = cellKeyIntent(event);
    if (intent.kind === 'move') {
      const target = moveInGrid(shape, position, intent.move);
      const tabOutOfGrid = event.key === 'Tab' && target.row === position.row && target.col === position.col;
      if (tabOutOfGrid) return;
      event.preventDefault();
      focusCell(target);
    } else if (intent.kind === 'edit') {
      if (startEdit(position, intent.keepText ? null : intent.initialText, false)) event.preventDefault();
    } else if (intent.kind === 'clear') {
      if (options.editText(position) === null) return;
      event.preventDefault();
      options.clear(position);
    } else if (intent.kind === 'move-row' && options.moveRow !== undefined) {
      event.preventDefault();
      const next = options.moveRow(position, intent.delta);
      if (next !== null) focusCell(next);
    }
  }

  function cellProps(position: GridPosition): GridCellProps {
    const isActive = active !== null && active.row === position.row && active.col === position.col;
    return {
      'data-grid-row': position.row,
      'data-grid-col': position.col,
      tabIndex: isActive ? 0 : -1,
      onFocus: () => {
        if (!isActive) setActiveState(position);
      },
      onKeyDown: (event) => onCellKeyDown(position, event),
      onClick: () => {
        if (!isEditing(position)) startEdit(position, null, true);
      },
      onPaste: (event) => {
        if (isEditing(position) || options.paste === undefined) return;
        event.preventDefault();
        options.paste(position, event.clipboardData.getData('text/plain'));
      },
      onCopy: (event) => {
        const text = isEditing(position) ? null : options.editText(position);
        if (text === null) return;
        event.preventDefault();
        event.clipboardData.setData('text/plain', text);
      },
    };
  }

  function editorHandlers(position: GridPosition): EditorHandlers {
    return {
      onCommit: (text, then) => {
        setEditing(null);
        options.commit(position, text);
        if (then !== null) focusCell(moveInGrid(shape, position, then));
      },
      onCancel: () => {
        setEditing(null);
        focusCell(position);
      },
      onPasteBlock: (text) => {
        if (options.paste === undefined || !isBlockPaste(text)) return false;
        setEditing(null);
        options.paste(position, text);
        focusCell(position);
        return true;
      },
    };
  }

  /** Opens the editor once the cell exists: after the change that adds its row has rendered. */
  function editWhenReady(position: GridPosition) {
    pendingEdit.current = position;
    setEditTick((tick) => tick + 1);
  }

  return { gridRef, active, editing, isEditing, cellProps, editorHandlers, focusCell, startEdit, editWhenReady };
}
