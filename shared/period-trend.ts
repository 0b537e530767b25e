// The overview's sentence on how this period compares with the last: "Availability averaged
// 99.60 %, against 99.76 % in the previous period."
import type { Metric, Report } from './report-schema';
import { metricAverage } from './targets';
import { formatMetricAverage, metricLabel } from './figure-text';
import { previousOfMetric } from './previous-period';
import { withUnit } from './numbers';
import { documentWords, type DocumentWords } from './i18n/document-words';

/** Up to this many metrics, each is named with both averages; past it, the sentence counts better and worse. */
export const TRENDS_LISTED_ONE_BY_ONE = 4;

interface Trend {
  metric: Metric;
  now: string;
  before: string;
  change: 'better' | 'worse' | 'same';
}

function trendOf(report: Report, metric: Metric, words: DocumentWords): Trend | null {
  const now = metricAverage(metric);
  const before = previousOfMetric(report, metric)?.average ?? null;
  if (now === null || before === null) return null;
  const nowText = formatMetricAverage(now, metric);
  const beforeText = formatMetricAverage(before, metric);
  // Averages that read the same are the same to a reader, whatever their last digits.
  const higher = Number(nowText) > Number(beforeText);
  const change = nowText === beforeText ? 'same' : higher === (metric.direction === 'higher-is-better') ? 'better' : 'worse';
  return { metric, now: withUnit(words.number(nowText), metric.unit, words), before: withUnit(words.number(beforeText), metric.unit, words), change };
}

/**
 * The trend against the previous period, or '' when there is none to state (no previous period,
 * or no metric with an average in both).
 */
export function draftTrend(report: Report): string {
  if (report.previous === null) return '';
  const words = documentWords(report.meta.language);
  const trends = report.metrics.map((metric) => trendOf(report, metric, words)).filter((trend): trend is Trend => trend !== null);
  if (trends.length === 0) return '';
  if (trends.length <= TRENDS_LISTED_ONE_BY_ONE) {
    const [first, ...rest] = trends;
    const others = rest.map((trend) => words.say('trend.next', { metric: metricLabel(trend.metric), now: trend.now, before: trend.before })).join('');
    return words.say('trend.first', { metric: metricLabel(first!.metric), now: first!.now, before: first!.before, others });
  }
  const counts = (['better', 'worse', 'same'] as const).map((change) => ({ change, count: trends.filter((trend) => trend.change === change).length })).filter(({ count }) => count > 0);
  const [first, ...rest] = counts;
  const lead = words.say('trend.lead', { count: first!.count, change: first!.change });
  return words.say('trend.counts', { metrics: trends.length, counts: words.list([lead, ...rest.map(({ change, count }) => words.say('trend.more', { count, change }))]) });
}
