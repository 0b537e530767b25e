// The words of a cell shown beside it on hover and on focus: a miss in words, the figure's
// note, why a target is not checked. One tip per grid, drawn where the cell is, so a sighted
// person reads what a screen reader hears (the cell's name and description say the same).
import { useEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import type { GridPosition } from './grid-navigation';

interface CellTipProps {
  gridRef: RefObject<HTMLElement | null>;
  /** What the tip says for a cell, line by line; null where the cell needs no tip. */
  describe: (position: GridPosition) => readonly string[] | null;
}

interface Anchor {
  position: GridPosition;
  /** Where the cell is in the window, measured as the pointer or the focus came to it. */
  left: number;
  top: number;
  bottom: number;
}

function cellAt(target: EventTarget | null, grid: HTMLElement): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest<HTMLElement>('[data-grid-row]');
  return cell !== null && grid.contains(cell) ? cell : null;
}

function anchorOf(cell: HTMLElement | null): Anchor | null {
  if (cell === null || !cell.isConnected) return null;
  // A cell being edited shows its editor, not a tip over it.
  if (cell.querySelector('input, textarea') !== null) return null;
  const box = (cell.closest('td, th') ?? cell).getBoundingClientRect();
  // A cell scrolled out of its grid's box (or the window) has no tip floating where it was.
  const scrollBox = cell.closest('.rd-table-scroll')?.getBoundingClientRect();
  const top = Math.max(0, scrollBox?.top ?? 0);
  const bottom = Math.min(window.innerHeight, scrollBox?.bottom ?? window.innerHeight);
  if (box.bottom <= top || box.top >= bottom) return null;
  return { position: { row: Number(cell.dataset.gridRow), col: Number(cell.dataset.gridCol) }, left: box.left, top: box.top, bottom: box.bottom };
}

/** Room the tip needs below a cell before it goes above instead. */
const ROOM_BELOW = 140;

export function CellTip({ gridRef, describe }: CellTipProps): ReactElement | null {
  // The cell under the pointer wins; without one (or where it has nothing to say), the cell with the focus.
  const [hovered, setHovered] = useState<Anchor | null>(null);
  const [focused, setFocused] = useState<Anchor | null>(null);
  const hoveredCell = useRef<HTMLElement | null>(null);
  const focusedCell = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const grid = gridRef.current;
    if (grid === null) return;
    const onPointerOver = (event: PointerEvent): void => {
      const cell = cellAt(event.target, grid);
      if (cell === hoveredCell.current) return;
      hoveredCell.current = cell;
      setHovered(anchorOf(cell));
    };
    const onPointerLeave = (): void => {
      hoveredCell.current = null;
      setHovered(null);
    };
    const onFocusIn = (event: FocusEvent): void => {
      const cell = cellAt(event.target, grid);
      focusedCell.current = cell;
      setFocused(anchorOf(cell));
      // The cell under the pointer being edited says nothing over its editor.
      if (cell !== null && cell === hoveredCell.current) setHovered(anchorOf(cell));
    };
    const onFocusOut = (event: FocusEvent): void => {
      if (cellAt(event.relatedTarget, grid) === null) {
        focusedCell.current = null;
        setFocused(null);
      }
    };
    // A tip measured where its cell was would float loose as the page moves: it is measured again and
    // follows the cell. (Scroll events come a frame late, often after the pointer has already come to a
    // cell; a cell that moves out from under the pointer gets a pointerover of its own from the browser.)
    const onScroll = (): void => {
      setHovered(anchorOf(hoveredCell.current));
      setFocused(anchorOf(focusedCell.current));
    };
    grid.addEventListener('pointerover', onPointerOver);
    grid.addEventListener('pointerleave', onPointerLeave);
    grid.addEventListener('focusin', onFocusIn);
    grid.addEventListener('focusout', onFocusOut);
    window.addEventListener('scroll', onScroll, true);
    return () => {
      grid.removeEventListener('pointerover', onPointerOver);
      grid.removeEventListener('pointerleave', onPointerLeave);
      grid.removeEventListener('focusin', onFocusIn);
      grid.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [gridRef]);

  const shown = [hovered, focused].flatMap((anchor) => {
    const lines = anchor === null ? null : describe(anchor.position);
    return anchor === null || lines === null || lines.length === 0 ? [] : [{ anchor, lines }];
  })[0];
  if (shown === undefined) return null;
  const { anchor, lines } = shown;
  const below = anchor.bottom + ROOM_BELOW < window.innerHeight;
  const style = below ? { left: anchor.left, top: anchor.bottom + 4 } : { left: anchor.left, bottom: window.innerHeight - anchor.top + 4 };
  return (
    // The cell's own name and description carry these words for a screen reader: this is their echo on screen.
    <div className="rd-cell-tip" aria-hidden="true" data-testid="cell-tip" style={style}>
      {lines.map((line, index) => (
        <p key={index} className={index === 0 ? 'rd-cell-tip-lead' : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}
