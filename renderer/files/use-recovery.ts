// Unsaved work survives a crash: while the report is dirty a draft is written every few
// seconds; at start a draft left behind is offered back.
import { useEffect, useRef, useState } from 'react';
import type { Report } from '../../shared/report-schema';
import { api } from '../api';
import type { AskChoice } from '../dialogs/choice-dialog';
import type { DocumentStore } from '../state/document-store';
import { documentName, isDirty } from '../state/open-document';
import type { Notices } from './notices';

export const RECOVERY_INTERVAL_MS = 4000;

function describeTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function useRecovery(store: DocumentStore, ask: AskChoice, notices: Notices): void {
  const [checked, setChecked] = useState(false);
  const started = useRef(false);

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
          store.replace(draft.report, draft.path, false);
          notices.status('Restored your unsaved work. Save it to keep it.');
        }
        await api().clearRecoveryDraft();
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
    let lastWritten: Report | null = null;
    // One call at a time, so a clear never overtakes a write still under way.
    let queue: Promise<unknown> = Promise.resolve();
    const inTurn = (call: () => Promise<unknown>): void => {
      queue = queue.then(call, call);
    };
    const timer = window.setInterval(() => {
      const document = store.getSnapshot();
      const report = document.history.present;
      if (!isDirty(document) || report === lastWritten) return;
      lastWritten = report;
      inTurn(() =>
        api()
          .writeRecoveryDraft({ report, path: document.path })
          .catch(() => {
            // A failed draft must not interrupt the person; the next tick tries again.
            lastWritten = null;
          }),
      );
    }, RECOVERY_INTERVAL_MS);
    // Back to what the file holds (undone to it, or saved): a draft would be offered for nothing.
    const unsubscribe = store.subscribe(() => {
      if (lastWritten === null || isDirty(store.getSnapshot())) return;
      lastWritten = null;
      inTurn(() => api().clearRecoveryDraft().catch(() => undefined));
    });
    return () => {
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [checked, store]);
}
