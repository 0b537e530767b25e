// One chart.js chart on a canvas: created once, updated in place as the data changes,
// destroyed on unmount. chart.js itself loads as the first chart comes near the view.
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Chart, ChartConfiguration } from 'chart.js';
import type { ReportChart } from '../../shared/chart-config';
import { Icon } from '../ui/icons';
import { loadChartLibrary, loadedChartLibrary, type ChartClass } from './chart-library';

/** On screen the chart fills its box; the shared config sizes itself for the Word export. */
function onScreen(config: ChartConfiguration): ChartConfiguration {
  return { ...config, options: { ...config.options, responsive: true, maintainAspectRatio: false } };
}

/** The caption's lines under a chart, for its size before it is first laid out. */
const CAPTION_ALLOWANCE = 48;

/**
 * A chart made only as it first comes near the view, not with the page: a history's sixty charts
 * of hundreds of months each took 50 ms to make, most of them for charts far below.
 */
export interface ChartToMake {
  id: string;
  make: () => ReportChart;
}

interface ChartCanvasProps {
  chart: ReportChart | ChartToMake;
  description: string;
  /** Shown under the chart; screen readers already have it in the description. */
  caption?: { text: string; missed: boolean };
  height: number;
}

export function ChartCanvas({ chart, description, caption, height }: ChartCanvasProps): ReactElement {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  const typeRef = useRef<string | null>(null);

  // A chart is first drawn as it comes near the window's view: a report with thirty charts opens
  // without drawing the ones far below. Its description is in the page from the start.
  const [near, setNear] = useState(false);
  // Said on the figure once its chart is drawn, for whoever waits for the picture.
  const [drawn, setDrawn] = useState(false);
  // chart.js, once loaded (at once when another chart loaded it); 'failed' if it could not load.
  const [library, setLibrary] = useState<ChartClass | 'failed' | null>(loadedChartLibrary);
  // The chart itself, made once it is near (a chart to make), or as given.
  const made = useMemo(() => ('make' in chart ? (near ? chart.make() : null) : chart), [chart, near]);
  useEffect(() => {
    if (!near || library !== null) return;
    let current = true;
    loadChartLibrary().then(
      (loaded) => current && setLibrary(() => loaded),
      () => current && setLibrary('failed'),
    );
    return () => {
      current = false;
    };
  }, [near, library]);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (near || canvas === null) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: '600px 0px' });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || !near || made === null || library === null || library === 'failed') return;
    const ChartOfLibrary = library;
    const draw = (): void => {
      const config = onScreen(made.config);
      const existing = chartRef.current;
      if (existing === null || typeRef.current !== config.type) {
        existing?.destroy();
        chartRef.current = new ChartOfLibrary(canvas, config);
        typeRef.current = config.type;
        setDrawn(true);
        return;
      }
      existing.data = config.data;
      existing.options = config.options ?? {};
      existing.update('none');
    };
    if (chartRef.current === null) return draw();
    // A figure typed redraws its chart once the window is idle, not inside the keystroke;
    // the description a screen reader hears is already up to date.
    if (typeof requestIdleCallback !== 'function') return draw();
    const idle = requestIdleCallback(draw, { timeout: 300 });
    return () => cancelIdleCallback(idle);
  }, [made, near, library]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    // Thirty charts below the grid are laid out and painted only as each comes near the view.
    <figure className="chart drawn-when-near" style={{ containIntrinsicSize: `auto ${height + CAPTION_ALLOWANCE}px` }} data-chart-id={chart.id} data-drawn={drawn ? 'true' : undefined}>
      <div className="chart-box" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={description}>
          {description}
        </canvas>
        {/* The description is the canvas's label already: these lines are for the eye. */}
        {near && !drawn && (
          <p className="chart-box-state" aria-hidden="true">
            {library === 'failed' ? 'The chart could not be drawn: a part of Report Desk did not load.' : 'Drawing the chart…'}
          </p>
        )}
      </div>
      {caption !== undefined && (
        <figcaption className={caption.missed ? 'chart-caption chart-caption-missed' : 'chart-caption'} aria-hidden="true">
          {caption.missed && <Icon name="missed" />} {caption.text}
        </figcaption>
      )}
    </figure>
  );
}
