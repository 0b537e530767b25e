// React's view of the document store: the store from context, and hooks that select a slice
// of its state and re-render only when that slice changes.
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ReactElement, type ReactNode, type RefObject } from 'react';
import type { Report } from '../../shared/report-schema';
import type { DocumentState, DocumentStore } from './document-store';
import type { FocusTarget } from './places';

const StoreContext = createContext<DocumentStore | null>(null);

export function DocumentStoreProvider({ store, children }: { store: DocumentStore; children: ReactNode }): ReactElement {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useDocumentStore(): DocumentStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('The document store is provided by the App; this component rendered outside it.');
  return store;
}

/**
 * A slice of the store's state. The component renders again only when the slice changes, by
 * `isEqual` (identity unless given): a table selecting the metrics sleeps through typing in a
 * section. The selector may be written inline.
 */
export function useDocument<T>(selector: (state: DocumentState) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const store = useDocumentStore();
  const last = useRef<{ state: DocumentState; selector: (state: DocumentState) => T; selection: T } | null>(null);
  const select = (): T => {
    const state = store.getState();
    const cached = last.current;
    if (cached !== null && cached.state === state && cached.selector === selector) return cached.selection;
    const fresh = selector(state);
    // An equal slice keeps the earlier value, so React sees nothing to render.
    const selection = cached !== null && isEqual(cached.selection, fresh) ? cached.selection : fresh;
    last.current = { state, selector, selection };
    return selection;
  };
  return useSyncExternalStore(store.subscribe, select);
}

/** A part of the open report ("report => report.metrics"). */
export function useReport<T>(select: (report: Report) => T, isEqual?: (a: T, b: T) => boolean): T {
  return useDocument((state) => select(state.document.history.present), isEqual);
}

/**
 * Answers the store's requests to take the person to a target this component shows: `take`
 * runs after the render that shows the request (so a folded part can unfold first), and
 * returns false when the target is not here after all (its row gone).
 */
export function useFocusRequest(owns: (target: FocusTarget) => boolean, take: (target: FocusTarget) => boolean | void): void {
  const store = useDocumentStore();
  const request = useDocument((state) => (state.focusRequest !== null && owns(state.focusRequest.target) ? state.focusRequest : null));
  const latestTake = useRef(take);
  useLayoutEffect(() => {
    latestTake.current = take;
  });
  useLayoutEffect(() => {
    if (request === null) return;
    if (latestTake.current(request.target) !== false) store.settleFocusRequest(request.id);
  }, [request, store]);
}

/** Answers the requests for a place that is one field: it takes the focus, in the middle of the window. */
export function useFieldFocusRequest(kind: FocusTarget['kind'], fieldRef: RefObject<HTMLElement | null>): void {
  useFocusRequest(
    (target) => target.kind === kind,
    () => {
      fieldRef.current?.focus({ preventScroll: true });
      fieldRef.current?.scrollIntoView({ block: 'center' });
    },
  );
}

/** Where the open document stands in its history: an edit, an undo or a redo moves it; drafts brought up to date do not. */
function historyMoment(store: DocumentStore): { id: number; last: unknown; next: unknown } {
  const { id, history } = store.getSnapshot();
  return { id, last: history.past.at(-1) ?? null, next: history.future[0] ?? null };
}

/**
 * Calls `onChange` with `since` once the document changes after `since` was set (an edit, an
 * undo, a redo, or another document taking the window; with `until: 'replaced'`, only the last):
 * what a status line says of the document stops holding then. A step that changes the document
 * and then says so sets a new `since` before this one's listener is gone: `onChange` is given
 * the one whose time is over, so it can leave a newer one alone.
 */
export function useUntilDocumentChanges<Since>(since: Since | null | '', onChange: (since: Since) => void, until: 'changed' | 'replaced' = 'changed'): void {
  const store = useDocumentStore();
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (since === null || since === '') return;
    const shown = historyMoment(store);
    return store.subscribe(() => {
      const now = historyMoment(store);
      const holds = now.id === shown.id && (until === 'replaced' || (now.last === shown.last && now.next === shown.next));
      if (!holds) latest.current(since);
    });
  }, [store, since, until]);
}
