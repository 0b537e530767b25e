// The export's charts drawn by the worker threads and kept by digest: counted by the drawing
// module itself (chartsDrawn), and read back as the images of the real .docx.
import { appendFile, copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Report } from '../../shared/report-schema';
import { LIGHT_CHART_THEME, metricChart } from '../../shared/chart-config';
import { groupMetrics } from '../../shared/targets';
import { chartCacheFolder, chartsDrawn, drawBlankChartsWhile, useChartFolder, useChartWorker } from '../../electron/services/charts/chart-drawing';
import { chartDigest } from '../../electron/services/charts/chart-png-cache';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

/** The seed's four charts: effort, Availability, Reliability, Support priority. */
const SEED_CHARTS = 4;

/** The document's chart images, in the order the document names them (image1, image2, …). */
async function chartImages(docx: Buffer): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files)
    .filter((name) => /^word\/media\/image\d+\.png$/.test(name))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]));
  return Promise.all(names.map((name) => zip.file(name)!.async('nodebuffer')));
}

/** Exports the report and says how many charts that export drew. */
async function exportCounting(report: Report): Promise<{ drawn: number; images: Buffer[] }> {
  const before = chartsDrawn();
  const images = await chartImages(await buildWordDocument(report, { includeCharts: true }));
  return { drawn: chartsDrawn() - before, images };
}

/** The seed made unlike every other test's in each of its charts, so that none finds them already drawn. */
function freshSeed(variant: number): Report {
  const report = seedReport();
  report.effort.people[0]!.pm += variant / 10;
  for (const id of ['availability', 'reliability', 'support-lu']) report.metrics.find((metric) => metric.id === id)!.values[0]! += variant / 1000;
  return report;
}

describe('in memory, in one process', () => {
  test('a second export of an unchanged report draws no chart again, and its images are byte for byte the first export’s', async () => {
    const first = await exportCounting(freshSeed(1));
    expect(first.drawn).toBe(SEED_CHARTS);
    expect(first.images).toHaveLength(SEED_CHARTS);
    const second = await exportCounting(freshSeed(1));
    expect(second.drawn).toBe(0);
    expect(second.images).toEqual(first.images);
  });

  test('a changed value draws again only the chart that shows it; the others are the same bytes', async () => {
    const before = await exportCounting(freshSeed(2));
    const changed = freshSeed(2);
    changed.metrics.find((metric) => metric.id === 'reliability')!.values[3] = 98.5;
    const after = await exportCounting(changed);
    expect(after.drawn).toBe(1);
    const differing = after.images.flatMap((image, index) => (image.equals(before.images[index]!) ? [] : [index]));
    // Reliability's chart is the third image: the effort chart, then the metrics in table order.
    expect(differing).toEqual([2]);
  });

  test('a change no chart shows (a title, a section’s text) draws nothing', async () => {
    await exportCounting(freshSeed(3));
    const edited = freshSeed(3);
    edited.meta.title = 'Another title';
    Object.assign(held(edited, 'overview'), { edited: true, text: 'Written by hand.' });
    expect((await exportCounting(edited)).drawn).toBe(0);
  });

  test('two exports of one report at once draw each chart once', async () => {
    const before = chartsDrawn();
    const [one, two] = await Promise.all([buildWordDocument(freshSeed(4)), buildWordDocument(freshSeed(4))]);
    expect(chartsDrawn() - before).toBe(SEED_CHARTS);
    expect(await chartImages(two)).toEqual(await chartImages(one));
  });

  test('the build\'s warm-up draws every chart blank, with no thread, and forgets them: the next export draws them for real', async () => {
    const before = chartsDrawn();
    const warm = await chartImages(await drawBlankChartsWhile(() => buildWordDocument(freshSeed(9), { includeCharts: true })));
    expect(warm).toHaveLength(SEED_CHARTS);
    // One blank pixel each: 1 × 1 in the PNG's header.
    for (const image of warm) expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1, 1]);
    expect(chartsDrawn()).toBe(before);
    const real = await exportCounting(freshSeed(9));
    expect(real.drawn).toBe(SEED_CHARTS);
    for (const image of real.images) expect(image.readUInt32BE(16)).toBeGreaterThan(100);
  });

  test('an export without charts draws none', async () => {
    const before = chartsDrawn();
    await buildWordDocument(freshSeed(5), { includeCharts: false });
    expect(chartsDrawn()).toBe(before);
  });
});

