// A metric over the years as a chart.js chart, through the same chart definitions the report's
// own charts use (chart-config.ts): its line with a gap where a report is missing, the target as
// it was in each period (a step where it changed), and each miss a red triangle. Drawn on
// screen by the window and to PNG by the annex's export.
import type { ChartConfiguration, ChartDataset, Point } from 'chart.js';
import { LIGHT_CHART_THEME, MISSED_POINT, valueAxisRange, type ChartTheme, type ReportChart } from '../chart-config';
import { ENGLISH_WORDS, type DocumentWords } from '../i18n/document-words';
import { describeMonths, shortMonthOf } from './history-periods';
import { targetLevel } from '../figure-text';
import type { Metric } from '../report-schema';
import { seriesPoints } from './history-facts';
import type { MetricSeries } from './history-matching';
import type { ServiceHistory, TimelineMonth } from './service-history';

type LineDataset = ChartDataset<'line', (number | Point | null)[]>;

/** Past this many months the axis names years only: 120 month labels would be a smear. */
const MONTHS_LABELLED_ONE_BY_ONE = 36;

/**
 * Labels a long axis's size is measured on. Each of its labels is a year or empty and the first
 * is a year, so a sample (which always takes the first) sizes it as all 720 do; chart.js measured
 * every label, half the time of drawing a 20-period chart.
 */
const LABELS_SAMPLED = 24;

/** Every year labelled up to 12 years, then every 2nd, 5th or 10th: a label needs about forty pixels, and a chart is seldom wider than 900. */
function yearsBetweenLabels(years: number): number {
  if (years <= 12) return 1;
  if (years <= 24) return 2;
  return years <= 60 ? 5 : 10;
}

function axisLabels(timeline: readonly TimelineMonth[], words: DocumentWords): (string | string[])[] {
  const byYear = timeline.length > MONTHS_LABELLED_ONE_BY_ONE;
  const yearOf = (month: TimelineMonth | undefined) => Number(month?.key.slice(0, 4) ?? 0);
  const firstJanuary = timeline.findIndex((month) => month.key.endsWith('-01'));
  const baseYear = yearOf(timeline[Math.max(0, firstJanuary)]);
  const step = yearsBetweenLabels(yearOf(timeline.at(-1)) - yearOf(timeline[0]) + 1);
  return timeline.map((month, index) => {
    const [name, year] = shortMonthOf(month.key, words).split(' ') as [string, string];
    const january = month.key.endsWith('-01');
    if (!byYear) return index === 0 || january ? [name, year] : name;
    // The first month, mid-year, is named only where the first January named is half a step or
    // more away: two years side by side would run into each other.
    const start = index === 0 && !january && (firstJanuary === -1 || firstJanuary >= 6 * step);
    return start || (january && (yearOf(month) - baseYear) % step === 0) ? year : '';
  });
}

/** The chart's id: the metric's series, stable while the history is read again. */
export function historyChartId(series: Pick<MetricSeries, 'id'>): string {
  return `history-${series.id}`;
}

