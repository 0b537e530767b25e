// Chart descriptions of a report's figures, shared by the renderer (on screen) and the Word
// export (rendered to PNG in main). Pure data: callers own the canvas and its size.
import type { ChartConfiguration, ChartDataset, Point, PointStyle } from 'chart.js';
import type { Metric, Report } from './report-schema';
import { monthLabels } from './periods';
import { evaluate, groupMetrics, totalPm, type MetricRowGroup } from './targets';
import { metricKey, targetLevel, targetWording, type TargetLevel } from './figure-text';
import { formatNumber, formatPm } from './numbers';
import { documentWords, type DocumentWords } from './i18n/document-words';
import { ENGLISH_TICK_LOCALE } from './chart-locale';

export interface ReportChart {
  id: string;
  title: string;
  config: ChartConfiguration;
}

export interface ChartTheme {
  text: string;
  grid: string;
  /** Colours of the series, in order; red is kept out so a miss stands apart. */
  series: readonly string[];
  target: string;
  miss: string;
}

/** Okabe–Ito colours: told apart by people with colour-blind vision, and in greyscale print. */
export const LIGHT_CHART_THEME: ChartTheme = {
  text: '#1f2328',
  grid: '#d8dee4',
  series: ['#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#6e5494'],
  target: '#57606a',
  miss: '#c62828',
};

/** A missed month differs in shape as well as colour, so colour is never the only sign. */
export const MISSED_POINT: PointStyle = 'triangle';
/** The misses' legend entry in English; each language has its own (chart.missed). */
export const MISSED_LABEL = documentWords('en-GB').say('chart.missed');

type LineDataset = ChartDataset<'line', (number | Point | null)[]>;

function seriesColour(theme: ChartTheme, index: number): string {
  return theme.series[index % theme.series.length] ?? theme.text;
}

/** Long periods get smaller points, so 36 months stay a line rather than a row of beads. */
function pointRadius(months: number): number {
  return months > 12 ? 2.5 : 4;
}

function valueDataset(metric: Metric, label: string, colour: string, months: number): LineDataset {
  const radius = pointRadius(months);
  return {
    type: 'line',
    label,
    // null stays null: chart.js leaves a gap there instead of drawing a zero.
    data: metric.values.map((value) => value),
    spanGaps: false,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    // One style for every point, so the legend shows the series as it is; a missed month's
    // triangle is drawn over it by the misses' own dataset.
    pointStyle: 'circle',
    pointBackgroundColor: colour,
    pointBorderColor: colour,
    pointRadius: metric.values.map((value) => (evaluate(value, metric) === 'missed' ? 0 : radius)),
    // A point on the plot's edge (99.99 % under a 100 % ceiling) is drawn whole, not cut.
    clip: false,
  };
}

/** Every missed month of the chart's series as a red triangle, one legend entry for all of them. */
function missesDataset(metrics: readonly Metric[], months: number, theme: ChartTheme, words: DocumentWords): LineDataset | null {
  const points = metrics
    .flatMap((metric) => metric.values.flatMap((value, index) => (value !== null && evaluate(value, metric) === 'missed' ? [{ x: index, y: value }] : [])))
    .sort((a, b) => a.x - b.x);
  if (points.length === 0) return null;
  return {
    type: 'line',
    label: words.say('chart.missed'),
    // Points by month index, as the category axis counts them, so two keys may miss in one month.
    parsing: false,
    data: points,
    showLine: false,
    borderColor: theme.miss,
    backgroundColor: theme.miss,
    pointStyle: MISSED_POINT,
    pointRadius: pointRadius(months) + 3,
    pointBackgroundColor: theme.miss,
    pointBorderColor: theme.miss,
    clip: false,
  };
}

const CHECKED_DASH = [6, 4];
/** A target kept as the agreement's wording is drawn dotted: shown, never checked. */
const WORDED_DASH = [2, 3];

/**
 * A target as a line across the whole plot, in its series' colour: from the left edge to the
 * right one (half a month beyond the first and last), so a 1-month chart has its line too.
 * Keys that share a level take turns along one dashed line, so each colour shows.
 */
