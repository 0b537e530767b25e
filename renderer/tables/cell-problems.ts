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
export function problemsKey(problems: readonly CellProblem[]): string {
  return problems.map((problem) => `${problem.cellId}\u0000${problem.raw}\u0000${problem.message}`).join('\u0001');
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