/** One chart per metric, its whole history on one axis. */
export function historyChart(history: Pick<ServiceHistory, 'timeline'>, series: MetricSeries, theme: ChartTheme = LIGHT_CHART_THEME, words: DocumentWords = ENGLISH_WORDS): ReportChart {
  const points = seriesPoints(history, series);
  const { newest } = series;
  const colour = theme.series[0] ?? theme.text;
  const long = points.length > MONTHS_LABELLED_ONE_BY_ONE;
  const radius = long ? 1.5 : 3;
  const values: LineDataset = {
    type: 'line',
    label: series.name,
    // null stays null: a month without a value, or without a report, is a gap in the line.
    data: points.map((point) => point.value),
    spanGaps: false,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: long ? 1.5 : 2,
    pointStyle: 'circle',
    pointRadius: points.map((point) => (point.state === 'missed' ? 0 : radius)),
    clip: false,
  };
  const levels = points.map((point) => (point.metric === null ? null : targetLevel(point.metric)));
  const target: LineDataset = {
    type: 'line',
    label: words.say('history.chartTarget'),
    data: levels.map((level) => level?.value ?? null),
    spanGaps: false,
    stepped: 'middle',
    borderColor: theme.target,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    fill: false,
  };
  const missedPoints = points.flatMap((point, index) => (point.state === 'missed' && point.value !== null ? [{ x: index, y: point.value }] : []));
  const misses: LineDataset = {
    type: 'line',
    label: words.say('chart.missed'),
    parsing: false,
    data: missedPoints,
    showLine: false,
    borderColor: theme.miss,
    backgroundColor: theme.miss,
    pointStyle: MISSED_POINT,
    pointRadius: radius + 3,
    clip: false,
  };
  const periodMetrics = series.byPeriod.filter((metric): metric is Metric => metric !== null);
  const title = newest.unit === '' ? series.name : `${series.name} (${newest.unit})`;
  const labels = axisLabels(history.timeline, words);
  // A long history is labelled by year; its grid follows the labels, a line where a year starts,
  // not one a month (720 of them grey the chart over). An array, not a function: the chart
  // thread receives the configuration as data.
  const monthLines = long ? { lineWidth: labels.map((label) => (label === '' ? 0 : 1)) } : {};
  const config: ChartConfiguration<'line', (number | Point | null)[], string | string[]> = {
    type: 'line',
    data: {
      labels,
      datasets: [values, ...(missedPoints.length === 0 ? [] : [misses]), ...(levels.some((level) => level !== null) ? [target] : [])],
    },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: true, text: title, color: theme.text, font: { size: 14, weight: 'bold' } },
        legend: { position: 'bottom', labels: { color: theme.text, usePointStyle: true, boxHeight: 6 } },
      },
      scales: {
        x: { offset: true, ticks: { color: theme.text, maxRotation: 0, autoSkip: !long, ...(long ? { sampleSize: LABELS_SAMPLED } : {}) }, grid: { color: theme.grid, ...monthLines } },
        y: {
          beginAtZero: newest.direction === 'lower-is-better',
          ...valueAxisRange({ group: null, metrics: [newest, ...periodMetrics] }),
          ticks: { color: theme.text },
          grid: { color: theme.grid },
          title: { display: newest.unit !== '', text: newest.unit, color: theme.text },
        },
      },
    },
  };
  return { id: historyChartId(series), title: series.name, config: config as ChartConfiguration };
}

/** What the chart shows, for its alt text and a screen reader: every period's months met, and the gaps. */
export function describeHistoryChart(history: Pick<ServiceHistory, 'timeline' | 'periods' | 'missing'>, series: MetricSeries, words: DocumentWords = ENGLISH_WORDS): string {
  const label = (month: TimelineMonth | undefined) => (month === undefined ? '' : shortMonthOf(month.key, words));
  const points = seriesPoints(history, series);
  const checked = points.filter((point) => point.state === 'met' || point.state === 'missed');
  const missed = checked.filter((point) => point.state === 'missed').map((point) => label(point.month));
  const gaps = history.missing.map((gap) => describeMonths(gap.first, gap.months, words));
  return [
    words.say('history.chartSpan', { metric: series.name, first: label(history.timeline[0]), last: label(history.timeline.at(-1)) }),
    checked.length === 0 ? words.say('history.chartNoneChecked') : words.say('history.chartMet', { met: checked.length - missed.length, checked: checked.length }),
    missed.length === 0 ? null : words.say('history.chartMissed', { months: missed.join(', ') }),
    gaps.length === 0 ? null : words.say('history.chartNoReport', { periods: gaps.join(', ') }),
  ]
    .filter((part): part is string => part !== null)
    .reduce((all, part) => words.semicolon(all, part));
}