function targetDataset(label: string, level: TargetLevel, months: number, colour: string, share: { index: number; of: number }): LineDataset {
  const [dash, gap] = level.checked ? CHECKED_DASH : WORDED_DASH;
  return {
    type: 'line',
    label,
    parsing: false,
    data: [
      { x: -0.5, y: level.value },
      { x: months - 0.5, y: level.value },
    ],
    borderColor: colour,
    backgroundColor: colour,
    borderDash: [dash!, gap! + (dash! + gap!) * (share.of - 1)],
    borderDashOffset: -(dash! + gap!) * share.index,
    borderWidth: 1.5,
    pointRadius: 0,
    pointBorderColor: colour,
    pointBackgroundColor: colour,
    // Shown as a line in the legend, not a dot: it is a threshold, not a series of figures.
    pointStyle: 'line',
  };
}

/** One line per key with a target ("Target lu ≤ 5"), or the metric's own ("Target ≥ 99 %"). */
function targetDatasets(row: MetricRowGroup, months: number, theme: ChartTheme, words: DocumentWords): LineDataset[] {
  const levels = row.metrics.map((metric) => targetLevel(metric));
  return row.metrics.flatMap((metric, index) => {
    const level = levels[index];
    if (level === null || level === undefined) return [];
    const sharing = levels.flatMap((other, otherIndex) => (other !== null && other !== undefined && other.value === level.value ? [otherIndex] : []));
    // Short, as a legend entry should be ("Target ≥ 99"): the axis gives the unit.
    const shown = level.checked ? `${metric.direction === 'higher-is-better' ? '≥' : '≤'} ${words.number(formatNumber(level.value, null))}` : words.say('chart.notChecked', { wording: targetWording(metric) ?? '' });
    const label = words.say('chart.target', { hasKey: row.group === null ? 'no' : 'yes', key: metricKey(metric), level: shown });
    return [targetDataset(label, level, months, seriesColour(theme, index), { index: sharing.indexOf(index), of: sharing.length })];
  });
}

/** The locale chart.js writes its axis ticks in: the report's, and en-GB for any English (chart-locale.ts). */
function tickLocale(words: DocumentWords): { locale: string } {
  return { locale: words.language === 'en' ? ENGLISH_TICK_LOCALE : words.locale };
}

/** What the performance charts are drawn from: a text edit elsewhere leaves both the same. */
export type MetricChartSource = Pick<Report, 'meta' | 'metrics'>;

/**
 * Month labels for the x axis: "Jan" with the year under it only where a year starts, so 6 to
 * 36 months stay readable without turning the labels on their side. "M1 … Mn" stay as they are.
 */
export function monthAxisLabels(report: Pick<Report, 'meta'>): (string | string[])[] {
  const labels = monthLabels(report.meta, documentWords(report.meta.language));
  let shownYear = '';
  return labels.map((label) => {
    const [month, year] = label.split(' ');
    if (month === undefined || year === undefined) return label;
    if (year === shownYear) return month;
    shownYear = year;
    return [month, year];
  });
}

function axisTitle(unit: string, theme: ChartTheme): { display: boolean; text: string; color: string } {
  return { display: unit !== '', text: unit, color: theme.text };
}

/**
 * The value axis: room around the figures and the target lines, so a line never sits on the
 * plot's edge; percentages stop at 100, response times start at zero.
 */
export function valueAxisRange(row: MetricRowGroup): { suggestedMin?: number; suggestedMax: number; max?: number } {
  const numbers = row.metrics.flatMap((metric) => [...metric.values, targetLevel(metric)?.value ?? null]).filter((value): value is number => value !== null);
  // reduce, not Math.min(...numbers): a group may hold any number of metrics, a spread has a limit.
  const low = numbers.length === 0 ? 0 : numbers.reduce((least, value) => Math.min(least, value));
  const high = numbers.length === 0 ? 1 : numbers.reduce((most, value) => Math.max(most, value));
  const percent = row.metrics[0]!.unit === '%';
  if (row.metrics[0]!.direction === 'lower-is-better') return { suggestedMax: high + Math.max(high * 0.15, 0.5) };
  const pad = Math.max((high - low) * 0.15, 0.5);
  // A whole (or half) number at the bottom keeps the ticks on round values, not 96.5, 97.5.
  const step = high - low >= 2 ? 1 : 0.5;
  // Figures that are never negative get no negative axis; a percentage over 100 stays in view.
  const bottom = Math.floor((low - pad) / step) * step;
  const floor = low >= 0 ? Math.max(bottom, 0) : bottom;
  if (percent && high <= 100) return { suggestedMin: floor, suggestedMax: Math.min(high + pad, 100), max: 100 };
  return { suggestedMin: floor, suggestedMax: high + pad };
}

