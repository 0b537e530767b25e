// The performance charts (one per metric or group) and the effort chart, from the same
// definitions the Word export renders. Each takes only the parts of the report it draws, and
// is memoised on them: typing in a section leaves them alone instead of redrawing every chart.
import { memo, useMemo, type ReactElement } from 'react';
import type { Metric, Report } from '../../shared/report-schema';
import { groupMetrics } from '../../shared/targets';
import { effortChart, metricChartId, metricCharts, type ChartTheme } from '../../shared/chart-config';
import { sameMonths } from '../../shared/periods';
import { ChartCanvas } from './chart-canvas';
import { describeEffortChart, describeMetricCharts, metricChartCaptions } from '../../shared/chart-descriptions';
import { useChartTheme } from './chart-theme';

interface PerformanceChartsProps {
  meta: Report['meta'];
  metrics: Report['metrics'];
}

interface MetricChartProps {
  meta: Report['meta'];
  /** The metrics of this chart's row: one, or a group's. */
  metrics: readonly Metric[];
  theme: ChartTheme;
}

/** One chart, drawn again only when one of its own metrics changes, not for a figure elsewhere. */
const MetricChart = memo(
  function MetricChart({ meta, metrics, theme }: MetricChartProps): ReactElement | null {
    const source = useMemo(() => ({ meta, metrics: [...metrics] }), [meta, metrics]);
    const chart = useMemo(() => metricCharts(source, theme)[0], [source, theme]);
    const description = useMemo(() => describeMetricCharts(source)[0], [source]);
    const caption = useMemo(() => metricChartCaptions(source)[0], [source]);
    if (chart === undefined) return null;
    return <ChartCanvas chart={chart} description={description ?? chart.title} caption={caption} height={260} />;
  },
  (before, after) =>
    before.theme === after.theme &&
    sameMonths(before.meta, after.meta) &&
    before.meta.language === after.meta.language &&
    before.metrics.length === after.metrics.length &&
    before.metrics.every((metric, index) => metric === after.metrics[index]),
);

export const PerformanceCharts = memo(
  function PerformanceCharts({ meta, metrics }: PerformanceChartsProps): ReactElement | null {
    const theme = useChartTheme();
    const rows = useMemo(() => groupMetrics(metrics), [metrics]);
    if (rows.length === 0) return null;
    return (
      <div className="chart-grid drawn-when-near">
        {rows.map((row) => (
          <MetricChart key={metricChartId(row)} meta={meta} metrics={row.metrics} theme={theme} />
        ))}
      </div>
    );
  },
  (before, after) => before.metrics === after.metrics && sameMonths(before.meta, after.meta) && before.meta.language === after.meta.language,
);

/** The effort chart, in the report's language like every chart's words. */
export const EffortChart = memo(function EffortChart({ effort, language }: { effort: Report['effort']; language: string }): ReactElement | null {
  const theme = useChartTheme();
  const source = useMemo(() => ({ effort, meta: { language } }), [effort, language]);
  const chart = useMemo(() => effortChart(source, theme), [source, theme]);
  if (effort.people.length === 0) return null;
  const height = Math.max(140, 70 + effort.people.length * 34);
  return <ChartCanvas chart={chart} description={describeEffortChart(source)} height={height} />;
});
