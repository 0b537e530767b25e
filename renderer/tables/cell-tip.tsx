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

/** Pixels of a CSS length such as "52px"; 0 where there is none. */
function pixels(length: string): number {
  const value = Number.parseFloat(length);
  return Number.isFinite(value) ? value : 0;
}

/**
 * Whether the middle of a cell shows: inside its grid's scroll box, clear of the box's sticky
 * headings and (for a cell of the months) of the sticky names, and clear of the window's toolbar
 * and status bar (the page's scroll padding keeps their room). A tip beside a hidden cell would
 * float over something else.
 */
function shows(cell: HTMLElement, box: DOMRect): boolean {
  const page = getComputedStyle(document.documentElement);
  let top = pixels(page.scrollPaddingTop);
  let bottom = window.innerHeight - pixels(page.scrollPaddingBottom);
  let left = 0;
  let right = window.innerWidth;
  const scroller = cell.closest<HTMLElement>('.rd-table-scroll');
  if (scroller !== null) {
    const area = scroller.getBoundingClientRect();
    const inHead = cell.closest('thead') !== null;
    const isName = cell.closest('th[scope="row"], [role="rowheader"]') !== null;
    const style = getComputedStyle(scroller);
    // The box's top scroll padding is its headings' height (use-head-scroll-padding.ts).
    top = Math.max(top, area.top + (inHead ? 0 : pixels(style.scrollPaddingTop)));
    bottom = Math.min(bottom, area.bottom);
    left = Math.max(left, area.left + (isName ? 0 : pixels(style.getPropertyValue('--rd-names-width'))));
    right = Math.min(right, area.right);
  }
  const middleX = (box.left + box.right) / 2;
  const middleY = (box.top + box.bottom) / 2;
  return middleX >= left && middleX <= right && middleY >= top && middleY <= bottom;
}

function anchorOf(cell: HTMLElement | null): Anchor | null {
  if (cell === null || !cell.isConnected) return null;
  // A cell being edited shows its editor, not a tip over it.
  if (cell.querySelector('input, textarea') !== null) return null;
  const box = (cell.closest('td, th') ?? cell).getBoundingClientRect();
  if (!shows(cell, box)) return null;
  return { position: { row: Number(cell.dataset.gridRow), col: Number(cell.dataset.gridCol) }, left: box.left, top: box.top, bottom: box.bottom };
}

/** The same anchor where nothing moved, so a scroll that leaves the tip where it is draws nothing. */
function sameAnchor(a: Anchor | null, b: Anchor | null): boolean {
  if (a === null || b === null) return a === b;
  return a.position.row === b.position.row && a.position.col === b.position.col && a.left === b.left && a.top === b.top && a.bottom === b.bottom;
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
    // Measured once a frame however many scroll events it brings, and only while a tip is anchored.
    let frame: number | null = null;
    const onScroll = (): void => {
      if (frame !== null || (hoveredCell.current === null && focusedCell.current === null)) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        const hoveredNow = anchorOf(hoveredCell.current);
        const focusedNow = anchorOf(focusedCell.current);
        setHovered((before) => (sameAnchor(before, hoveredNow) ? before : hoveredNow));
        setFocused((before) => (sameAnchor(before, focusedNow) ? before : focusedNow));
      });
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
      if (frame !== null) cancelAnimationFrame(frame);
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
