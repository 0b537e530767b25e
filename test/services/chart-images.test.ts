// Charts rendered to PNG in Node, read back pixel by pixel with the same Skia canvas.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import { Chart, Ticks, type ChartDataset, type Scale, type Tick } from 'chart.js';
import type { Metric, Report } from '../../shared/report-schema';
import { createReport, customMetric } from '../../shared/report-building';
import { LIGHT_CHART_THEME, MISSED_LABEL, MISSED_POINT, effortChart, effortChartHeight, metricCharts, valueAxisRange, type ReportChart } from '../../shared/chart-config';
import { groupMetrics } from '../../shared/targets';
import { englishTick, renderChartPng } from '../../electron/services/charts/chart-images';
import { seedReport } from '../fixtures/seed';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Every pixel of a PNG as the canvas decodes it, RGBA. */
async function pixelsOf(png: Buffer): Promise<Buffer> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return Buffer.from(context.getImageData(0, 0, image.width, image.height).data);
}

function pngSize(png: Buffer): { width: number; height: number } {
  // IHDR is the first chunk: width and height are its first two big-endian words.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function reportWith(values: (number | null)[], target: number | null = null): { report: Report; metric: Metric } {
  const report = createReport({ months: values.length });
  const metric: Metric = { ...customMetric(values.length, { name: 'Tickets', unit: '', direction: 'lower-is-better', target }), values };
  return { report: { ...report, metrics: [metric] }, metric };
}

function firstDataset(chart: ReportChart): ChartDataset<'line', (number | null)[]> {
  return chart.config.data.datasets[0] as ChartDataset<'line', (number | null)[]>;
}

/** Columns of the image holding a pixel near the colour (anti-aliased lines blend with white). */
async function columnsWithColour(png: Buffer, hex: string): Promise<boolean[]> {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const columns = Array<boolean>(image.width).fill(false);
  for (let index = 0; index < data.length; index += 4) {
    const near = Math.abs(data[index]! - r) + Math.abs(data[index + 1]! - g) + Math.abs(data[index + 2]! - b) < 60;
    if (near) columns[(index / 4) % image.width] = true;
  }
  return columns;
}

/** Whether, between the first and last column the series touches, some column has none of it. */
function hasGap(columns: boolean[]): boolean {
  const first = columns.indexOf(true);
  const last = columns.lastIndexOf(true);
  return first >= 0 && columns.slice(first, last + 1).includes(false);
}

function withoutLegendOrTitle(chart: ReportChart, spanGaps: boolean): ReportChart {
  const config = structuredClone(chart.config);
  config.options = { ...config.options, plugins: { legend: { display: false }, title: { display: false } } };
  (config.data.datasets[0] as ChartDataset<'line', (number | null)[]>).spanGaps = spanGaps;
  return { ...chart, config };
}

