// The words of every chart, in the window and in Word: what a screen reader hears, the verdict
// under a chart, a figure's caption and its alt text. They judge with evaluate() and name
// targets with targetLevel(), as the table and the chart lines do.
import type { Metric, Report, ReportMeta } from './report-schema';
import { evaluate, groupMetrics, totalPm, type MetricRowGroup } from './targets';
import { formatPm, formatWithUnit, withUnit } from './numbers';
import { monthLabel } from './periods';
import { describeTarget, formatMetricValue, isolated, metricKey, targetLevel, targetPhrase, targetWording } from './figure-text';
import { documentWords, type DocumentWords } from './i18n/document-words';

type ChartMeta = Pick<ReportMeta, 'period' | 'monthLabels' | 'language'>;
type ChartSource = { meta: ChartMeta; metrics: Report['metrics'] };

/** The words of a report's charts: its language's, in the window as in Word. */
function chartWords(meta: Pick<ReportMeta, 'language'>): DocumentWords {
  return documentWords(meta.language);
}

function monthsWhere(meta: ChartMeta, metric: Metric, state: ReturnType<typeof evaluate>, words: DocumentWords): string[] {
  return metric.values.flatMap((value, index) => (evaluate(value, metric) === state ? [monthLabel(meta, index, words)] : []));
}

export interface ChartWords {
  /** "Availability by month against the 99 % target". */
  intro: string;
  /** "missed in M3", "met in every month with a value", "no values yet". */
  verdict: string;
  /** Whether the chart has a target its figures are checked against. */
  judged: boolean;
  missed: boolean;
}

function hasNoValue(metrics: readonly Metric[]): boolean {
  return metrics.every((metric) => metric.values.every((value) => value === null));
}

function singleIntro(metric: Metric, words: DocumentWords): string {
  if (metric.target !== null) return words.say('chart.intro', { metric: metric.name, target: formatWithUnit(metric.target, metric.unit, null, words) });
  return words.say('chart.introUntargeted', { metric: metric.name, target: targetPhrase(metric, words) });
}

function singleWords(meta: ChartMeta, metric: Metric, words: DocumentWords): ChartWords {
  const judged = metric.target !== null;
  const intro = singleIntro(metric, words);
  if (hasNoValue([metric])) return { intro, verdict: words.say('chart.noValues'), judged, missed: false };
  const missed = monthsWhere(meta, metric, 'missed', words);
  const missing = monthsWhere(meta, metric, 'missing', words);
  // A figure its unit cannot hold is never met: the chart says it was not checked, not "met in every month".
  const outside = judged ? monthsWhere(meta, metric, 'out-of-range', words) : [];
  const met = outside.length === 0 ? words.say('chart.metEveryMonth') : words.say('chart.metEveryMonthChecked');
  const verdict = !judged ? words.say('chart.valuesShown') : missed.length === 0 ? met : words.say('chart.missedIn', { months: words.list(missed) });
  const withMissing = missing.length === 0 ? verdict : words.say('chart.noValueIn', { verdict, months: words.list(missing) });
  return { intro, verdict: notChecked(withMissing, outside, words), judged, missed: missed.length > 0 };
}

/** The verdict, and the months whose figures were not checked because their unit cannot hold them. */
function notChecked(verdict: string, outside: readonly string[], words: DocumentWords): string {
  return outside.length === 0 ? verdict : words.say('chart.notCheckedIn', { verdict, months: words.list(outside) });
}

/** "lu (target ≤ 5 working days)", "lu (target 3.32 as agreed, not checked)", "vu (no target)". */
function keyWithTarget(metric: Metric, words: DocumentWords): string {
  return words.say('chart.keyWithTarget', { key: metricKey(metric), target: targetPhrase(metric, words) });
}

function groupIntro(row: MetricRowGroup, words: DocumentWords): string {
  const group = row.group ?? '';
  const keys = words.list(row.metrics.map(metricKey));
  if (row.metrics.every((metric) => metric.target !== null)) return words.say('chart.groupIntro', { group, keys, targets: 'all' });
  if (row.metrics.every((metric) => targetLevel(metric) === null)) return words.say('chart.groupIntro', { group, keys, targets: 'none' });
  return words.say('chart.groupIntro', { group, keys: words.list(row.metrics.map((metric) => keyWithTarget(metric, words))), targets: 'some' });
}

