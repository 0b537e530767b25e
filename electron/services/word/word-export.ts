// The Word export: the report model (and its charts) as a .docx, built in memory (its tables
// deflated as they are made, word-package.ts) and only then written, atomically, so a failure or
// a cancel never leaves a half-written or clobbered file. The charts start drawing first; docx
// and the document's code load meanwhile (word-document.ts).
import { basename } from 'node:path';
import type { ExportProgress } from '../../../shared/api';
import type { Report } from '../../../shared/report-schema';
import { oversizeReason, reportFileBytes } from '../../../shared/report-size';
import { withNamesIsolated } from '../../../shared/names-isolated';
import { nameInMessage } from '../../../shared/message-names';
import { writeFileAtomically } from '../atomic-write';
import { describeWriteFailure } from '../file-errors';
import { startReportFigures } from './word-figures';
import { stopIdleChartWorkers } from '../charts/chart-drawing';
import { performanceView } from './word-performance-view';
import { xmlSafeValue } from './word-safe-text';
import type { WordTemplate } from './word-template';
import { documentFrames } from './word-frames';

export interface WordExportOptions {
  /** Defaults to the report's own export option. */
  includeCharts?: boolean;
  /** The organisation's Word template (readWordTemplate), or none for the app's own look. */
  template?: WordTemplate | null;
  /** Hears how far the export has gone: each chart drawn, each hundredth of the tables written. */
  onProgress?: (progress: ExportProgress) => void;
  /** Stops the export between its steps: it then rejects with the signal's reason and writes nothing. */
  signal?: AbortSignal;
}

/** The share of the progress bar each stage takes: the charts (when drawn), the tables, the file. */
const CHARTS_SHARE = 0.4;
const WRITING_SHARE = 0.05;
/** Past this many cells in its tables (some 1,400 metrics over 36 months), an export is large. */
const LARGE_TABLE_CELLS = 50_000;

/** The promise, or the signal's reason as soon as it is aborted: a cancel need not wait for the charts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  const raced = Promise.race([promise, aborted]);
  raced.catch(() => undefined);
  return raced;
}

/**
 * The document, from a report already validated where it entered (the window's request is
 * checked in main, the command line reads through the validator): it is not checked again here.
 * Every text in it passes the XML gate first, and every name, unit and note is isolated from the
 * words around it (bidi-text.ts): this is where texts enter the document, and everything the
 * export writes is made from them.
 */
export async function buildWordDocument(validated: Report, options: WordExportOptions = {}): Promise<Buffer> {
  const { onProgress, signal } = options;
  const report = withNamesIsolated(xmlSafeValue(validated));
  const includeCharts = options.includeCharts ?? report.exportOptions.includeCharts;
  const chartsShare = includeCharts ? CHARTS_SHARE : 0;
  const template = options.template ?? null;
  const frame = documentFrames(template);
  const view = performanceView(report, frame.table);
  let charts = 0;
  let drawn = 0;
  // A large report's tables need the memory more than its charts need speed: one thread draws
  // them, and it stops once they are drawn, before the tables are made.
  const large = view.rows.length * report.meta.period.months > LARGE_TABLE_CELLS;
  const onDrawn = () => onProgress?.({ stage: 'charts', fraction: (chartsShare * ++drawn) / Math.max(1, charts) });
  const figures = includeCharts ? startReportFigures(report, view.groups, frame.charts, { onDrawn, oneThread: large }) : null;
  charts = figures?.count ?? 0;
  const watched = figures === null || signal === undefined ? figures : { ...figures, drawn: untilAborted(figures.drawn, signal) };
  if (figures !== null && large) void figures.drawn.then(stopIdleChartWorkers, () => undefined);
  const { wordDocument } = await import('./word-document');
  signal?.throwIfAborted();
  const tablesShare = 1 - chartsShare - WRITING_SHARE;
  return wordDocument(report, view, watched, template, { signal, onPieces: (written, total) => onProgress?.({ stage: 'tables', fraction: chartsShare + (tablesShare * written) / Math.max(1, total) }) });
}

/** Builds first, then writes atomically: a failure at any step, or a cancel, leaves an existing file untouched. */
export async function exportWordFile(path: string, report: Report, options: WordExportOptions = {}): Promise<void> {
  // A report the app could not save and open again is not exported either: nothing is written.
  const tooLarge = oversizeReason(reportFileBytes(report), 'export', report.wordTemplate);
  if (tooLarge !== null) throw new Error(`"${nameInMessage(basename(path))}" was not exported: ${tooLarge}.`);
  const buffer = await buildWordDocument(report, options);
  options.signal?.throwIfAborted();
  options.onProgress?.({ stage: 'writing', fraction: 1 - WRITING_SHARE });
  try {
    await writeFileAtomically(path, buffer);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be exported', error));
  }
}
