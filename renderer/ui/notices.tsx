// What the app tells the person: progress and results in a polite status region, failures
// in an alert. Both regions are always in the page so screen readers announce changes.
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { Icon } from './icons';

export interface StatusNotice {
  text: string;
  busy: boolean;
  /** A file just written, offered with "Show in folder". */
  revealPath: string | null;
  /** Work that reports how far it has gone (a long export): its share done (null: not known yet), and its cancel. */
  progress?: { fraction: number | null; cancel: (() => void) | null };
}

export const STATUS_LIFETIME_MS = 12_000;

export interface Notices {
  status(text: string, revealPath?: string): void;
  busy(text: string): void;
  /** Long work under way: a progress bar, and a Cancel button while cancel is given. */
  progress(text: string, fraction: number | null, cancel: (() => void) | null): void;
  error(text: string): void;
  clear(): void;
  /** Clears the status line if it still says this notice. */
  clearStatus(notice: StatusNotice): void;
}

export function useNotices(): { notices: Notices; status: StatusNotice | null; error: string | null; dismissError: () => void } {
  const [status, setStatus] = useState<StatusNotice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dismissError = useCallback(() => setError(null), []);
  useEffect(() => {
    // A plain confirmation goes stale as the person works on; progress and results with an action stay.
    if (status === null || status.busy || status.revealPath !== null) return;
    const timer = window.setTimeout(() => setStatus(null), STATUS_LIFETIME_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  const notices = useMemo<Notices>(
    () => ({
      status: (text, revealPath) => {
        setError(null);
        setStatus({ text, busy: false, revealPath: revealPath ?? null });
      },
      busy: (text) => {
        setError(null);
        setStatus({ text, busy: true, revealPath: null });
      },
      progress: (text, fraction, cancel) => {
        setError(null);
        setStatus({ text, busy: true, revealPath: null, progress: { fraction, cancel } });
      },
      error: (text) => {
        setStatus(null);
        setError(text);
      },
      clear: () => setStatus(null),
      clearStatus: (notice) => setStatus((current) => (current === notice ? null : current)),
    }),
    [],
  );
  return { notices, status, error, dismissError };
}

interface NoticeAreaProps {
  status: StatusNotice | null;
  error: string | null;
  onReveal: (path: string) => void;
  onDismissError: () => void;
}

export function NoticeArea({ status, error, onReveal, onDismissError }: NoticeAreaProps): ReactElement {
  return (
    <div className="notices">
      <div className={error === null ? 'notice-alert notice-empty' : 'notice-alert'}>
        <div role="alert" className="notice-alert-text">
          {error}
        </div>
        {error !== null && (
          <button type="button" className="button button-small" onClick={onDismissError}>
            Dismiss
          </button>
        )}
      </div>
      <div className={status === null ? 'notice-status notice-empty' : 'notice-status'}>
        <div role="status" className="notice-status-text" data-busy={status?.busy === true ? 'true' : undefined}>
          {status?.busy === true && status.progress === undefined && <span className="spinner" aria-hidden="true" />}
          {status?.text}
        </div>
        {status?.progress !== undefined && (
          <progress className="notice-progress" aria-label={status.text} max={1} {...(status.progress.fraction === null ? {} : { value: status.progress.fraction })} />
        )}
        {status?.progress?.cancel != null && (
          <button type="button" className="button button-small" onClick={status.progress.cancel}>
            Cancel
          </button>
        )}
        {status?.revealPath != null && (
          <button type="button" className="button button-small" onClick={() => onReveal(status.revealPath!)}>
            <Icon name="folder" /> Show in folder
          </button>
        )}
      </div>
    </div>
  );
}
