// The annex's charts, one per metric over the years, planned and drawn before docx loads, as the
// report's own figures are (word-figures.ts): by the chart workers, each PNG kept by its digest.
import { describeHistoryChart, historyChart } from '../../../shared/history/history-chart';
import type { ServiceHistory } from '../../../shared/history/service-history';
import { drawChartPngs } from '../charts/chart-drawing';
import { documentWords } from '../../../shared/i18n/document-words';
import { shortMonthOf } from '../../../shared/history/history-periods';
import type { DrawnFigure, Figure } from './word-figures';

const PIXEL_RATIO = 2;
/** The app's page's text width in pixels at 96 per inch: a history spans years, so every chart takes the text width whole. */
const WIDTH_PX = 640;
const HEIGHT_PX = 230;

/** A figure per metric with at least one value, in the history's order; keyed by the metric's series. */
export function historyFigures(history: ServiceHistory, language: string, widthPx = WIDTH_PX): Map<string, Figure> {
  const words = documentWords(language);
  const figures = new Map<string, Figure>();
  const first = history.timeline[0] === undefined ? '' : shortMonthOf(history.timeline[0].key, words);
  const last = history.timeline.at(-1) === undefined ? '' : shortMonthOf(history.timeline.at(-1)!.key, words);
  for (const series of history.metrics) {
    if (series.byPeriod.every((metric) => metric === null || metric.values.every((value) => value === null))) continue;
    figures.set(series.id, {
      chart: historyChart(history, series, undefined, words),
      size: { width: widthPx, height: HEIGHT_PX },
      caption: words.say('history.chartCaption', { metric: series.name, first, last }),
      altText: `${describeHistoryChart(history, series, words)}.`,
    });
  }
  return figures;
}

/** Starts drawing every chart now, as wide as the text (a Word template's, or the app's page's); the document awaits them as it is written. */
export function startHistoryFigures(history: ServiceHistory, language: string, widthPx = WIDTH_PX): Promise<Map<string, DrawnFigure>> {
  const figures = [...historyFigures(history, language, widthPx)];
  const drawn = drawChartPngs(figures.map(([, { chart, size }]) => ({ chart, width: size.width, height: size.height, pixelRatio: PIXEL_RATIO }))).then(
    (pngs) => new Map(figures.map(([id, figure], index) => [id, { ...figure, png: pngs[index]! }])),
  );
  // Awaited as the document is built; until then a failure must not count as unhandled.
  drawn.catch(() => undefined);
  return drawn;
}
