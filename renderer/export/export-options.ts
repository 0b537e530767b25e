// The Word export's options as edits of the report: saved in the file, undone like any edit.
import type { ExportOptions, Report } from '../../shared/report-schema';
import { groupMetrics } from '../../shared/targets';
import { COMBINED_KEYS_MAX, countOf, groupMonthLines, keyedText, metricKey } from '../../shared/figure-text';

export function withExportOptions(report: Report, options: Partial<ExportOptions>): Report {
  return { ...report, exportOptions: { ...report.exportOptions, ...options } };
}

export function groupStyleLabel(style: ExportOptions['groupStyle']): string {
  return style === 'combined' ? 'Export groups side by side' : 'Export a row for each metric of a group';
}

export interface GroupExample {
  group: string;
  /** The keys of its rows: "lu, vu". */
  keys: string;
  /** How many keys it has: past COMBINED_KEYS_MAX it gets a row per key in either layout. */
  keyCount: number;
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
  return { group: first.group, keys: first.metrics.map(metricKey).join(', '), keyCount: first.metrics.length, cell };
}

// Up to two keys share a row; a larger group, and every group when side-by-side cells would
// spread the months over more tables than a row per key needs, gets a row per key
// (electron/services/word/word-performance-view.ts decides).
const SHARE_A_ROW = `Up to ${COMBINED_KEYS_MAX} metrics of a group share a row; a larger group, or a period too long for them side by side, gets a row for each.`;

/** What "side by side" makes of this report, the description of its choice. */
export function combinedLayoutHint(example: GroupExample | null): string {
  if (example === null) return `A group’s values side by side in each month, e.g. “lu: 4.42  vu: 0.09”. ${SHARE_A_ROW}`;
  if (example.keyCount > COMBINED_KEYS_MAX) return `${example.group} has ${countOf(example.keyCount, 'metric', 'metrics')}, so a row for each (${example.keys}). ${SHARE_A_ROW}`;
  const sideBySide = example.cell === null ? `${example.keys} side by side` : `“${example.cell}”`;
  return `${example.group}: ${sideBySide} in each month. ${SHARE_A_ROW}`;
}

/** What "a row for each metric" makes of this report, the description of its choice. */
export function rowsLayoutHint(example: GroupExample | null): string {
  return example === null ? 'The group’s name, then a row under it for each of its metrics.' : `${example.group}, then a row each for ${example.keys}.`;
}
