// Work on one file runs one piece at a time, in the order it was asked for: two saves of one
// report fired together both succeed, the later one last, instead of racing for the file.

const turns = new Map<string, Promise<void>>();

/** Runs work after every earlier piece of work under the same key has settled, failed or not. */
export function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(key) ?? Promise.resolve();
  const result = previous.then(work);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  turns.set(key, settled);
  // The map holds only files with work waiting, so it does not grow with every file ever saved.
  void settled.then(() => {
    if (turns.get(key) === settled) turns.delete(key);
  });
  return result;
}
