// The history written out: the Word annex or the CSV table, built whole from the reports and the
// person's joins, then written atomically, so a failure leaves any earlier file as it was.
import type { HistoryExportFormat } from '../../shared/api';
import type { HistoryFile, HistoryService } from '../../shared/history/history-periods';
import type { HistoryJoin } from '../../shared/history/history-matching';
import { buildServiceHistory, type ServiceHistory } from '../../shared/history/service-history';
import { historyCsv } from '../../shared/history/history-csv';
import { DEFAULT_LANGUAGE } from '../../shared/report-schema';
import { writeFileAtomically } from './atomic-write';
import { describeWriteFailure } from './file-errors';
import { xmlSafeValue } from './word/word-safe-text';
import type { WordTemplate } from './word/word-template';
import { documentFrames } from './word/word-frames';

/** The language of the annex: the newest report's. */
function languageOf(history: ServiceHistory): string {
  return history.periods.at(-1)?.report.meta.language ?? DEFAULT_LANGUAGE;
}

/** The annex's bytes, in the Word template given or the app's own look: the charts start drawing first, docx and the document's code load meanwhile. */
export async function buildHistoryAnnex(history: ServiceHistory, template: WordTemplate | null = null): Promise<Buffer> {
  // Every text passes the Word gate as it enters, as the report's export does.
  const safe = xmlSafeValue(history);
  const { startHistoryFigures } = await import('./word/history-annex-figures');
  const language = languageOf(safe);
  const drawing = startHistoryFigures(safe, language, documentFrames(template).charts.width);
  const { historyAnnex } = await import('./word/history-annex');
  return historyAnnex(safe, drawing, language, template);
}

export interface HistoryExport {
  files: readonly HistoryFile[];
  joins: readonly HistoryJoin[];
  service: HistoryService | null;
  format: HistoryExportFormat;
  /** The Word template the annex wears, given the history (the open report's in the window, the newest report's on the command line); none: the app's own look. */
  template?: (history: ServiceHistory) => Promise<WordTemplate | null>;
}

/** Builds the file first, then writes it atomically; says how many periods went in. */
export async function exportHistoryFile(path: string, request: HistoryExport): Promise<ServiceHistory> {
  const history = buildServiceHistory(request.files, request.joins, request.service);
  if (history.periods.length === 0) throw new Error('none of the reports could be placed in a history, so there is nothing to write');
  const data = request.format === 'csv' ? historyCsv(history) : await buildHistoryAnnex(history, (await request.template?.(history)) ?? null);
  try {
    await writeFileAtomically(path, data);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be written', error));
  }
  return history;
}
