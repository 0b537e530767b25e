// One chart.js chart on a canvas: created once, updated in place as the data changes,
// destroyed on unmount.
import { useEffect, useRef, type ReactElement } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import type { ReportChart } from '../../shared/chart-config';
import { Icon } from '../ui/icons';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

/** On screen the chart fills its box; the shared config sizes itself for the Word export. */
function onScreen(config: ChartConfiguration): ChartConfiguration {
  return { ...config, options: { ...config.options, responsive: true, maintainAspectRatio: false } };
}

interface ChartCanvasProps {
  chart: ReportChart;
  description: string;
  /** Shown under the chart; screen readers already have it in the description. */
  caption?: { text: string; missed: boolean };
  height: number;
}

export function ChartCanvas({ chart, description, caption, height }: ChartCanvasProps): ReactElement {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const typeRef = useRef<string | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const config = onScreen(chart.config);
    const existing = chartRef.current;
    if (existing === null || typeRef.current !== config.type) {
      existing?.destroy();
      chartRef.current = new Chart(canvas, config);
      typeRef.current = config.type;
      return;
    }
    existing.data = config.data;
    existing.options = config.options ?? {};
    existing.update('none');
  }, [chart]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <figure className="chart" data-chart-id={chart.id}>
      <div className="chart-box" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={description}>
          {description}
        </canvas>
      </div>
      {caption !== undefined && (
        <figcaption className={caption.missed ? 'chart-caption chart-caption-missed' : 'chart-caption'} aria-hidden="true">
          {caption.missed && <Icon name="missed" />} {caption.text}
        </figcaption>
      )}
    </figure>
  );
}