describe('the digest a chart is kept by', () => {
  const chart = metricChart(seedReport(), groupMetrics(seedReport().metrics)[0]!);

  test('is the same for the same chart, size and renderer, and differs with any of them or with the theme', () => {
    const digest = chartDigest('renderer', chart, 480, 184, 2);
    expect(chartDigest('renderer', metricChart(seedReport(), groupMetrics(seedReport().metrics)[0]!), 480, 184, 2)).toBe(digest);
    const darker = metricChart(seedReport(), groupMetrics(seedReport().metrics)[0]!, { ...LIGHT_CHART_THEME, series: ['#000000'] });
    const others = [
      chartDigest('renderer', chart, 560, 184, 2),
      chartDigest('renderer', chart, 480, 214, 2),
      chartDigest('renderer', chart, 480, 184, 1),
      chartDigest('another renderer', chart, 480, 184, 2),
      chartDigest('renderer', darker, 480, 184, 2),
    ];
    expect(new Set([digest, ...others]).size).toBe(others.length + 1);
  });
});

describe('in a folder, for the command line', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'report-desk-chart-folder-'));
  });
  afterEach(() => {
    useChartFolder(null);
    useChartWorker(inject('chartWorker'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('holds each chart drawn as a PNG named by its digest; another build of the renderer draws them again', async () => {
    const charts = join(folder, 'charts');
    useChartFolder(charts);
    expect((await exportCounting(freshSeed(6))).drawn).toBe(SEED_CHARTS);
    const written = await readdir(charts);
    expect(written.filter((name) => /^[0-9a-f]{64}\.png$/.test(name))).toHaveLength(SEED_CHARTS);
    expect(written).toHaveLength(SEED_CHARTS);
    // The same worker with one byte more, as after an update of chart.js or of our drawing code.
    // Beside the built one, where it finds the native canvas.
    const rebuilt = join(dirname(inject('chartWorker')), `chart-worker-rebuilt-${process.pid}.cjs`);
    await copyFile(inject('chartWorker'), rebuilt);
    await appendFile(rebuilt, '\n');
    useChartWorker(rebuilt);
    expect((await exportCounting(freshSeed(6))).drawn).toBe(SEED_CHARTS);
    expect(await readdir(charts)).toHaveLength(2 * SEED_CHARTS);
    await rm(rebuilt);
  });

  test('the build\'s blank charts are never drawn where a folder keeps charts', async () => {
    const charts = join(folder, 'never-blank');
    useChartFolder(charts);
    await expect(drawBlankChartsWhile(() => buildWordDocument(freshSeed(10), { includeCharts: true }))).rejects.toThrow(/only where none is kept in a folder/);
    expect(await readdir(charts).catch(() => [])).toEqual([]);
  });

  test('the command line keeps them in the user’s cache folder, where each system has it, or where REPORT_DESK_CHART_CACHE says', () => {
    expect(chartCacheFolder({}, 'linux', '/home/ana')).toBe('/home/ana/.cache/report-desk/charts');
    expect(chartCacheFolder({ XDG_CACHE_HOME: '/var/cache/ana' }, 'linux', '/home/ana')).toBe('/var/cache/ana/report-desk/charts');
    expect(chartCacheFolder({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Caches/Report Desk/charts');
    expect(chartCacheFolder({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana')).toBe(join('C:\\Users\\ana\\AppData\\Local', 'Report Desk', 'Cache', 'charts'));
    expect(chartCacheFolder({ REPORT_DESK_CHART_CACHE: '/tmp/charts' }, 'linux', '/home/ana')).toBe('/tmp/charts');
    expect(chartCacheFolder({ REPORT_DESK_CHART_CACHE: 'off' }, 'linux', '/home/ana')).toBeNull();
  });
});

describe('a renderer that cannot start', () => {
  afterEach(() => {
    useChartWorker(inject('chartWorker'));
  });

  test('fails the export with a sentence', async () => {
    useChartWorker(join(tmpdir(), 'no-such-chart-worker.mjs'));
    await expect(buildWordDocument(freshSeed(7), { includeCharts: true })).rejects.toThrow(/^The charts could not be drawn: the chart renderer failed: .*no-such-chart-worker/);
  });
});
