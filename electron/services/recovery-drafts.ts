// Unsaved work, written by the window within a second of a change so a crash loses at most
// that second. One draft (one window); it stays until the work is saved or discarded, so a
// second crash before that still finds it. Private to the person (0600), like their reports.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryDraft } from '../../shared/api';
import type { Report } from '../../shared/report-schema';
import { readReportData } from '../../shared/report-file';
import { writeFileAtomically } from './atomic-write';
import { isRecord } from '../../shared/is-record';

const RECOVERY_MARKER = 'report-desk/recovery';
export const RECOVERY_FILE_NAME = 'unsaved-report.json';

export interface RecoveryDrafts {
  write(draft: { report: Report; path: string | null }): Promise<void>;
  /** The draft left by the last run, or null; a damaged draft is ignored, never fatal. */
  take(): Promise<RecoveryDraft | null>;
  clear(): Promise<void>;
}

function parseDraft(text: string): RecoveryDraft | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.format !== RECOVERY_MARKER) return null;
  const { path, savedAt } = data;
  if (typeof savedAt !== 'string' || (path !== null && typeof path !== 'string')) return null;
  const read = readReportData(data.report);
  return read.ok ? { report: read.report, path, savedAt } : null;
}

export function createRecoveryDrafts(folder: string, now: () => Date = () => new Date()): RecoveryDrafts {
  const file = join(folder, RECOVERY_FILE_NAME);
  // Writes and clears run one after another, so a late write never lands after a clear.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    write(draft) {
      return inTurn(async () => {
        await mkdir(folder, { recursive: true });
        const body = { format: RECOVERY_MARKER, path: draft.path, savedAt: now().toISOString(), report: draft.report };
        await writeFileAtomically(file, `${JSON.stringify(body)}\n`, { mode: 0o600 });
      });
    },
    take() {
      return inTurn(async () => {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch {
          return null;
        }
        return parseDraft(text);
      });
    },
    clear() {
      return inTurn(() => rm(file, { force: true }));
    },
  };
}
