// The Word export: the report model (and its charts) as a .docx, built whole in memory and only
// then written, atomically, so a failure never leaves a half-written or clobbered file. The
// charts start drawing first; docx and the document's code load meanwhile (word-document.ts).
import type { Report } from '../../../shared/report-schema';
import { writeFileAtomically } from '../atomic-write';
import { describeWriteFailure } from '../file-errors';
import { chartFrame, DEFAULT_CHART_FRAME, startReportFigures, type ChartFrame } from './word-figures';
import { performanceView } from './word-performance-view';
import { xmlSafeValue } from './word-safe-text';
import { DEFAULT_TABLE_FRAME, type TableFrame } from './word-table-layout';
import { fontMeasure } from './word-text-width';
import type { WordTemplate } from './word-template';
import { templateBodyFont } from './word-template-styles';

export interface WordExportOptions {
  /** Defaults to the report's own export option. */
  includeCharts?: boolean;
  /** The organisation's Word template (readWordTemplate), or none for the app's own look. */
  template?: WordTemplate | null;
}

/** What the tables and charts are measured against: the template's text area and body font, or the app's page. */
function frames(template: WordTemplate | null): { table: TableFrame; charts: ChartFrame } {
  if (template === null) return { table: DEFAULT_TABLE_FRAME, charts: DEFAULT_CHART_FRAME };
  const { width, height, margin } = template.page;
  // A page too narrow for a table at all still gets one of a column's minimum; Word would squeeze it the same.
  const textWidth = Math.max(2880, width - margin.left - margin.right - margin.gutter);
  const textHeight = Math.max(2880, height - margin.top - margin.bottom);
  return { table: { textWidth, font: fontMeasure(templateBodyFont(template)) }, charts: chartFrame(textWidth, textHeight) };
}

/**
 * The document, from a report already validated where it entered (the window's request is
 * checked in main, the command line reads through the validator): it is not checked again here.
 * Every text in it passes the XML gate first: this is where texts enter the document, and
 * everything the export writes is made from them.
 */
export async function buildWordDocument(validated: Report, options: WordExportOptions = {}): Promise<Buffer> {
  const report = xmlSafeValue(validated);
  const includeCharts = options.includeCharts ?? report.exportOptions.includeCharts;
  const template = options.template ?? null;
  const frame = frames(template);
  const view = performanceView(report, frame.table);
  const figures = includeCharts ? startReportFigures(report, view.groups, frame.charts) : null;
  const { wordDocument } = await import('./word-document');
  return wordDocument(report, view, figures, template);
}

/** Builds first, then writes atomically: a failure at any step leaves an existing file untouched. */
export async function exportWordFile(path: string, report: Report, options: WordExportOptions = {}): Promise<void> {
  const buffer = await buildWordDocument(report, options);
  try {
    await writeFileAtomically(path, buffer);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be exported', error));
  }
}
