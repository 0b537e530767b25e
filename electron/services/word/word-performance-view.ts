// The performance section's view of the report, built once per export: the metrics gathered
// into table rows (groups), the column headings, every cell's content, the tables' layout and
// the note. The table, the charts and their alt text are all written from it.
import type { Report } from '../../../shared/report-schema';
import { groupMetrics, type MetricRowGroup } from '../../../shared/targets';
import { documentWords } from '../../../shared/i18n/document-words';
import { tableHeadings, tableNote, tableRows, type TableHeadings, type TableRowContent } from './word-table-content';
import { DEFAULT_TABLE_FRAME, tableLayout, type TableFrame, type TableLayout } from './word-table-layout';

export interface PerformanceView {
  /** One per chart: a stand-alone metric, or a group's metrics. */
  groups: MetricRowGroup[];
  headings: TableHeadings;
  rows: TableRowContent[];
  layout: TableLayout;
  note: string;
}

function withLayout(headings: TableHeadings, rows: TableRowContent[], frame: TableFrame): { rows: TableRowContent[]; layout: TableLayout } {
  return { rows, layout: tableLayout(headings, rows, frame) };
}

/**
 * The report's group style decides, except that a group's combined cells never cost months:
 * where their width ("first reply: 3.36*") would spread the period over more tables than a
 * row per key needs, each key gets its row.
 */
export function performanceView(report: Report, frame: TableFrame = DEFAULT_TABLE_FRAME): PerformanceView {
  const groups = groupMetrics(report.metrics);
  const headings = tableHeadings(report);
  let table = withLayout(headings, tableRows(report, groups, report.exportOptions.groupStyle === 'combined'), frame);
  if (report.exportOptions.groupStyle === 'combined' && table.layout.parts.length > 1 && table.rows.some((row) => row.kind === 'metric' && row.combined)) {
    const rowPerKey = withLayout(headings, tableRows(report, groups, false), frame);
    if (rowPerKey.layout.parts.length < table.layout.parts.length) table = rowPerKey;
  }
  return { groups, headings, ...table, note: tableNote(groups, table.rows, report.previous, documentWords(report.meta.language)) };
}
