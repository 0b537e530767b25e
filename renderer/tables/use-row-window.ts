// The rows of a long grid that are in the page: those in view, a margin around them, and the
// rows the person is at (the active cell, an open editor); the others are stood in for by gaps
// of their height. A 60-metric report draws and paints a screenful of rows, not all of them.
// Rows keep their aria-rowindex, and the grid its aria-rowcount, so assistive technology still
// knows where each row is among all of them.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** A row's height before it has been drawn: one line of figures (.rd-cell). */
const ESTIMATED_HEIGHT = 35;
/** Drawn beyond the window's edges, so a scroll or an arrow key rarely meets a gap. */
const MARGIN_PX = 160;
/** Rows drawn before the grid's place on the page is known. */
const FIRST_ROWS = 30;
/**
 * A grid shorter than this draws every row: the seed's five, a usual report's dozen or two.
 * Only a long one (60 metrics and their groups) pays for drawing a screenful at a time with
 * rows out of view that find-in-page and a screen reader's reading of the whole page miss.
 */
export const WINDOWED_FROM_ROWS = 40;

export type RowItem = { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number };

interface RowRange {
  first: number;
  last: number;
}

/**
 * `keys` are the rows' React keys, in order; `pinned` the rows that must be drawn wherever
 * they are. Returns what to render, in order, and `observe`, the ref each drawn row passes to
 * have its height measured.
 */
export function useRowWindow(keys: readonly string[], pinned: readonly number[], bodyRef: RefObject<HTMLTableSectionElement | null>, clipRef?: RefObject<HTMLElement | null>) {
  const windowed = keys.length >= WINDOWED_FROM_ROWS;
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [range, setRange] = useState<RowRange>({ first: 0, last: FIRST_ROWS - 1 });
  const latest = useRef({ keys, heights });
  useLayoutEffect(() => {
    latest.current = { keys, heights };
  });

  const place = useCallback(() => {
    const body = bodyRef.current;
    if (body === null) return;
    // Read in a scroll or resize handler, or after a frame: the layout is already done then.
    const top = body.getBoundingClientRect().top;
    // What shows of the rows: the window, and within it the box the grid scrolls in, if any.
    const clip = clipRef?.current?.getBoundingClientRect();
    const viewTop = Math.max(0, clip?.top ?? 0);
    const viewBottom = Math.min(window.innerHeight, clip?.bottom ?? window.innerHeight);
    const from = viewTop - top - MARGIN_PX;
    const to = viewBottom - top + MARGIN_PX;
    let offset = 0;
    let first = -1;
    let last = -1;
    latest.current.keys.forEach((key, index) => {
      const height = latest.current.heights.get(key) ?? ESTIMATED_HEIGHT;
      if (offset + height >= from && offset <= to) {
        if (first < 0) first = index;
        last = index;
      }
      offset += height;
    });
    const next = first < 0 ? { first: 0, last: -1 } : { first, last };
    setRange((current) => (current.first === next.first && current.last === next.last ? current : next));
  }, [bodyRef, clipRef]);

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const schedule = (): void => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    };
    schedule();
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [place, windowed, keys.length, heights]);

  // Heights come from the drawn rows, after layout, never by asking for one.
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) =>
            setHeights((current) => {
              let next: Map<string, number> | null = null;
              for (const entry of entries) {
                const key = (entry.target as HTMLElement).dataset.rowKey;
                const height = entry.borderBoxSize[0]?.blockSize;
                if (key === undefined || height === undefined || height === 0 || current.get(key) === height) continue;
                next ??= new Map(current);
                next.set(key, height);
              }
              return next ?? current;
            }),
          ),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const observe = useCallback(
    (row: HTMLTableRowElement | null) => {
      if (row !== null) observer?.observe(row);
    },
    [observer],
  );

  const items = useMemo(() => {
    if (!windowed) return keys.map((_, index): RowItem => ({ kind: 'row', index }));
    const drawn = new Set(pinned);
    for (let index = range.first; index <= range.last && index < keys.length; index += 1) drawn.add(index);
    const list: RowItem[] = [];
    let gap = 0;
    let gapStart = 0;
    keys.forEach((key, index) => {
      if (drawn.has(index)) {
        if (gap > 0) list.push({ kind: 'gap', key: `gap-${gapStart}`, height: gap });
        gap = 0;
        list.push({ kind: 'row', index });
        return;
      }
      if (gap === 0) gapStart = index;
      gap += heights.get(key) ?? ESTIMATED_HEIGHT;
    });
    if (gap > 0) list.push({ kind: 'gap', key: `gap-${gapStart}`, height: gap });
    return list;
  }, [windowed, keys, pinned, range, heights]);

  return { items, observe };
}
