// Filling the performance table from a block pasted at a cell: rows of the block go to the
// following metrics, columns to the following months (a block started on a target cell
// fills the target first, then M1 onwards).
import type { Report } from '../../shared/report-schema';
import { withTarget } from '../../shared/targets';
import { countOf } from '../../shared/figure-text';
import { withoutFigureSource } from '../../shared/import/apply-import';
import type { DocumentStore } from '../document/document-store';
import type { EntryToFix } from '../document/entries-to-fix';
import { placeId, type Place } from '../document/places';
import { monthPlace, parseCellEntry, targetPlace } from './cell-entry';
import { parseTsv } from './tsv-paste';

/** A target cell, or a month by its 0-based index. */
export type PasteColumn = 'target' | number;

export interface PasteStart {
  metricIndex: number;
  column: PasteColumn;
}

export interface PasteOutcome {
  report: Report;
  /** Entries that were figures (or blanks) and went into the report. */
  written: number;
  /** Entries that were not figures: kept in their cells, the report unchanged there. */
  problems: EntryToFix[];
  /** Cells that now hold a good entry, so any earlier problem there is settled. */
  settledCellIds: string[];
  /** Non-blank entries that fell beyond the last month or the last metric. */
  ignored: number;
}

export function applyPaste(report: Report, start: PasteStart, block: readonly (readonly string[])[]): PasteOutcome {
  const months = report.meta.period.months;
  const firstColumn = start.column === 'target' ? 0 : start.column + 1;
  const metrics = report.metrics.map((metric) => ({ ...metric, values: [...metric.values] }));
  const problems: EntryToFix[] = [];
  const settledCellIds: string[] = [];
  let written = 0;
  let ignored = 0;

  block.forEach((cells, rowOffset) => {
    const metric = metrics[start.metricIndex + rowOffset];
    cells.forEach((raw, columnOffset) => {
      const column = firstColumn + columnOffset;
      if (metric === undefined || column > months) {
        if (raw.trim() !== '') ignored += 1;
        return;
      }
      const isTarget = column === 0;
      const at: Place = isTarget ? { kind: 'target', metricId: metric.id } : { kind: 'month', metricId: metric.id, monthIndex: column - 1 };
      const place = isTarget ? targetPlace(metric) : monthPlace(report.meta, metric, column - 1);
      const entry = parseCellEntry(raw, at, place, metric.unit);
      if (!entry.ok) {
        problems.push(entry.entry);
        return;
      }
      // metric is this paste's own copy: updated in place, the row's later cells land on it too.
      if (isTarget) Object.assign(metric, withTarget(metric, entry.value));
      else {
        metric.values[column - 1] = entry.value;
        // A figure pasted over an imported one is the person's own: its source goes in the same edit.
        metric.sources = withoutFigureSource(metric, column - 1).sources;
      }
      settledCellIds.push(placeId(at));
      written += 1;
    });
  });

  return { report: written === 0 ? report : { ...report, metrics }, written, problems, settledCellIds, ignored };
}

/** What the person is told after a paste: "Pasted 12 values. 2 values did not fit …". */
export function pasteSummary(outcome: Pick<PasteOutcome, 'written' | 'problems' | 'ignored'>): string {
  const parts = [`Pasted ${countOf(outcome.written, 'value', 'values')}.`];
  if (outcome.problems.length > 0) {
    const one = outcome.problems.length === 1;
    parts.push(`${countOf(outcome.problems.length, 'entry', 'entries')} could not be read as ${one ? 'a number and is' : 'numbers and are'} marked for fixing.`);
  }
  if (outcome.ignored > 0) {
    parts.push(`${countOf(outcome.ignored, 'value', 'values')} did not fit in the table and ${outcome.ignored === 1 ? 'was' : 'were'} ignored.`);
  }
  return parts.join(' ');
}

export function pasteLabel(written: number): string {
  return `Paste ${countOf(written, 'value', 'values')}`;
}

/**
 * A block pasted into a grid of the report's figures (`apply` fills it from the cell it was pasted
 * at): what reads goes into the report as one undo step, what does not stays in its cell as an
 * entry to fix. Returns what the person is told.
 */
export function pasteIntoReport(store: DocumentStore, text: string, apply: (report: Report, block: string[][]) => PasteOutcome): string {
  const block = parseTsv(text);
  if (block.length === 0) return 'The clipboard holds no text to paste.';
  const outcome = apply(store.report, block);
  store.settleEntries([...outcome.settledCellIds, ...outcome.problems.map((entry) => entry.cellId)], outcome.problems);
  if (outcome.written > 0) store.edit(pasteLabel(outcome.written), (report) => apply(report, block).report);
  return pasteSummary(outcome);
}
