// Entries a person typed that are not figures yet: kept where they were typed, listed until
// fixed, and counted as unsaved work. The store holds them by place; this is what they say.
import { countOf } from '../../shared/figure-text';
import { nameInMessage } from '../../shared/message-names';
import type { Place } from './places';

export interface EntryToFix {
  /** Where it was typed. */
  at: Place;
  /** The DOM id of the cell or field holding it ("cell-availability-2"): placeId(at). */
  cellId: string;
  /** Where the entry is, as a person reads it: "M3 Availability". */
  place: string;
  /** What is wrong, without the place: "'99,9x' is not a number". Shown as `${place}: ${message}`. */
  message: string;
  /** The text as typed, kept in its place so nothing is lost. */
  raw: string;
}

/**
 * An entry with what the report holds in its place meanwhile: the entry is not in the report,
 * so a save or an export carries the place's previous value.
 */
export interface PendingEntry extends EntryToFix {
  /** The previous value as shown ("99.92"); null when the place has no value. */
  kept: string | null;
}

/** "M3 Availability keeps its previous value 99.92 in the saved file until '99,9x' is fixed (not a number)". */
export function pendingEntryLine(entry: PendingEntry, where: 'the saved file' | 'the Word document'): string {
  const kept = entry.kept === null ? 'stays empty' : `keeps its previous value ${entry.kept}`;
  return `${entry.place} ${kept} in ${where} until '${nameInMessage(entry.raw.trim())}' is fixed (${shortProblem(entry)})`;
}

/** The one-line message a person reads: "M3 Availability: '99,9x' is not a number". */
export function problemLine(entry: Pick<EntryToFix, 'place' | 'message'>): string {
  return `${entry.place}: ${entry.message}`;
}

/** The message as a cell has room for it, under the entry it is about: "not a number". */
export function shortProblem(entry: Pick<EntryToFix, 'message' | 'raw'>): string {
  const quoted = `'${nameInMessage(entry.raw.trim())}' `;
  const withoutEntry = entry.message.startsWith(quoted) ? entry.message.slice(quoted.length) : entry.message;
  return withoutEntry.replace(/^is /, '');
}

/** "1 entry to fix", "3 entries to fix". */
export function entriesToFixCount(count: number): string {
  return `${countOf(count, 'entry', 'entries')} to fix`;
}
