// The month columns of a long period that are in the page: those in view in the grid's
// sideways scroll, a margin either side, and the columns the person is at (the active cell, an
// open editor); the others are stood in for, in each row, by one empty cell spanning them. A
// 36-month grid then draws and paints a screenful of months, not all of them: with the row
// window (use-row-window.ts), an edit lays out, paints and hit-tests a few hundred cells, not
// thousands. The <col> widths stay for every column, so nothing moves when a column is drawn,
// and every cell keeps its aria-colindex under the grid's aria-colcount.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** A period up to two years draws every month: a usual report's 6 or 12 never pays for this. */
export const WINDOWED_FROM_MONTHS = 25;
/** Drawn beyond the scroll's edges, so an arrow key rarely meets an undrawn month. */
const MARGIN_PX = 240;
/** How near the drawn edge the view may come before the window moves: fewer redraws of every row. */
const SLACK_PX = 80;

/** A column drawn, or a run of undrawn ones from `index`. */
export type ColumnItem = { kind: 'column'; index: number } | { kind: 'gap'; key: string; index: number; span: number };

/** What each row draws, left to right; the same object while nothing about it changes. */
export interface DrawnColumns {
  items: readonly ColumnItem[];
}

interface PixelRange {
  from: number;
  to: number;
}

function sameItems(a: readonly ColumnItem[], b: readonly ColumnItem[]): boolean {
  return a.length === b.length && a.every((item, index) => {
    const other = b[index]!;
    return item.kind === 'column' ? other.kind === 'column' && other.index === item.index : other.kind === 'gap' && other.key === item.key && other.span === item.span;
  });
}

/**
 * `widths` are every column's width in pixels; columns `first` to `last` (the months) may be
 * left undrawn, the others are always drawn; `pinned` columns are drawn wherever they are.
 * `scrollRef` is the element that scrolls the grid sideways.
 */
export function useColumnWindow(widths: readonly number[], first: number, last: number, pinned: readonly number[], scrollRef: RefObject<HTMLElement | null>): DrawnColumns {
  const windowed = last - first + 1 >= WINDOWED_FROM_MONTHS;
  // Before the scroll's width is known: the window's width from the left.
  const [view, setView] = useState<PixelRange>(() => ({ from: -MARGIN_PX, to: (typeof window === 'undefined' ? 1280 : window.innerWidth) + MARGIN_PX }));
  const lefts = useMemo(() => {
    let left = 0;
    return widths.map((width) => {
      const at = left;
      left += Math.ceil(width);
      return at;
    });
  }, [widths]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!windowed || scroller === null) return;
    let frame = 0;
    const place = (): void => {
      frame = 0;
      const from = scroller.scrollLeft;
      const to = from + scroller.clientWidth;
      // Kept while the view stays inside what is drawn, by a margin: a scroll of a column or two redraws nothing.
      setView((current) => (from - SLACK_PX >= current.from && to + SLACK_PX <= current.to ? current : { from: from - MARGIN_PX, to: to + MARGIN_PX }));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    schedule();
    scroller.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [scrollRef, windowed]);

  const pinnedKey = pinned.filter((col) => col >= first && col <= last).sort((a, b) => a - b).join(',');
  const previous = useRef<DrawnColumns>({ items: [] });
  const drawnColumns = useMemo(() => {
    const pinnedSet = new Set(pinnedKey === '' ? [] : pinnedKey.split(',').map(Number));
    const drawn = (col: number): boolean => !windowed || col < first || col > last || pinnedSet.has(col) || (lefts[col]! + Math.ceil(widths[col]!) >= view.from && lefts[col]! <= view.to);
    const items: ColumnItem[] = [];
    widths.forEach((_, col) => {
      if (drawn(col)) {
        items.push({ kind: 'column', index: col });
        return;
      }
      const gap = items.at(-1);
      if (gap?.kind === 'gap') gap.span += 1;
      else items.push({ kind: 'gap', key: `gap-${col}`, index: col, span: 1 });
    });
    // The same columns as before keep the same object: memoised rows sleep through a scroll that draws nothing new.
    return sameItems(previous.current.items, items) ? previous.current : { items };
  }, [widths, lefts, first, last, windowed, view, pinnedKey]);
  useLayoutEffect(() => {
    previous.current = drawnColumns;
  });
  return drawnColumns;
}
