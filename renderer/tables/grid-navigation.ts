// Moving between the cells of a spreadsheet-like grid. Pure: the components map keys to
// moves here and only then touch the DOM.
import type { KeyPress } from '../../shared/keyboard-shortcuts';

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Whether (row, col) is a cell one can land on (group headings span columns, so not all are). */
  has(row: number, col: number): boolean;
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'row-start' | 'row-end' | 'grid-start' | 'grid-end' | 'next' | 'previous';

function firstInRow(shape: GridShape, row: number, fromCol: number, step: 1 | -1): number | null {
  for (let col = fromCol; col >= 0 && col < shape.cols; col += step) if (shape.has(row, col)) return col;
  return null;
}

/** Nearest cell in the column, or, if the row has none there, the nearest one on its left. */
function landInRow(shape: GridShape, row: number, col: number): number | null {
  if (shape.has(row, col)) return col;
  return firstInRow(shape, row, Math.min(col, shape.cols - 1), -1) ?? firstInRow(shape, row, col, 1);
}

/** Up and down stay in the column, skipping rows (group headings) that have no cell there. */
function vertical(shape: GridShape, from: GridPosition, step: 1 | -1): GridPosition {
  for (let row = from.row + step; row >= 0 && row < shape.rows; row += step) {
    if (shape.has(row, from.col)) return { row, col: from.col };
  }
  return from;
}

/** Where a move leads; a move off the edge stays put (the caller may then let focus leave). */
export function moveInGrid(shape: GridShape, from: GridPosition, move: GridMove): GridPosition {
  switch (move) {
    case 'up':
      return vertical(shape, from, -1);
    case 'down':
      return vertical(shape, from, 1);
    case 'left': {
      const col = firstInRow(shape, from.row, from.col - 1, -1);
      return col === null ? from : { row: from.row, col };
    }
    case 'right': {
      const col = firstInRow(shape, from.row, from.col + 1, 1);
      return col === null ? from : { row: from.row, col };
    }
    case 'row-start':
      return { row: from.row, col: firstInRow(shape, from.row, 0, 1) ?? from.col };
    case 'row-end':
      return { row: from.row, col: firstInRow(shape, from.row, shape.cols - 1, -1) ?? from.col };
    case 'grid-start':
      return firstCell(shape) ?? from;
    case 'grid-end':
      for (let row = shape.rows - 1; row >= 0; row -= 1) {
        const col = firstInRow(shape, row, shape.cols - 1, -1);
        if (col !== null) return { row, col };
      }
      return from;
    case 'next':
    case 'previous':
      return wrapAlongRows(shape, from, move === 'next' ? 1 : -1);
  }
}

/** Tab order of a spreadsheet: along the row, then on to the next row's first cell. */
function wrapAlongRows(shape: GridShape, from: GridPosition, step: 1 | -1): GridPosition {
  const sameRow = firstInRow(shape, from.row, from.col + step, step);
  if (sameRow !== null) return { row: from.row, col: sameRow };
  for (let row = from.row + step; row >= 0 && row < shape.rows; row += step) {
    const col = firstInRow(shape, row, step === 1 ? 0 : shape.cols - 1, step);
    if (col !== null) return { row, col };
  }
  return from;
}

export function firstCell(shape: GridShape): GridPosition | null {
  for (let row = 0; row < shape.rows; row += 1) {
    const col = firstInRow(shape, row, 0, 1);
    if (col !== null) return { row, col };
  }
  return null;
}

/** The position itself if it is still a cell (rows may have gone), else the nearest one. */
export function clampToGrid(shape: GridShape, position: GridPosition): GridPosition | null {
  const row = Math.min(Math.max(position.row, 0), shape.rows - 1);
  if (row < 0) return null;
  for (let distance = 0; distance < shape.rows; distance += 1) {
    for (const candidate of [row - distance, row + distance]) {
      if (candidate < 0 || candidate >= shape.rows) continue;
      const col = landInRow(shape, candidate, position.col);
      if (col !== null) return { row: candidate, col };
    }
  }
  return null;
}

/** What a key does on a cell that is not being edited. */
export type CellKeyIntent =
  | { kind: 'move'; move: GridMove }
  | { kind: 'edit'; keepText: boolean; initialText: string }
  | { kind: 'clear' }
  | { kind: 'move-row'; delta: -1 | 1 }
  /** Shift+F2, as a spreadsheet edits a cell's comment: the figure's note. */
  | { kind: 'note' }
  | { kind: 'none' };

export function cellKeyIntent(press: KeyPress): CellKeyIntent {
  const command = press.ctrlKey || press.metaKey;
  if (press.altKey && !command && (press.key === 'ArrowUp' || press.key === 'ArrowDown')) {
    return { kind: 'move-row', delta: press.key === 'ArrowUp' ? -1 : 1 };
  }
  if (press.altKey) return { kind: 'none' };
  if (press.key === 'F2' && press.shiftKey && !command) return { kind: 'note' };
  switch (press.key) {
    case 'ArrowUp':
      return { kind: 'move', move: 'up' };
    case 'ArrowDown':
      return { kind: 'move', move: 'down' };
    case 'ArrowLeft':
      return { kind: 'move', move: 'left' };
    case 'ArrowRight':
      return { kind: 'move', move: 'right' };
    case 'Home':
      return { kind: 'move', move: command ? 'grid-start' : 'row-start' };
    case 'End':
      return { kind: 'move', move: command ? 'grid-end' : 'row-end' };
    // Tab is not ours: the grid is one Tab stop (the ARIA grid pattern), arrows move inside it,
    // and Tab goes on to what follows the grid. In an open editor Tab commits and moves along
    // the row (editorKeyIntent), as typing figures in a spreadsheet does.
    case 'Enter':
    case 'F2':
      return command ? { kind: 'none' } : { kind: 'edit', keepText: true, initialText: '' };
    case 'Delete':
    case 'Backspace':
      return command ? { kind: 'none' } : { kind: 'clear' };
  }
  // Ctrl/Cmd shortcuts (undo, copy, paste) are the app's and the browser's, not ours.
  if (!command && press.key.length === 1 && press.key !== ' ') {
    return { kind: 'edit', keepText: false, initialText: press.key };
  }
  return { kind: 'none' };
}

/** What a key does inside an open cell editor. */
export type EditorKeyIntent = { kind: 'commit'; then: GridMove | null } | { kind: 'cancel' } | { kind: 'none' };

export function editorKeyIntent(press: KeyPress): EditorKeyIntent {
  if (press.altKey || press.ctrlKey || press.metaKey) return { kind: 'none' };
  if (press.key === 'Enter') return { kind: 'commit', then: press.shiftKey ? 'up' : 'down' };
  if (press.key === 'Tab') return { kind: 'commit', then: press.shiftKey ? 'previous' : 'next' };
  if (press.key === 'Escape') return { kind: 'cancel' };
  return { kind: 'none' };
}