function groupWords(meta: ChartMeta, row: MetricRowGroup, words: DocumentWords): ChartWords {
  // A group whose keys have no checked targets must not be said to meet them.
  const judged = row.metrics.some((metric) => metric.target !== null);
  const intro = groupIntro(row, words);
  if (hasNoValue(row.metrics)) return { intro, verdict: words.say('chart.noValues'), judged, missed: false };
  if (!judged) return { intro, verdict: words.say('chart.valuesShown'), judged, missed: false };
  const misses = row.metrics.flatMap((metric) => {
    const months = monthsWhere(meta, metric, 'missed', words);
    return months.length === 0 ? [] : [words.say('chart.keyMissedIn', { key: metricKey(metric), months: words.list(months) })];
  });
  const outside = row.metrics.flatMap((metric) => (metric.target === null ? [] : monthsWhere(meta, metric, 'out-of-range', words).map((month) => `${metricKey(metric)} ${month}`)));
  const met = outside.length === 0 ? words.say('chart.metEveryMonth') : words.say('chart.metEveryMonthChecked');
  const verdict = misses.length === 0 ? met : words.say('chart.missedBy', { misses: misses.reduce((all, miss) => words.semicolon(all, miss)) });
  return { intro, verdict: notChecked(verdict, outside, words), judged, missed: misses.length > 0 };
}

/** The words of one performance chart: a stand-alone metric's, or a group's, in the report's language. */
export function metricChartWords(meta: ChartMeta, row: MetricRowGroup): ChartWords {
  const words = chartWords(meta);
  return row.group === null ? singleWords(meta, row.metrics[0]!, words) : groupWords(meta, row, words);
}

/** "Availability by month against the 99 % target: missed in M3": the chart's name for a screen reader, and its caption in Word. */
export function describeMetricChart(meta: ChartMeta, row: MetricRowGroup): string {
  const { intro, verdict } = metricChartWords(meta, row);
  return chartWords(meta).say('chart.described', { intro, verdict });
}

/** One description per chart of metricCharts(), in the same (table) order. */
export function describeMetricCharts(report: ChartSource): string[] {
  return groupMetrics(report.metrics).map((row) => describeMetricChart(report.meta, row));
}

/** A figure's caption in Word: what the chart shows and, where its figures are judged, the verdict. */
export function metricFigureCaption(meta: ChartMeta, row: MetricRowGroup): string {
  const words = chartWords(meta);
  const { intro, verdict, judged } = metricChartWords(meta, row);
  return judged || verdict === words.say('chart.noValues') ? `${words.say('chart.described', { intro, verdict })}.` : `${intro}.`;
}

/** The verdict shown under a chart in the window: a small marker or a gap in a line is easy to overlook. */
export function metricChartCaption(meta: ChartMeta, row: MetricRowGroup): { text: string; missed: boolean } {
  const words = chartWords(meta);
  const { verdict, judged, missed } = metricChartWords(meta, row);
  const text = judged || verdict === words.say('chart.noValues') ? verdict : words.say('chart.noTargetToCheck');
  return { text: text.charAt(0).toLocaleUpperCase(words.locale) + text.slice(1), missed };
}

export function metricChartCaptions(report: ChartSource): { text: string; missed: boolean }[] {
  return groupMetrics(report.metrics).map((row) => metricChartCaption(report.meta, row));
}

/**
 * Every figure the chart draws, for a reader who cannot see it (Word's alt text):
 * "Availability (target ≥ 99 %): M1 99.94 %, M2 99.37 %, … Support priority lu (no target): …".
 */
export function metricChartFigures(meta: ChartMeta, row: MetricRowGroup): string {
  const words = chartWords(meta);
  const series = row.metrics.map((metric) => {
    const months = metric.values.map((value, index) =>
      words.say('chart.monthFigure', { month: monthLabel(meta, index, words), value: value === null ? words.say('figure.noValue') : withUnit(formatMetricValue(value, metric, words), metric.unit, words) }),
    );
    const name = row.group === null ? metric.name : `${row.group} ${metricKey(metric)}`;
    const target = seriesTarget(metric, words);
    return words.say('chart.series', { name, target, months: months.join(', ') });
  });
  return `${series.join('. ')}.`;
}

/** "target: ≥ 99 %", "target: 3.32 as agreed, not checked", "no target": a series' target in the alt text. */
function seriesTarget(metric: Metric, words: DocumentWords): string {
  if (metric.target !== null) return words.say('chart.seriesTarget', { target: describeTarget(metric, words) });
  const wording = targetWording(metric);
  return wording === null ? words.say('target.none') : words.say('chart.seriesTargetWorded', { wording });
}

function personPm(person: Report['effort']['people'][number], words: DocumentWords): string {
  return words.say('chart.effortPerson', { name: isolated(person.name.trim() || words.say('person.unnamed')), pm: formatPm(person.pm, words) });
}

export function describeEffortChart(report: Pick<Report, 'effort'> & { meta: Pick<ReportMeta, 'language'> }): string {
  const words = chartWords(report.meta);
  const people = report.effort.people.map((person) => personPm(person, words));
  return words.say('chart.effortDescribed', { people: people.length === 0 ? words.say('chart.effortNobody') : words.list(people), pm: formatPm(totalPm(report), words) });
}

/** The effort figure's caption in Word; its alt text is describeEffortChart's. */
export function effortChartCaption(meta: Pick<ReportMeta, 'language'>): string {
  return chartWords(meta).say('chart.effortCaption');
}
