// Chart descriptions of a report's figures, shared by the renderer (on screen) and the Word
// export (rendered to PNG in main). Pure data: callers own the canvas and its size.
import type { ChartConfiguration, ChartDataset, PointStyle } from 'chart.js';
import type { Metric, Report } from './report-schema';
import { monthLabels } from './periods';
import { evaluate, groupMetrics, totalPm, type MetricRowGroup } from './targets';
import { describeTarget } from './figure-text';
import { formatPm } from './numbers';

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

const NORMAL_POINT: PointStyle = 'circle';
/** A missed month differs in shape as well as colour, so colour is never the only sign. */
export const MISSED_POINT: PointStyle = 'triangle';

type LineDataset = ChartDataset<'line', (number | null)[]>;

function seriesColour(theme: ChartTheme, index: number): string {
  return theme.series[index % theme.series.length] ?? theme.text;
}

function valueDataset(metric: Metric, label: string, colour: string, theme: ChartTheme): LineDataset {
  const missed = metric.values.map((value) => evaluate(value, metric) === 'missed');
  // Long periods get smaller points, so 36 months stay a line rather than a row of beads.
  const radius = metric.values.length > 12 ? 2.5 : 4;
  return {
    type: 'line',
    label,
    // null stays null: chart.js leaves a gap there instead of drawing a zero.
    data: metric.values.map((value) => value),
    spanGaps: false,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    pointStyle: missed.map((isMissed) => (isMissed ? MISSED_POINT : NORMAL_POINT)),
    pointRadius: missed.map((isMissed) => (isMissed ? radius + 3 : radius)),
    pointBackgroundColor: missed.map((isMissed) => (isMissed ? theme.miss : colour)),
    pointBorderColor: missed.map((isMissed) => (isMissed ? theme.miss : colour)),
  };
}

function targetDataset(label: string, target: number, months: number, theme: ChartTheme): LineDataset {
  return {
    type: 'line',
    label,
    data: Array.from({ length: months }, () => target),
    borderColor: theme.target,
    backgroundColor: theme.target,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    // Shown as a line in the legend, not a dot: it is a threshold, not a series of figures.
    pointStyle: 'line',
  };
}

/** One dashed line per distinct target, naming the keys it applies to ("Target lu, u"). */
function targetDatasets(row: MetricRowGroup, months: number, theme: ChartTheme): LineDataset[] {
  const byTarget = new Map<number, Metric[]>();
  for (const metric of row.metrics) {
    if (metric.target === null) continue;
    byTarget.set(metric.target, [...(byTarget.get(metric.target) ?? []), metric]);
  }
  return [...byTarget].map(([target, metrics]) => {
    // A group's lines are named by their keys; the y axis gives their level and unit.
    const label = row.group === null ? `Target: ${describeTarget(metrics[0]!)}` : `Target ${metrics.map((metric) => metric.key ?? metric.name).join(', ')}`;
    return targetDataset(label, target, months, theme);
  });
}

/**
 * Month labels for the x axis: "Jan" with the year under it only where a year starts, so 6 to
 * 36 months stay readable without turning the labels on their side. "M1 … Mn" stay as they are.
 */
/** What the performance charts are drawn from: a text edit elsewhere leaves both the same. */
export type MetricChartSource = Pick<Report, 'meta' | 'metrics'>;

export function monthAxisLabels(report: Pick<Report, 'meta'>): (string | string[])[] {
  const labels = monthLabels(report.meta);
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
  const numbers = row.metrics.flatMap((metric) => [...metric.values, metric.target]).filter((value): value is number => value !== null);
  const low = numbers.length === 0 ? 0 : Math.min(...numbers);
  const high = numbers.length === 0 ? 1 : Math.max(...numbers);
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

function rowChart(report: MetricChartSource, row: MetricRowGroup, theme: ChartTheme): ReportChart {
  const first = row.metrics[0]!;
  const title = row.group ?? first.name;
  const unit = first.unit;
  const months = report.meta.period.months;
  const values = row.metrics.map((metric, index) =>
    valueDataset(metric, row.group === null ? metric.name : (metric.key ?? metric.name), seriesColour(theme, index), theme),
  );
  const config: ChartConfiguration<'line', (number | null)[], string | string[]> = {
    type: 'line',
    data: { labels: monthAxisLabels(report), datasets: [...values, ...targetDatasets(row, months, theme)] },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: true, text: unit === '' ? title : `${title} (${unit})`, color: theme.text, font: { size: 14, weight: 'bold' } },
        legend: { position: 'bottom', labels: { color: theme.text, usePointStyle: true, boxHeight: 6 } },
      },
      scales: {
        // offset: the first and last months sit inside the plot, their points and labels whole.
        x: { offset: true, ticks: { color: theme.text, maxRotation: 0, autoSkipPadding: 8 }, grid: { color: theme.grid } },
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
  return { id: metricChartId(row), title, config };
}

/** One chart per stand-alone metric and one per group, in table order. */
export function metricCharts(report: MetricChartSource, theme: ChartTheme = LIGHT_CHART_THEME): ReportChart[] {
  return groupMetrics(report.metrics).map((row) => rowChart(report, row, theme));
}

/** A bar per person, in person-months. */
export function effortChart(report: Pick<Report, 'effort'>, theme: ChartTheme = LIGHT_CHART_THEME): ReportChart {
  const people = report.effort.people;
  const title = `Effort by person (total ${formatPm(totalPm(report))} PM)`;
  const config: ChartConfiguration<'bar', number[], string> = {
    type: 'bar',
    data: {
      labels: people.map((person) => person.name.trim() || 'Unnamed'),
      datasets: [{ label: 'Person-months', data: people.map((person) => person.pm), backgroundColor: seriesColour(theme, 0), maxBarThickness: 18 }],
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: true, text: title, color: theme.text, font: { size: 14, weight: 'bold' } },
        legend: { display: false },
      },
      scales: {
        x: { beginAtZero: true, ticks: { color: theme.text }, grid: { color: theme.grid }, title: axisTitle('PM', theme) },
        y: { ticks: { color: theme.text }, grid: { display: false } },
      },
    },
  };
  return { id: 'effort', title, config };
}
