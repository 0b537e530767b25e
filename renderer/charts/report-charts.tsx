// The performance charts (one per metric or group) and the effort chart, from the same
// definitions the Word export renders. Each takes only the parts of the report it draws, and
// is memoised on them: typing in a section leaves them alone instead of redrawing every chart.
import { memo, useMemo, type ReactElement } from 'react';
import type { Report } from '../../shared/report-schema';
import { effortChart, metricCharts } from '../../shared/chart-config';
import { sameMonths } from '../../shared/periods';
import { ChartCanvas } from './chart-canvas';
import { describeEffortChart, describeMetricCharts, metricChartCaptions } from './chart-descriptions';
import { useChartTheme } from './chart-theme';

interface PerformanceChartsProps {
  meta: Report['meta'];
  metrics: Report['metrics'];
}

export const PerformanceCharts = memo(function PerformanceCharts({ meta, metrics }: PerformanceChartsProps): ReactElement | null {
  const theme = useChartTheme();
  const source = useMemo(() => ({ meta, metrics }), [meta, metrics]);
  const charts = useMemo(() => metricCharts(source, theme), [source, theme]);
  const descriptions = useMemo(() => describeMetricCharts(source), [source]);
  const captions = useMemo(() => metricChartCaptions(source), [source]);
  if (charts.length === 0) return null;
  return (
    <div className="chart-grid">
      {charts.map((chart, index) => (
        <ChartCanvas key={chart.id} chart={chart} description={descriptions[index] ?? chart.title} caption={captions[index]} height={260} />
      ))}
    </div>
  );
}, (before, after) => before.metrics === after.metrics && sameMonths(before.meta, after.meta));

export const EffortChart = memo(function EffortChart({ effort }: { effort: Report['effort'] }): ReactElement | null {
  const theme = useChartTheme();
  const chart = useMemo(() => effortChart({ effort }, theme), [effort, theme]);
  if (effort.people.length === 0) return null;
  const height = Math.max(140, 70 + effort.people.length * 34);
  return <ChartCanvas chart={chart} description={describeEffortChart({ effort })} height={height} />;
});
