// What the history says of each metric: its months on one timeline, a row per period, and its
// runs of consecutive misses. Every state comes from the one target rule (targets.ts: evaluate),
// every figure's text from figure-text.ts, as the report's own views say them.
import type { Metric } from '../report-schema';
import { evaluate, summariseMetric, type Evaluation } from '../targets';
import { describeEvaluation, describeTarget, formatMetricAverageWithUnit, formatMetricValueWithUnit, missIcon, NO_VALUE, formatMetricValue } from '../figure-text';
import { monthLabel } from '../periods';
import { describeMonths } from './history-periods';
import { ENGLISH_WORDS, type DocumentWords } from '../i18n/document-words';
import { placedMeta, type ServiceHistory, type TimelineMonth } from './service-history';
import type { MetricSeries } from './history-matching';

export interface HistoryPoint {
  month: TimelineMonth;
  /** The period's metric, null where the period is missing or had no such metric. */
  metric: Metric | null;
  value: number | null;
  state: Evaluation | 'no-period' | 'not-measured';
}

/**
 * Each series' points, worked out once for its timeline: the view's grid, chart and its
 * description, the runs, the paragraph, the CSV and the annex all read them (a history is built
 * afresh when its files or joins change, so its series and timeline are new objects then).
 */
const pointsOfSeries = new WeakMap<MetricSeries, { timeline: readonly TimelineMonth[]; points: readonly HistoryPoint[] }>();

/** Every month of the timeline for one metric: a gap (no-period) where a report is missing, its value and state elsewhere. */
export function seriesPoints(history: Pick<ServiceHistory, 'timeline'>, series: MetricSeries): readonly HistoryPoint[] {
  const kept = pointsOfSeries.get(series);
  if (kept !== undefined && kept.timeline === history.timeline) return kept.points;
  const points = history.timeline.map((month): HistoryPoint => {
    if (month.period === null) return { month, metric: null, value: null, state: 'no-period' };
    const metric = series.byPeriod[month.period] ?? null;
    if (metric === null) return { month, metric: null, value: null, state: 'not-measured' };
    const value = metric.values[month.index] ?? null;
    return { month, metric, value, state: evaluate(value, metric) };
  });
  pointsOfSeries.set(series, { timeline: history.timeline, points });
  return points;
}

export interface PointView {
  text: string;
  icon: string;
  /** For a screen reader and the tip: "Availability Mar 2025: 97.20 %, below the 99 % target". */
  accessibleName: string;
}

/** One month's cell of the history, in the words the report's grid uses. */
export function pointView(series: MetricSeries, point: HistoryPoint): PointView {
  const place = `${series.name} ${point.month.label}`;
  if (point.state === 'no-period') return { text: '', icon: '', accessibleName: `${place}: no report for this month` };
  if (point.metric === null || point.state === 'not-measured') return { text: '', icon: '', accessibleName: `${place}: not measured in this period` };
  const words = describeEvaluation(point.state, point.metric);
  if (point.value === null) return { text: NO_VALUE, icon: '', accessibleName: `${place}: ${words}` };
  const shown = formatMetricValueWithUnit(point.value, point.metric);
  return {
    text: formatMetricValue(point.value, point.metric),
    icon: point.state === 'missed' ? missIcon(point.metric) : '',
    accessibleName: `${place}: ${words === '' ? shown : `${shown}, ${words}`}`,
  };
}

export interface PeriodRow {
  period: number;
  periodName: string;
  /** The target as it was in that period: "≥ 99 %". */
  target: string;
  average: string;
  monthsMet: number;
  monthsWithValue: number;
  /** "Mar 2025: 97.20 %", or null when no month has a value. */
  worst: string | null;
  missed: number;
}

