// What the app tells the person: progress and results in a polite status region, failures
// in an alert. Both regions are always in the page so screen readers announce changes.
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { Icon } from './icons';

export interface StatusNotice {
  text: string;
  busy: boolean;
  /** A file just written, offered with "Show in folder". */
  revealPath: string | null;
}

export const STATUS_LIFETIME_MS = 12_000;

export interface Notices {
  status(text: string, revealPath?: string): void;
  busy(text: string): void;
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
          {status?.busy === true && <span className="spinner" aria-hidden="true" />}
          {status?.text}
        </div>
        {status?.revealPath != null && (
          <button type="button" className="button button-small" onClick={() => onReveal(status.revealPath!)}>
            <Icon name="folder" /> Show in folder
          </button>
        )}
      </div>
    </div>
  );
}
