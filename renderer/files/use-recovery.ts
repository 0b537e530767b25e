// Unsaved work survives a crash: a recovery draft is written within about a second of the first
// unsaved change and then at most every second while changes go on (as VS Code's hot exit
// does), and again when the window is closing; at start a draft left behind is offered back.
// A draft stays until its work is saved or discarded on purpose: restored work keeps it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Report } from '../../shared/report-schema';
import { api } from '../api';
import type { DocumentStore } from '../document/document-store';
import { documentName, isDirty } from '../document/open-document';
import type { AskChoice } from '../ui/choice-dialog';
import type { Notices } from '../ui/notices';

/** At most this long between a change and the draft that holds it, while the writes go well. */
export const RECOVERY_INTERVAL_MS = 1000;
/** The first change waits this little, so a burst of keys makes one write. */
const FIRST_WRITE_DELAY_MS = 200;

export interface Recovery {
  /** Writes the draft now if the unsaved work is not in it yet: before a quit's question. */
  flush(): Promise<void>;
}

function describeTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

interface DraftWriter extends Recovery {
  /** The draft on disk holds this report already (work just restored from it). */
  holds(report: Report): void;
  stop(): void;
}

function createDraftWriter(store: DocumentStore): DraftWriter {
  // The report the draft on disk holds, and whether there is a draft at all.
  let written: Report | null = null;
  let onDisk = false;
  let timer: number | null = null;
  let lastWriteAt = 0;
  // One call at a time, so a clear never overtakes a write still under way.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (call: () => Promise<unknown>): Promise<void> => {
    queue = queue.then(call, call);
    return queue.then(() => undefined);
  };

  const cancelTimer = (): void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
  };

  const writeNow = (): Promise<void> => {
    cancelTimer();
    const document = store.getSnapshot();
    const report = document.history.present;
    if (!isDirty(document) || report === written) return inTurn(async () => undefined);
    written = report;
    onDisk = true;
    lastWriteAt = Date.now();
    return inTurn(() =>
      api()
        .writeRecoveryDraft({ report, path: document.path })
        .catch(() => {
          // A failed draft must not interrupt the person; the next change tries again.
          written = null;
        }),
    );
  };

  const schedule = (): void => {
    if (timer !== null) return;
    const wait = Math.max(FIRST_WRITE_DELAY_MS, lastWriteAt + RECOVERY_INTERVAL_MS - Date.now());
    timer = window.setTimeout(() => void writeNow(), wait);
  };

  const onChange = (): void => {
    const document = store.getSnapshot();
    if (isDirty(document)) {
      if (document.history.present !== written) schedule();
      return;
    }
    // Back to what the file holds (undone to it, or saved): a draft would be offered for nothing.
    cancelTimer();
    if (!onDisk) return;
    onDisk = false;
    written = null;
    void inTurn(() => api().clearRecoveryDraft().catch(() => undefined));
  };

  const unsubscribe = store.subscribe(onChange);
  // A window going away (closed, reloaded) writes what it has; a crash has the last second's draft.
  const onPageHide = (): void => void writeNow();
  window.addEventListener('pagehide', onPageHide);
  onChange();

  return {
    flush: writeNow,
    holds(report) {
      written = report;
      onDisk = true;
    },
    stop() {
      cancelTimer();
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}

export function useRecovery(store: DocumentStore, ask: AskChoice, notices: Notices): Recovery {
  const [checked, setChecked] = useState(false);
  const started = useRef(false);
  const writer = useRef<DraftWriter | null>(null);
  // What the start check restored, for the writer to know the draft on disk already holds it.
  const restored = useRef<Report | null>(null);

  useEffect(() => {
    // Once per window, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const draft = await api().takeRecoveryDraft();
        if (draft === null) return;
        const answer = await ask({
          title: 'Restore unsaved work?',
          message: `Report Desk was closed before ${draft.path === null ? 'your new report was ever saved' : `your changes to ${documentName(draft.path)} were saved`}. Restore unsaved work from ${describeTime(draft.savedAt)}?`,
          choices: [
            { value: 'discard', label: 'Discard it' },
            { value: 'restore', label: 'Restore', primary: true, autoFocus: true },
          ],
          // Escape is a reflex, not a decision to throw work away: it keeps the work.
          cancelValue: 'restore',
        });
        if (answer === 'restore') {
          // The draft stays: until this work is saved, a crash must find it again.
          store.replace(draft.report, draft.path, false);
          restored.current = store.getSnapshot().history.present;
          notices.status('Restored your unsaved work. Save it to keep it.');
        } else {
          await api().clearRecoveryDraft();
        }
      } catch (error) {
        notices.error(`Could not check for unsaved work: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setChecked(true);
      }
    })();
  }, [store, ask, notices]);

  useEffect(() => {
    // Never before the start check: that would overwrite the draft being offered.
    if (!checked) return;
    const created = createDraftWriter(store);
    if (restored.current !== null) created.holds(restored.current);
    writer.current = created;
    return () => {
      created.stop();
      if (writer.current === created) writer.current = null;
    };
  }, [checked, store]);

  return useMemo<Recovery>(() => ({ flush: () => writer.current?.flush() ?? Promise.resolve() }), []);
}
