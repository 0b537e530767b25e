// Tells the app about a table's pending entries, only when the list really changes (a new
// array every render would loop through the app's state).
import { useEffect, useRef } from 'react';
import { problemsKey, type PendingEntry } from './cell-problems';

export function useAnnouncedProblems(problems: readonly PendingEntry[], onProblemsChange: ((problems: PendingEntry[]) => void) | undefined): void {
  const key = problemsKey(problems);
  const announce = useRef(onProblemsChange);
  const announcedKey = useRef<string | null>(null);
  useEffect(() => {
    announce.current = onProblemsChange;
  });
  useEffect(() => {
    if (announcedKey.current === key) return;
    announcedKey.current = key;
    announce.current?.([...problems]);
  }, [key, problems]);
}
