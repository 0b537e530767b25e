// Which metric charts a Word document shows. Every one, up to a number a reader can still take
// in; past it (a report of thousands of metrics), the charts that show a missed target first,
// then the others, in table order, and the document and the warning before the export say so.
// Every figure is still in the tables.
import type { Report } from './report-schema';
import { evaluate, groupMetrics, type MetricRowGroup } from './targets';
import { ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';

/** More charts than this, and no one reads them: the document shows this many. */
export const MOST_DOCUMENT_CHARTS = 100;

/** A row with no value at all has no chart: it would say nothing the table's dashes do not. */
export function hasChart(row: MetricRowGroup): boolean {
  return row.metrics.some((metric) => metric.values.some((value) => value !== null));
}

function showsMiss(row: MetricRowGroup): boolean {
  return row.metrics.some((metric) => metric.values.some((value) => evaluate(value, metric) === 'missed'));
}

export interface ChartSelection<T extends MetricRowGroup> {
  /** The rows whose charts the document shows, in table order. */
  shown: T[];
  /** How many rows have a chart. */
  charted: number;
  /** How many of those show a missed target. */
  missed: number;
}

/** The rows whose charts a document shows, from the rows of its table. */
export function documentCharts<T extends MetricRowGroup>(rows: readonly T[]): ChartSelection<T> {
  const charted = rows.filter(hasChart);
  if (charted.length <= MOST_DOCUMENT_CHARTS) return { shown: charted, charted: charted.length, missed: charted.filter(showsMiss).length };
  const missed = new Set(charted.filter(showsMiss));
  const chosen = new Set([...missed, ...charted.filter((row) => !missed.has(row))].slice(0, MOST_DOCUMENT_CHARTS));
  return { shown: charted.filter((row) => chosen.has(row)), charted: charted.length, missed: missed.size };
}

/** Which charts were kept, in words: "the first 100 of the 2,340 that show a missed target". */
function whichShown(selection: ChartSelection<MetricRowGroup>, words: DocumentWords): string {
  const shown = selection.shown.length;
  const missed = { missed: selection.missed, missedCount: words.count(selection.missed) };
  if (selection.missed === shown) return words.say('charts.shownMissed', missed);
  if (selection.missed > shown) return words.say('charts.shownFirstOfMissed', { shown: words.count(shown), missedCount: missed.missedCount });
  if (selection.missed === 0) return words.say('charts.shownFirst', { shown: words.count(shown) });
  return words.say('charts.shownMissedAndFirst', { ...missed, others: words.count(shown - selection.missed) });
}

/** The sentence the document prints before its charts when it leaves some out, in its language; null when it shows them all. */
export function chartsLeftOutSentence(selection: ChartSelection<MetricRowGroup>, words: DocumentWords = ENGLISH_WORDS): string | null {
  if (selection.shown.length === selection.charted) return null;
  return words.say('charts.leftOut', { charted: words.count(selection.charted), which: whichShown(selection, words) });
}

/**
 * What the window (in English) and the command line (in the report's language: it speaks of the
 * document) say before an export that will leave charts out; null when it shows them all.
 */
export function chartsLeftOutWarning(report: Pick<Report, 'metrics' | 'exportOptions'>, includeCharts = report.exportOptions.includeCharts, words: DocumentWords = ENGLISH_WORDS): string | null {
  if (!includeCharts) return null;
  const selection = documentCharts(groupMetrics(report.metrics));
  if (selection.shown.length === selection.charted) return null;
  return words.say('charts.leftOutWarning', { charted: words.count(selection.charted), shown: words.count(selection.shown.length), which: whichShown(selection, words) });
}
