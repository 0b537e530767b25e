// The overview's sentence on how this period compares with the last: "Availability averaged
// 99.60 %, against 99.76 % in the previous period."
import type { Metric, Report } from './report-schema';
import { metricAverage } from './targets';
import { formatMetricAverage, joinWords, metricLabel } from './figure-text';
import { previousOfMetric } from './previous-period';
import { withUnit } from './numbers';

/** Up to this many metrics, each is named with both averages; past it, the sentence counts better and worse. */
export const TRENDS_LISTED_ONE_BY_ONE = 4;

interface Trend {
  metric: Metric;
  now: string;
  before: string;
  change: 'better' | 'worse' | 'same';
}

function trendOf(report: Report, metric: Metric): Trend | null {
  const now = metricAverage(metric);
  const before = previousOfMetric(report, metric)?.average ?? null;
  if (now === null || before === null) return null;
  const nowText = formatMetricAverage(now, metric);
  const beforeText = formatMetricAverage(before, metric);
  // Averages that read the same are the same to a reader, whatever their last digits.
  const higher = Number(nowText) > Number(beforeText);
  const change = nowText === beforeText ? 'same' : higher === (metric.direction === 'higher-is-better') ? 'better' : 'worse';
  return { metric, now: withUnit(nowText, metric.unit), before: withUnit(beforeText, metric.unit), change };
}

/**
 * The trend against the previous period, or '' when there is none to state (no previous period,
 * or no metric with an average in both).
 */
export function draftTrend(report: Report): string {
  if (report.previous === null) return '';
  const trends = report.metrics.map((metric) => trendOf(report, metric)).filter((trend): trend is Trend => trend !== null);
  if (trends.length === 0) return '';
  const period = 'the previous period';
  if (trends.length <= TRENDS_LISTED_ONE_BY_ONE) {
    const [first, ...rest] = trends.map((trend) => ({ label: metricLabel(trend.metric), ...trend }));
    const others = rest.map((trend) => `; ${trend.label} ${trend.now}, against ${trend.before}`).join('');
    return `${first!.label} averaged ${first!.now}, against ${first!.before} in ${period}${others}.`;
  }
  const counts = (['better', 'worse', 'same'] as const).map((change) => ({ change, count: trends.filter((trend) => trend.change === change).length })).filter(({ count }) => count > 0);
  const words = { better: 'better', worse: 'worse', same: 'the same' };
  const [first, ...rest] = counts;
  const lead = `${first!.count} averaged ${words[first!.change]} ${first!.change === 'same' ? 'as' : 'than'} in ${period}`;
  return `Of the ${trends.length} metrics with an average in both periods, ${joinWords([lead, ...rest.map(({ change, count }) => `${count} ${words[change]}`)])}.`;
}