describe('rendering a chart to PNG', () => {
  test('the image is a PNG of the size asked for', async () => {
    const png = await renderChartPng(metricCharts(seedReport())[0]!, 400, 200);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 400, height: 200 });
  });

  test('a pixel ratio draws the same chart with more pixels, for print', async () => {
    const png = await renderChartPng(effortChart(seedReport()), 300, 150, 2);
    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
  });

  test('the background is white, not transparent, so the chart reads on any page', async () => {
    const image = await loadImage(await renderChartPng(metricCharts(seedReport())[0]!, 200, 100));
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    expect([...context.getImageData(1, 1, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });

  test('an impossible size is refused with a sentence', () => {
    expect(() => renderChartPng(metricCharts(seedReport())[0]!, 0, 200)).toThrow('Chart image width must be between 1 and 8000 pixels, not 0.');
  });

  test('the PNG written from the canvas\'s pixels holds exactly what the canvas\'s own encoder would', async () => {
    const chart = metricCharts(seedReport())[2]!;
    const ours = renderChartPng(chart, 480, 216, 2);
    const canvas = createCanvas(480, 216);
    const source = structuredClone(chart.config);
    const drawn = new Chart(canvas as unknown as HTMLCanvasElement, {
      ...source,
      options: { ...source.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: 2 },
      plugins: [{ id: 'white', beforeDraw: ({ ctx, width, height }) => (ctx.save(), (ctx.fillStyle = '#ffffff'), ctx.fillRect(0, 0, width, height), ctx.restore()) }],
    });
    const theirs = await canvas.encode('png');
    drawn.destroy();
    // Compared as a whole: a diff of two 400 kB buffers would be no use to read.
    expect((await pixelsOf(ours)).equals(await pixelsOf(theirs))).toBe(true);
  });

  test('a chart drawn over the one before of its size has the very bytes it has drawn alone', () => {
    // A size no other test draws at: the first drawing makes the chart, the others draw over it.
    const [availability, reliability, support] = metricCharts(seedReport()) as [ReportChart, ReportChart, ReportChart];
    const alone = renderChartPng(support, 333, 177, 2);
    renderChartPng(availability, 333, 177, 2);
    renderChartPng(reliability, 333, 177, 2);
    expect(renderChartPng(support, 333, 177, 2).equals(alone)).toBe(true);
    expect(renderChartPng(availability, 333, 177, 2).equals(alone)).toBe(false);
  });

  test('rendering leaves the chart description as it was', async () => {
    const chart = metricCharts(seedReport())[0]!;
    const before = JSON.stringify(chart.config);
    await renderChartPng(chart, 300, 150);
    expect(JSON.stringify(chart.config)).toBe(before);
  });
});

describe('a month with no value', () => {
  test('stays null in the chart data, never 0', () => {
    const { report } = reportWith([1, 1, null, 1, 1, 1]);
    const dataset = firstDataset(metricCharts(report)[0]!);
    expect(dataset.data).toEqual([1, 1, null, 1, 1, 1]);
    expect(dataset.spanGaps).toBe(false);
  });

  test('is drawn as a gap in the line, where a joined line would have none', async () => {
    const { report } = reportWith([1, 1, null, 1, 1, 1]);
    const chart = metricCharts(report)[0]!;
    const colour = LIGHT_CHART_THEME.series[0]!;
    const gapped = await columnsWithColour(await renderChartPng(withoutLegendOrTitle(chart, false), 600, 200), colour);
    const joined = await columnsWithColour(await renderChartPng(withoutLegendOrTitle(chart, true), 600, 200), colour);
    expect(hasGap(gapped)).toBe(true);
    expect(hasGap(joined)).toBe(false);
  });
});

describe('the chart descriptions', () => {
  test('a missed month is a triangle in the miss colour, drawn by one "Missed target" series; the metric\'s own points keep one style', () => {
    const { report } = reportWith([0.5, 2.8, 0.4], 1);
    const datasets = metricCharts(report)[0]!.config.data.datasets as ChartDataset<'line', unknown[]>[];
    const values = datasets[0]!;
    // One point style and colour for the series: the legend, drawn from its first point, shows the series as it is.
    expect([values.pointStyle, values.pointBackgroundColor, values.pointRadius]).toEqual(['circle', LIGHT_CHART_THEME.series[0], [4, 0, 4]]);
    const misses = datasets.find((dataset) => dataset.label === MISSED_LABEL)!;
    expect(misses).toMatchObject({ pointStyle: MISSED_POINT, pointBackgroundColor: LIGHT_CHART_THEME.miss, showLine: false, parsing: false, data: [{ x: 1, y: 2.8 }] });
  });

  test('a chart whose first month missed still shows its series in the legend with the series\' colour and a circle', () => {
    const { report } = reportWith([2.8, 0.5, 0.4], 1);
    const first = metricCharts(report)[0]!.config.data.datasets[0] as ChartDataset<'line'>;
    expect([first.label, first.pointStyle, first.backgroundColor]).toEqual(['Tickets', 'circle', LIGHT_CHART_THEME.series[0]]);
  });

  test('a target is a dashed line across the whole plot in its series\' colour; no target, no line', () => {
    const datasets = metricCharts(reportWith([0.5, 0.8], 1).report)[0]!.config.data.datasets as ChartDataset<'line', unknown[]>[];
    const target = datasets.find((dataset) => dataset.label?.startsWith('Target'))!;
    expect(target).toMatchObject({ label: 'Target ≤ 1', borderColor: LIGHT_CHART_THEME.series[0], borderDash: [6, 4], data: [{ x: -0.5, y: 1 }, { x: 1.5, y: 1 }] });
    expect(metricCharts(reportWith([1, 2]).report)[0]!.config.data.datasets).toHaveLength(1);
  });

  test('in a group each key\'s target is its own line in its colour; keys sharing a level take turns along one dashed line', () => {
    const report = createReport({ months: 6 });
    const support = metricCharts(report)[2]!.config.data.datasets as ChartDataset<'line', unknown[]>[];
    const targets = support.filter((dataset) => dataset.label?.startsWith('Target'));
    expect(targets.map((dataset) => [dataset.label, dataset.borderColor])).toEqual([
      ['Target lu ≤ 5', LIGHT_CHART_THEME.series[0]],
      ['Target u ≤ 5', LIGHT_CHART_THEME.series[1]],
      ['Target vu ≤ 1', LIGHT_CHART_THEME.series[2]],
      ['Target tp ≤ 1', LIGHT_CHART_THEME.series[3]],
    ]);
    // lu and u share 5: dashes of 6 with a gap for the other's, the second starting where the first leaves off.
    expect(targets.slice(0, 2).map((dataset) => [dataset.borderDash, dataset.borderDashOffset])).toEqual([
      [[6, 14], -0],
      [[6, 14], -10],
    ]);
  });

  test('a target kept as the agreement\'s wording that reads as a number is drawn dotted and named as not checked, as the table shows it', () => {
    const charts = metricCharts(seedReport());
    expect(charts.map((chart) => chart.title)).toEqual(['Availability', 'Reliability', 'Support priority']);
    const support = charts[2]!.config.data.datasets as ChartDataset<'line', unknown[]>[];
    expect(support.map((dataset) => dataset.label)).toEqual(['lu', 'vu', 'Target lu 3.32 (not checked)']);
    expect(support[2]).toMatchObject({ borderDash: [2, 3], data: [{ x: -0.5, y: 3.32 }, { x: 5.5, y: 3.32 }] });
    expect(charts.every((chart) => chart.config.options?.animation === false && chart.config.options?.responsive === false)).toBe(true);
  });

  test('a point on the edge of the plot, 99.99 % under the 100 % ceiling, is drawn whole', () => {
    const [availability] = metricCharts(seedReport());
    expect((availability!.config.data.datasets[0] as ChartDataset<'line'>).clip).toBe(false);
  });

  test('the effort chart has a bar per person, in person-months, and names every one of them', () => {
    const chart = effortChart(seedReport());
    expect(chart.config.data.labels).toEqual(['Cyril Flieller', 'Cyril L’Orphelin', 'Pierre Frebault']);
    expect(chart.config.data.datasets[0]!.data).toEqual([4, 2, 6]);
    expect((chart.config.options?.scales?.y as { ticks?: { autoSkip?: boolean } }).ticks?.autoSkip).toBe(false);
    expect(effortChartHeight(30) - effortChartHeight(20)).toBe(10 * 22);
  });
});

describe('lines a reader must see', () => {
  test('a 1-month chart draws its target line across the plot, as its legend says', async () => {
    const { report } = reportWith([0.5], 1);
    const colour = LIGHT_CHART_THEME.series[0]!;
    const chart = metricCharts(report)[0]!;
    const columns = await columnsWithColour(await renderChartPng(withoutLegendOrTitle(chart, false), 400, 200), colour);
    // The dashed line spans the plot (all but the value axis on the left), not only the one point.
    expect(columns.lastIndexOf(true) - columns.indexOf(true)).toBeGreaterThan(320);
  });
});

describe('the value axis leaves room for the lines', () => {
  const report = createReport({ months: 6 });
  const rows = groupMetrics(report.metrics);

  test('an empty percentage chart centres on its target instead of running from 94 to 104', () => {
    const range = valueAxisRange(rows[0]!);
    expect(range.max).toBe(100);
    expect(range.suggestedMin).toBeLessThan(99);
    expect(range.suggestedMin).toBeGreaterThanOrEqual(98);
    expect(range.suggestedMax).toBeGreaterThan(99);
  });

  test('a response-time target line sits below the top edge, not on it', () => {
    const support = rows.find((row) => row.group === 'Support priority')!;
    expect(valueAxisRange(support).suggestedMax).toBeGreaterThan(5);
  });
});

describe('the value axis shows every figure', () => {
  const percentRow = (values: (number | null)[]) => ({ group: null, metrics: [{ ...createReport({ months: values.length }).metrics[0]!, values }] });

  test('a percentage over 100 is not cut off, and a series touching 0 gets no negative axis', () => {
    expect(valueAxisRange(percentRow([99, 999])).max).toBeUndefined();
    expect(valueAxisRange(percentRow([0, 100, 99])).suggestedMin).toBe(0);
  });
});

describe('an English axis’s ticks, written without Intl (its first use is 11 ms of a process’s first chart)', () => {
  test('the same text as chart.js’s own formatter in English, on every kind of axis a report has', () => {
    const axes: number[][] = [
      [96, 96.5, 97, 97.5, 98, 98.5, 99, 99.5, 100],
      [0, 20, 40, 60, 80, 100],
      [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1],
      [99.6, 99.7, 99.80000000000001, 99.9, 100],
      [0, 0.05, 0.1, 0.15000000000000002],
      [-10, -5, 0, 5, 10],
      [0, 2500, 5000, 7500, 10000, 12500],
      [1000000, 2000000, 3000000],
      [1.5, 2, 2.5, 3],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      [42],
      [0.003, 0.004, 0.005],
      [1e15, 2e15, 3e15],
      [1e-16, 2e-16],
    ];
    const scale = (locale: string | undefined) => ({ chart: { options: { locale } }, options: { ticks: {} } }) as unknown as Scale;
    for (const values of axes) {
      const ticks: Tick[] = values.map((value) => ({ value }));
      values.forEach((value, index) => {
        const expected = Ticks.formatters.numeric.call(scale('en-GB'), value, index, ticks);
        expect(englishTick.call(scale('en-GB'), value, index, ticks), `${value} of ${values.join(', ')}`).toBe(expected);
        // A chart made before English ticks named their locale: the same.
        expect(englishTick.call(scale(undefined), value, index, ticks)).toBe(expected);
      });
    }
  });

  test('another locale’s chart is written by chart.js in that locale', () => {
    const french = { chart: { options: { locale: 'fr-FR' } }, options: { ticks: {} } } as unknown as Scale;
    const ticks: Tick[] = [{ value: 99 }, { value: 99.5 }, { value: 100 }];
    expect(englishTick.call(french, 99.5, 1, ticks)).toBe('99,5');
  });
});
