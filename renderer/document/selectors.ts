// What the window reads from the document store. Derived values are memoised on the parts of
// the state they come from, so a component selecting them re-renders only when they change.
import type { Report } from '../../shared/report-schema';
import type { SectionOutline } from '../../shared/sections';
import type { DocumentState } from './document-store';
import type { EntryToFix, PendingEntry } from './entries-to-fix';
import { redoLabel, undoLabel } from './history';
import { documentName, isDirty } from './open-document';
import { compareOrder, heldAt, placeOrder } from './places';

export function selectReport(state: DocumentState): Report {
  return state.document.history.present;
}

/** The last result for the last inputs: enough for one store per window. */
function memoised<A, B, R>(compute: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; result: R } | null = null;
  return (a, b) => {
    if (last !== null && last.a === a && last.b === b) return last.result;
    const result = compute(a, b);
    last = { a, b, result };
    return result;
  };
}

const NO_PENDING: readonly PendingEntry[] = [];

function samePending(a: readonly PendingEntry[], b: readonly PendingEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.at === b[index]!.at && entry.raw === b[index]!.raw && entry.message === b[index]!.message && entry.kept === b[index]!.kept);
}

let lastPending = NO_PENDING;

const pendingEntries = memoised((report: Report, entries: ReadonlyMap<string, EntryToFix>): readonly PendingEntry[] => {
  if (entries.size === 0) return NO_PENDING;
  const pending = [...entries.values()].flatMap((entry): { entry: PendingEntry; order: readonly number[] }[] => {
    const kept = heldAt(report, entry.at);
    // An entry whose place has gone (its metric removed) is no longer one; undo brings it back.
    return kept === undefined ? [] : [{ entry: { ...entry, kept }, order: placeOrder(report, entry.at) }];
  });
  const next = pending.sort((a, b) => compareOrder(a.order, b.order)).map(({ entry }) => entry);
  // The same list as before keeps its identity: an edit elsewhere in the report re-renders nothing that lists them.
  if (!samePending(lastPending, next)) lastPending = next;
  return lastPending;
});

/** Entries still to fix, in the window's order, each with what the report holds there meanwhile. */
export function selectPendingEntries(state: DocumentState): readonly PendingEntry[] {
  return pendingEntries(selectReport(state), state.entries);
}

/** An entry still to fix is typed work the file does not hold: closing or replacing must ask. */
export function selectUnsaved(state: DocumentState): boolean {
  return isDirty(state.document) || selectPendingEntries(state).length > 0;
}

export function selectDocumentName(state: DocumentState): string {
  return documentName(state.document.path);
}

export function selectUndoLabel(state: DocumentState): string | null {
  return undoLabel(state.document.history);
}

export function selectRedoLabel(state: DocumentState): string | null {
  return redoLabel(state.document.history);
}

/**
 * A blank report nobody has touched (the one a launch or New shows): never saved anywhere, no
 * change kept, nothing typed. Start Next Period has no period to follow there.
 */
export function selectIsUntouchedBlank(state: DocumentState): boolean {
  return state.document.path === null && state.document.saved !== null && !selectUnsaved(state);
}

/** The report's sections in order, as outlines: select it with sameOutline (shared/sections), and typing in a section re-renders nothing that lays them out. */
export function selectOutline(report: Report): SectionOutline[] {
  return report.sections.map(({ id, kind, level, title }) => ({ id, kind, level, title }));
}
