// The notes of past figures, listed by metric and then period: what happened and the measure
// planned, found again by a search that reads case, accents and spacing aside (as names match).
import { formatMetricValueWithUnit, describeEvaluation } from '../figure-text';
import { evaluate } from '../targets';
import { monthLabel } from '../periods';
import { comparable } from '../report-building';
import { placedMeta, type ServiceHistory } from './service-history';
import { ENGLISH_WORDS, type DocumentWords } from '../i18n/document-words';

export interface HistoryNote {
  seriesId: string;
  metric: string;
  period: number;
  periodName: string;
  month: string;
  /** "97.20 %, below the 99 % target"; "no value" where the month has none. */
  figure: string;
  missed: boolean;
  happened: string;
  measure: string;
}

/** Every note, metric by metric (table order), period by period, month by month. */
export function historyNotes(history: Pick<ServiceHistory, 'metrics' | 'periods'>, words: DocumentWords = ENGLISH_WORDS): HistoryNote[] {
  return history.metrics.flatMap((series) =>
    series.byPeriod.flatMap((metric, period) => {
      if (metric === null) return [];
      const placed = history.periods[period]!;
      return metric.notes.map((note) => {
        const value = metric.values[note.month] ?? null;
        const state = evaluate(value, metric);
        const said = describeEvaluation(state, metric, words);
        const figure = value === null ? said : `${formatMetricValueWithUnit(value, metric, words)}${said === '' ? '' : `, ${said}`}`;
        return {
          seriesId: series.id,
          metric: series.name,
          period,
          periodName: placed.name,
          month: monthLabel(placedMeta(placed), note.month, words),
          figure,
          missed: state === 'missed',
          happened: note.happened.trim(),
          measure: note.measure.trim(),
        };
      });
    }),
  );
}

/** The notes whose metric, period, month or words hold every word searched for (case and accents aside). */
export function searchNotes(notes: readonly HistoryNote[], query: string): HistoryNote[] {
  const words = comparable(query).split(' ').filter((word) => word !== '');
  if (words.length === 0) return [...notes];
  return notes.filter((note) => {
    const text = comparable([note.metric, note.periodName, note.month, note.happened, note.measure].join(' '));
    return words.every((word) => text.includes(word));
  });
}
