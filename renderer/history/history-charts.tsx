// A chart per metric over the years, from the same definition the annex draws; each made and
// drawn as it comes near the view (ChartCanvas), so sixty charts cost what the ones in sight cost.
// Its description is in the page from the start, for a screen reader.
import { useMemo, type ReactElement } from 'react';
import { describeHistoryChart, historyChart, historyChartId } from '../../shared/history/history-chart';
import type { ServiceHistory } from '../../shared/history/service-history';
import { ChartCanvas, type ChartToMake } from '../charts/chart-canvas';
import { useChartTheme } from '../charts/chart-theme';

export function HistoryCharts({ history }: { history: ServiceHistory }): ReactElement {
  const theme = useChartTheme();
  const charts = useMemo(
    () =>
      history.metrics
        .filter((series) => series.byPeriod.some((metric) => metric !== null && metric.values.some((value) => value !== null)))
        .map((series): { chart: ChartToMake; description: string } => ({
          chart: { id: historyChartId(series), make: () => historyChart(history, series, theme) },
          description: describeHistoryChart(history, series),
        })),
    [history, theme],
  );
  return (
    <div className="history-charts">
      {charts.map(({ chart, description }) => (
        <ChartCanvas key={chart.id} chart={chart} description={description} height={240} />
      ))}
    </div>
  );
}
