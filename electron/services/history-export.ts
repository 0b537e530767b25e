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

/** The language of the annex: the newest report's. */
function languageOf(history: ServiceHistory): string {
  return history.periods.at(-1)?.report.meta.language ?? DEFAULT_LANGUAGE;
}

/** The annex's bytes: the charts start drawing first, docx and the document's code load meanwhile. */
export async function buildHistoryAnnex(history: ServiceHistory): Promise<Buffer> {
  // Every text passes the Word gate as it enters, as the report's export does.
  const safe = xmlSafeValue(history);
  const { startHistoryFigures } = await import('./word/history-annex-figures');
  const language = languageOf(safe);
  const drawing = startHistoryFigures(safe, language);
  const { historyAnnex } = await import('./word/history-annex');
  return historyAnnex(safe, drawing, language);
}

export interface HistoryExport {
  files: readonly HistoryFile[];
  joins: readonly HistoryJoin[];
  service: HistoryService | null;
  format: HistoryExportFormat;
}

/** Builds the file first, then writes it atomically; says how many periods went in. */
export async function exportHistoryFile(path: string, request: HistoryExport): Promise<ServiceHistory> {
  const history = buildServiceHistory(request.files, request.joins, request.service);
  if (history.periods.length === 0) throw new Error('none of the reports could be placed in a history, so there is nothing to write');
  const data = request.format === 'csv' ? historyCsv(history) : await buildHistoryAnnex(history);
  try {
    await writeFileAtomically(path, data);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be written', error));
  }
  return history;
}
