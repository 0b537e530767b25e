// Which metric charts a Word document shows. Every one, up to a number a reader can still take
// in; past it (a report of thousands of metrics), the charts that show a missed target first,
// then the others, in table order, and the document and the warning before the export say so.
// Every figure is still in the tables.
import type { Report } from './report-schema';
import { evaluate, groupMetrics, type MetricRowGroup } from './targets';

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

function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** "the 2,340 that show a missed target", "the one that shows a missed target". */
function thatMissed(missed: number): string {
  return missed === 1 ? 'the one that shows a missed target' : `the ${count(missed)} that show a missed target`;
}

/** Which charts were kept, in words: "the first 100 of the 2,340 that show a missed target". */
function whichShown(selection: ChartSelection<MetricRowGroup>): string {
  const shown = selection.shown.length;
  if (selection.missed === shown) return thatMissed(shown);
  if (selection.missed > shown) return `the first ${count(shown)} of ${thatMissed(selection.missed)}, in table order`;
  if (selection.missed === 0) return `the first ${count(shown)} in table order`;
  return `${thatMissed(selection.missed)} and the first ${count(shown - selection.missed)} of the others, in table order`;
}

/** The sentence the document prints before its charts when it leaves some out; null when it shows them all. */
export function chartsLeftOutSentence(selection: ChartSelection<MetricRowGroup>): string | null {
  if (selection.shown.length === selection.charted) return null;
  return `The figures make ${count(selection.charted)} charts, more than a document can usefully hold: shown below are ${whichShown(selection)}. Every figure is in the tables above.`;
}

/** What the window and the command line say before an export that will leave charts out; null when it shows them all. */
export function chartsLeftOutWarning(report: Pick<Report, 'metrics' | 'exportOptions'>, includeCharts = report.exportOptions.includeCharts): string | null {
  if (!includeCharts) return null;
  const selection = documentCharts(groupMetrics(report.metrics));
  if (selection.shown.length === selection.charted) return null;
  return `This report's figures make ${count(selection.charted)} charts; the Word document shows ${count(selection.shown.length)} of them (${whichShown(selection)}) and says so. Every figure is in its tables.`;
}
