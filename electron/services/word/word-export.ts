// The Word export: the report model (and its charts) as a .docx, built whole in memory and only
// then written, atomically, so a failure never leaves a half-written or clobbered file. The
// charts start drawing first; docx and the document's code load meanwhile (word-document.ts).
import { basename } from 'node:path';
import type { Report } from '../../../shared/report-schema';
import { oversizeReason, reportFileBytes } from '../../../shared/report-size';
import { withNamesIsolated } from '../../../shared/bidi-text';
import { nameInMessage } from '../../../shared/words';
import { writeFileAtomically } from '../atomic-write';
import { describeWriteFailure } from '../file-errors';
import { startReportFigures } from './word-figures';
import { performanceView } from './word-performance-view';
import { xmlSafeValue } from './word-safe-text';

export interface WordExportOptions {
  /** Defaults to the report's own export option. */
  includeCharts?: boolean;
}

/**
 * The document, from a report already validated where it entered (the window's request is
 * checked in main, the command line reads through the validator): it is not checked again here.
 * Every text in it passes the XML gate first, and every name, unit and note is isolated from the
 * words around it (bidi-text.ts): this is where texts enter the document, and everything the
 * export writes is made from them.
 */
export async function buildWordDocument(validated: Report, options: WordExportOptions = {}): Promise<Buffer> {
  const report = withNamesIsolated(xmlSafeValue(validated));
  const includeCharts = options.includeCharts ?? report.exportOptions.includeCharts;
  const view = performanceView(report);
  const figures = includeCharts ? startReportFigures(report, view.groups) : null;
  const { wordDocument } = await import('./word-document');
  return wordDocument(report, view, figures);
}

/** Builds first, then writes atomically: a failure at any step leaves an existing file untouched. */
export async function exportWordFile(path: string, report: Report, options: WordExportOptions = {}): Promise<void> {
  // A report the app could not save and open again is not exported either: nothing is written.
  const tooLarge = oversizeReason(reportFileBytes(report), 'export');
  if (tooLarge !== null) throw new Error(`"${nameInMessage(basename(path))}" was not exported: ${tooLarge}.`);
  const buffer = await buildWordDocument(report, options);
  try {
    await writeFileAtomically(path, buffer);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be exported', error));
  }
}
