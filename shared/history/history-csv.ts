// The history in long form, a row per metric and month, for a spreadsheet's pivot table:
// period, month, metric, group, key, value, unit, target, met, note. Written by shared/csv.
import { writeCsv } from '../csv/csv-text';
import { asSentence, targetWording } from '../figure-text';
import { figureNote } from '../figure-notes';
import { seriesPoints } from './history-facts';
import type { ServiceHistory } from './service-history';

export const HISTORY_CSV_COLUMNS = ['period', 'month', 'metric', 'group', 'key', 'value', 'unit', 'target', 'met', 'note'] as const;

// A figure its unit cannot hold (100.78 %) is neither met nor missed: it is not checked.
const MET_WORDS = { met: 'yes', missed: 'no', missing: '', 'no-target': '', 'out-of-range': 'not checked' } as const;

/** The rows under the heading: every month of every period a metric was reported in; a figure keeps the precision given. */
export function historyCsvRows(history: Pick<ServiceHistory, 'timeline' | 'metrics' | 'periods'>): string[][] {
  const rows: string[][] = [];
  for (const series of history.metrics) {
    for (const point of seriesPoints(history, series)) {
      const { metric } = point;
      if (metric === null || point.month.period === null || !Object.hasOwn(MET_WORDS, point.state)) continue;
      const note = figureNote(metric, point.month.index);
      const noteText = note === null ? '' : [asSentence(note.happened), note.measure.trim() === '' ? '' : asSentence(`Measure: ${note.measure}`)].filter((part) => part !== '').join(' ');
      rows.push([
        history.periods[point.month.period]!.name,
        point.month.key,
        series.name,
        metric.group ?? '',
        metric.key ?? '',
        point.value === null ? '' : String(point.value),
        metric.unit,
        metric.target === null ? (targetWording(metric) ?? '') : String(metric.target),
        MET_WORDS[point.state as keyof typeof MET_WORDS],
        noteText,
      ]);
    }
  }
  return rows;
}

/** The whole file: UTF-8 with a BOM, the heading, then the rows. */
export function historyCsv(history: Pick<ServiceHistory, 'timeline' | 'metrics' | 'periods'>): string {
  return writeCsv([[...HISTORY_CSV_COLUMNS], ...historyCsvRows(history)]);
}
