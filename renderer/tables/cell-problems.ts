// Entries a person typed that are not figures yet: kept in their cell, listed until fixed.

export interface CellProblem {
  /** The DOM id of the cell holding the entry, e.g. "cell-availability-2". */
  cellId: string;
  /** Where the entry is, as a person reads it: "M3 Availability". */
  place: string;
  /** What is wrong, without the place: "'99,9x' is not a number". Shown as `${place}: ${message}`. */
  message: string;
  /** The text as typed, kept in the cell so nothing is lost. */
  raw: string;
}

/**
 * A problem as the app hears of it, with what the report holds in that place meanwhile: the
 * entry is not in the report, so a save or an export carries the cell's previous value.
 */
export interface PendingEntry extends CellProblem {
  /** The previous value as shown ("99.92"); null when the place has no value. */
  kept: string | null;
}

/** "M3 Availability keeps its previous value 99.92 in the saved file until '99,9x' is fixed (not a number)". */
export function pendingEntryLine(entry: PendingEntry, where: 'the saved file' | 'the Word document'): string {
  const kept = entry.kept === null ? 'stays empty' : `keeps its previous value ${entry.kept}`;
  return `${entry.place} ${kept} in ${where} until '${entry.raw.trim()}' is fixed (${shortProblem(entry)})`;
}

/** The one-line message a person reads: "M3 Availability: '99,9x' is not a number". */
export function problemLine(problem: Pick<CellProblem, 'place' | 'message'>): string {
  return `${problem.place}: ${problem.message}`;
}

/** The message as a cell has room for it, under the entry it is about: "not a number". */
export function shortProblem(problem: Pick<CellProblem, 'message' | 'raw'>): string {
  const quoted = `'${problem.raw.trim()}' `;
  const withoutEntry = problem.message.startsWith(quoted) ? problem.message.slice(quoted.length) : problem.message;
  return withoutEntry.replace(/^is /, '');
}

/** A stable key for a list of problems, so a parent is told only when the list really changes. */
export function problemsKey(problems: readonly (CellProblem & { kept?: string | null })[]): string {
  return problems.map((problem) => `${problem.cellId}\u0000${problem.raw}\u0000${problem.message}\u0000${problem.kept ?? ''}`).join('\u0001');
}

/** Problems with those of `cellIds` replaced by `added` (a fixed or cleared cell drops out). */
export function replaceProblems(
  problems: ReadonlyMap<string, CellProblem>,
  cellIds: readonly string[],
  added: readonly CellProblem[],
): Map<string, CellProblem> {
  const next = new Map(problems);
  for (const cellId of cellIds) next.delete(cellId);
  for (const problem of added) next.set(problem.cellId, problem);
  return next;
}
