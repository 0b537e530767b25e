import { describe, expect, test } from 'vitest';
import { cellKeyIntent, clampToGrid, editorKeyIntent, moveInGrid, type GridShape } from '../../renderer/tables/grid-navigation';
import type { KeyPress } from '../../shared/keyboard-shortcuts';

// 4 rows x 5 columns; row 1 is a group heading with cells only at columns 0 and 4.
const shape: GridShape = { rows: 4, cols: 5, has: (row, col) => row !== 1 || col === 0 || col === 4 };

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers };
}

describe('moving between cells', () => {
  test('arrow down skips a group heading row that has no cell in the column', () => {
    expect(moveInGrid(shape, { row: 0, col: 2 }, 'down')).toEqual({ row: 2, col: 2 });
    expect(moveInGrid(shape, { row: 2, col: 2 }, 'up')).toEqual({ row: 0, col: 2 });
  });

  test('arrow down lands on a heading row where it has a cell', () => {
    expect(moveInGrid(shape, { row: 0, col: 4 }, 'down')).toEqual({ row: 1, col: 4 });
  });

  test('moving off an edge stays on the cell', () => {
    expect(moveInGrid(shape, { row: 0, col: 0 }, 'up')).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(shape, { row: 3, col: 4 }, 'right')).toEqual({ row: 3, col: 4 });
    expect(moveInGrid(shape, { row: 3, col: 2 }, 'down')).toEqual({ row: 3, col: 2 });
  });

  test('left and right jump over the gap of a heading row', () => {
    expect(moveInGrid(shape, { row: 1, col: 0 }, 'right')).toEqual({ row: 1, col: 4 });
    expect(moveInGrid(shape, { row: 1, col: 4 }, 'left')).toEqual({ row: 1, col: 0 });
  });

  test('Tab order runs along the row and wraps to the next row', () => {
    expect(moveInGrid(shape, { row: 0, col: 3 }, 'next')).toEqual({ row: 0, col: 4 });
    expect(moveInGrid(shape, { row: 0, col: 4 }, 'next')).toEqual({ row: 1, col: 0 });
    expect(moveInGrid(shape, { row: 2, col: 0 }, 'previous')).toEqual({ row: 1, col: 4 });
    expect(moveInGrid(shape, { row: 3, col: 4 }, 'next')).toEqual({ row: 3, col: 4 });
  });

  test('Home, End and Ctrl+Home/End reach the row and grid corners', () => {
    expect(moveInGrid(shape, { row: 2, col: 2 }, 'row-start')).toEqual({ row: 2, col: 0 });
    expect(moveInGrid(shape, { row: 2, col: 2 }, 'row-end')).toEqual({ row: 2, col: 4 });
    expect(moveInGrid(shape, { row: 2, col: 2 }, 'grid-start')).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(shape, { row: 2, col: 2 }, 'grid-end')).toEqual({ row: 3, col: 4 });
  });

  test('a position whose row has gone is brought back to the nearest cell', () => {
    expect(clampToGrid(shape, { row: 9, col: 2 })).toEqual({ row: 3, col: 2 });
    expect(clampToGrid(shape, { row: 1, col: 2 })).toEqual({ row: 1, col: 0 });
    expect(clampToGrid({ rows: 0, cols: 5, has: () => true }, { row: 0, col: 0 })).toBeNull();
  });
});

describe('keys on a cell that is not being edited', () => {
  test('Tab and Shift+Tab are left to the window: the grid is one Tab stop, arrows move inside it', () => {
    expect(cellKeyIntent(press('Tab'))).toEqual({ kind: 'none' });
    expect(cellKeyIntent(press('Tab', { shiftKey: true }))).toEqual({ kind: 'none' });
    expect(cellKeyIntent(press('ArrowRight'))).toEqual({ kind: 'move', move: 'right' });
  });

  test('Shift+F2 opens the figure\'s note, as a spreadsheet edits a comment; F2 alone edits the figure', () => {
    expect(cellKeyIntent(press('F2', { shiftKey: true }))).toEqual({ kind: 'note' });
    expect(cellKeyIntent(press('F2'))).toMatchObject({ kind: 'edit' });
  });

  test('typing a character starts an edit that replaces the text with that character', () => {
    expect(cellKeyIntent(press('9'))).toEqual({ kind: 'edit', keepText: false, initialText: '9' });
  });

  test('Enter and F2 start an edit that keeps the text', () => {
    expect(cellKeyIntent(press('Enter'))).toMatchObject({ kind: 'edit', keepText: true });
    expect(cellKeyIntent(press('F2'))).toMatchObject({ kind: 'edit', keepText: true });
  });

  test('Delete and Backspace clear the cell', () => {
    expect(cellKeyIntent(press('Delete'))).toEqual({ kind: 'clear' });
    expect(cellKeyIntent(press('Backspace'))).toEqual({ kind: 'clear' });
  });

  test('Ctrl/Cmd+Z and Y are left to the app (undo), not taken as typing', () => {
    expect(cellKeyIntent(press('z', { ctrlKey: true }))).toEqual({ kind: 'none' });
    expect(cellKeyIntent(press('y', { metaKey: true }))).toEqual({ kind: 'none' });
    expect(cellKeyIntent(press('v', { ctrlKey: true }))).toEqual({ kind: 'none' });
  });

  test('Alt+ArrowUp/Down move the row, plain arrows move the focus', () => {
    expect(cellKeyIntent(press('ArrowUp', { altKey: true }))).toEqual({ kind: 'move-row', delta: -1 });
    expect(cellKeyIntent(press('ArrowDown', { altKey: true }))).toEqual({ kind: 'move-row', delta: 1 });
    expect(cellKeyIntent(press('ArrowDown'))).toEqual({ kind: 'move', move: 'down' });
  });
});

describe('keys inside an open editor', () => {
  test('Enter commits and moves down, Shift+Enter up', () => {
    expect(editorKeyIntent(press('Enter'))).toEqual({ kind: 'commit', then: 'down' });
    expect(editorKeyIntent(press('Enter', { shiftKey: true }))).toEqual({ kind: 'commit', then: 'up' });
  });

  test('Tab and Shift+Tab commit and move right and left', () => {
    expect(editorKeyIntent(press('Tab'))).toEqual({ kind: 'commit', then: 'next' });
    expect(editorKeyIntent(press('Tab', { shiftKey: true }))).toEqual({ kind: 'commit', then: 'previous' });
  });

  test('Escape cancels; arrows and Ctrl+Z stay with the text field', () => {
    expect(editorKeyIntent(press('Escape'))).toEqual({ kind: 'cancel' });
    expect(editorKeyIntent(press('ArrowLeft'))).toEqual({ kind: 'none' });
    expect(editorKeyIntent(press('z', { ctrlKey: true }))).toEqual({ kind: 'none' });
  });
});
