// The performance charts (one per metric or group) and the effort chart, from the same
// definitions the Word export renders.
import { useMemo, type ReactElement } from 'react';
import type { Report } from '../../shared/report-schema';
import { effortChart, metricCharts } from '../../shared/chart-config';
import { ChartCanvas } from './chart-canvas';
import { describeEffortChart, describeMetricCharts, metricChartCaptions } from './chart-descriptions';
import { useChartTheme } from './chart-theme';

export function PerformanceCharts({ report }: { report: Report }): ReactElement | null {
  const theme = useChartTheme();
  const charts = useMemo(() => metricCharts(report, theme), [report, theme]);
  const descriptions = useMemo(() => describeMetricCharts(report), [report]);
  const captions = useMemo(() => metricChartCaptions(report), [report]);
  if (charts.length === 0) return null;
  return (
    <div className="chart-grid">
      {charts.map((chart, index) => (
        <ChartCanvas key={chart.id} chart={chart} description={descriptions[index] ?? chart.title} caption={captions[index]} height={260} />
      ))}
    </div>
  );
}

export function EffortChart({ report }: { report: Report }): ReactElement | null {
  const theme = useChartTheme();
  const chart = useMemo(() => effortChart(report, theme), [report, theme]);
  if (report.effort.people.length === 0) return null;
  const height = Math.max(140, 70 + report.effort.people.length * 34);
  return <ChartCanvas chart={chart} description={describeEffortChart(report)} height={height} />;
}
