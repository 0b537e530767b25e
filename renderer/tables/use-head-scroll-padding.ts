// A grid's sticky headings cover the top of its scroll box: a cell reached by the keyboard is
// scrolled clear of them by the box's top scroll padding, which follows the headings' height
// (they wrap to two or three lines in a narrow window or with a larger font).
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between the headings and a cell scrolled up to them. */
const GAP = 4;

export function useHeadScrollPadding(headRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const head = headRef.current;
    const box = scrollRef.current;
    if (head === null || box === null) return;
    const follow = (): void => {
      // Set on the element, not through React state: a change of height draws nothing else again.
      box.style.scrollPaddingTop = `${Math.ceil(head.getBoundingClientRect().height) + GAP}px`;
    };
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(head);
    return () => observer.disconnect();
  }, [headRef, scrollRef]);
}