/** A chart's id: its metric's, or its group's; stable while rows change around it. */
export function metricChartId(row: MetricRowGroup): string {
  return row.group === null ? row.metrics[0]!.id : `group-${row.group.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** The chart of one table row: a stand-alone metric, or a group with a line per key. */
export function metricChart(report: Pick<Report, 'meta'>, row: MetricRowGroup, theme: ChartTheme = LIGHT_CHART_THEME): ReportChart {
  const first = row.metrics[0]!;
  const title = row.group ?? first.name;
  const unit = first.unit;
  const months = report.meta.period.months;
  const words = documentWords(report.meta.language);
  const values = row.metrics.map((metric, index) => valueDataset(metric, row.group === null ? metric.name : metricKey(metric), seriesColour(theme, index), months));
  const misses = missesDataset(row.metrics, months, theme, words);
  const config: ChartConfiguration<'line', (number | Point | null)[], string | string[]> = {
    type: 'line',
    data: { labels: monthAxisLabels(report), datasets: [...values, ...(misses === null ? [] : [misses]), ...targetDatasets(row, months, theme, words)] },
    options: {
      ...tickLocale(words),
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: true, text: unit === '' ? title : `${title} (${unit})`, color: theme.text, font: { size: 14, weight: 'bold' } },
        // Each entry drawn from its dataset's own style: a circle per series, the misses' triangle, a line per target.
        legend: { position: 'bottom', labels: { color: theme.text, usePointStyle: true, boxHeight: 6 } },
      },
      scales: {
        // offset: the first and last months sit inside the plot, their points and labels whole;
        // min and max: the target lines reach half a month beyond them without adding ticks.
        x: { offset: true, min: 0, max: months - 1, ticks: { color: theme.text, maxRotation: 0, autoSkipPadding: 8 }, grid: { color: theme.grid } },
        y: {
          // Response times read against zero; percentages near 99 would be flattened by it.
          beginAtZero: first.direction === 'lower-is-better',
          ...valueAxisRange(row),
          ticks: { color: theme.text },
          grid: { color: theme.grid },
          title: axisTitle(unit, theme),
        },
      },
    },
  };
  return { id: metricChartId(row), title, config: config as ChartConfiguration };
}

/** One chart per stand-alone metric and one per group, in table order. */
export function metricCharts(report: MetricChartSource, theme: ChartTheme = LIGHT_CHART_THEME): ReportChart[] {
  return groupMetrics(report.metrics).map((row) => metricChart(report, row, theme));
}

/** A bar per person, in person-months. */
export function effortChart(report: Pick<Report, 'effort'> & { meta: Pick<Report['meta'], 'language'> }, theme: ChartTheme = LIGHT_CHART_THEME): ReportChart {
  const people = report.effort.people;
  const words = documentWords(report.meta.language);
  const title = words.say('chart.effortTitle', { pm: formatPm(totalPm(report), words) });
  const config: ChartConfiguration<'bar', number[], string> = {
    type: 'bar',
    data: {
      labels: people.map((person) => person.name.trim() || words.say('person.unnamed')),
      datasets: [{ label: words.say('chart.personMonths'), data: people.map((person) => person.pm), backgroundColor: seriesColour(theme, 0), maxBarThickness: 18 }],
    },
    options: {
      ...tickLocale(words),
      indexAxis: 'y',
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: true, text: title, color: theme.text, font: { size: 14, weight: 'bold' } },
        legend: { display: false },
      },
      scales: {
        x: { beginAtZero: true, ticks: { color: theme.text }, grid: { color: theme.grid }, title: axisTitle(words.say('chart.pm'), theme) },
        // Every name, however many people: the chart is as tall as they need (effortChartHeight).
        y: { ticks: { color: theme.text, autoSkip: false }, grid: { display: false } },
      },
    },
  };
  return { id: 'effort', title, config };
}

/** Room for the title and the axis, then a bar's worth per person, so every name shows. */
export function effortChartHeight(people: number): number {
  return 90 + 22 * Math.max(1, people);
}
