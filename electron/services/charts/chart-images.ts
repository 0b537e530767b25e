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
  Ticks,
  Title,
  type ChartConfiguration,
  type Plugin,
  type Scale,
  type Tick,
} from 'chart.js';
import type { ReportChart } from '../../../shared/chart-config';
import { ENGLISH_TICK_LOCALE } from '../../../shared/chart-locale';
import { encodePng } from './png-encoding';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Title, Legend);
// Fonts every Linux, Windows and Mac machine has under one of these names.
Chart.defaults.font.family = "'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";

/** Digits grouped by commas, as English writes them: "12,345.5". */
function groupedEnglish(fixed: string): string {
  const [whole = '', decimals] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/**
 * A linear axis's tick, as chart.js's own formatter (Ticks.formatters.numeric) writes it in
 * English (en-GB, chart-locale.ts): the places the step between ticks needs, grouped by commas.
 * chart.js writes it through Intl.NumberFormat, whose first use loads ICU's number data, 11 ms of
 * a process's first chart. A chart in another locale (chart-config.ts sets the report's), on a
 * scientific axis, with a format of its own, or with more places or digits than a double holds
 * exactly goes through chart.js's formatter.
 */
export function englishTick(this: Scale, value: number | string, index: number, ticks: Tick[]): string {
  if (typeof value === 'string') return value;
  const ownFormat = (this.options as { ticks?: { format?: unknown } }).ticks?.format;
  const locale = this.chart.options.locale;
  if ((locale !== undefined && locale !== ENGLISH_TICK_LOCALE) || ownFormat !== undefined) return Ticks.formatters.numeric.call(this, value, index, ticks);
  if (value === 0) return '0';
  let step = value;
  if (ticks.length > 1) {
    const largest = Math.max(Math.abs(ticks[0]!.value), Math.abs(ticks.at(-1)!.value));
    if (largest < 1e-4 || largest > 1e15) return Ticks.formatters.numeric.call(this, value, index, ticks);
    // chart.js's calculateDelta: the step between ticks, or a fraction's own part on a whole-number axis.
    step = ticks.length > 3 ? ticks[2]!.value - ticks[1]!.value : ticks[1]!.value - ticks[0]!.value;
    if (Math.abs(step) >= 1 && value !== Math.floor(value)) step = value - Math.floor(value);
  }
  const logStep = Math.log10(Math.abs(step));
  const places = Number.isNaN(logStep) ? 1 : Math.max(Math.min(-Math.floor(logStep), 20), 0);
  if (places > 15 || Math.abs(value) >= 1e15) return Ticks.formatters.numeric.call(this, value, index, ticks);
  return groupedEnglish(value.toFixed(places));
}
Chart.defaults.scales.linear.ticks.callback = englishTick;

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
    // The canvas's own pixels, not a copy made straight by getImageData: every pixel is opaque (the
    // white background is filled first), where premultiplied and straight are the same bytes.
    return encodePng(canvas.data(), canvas.width, canvas.height);
  } catch (error) {
    // A chart that failed half-drawn is not drawn over again.
    keptCharts.get(key)?.instance.destroy();
    keptCharts.delete(key);
    throw error;
  }
}
