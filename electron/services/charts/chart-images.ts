// Renders a ReportChart to PNG in plain Node: chart.js on a Skia canvas. With no DOM, chart.js
// picks its basic platform, so nothing here needs a browser or Electron.
import { createCanvas } from '@napi-rs/canvas';
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

/**
 * The chart as a PNG of width × height layout pixels. pixelRatio > 1 draws it sharper for print:
 * the PNG is then width·pixelRatio × height·pixelRatio pixels, with the same layout.
 */
export function renderChartPng(chart: ReportChart, width: number, height: number, pixelRatio = 1): Buffer {
  checkSize('width', width);
  checkSize('height', height);
  checkSize('width × pixel ratio', Math.round(width * pixelRatio));
  checkSize('height × pixel ratio', Math.round(height * pixelRatio));
  const canvas = createCanvas(Math.round(width), Math.round(height));
  // structuredClone: chart.js writes into the config it is given; the caller's stays as it was.
  const source = structuredClone(chart.config);
  const config: ChartConfiguration = {
    ...source,
    options: { ...source.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: pixelRatio },
    plugins: [...(source.plugins ?? []), whiteBackground],
  };
  // chart.js types its canvas as a DOM one; the Skia canvas offers the same 2D context.
  const instance = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    // chart.js drew it as it was made (animation off); drawing again would cost a third more.
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    return encodePng(data, canvas.width, canvas.height);
  } finally {
    instance.destroy();
  }
}
