// Parts of the report marked .drawn-when-near are laid out and painted only as they come near
// the view (content-visibility: auto, styles/layout.css), but only once the document has been
// drawn whole: every part has then been laid out once, and is kept at that height while it is
// away, so nothing jumps as it comes back into view or as a click lands.
import { useLayoutEffect, type RefObject } from 'react';

/**
 * Marks `container` as drawn two frames after it shows a document (the frame that lays it out,
 * and the one that records the heights); `shown` changes whenever another document, or the same
 * one anew, is shown in it.
 */
export function useDrawnWhenNear(container: RefObject<HTMLElement | null>, shown: unknown): void {
  // Before the new document is painted: it is drawn whole first, never at the parts' estimated heights.
  useLayoutEffect(() => {
    const element = container.current;
    if (element === null) return;
    delete element.dataset.drawnOnce;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        element.dataset.drawnOnce = 'true';
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [container, shown]);
}
