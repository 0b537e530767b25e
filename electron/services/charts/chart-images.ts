// Renders a ReportChart to PNG in plain Node: chart.js on a Skia canvas. With no DOM, chart.js
// picks its basic platform, so nothing here needs a browser or Electron.
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ReportChart } from '../../../shared/chart-config';
import { encodePng } from './png-encoding';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Title, Legend);
// Fonts every Linux, Windows and Mac machine has under one of these names.
Chart.defaults.font.family = "'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";

const whiteBackground: Plugin = {
  id: 'report-desk-white-background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

const MAX_SIDE = 8000;

function checkSize(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 1 || value > MAX_SIDE) {
    throw new Error(`Chart image ${name} must be between 1 and ${MAX_SIDE} pixels, not ${value}.`);
  }
}

/** A chart drawn before, with its canvas, kept to draw the next chart of the same kind and size. */
interface KeptChart {
  canvas: Canvas;
  instance: Chart;
}

/**
 * One chart.js chart per kind and size, drawn again with each new chart's data and options: a
 * new chart builds its scales, plugins and canvas state from nothing, a third of the drawing of
 * a report's charts (the same pixels, checked by the tests). A report's charts come in a few sizes.
 */
const keptCharts = new Map<string, KeptChart>();

function drawnChart(key: string, config: ChartConfiguration, width: number, height: number): KeptChart {
  const kept = keptCharts.get(key);
  if (kept !== undefined) {
    kept.instance.config.data = config.data;
    kept.instance.options = config.options ?? {};
    kept.instance.update('none');
    return kept;
  }
  const canvas = createCanvas(width, height);
  // chart.js types its canvas as a DOM one; the Skia canvas offers the same 2D context. It draws as it is made (animation off).
  const made = { canvas, instance: new Chart(canvas as unknown as HTMLCanvasElement, { ...config, plugins: [whiteBackground] }) };
  keptCharts.set(key, made);
  return made;
}

/**
 * The chart as a PNG of width × height layout pixels. pixelRatio > 1 draws it sharper for print:
 * the PNG is then width·pixelRatio × height·pixelRatio pixels, with the same layout.
 */
export function renderChartPng(chart: ReportChart, width: number, height: number, pixelRatio = 1): Buffer {
  checkSize('width', width);
  checkSize('height', height);
  checkSize('width × pixel ratio', Math.round(width * pixelRatio));
  checkSize('height × pixel ratio', Math.round(height * pixelRatio));
  // structuredClone: chart.js writes into the config it is given; the caller's stays as it was.
  // It also refuses functions, so no config carries plugins of its own for a kept chart to miss.
  const source = structuredClone(chart.config);
  const config: ChartConfiguration = {
    ...source,
    options: { ...source.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: pixelRatio },
  };
  const key = JSON.stringify([config.type, Math.round(width), Math.round(height), pixelRatio]);
  try {
    const { canvas } = drawnChart(key, config, Math.round(width), Math.round(height));
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return encodePng(data, canvas.width, canvas.height);
  } catch (error) {
    // A chart that failed half-drawn is not drawn over again.
    keptCharts.get(key)?.instance.destroy();
    keptCharts.delete(key);
    throw error;
  }
}
