// The Word export's options as edits of the report: saved in the file, undone like any edit.
import type { ExportOptions, Report } from '../../shared/report-schema';
import { groupMetrics } from '../../shared/targets';
import { groupMonthLines, keyedText, metricKey } from '../../shared/figure-text';

export function withExportOptions(report: Report, options: Partial<ExportOptions>): Report {
  return { ...report, exportOptions: { ...report.exportOptions, ...options } };
}

export function groupStyleLabel(style: ExportOptions['groupStyle']): string {
  return style === 'combined' ? 'Export groups as one row' : 'Export a row for each metric of a group';
}

export interface GroupExample {
  group: string;
  /** The keys of its rows: "lu, vu". */
  keys: string;
  /** One month's cell as a combined row writes it, its keys side by side: "lu: 4.42  vu: 0.09", or null with no figures yet. */
  cell: string | null;
}

/** The report's first group (Support priority), to show what each layout makes of it. */
export function groupExample(report: Pick<Report, 'meta' | 'metrics'>): GroupExample | null {
  const first = groupMetrics(report.metrics).find((row) => row.group !== null);
  if (first === undefined || first.group === null) return null;
  const month = Array.from({ length: report.meta.period.months }, (_, index) => index).find((index) => first.metrics.some((metric) => metric.values[index] != null));
  // The combined cell as Word writes it (a key with no value as "vu: —"), side by side on one line.
  const cell = month === undefined ? null : groupMonthLines(first.metrics, month).map(keyedText).join('  ');
  return { group: first.group, keys: first.metrics.map(metricKey).join(', '), cell };
}
