// An export that takes more than a moment (a report of thousands of metrics) shows how far it
// has gone and can be cancelled: main is asked every quarter of a second, from a second on.
import type { Cancelled, ExportedWord, ExportProgress, Failed } from '../../shared/api';
import type { Report } from '../../shared/report-schema';
import { api } from '../api';
import { documentName } from '../document/open-document';
import type { Notices } from '../ui/notices';

/** Shorter exports show only "Exporting…": a bar that flashes up and goes is noise. */
export const PROGRESS_AFTER_MS = 1000;
const POLL_MS = 250;

const STAGE_WORDS: Record<ExportProgress['stage'], string> = {
  charts: 'drawing the charts',
  tables: 'writing the tables',
  writing: 'saving the document',
};

/** Runs the export; from a second on, the status line shows its progress with a Cancel button. */
export async function exportWithProgress(notices: Notices, report: Report, path: string): Promise<ExportedWord | Cancelled | Failed> {
  const exportId = crypto.randomUUID();
  const name = documentName(path);
  let ended = false;
  let cancelling = false;
  let polling: number | undefined;
  const cancel = (): void => {
    cancelling = true;
    notices.progress(`Cancelling the export to ${name}…`, null, null);
    void api().cancelExport(exportId);
  };
  const show = (progress: ExportProgress | null): void => {
    if (ended || cancelling) return;
    const words = progress === null ? 'preparing' : STAGE_WORDS[progress.stage];
    notices.progress(`Exporting to ${name}: ${words}…`, progress?.fraction ?? null, cancel);
  };
  notices.busy(`Exporting to ${name}…`);
  const shown = window.setTimeout(() => {
    show(null);
    polling = window.setInterval(() => void api().exportProgress(exportId).then(show), POLL_MS);
  }, PROGRESS_AFTER_MS);
  try {
    return await api().exportWord({ report, path, exportId });
  } finally {
    ended = true;
    window.clearTimeout(shown);
    window.clearInterval(polling);
  }
}