/** A row per period the metric was reported in: its average, months met of months with a value, worst month. */
export function periodRows(history: Pick<ServiceHistory, 'periods'>, series: MetricSeries, words: DocumentWords = ENGLISH_WORDS): PeriodRow[] {
  return series.byPeriod.flatMap((metric, period) => {
    if (metric === null) return [];
    const placed = history.periods[period]!;
    const summary = summariseMetric(metric);
    return [
      {
        period,
        periodName: placed.name,
        target: describeTarget(metric, words),
        average: summary.average === null ? NO_VALUE : formatMetricAverageWithUnit(summary.average, metric, words),
        monthsMet: summary.monthsMet,
        monthsWithValue: summary.monthsWithValue,
        worst: summary.worst === null ? null : words.colon(monthLabel(placedMeta(placed), summary.worst.monthIndex, words), formatMetricValueWithUnit(summary.worst.value, metric, words)),
        missed: summary.monthsMissed,
      },
    ];
  });
}

export interface MissRun {
  series: MetricSeries;
  first: TimelineMonth;
  last: TimelineMonth;
  months: number;
  /** How many periods the run crosses. */
  periods: number;
}

/** Runs shorter than this are single misses, not runs. */
export const SHORTEST_RUN = 2;

/** Every run of consecutive missed months; a met month, a month without a value or a missing report ends one. */
export function missRuns(history: Pick<ServiceHistory, 'timeline'>, series: MetricSeries): MissRun[] {
  const runs: MissRun[] = [];
  let current: HistoryPoint[] = [];
  const close = () => {
    if (current.length >= SHORTEST_RUN) {
      const periods = new Set(current.map((point) => point.month.period)).size;
      runs.push({ series, first: current[0]!.month, last: current.at(-1)!.month, months: current.length, periods });
    }
    current = [];
  };
  for (const point of seriesPoints(history, series)) {
    if (point.state === 'missed') current.push(point);
    else close();
  }
  close();
  return runs;
}

/** "Availability below target in 3 consecutive months, November 2024 – January 2025, across two periods". */
export function describeRun(run: MissRun, words: DocumentWords = ENGLISH_WORDS): string {
  return words.say('history.run', {
    metric: run.series.name,
    direction: run.series.newest.direction === 'higher-is-better' ? 'higher' : 'lower',
    months: run.months,
    span: describeMonths(run.first.month, run.months, words),
    periods: run.periods,
  });
}

/** Every run of every metric, longest first, then the most recent. */
export function allMissRuns(history: Pick<ServiceHistory, 'timeline' | 'metrics'>): MissRun[] {
  return history.metrics.flatMap((series) => missRuns(history, series)).sort((a, b) => b.months - a.months || b.last.month - a.last.month);
}

export interface TargetRecord {
  series: MetricSeries;
  met: number;
  checked: number;
  since: TimelineMonth;
}

/** Months met of months checked against a target, over the whole history, for each metric with a target. */
export function targetRecords(history: Pick<ServiceHistory, 'timeline' | 'metrics'>): TargetRecord[] {
  return history.metrics.flatMap((series) => {
    const checked = seriesPoints(history, series).filter((point) => point.state === 'met' || point.state === 'missed');
    if (checked.length === 0) return [];
    return [{ series, met: checked.filter((point) => point.state === 'met').length, checked: checked.length, since: checked[0]!.month }];
  });
}

/** Metrics named one by one in the history paragraph; past it, the others are counted together. */
export const RECORDS_NAMED = 4;

/**
 * The paragraph for the overview: "Availability has met its target in 22 of 24 months since
 * January 2024." One sentence a metric for a few, then the others together; '' with no target checked.
 */
export function historyParagraph(history: Pick<ServiceHistory, 'timeline' | 'metrics'>, words: DocumentWords = ENGLISH_WORDS): string {
  const records = targetRecords(history);
  const sentence = (record: TargetRecord) => words.say('history.record', { metric: record.series.name, met: record.met, checked: record.checked, since: describeMonths(record.since.month, 1, words) });
  if (records.length <= RECORDS_NAMED) return records.map(sentence).join(' ');
  const named = records.slice(0, RECORDS_NAMED - 1).map(sentence);
  const rest = records.slice(RECORDS_NAMED - 1);
  const met = rest.reduce((sum, record) => sum + record.met, 0);
  const checked = rest.reduce((sum, record) => sum + record.checked, 0);
  return [...named, words.say('history.recordOthers', { count: rest.length, met, checked })].join(' ');
}
