// The window's first load stays small as the app grows: the JavaScript it loads before the start
// screen shows is under the budget, and the views and libraries not needed then (the report's
// view, fetched once the start screen shows; chart.js; the import preview and its readers) load
// after it. Bytes, not times: the same every run.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFile, readdir } from 'node:fs/promises';
import { expect, test } from './harness';
import { openSeed } from './seed-steps';
import { FIRST_LOAD_BUDGET_GZIP_BYTES, rendererFirstLoad } from '../../scripts/renderer-first-load';

const RENDERER = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

test.use({ launch: 'start-screen' });

test('the start screen shows with under 200 KB of JavaScript (gzip); the report’s view loads after it, chart.js with the first chart, the import preview when asked for', async ({ page, harness }) => {
  const firstLoad = await rendererFirstLoad(RENDERER);
  const loaded: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) loaded.push(pathname.slice(1));
  });
  // Every script outside the first load is held until the start screen has shown without it.
  const held: (() => Promise<void>)[] = [];
  await page.route(/\.js$/, (route) => (firstLoad.files.includes(new URL(route.request().url()).pathname.slice(1)) ? route.continue() : void held.push(() => route.continue())));
  await page.reload();
  await expect(page.getByRole('button', { name: 'New report', exact: true })).toBeVisible();

  expect(loaded.filter((file) => firstLoad.files.includes(file)).sort()).toEqual([...firstLoad.files].sort());
  await expect.poll(() => held.length, { message: 'the report’s view is asked for once the start screen shows' }).toBeGreaterThan(0);
  const gzipped = await Promise.all(firstLoad.files.map(async (file) => gzipSync(await readFile(join(RENDERER, file))).length));
  expect(gzipped.reduce((sum, bytes) => sum + bytes, 0)).toBe(firstLoad.gzipBytes);
  // The window validates nothing with zod (main validates the Api's arguments): the constants it
  // needs live apart from the schemas (shared/report-constants.ts, section-kinds.ts, template-marker.ts).
  const assets = await readdir(join(RENDERER, 'assets'));
  for (const map of assets.filter((file) => file.endsWith('.js.map'))) {
    const { sources } = JSON.parse(await readFile(join(RENDERER, 'assets', map), 'utf8')) as { sources: string[] };
    expect(sources.filter((source) => source.includes('node_modules/zod/')), `${map} bundles zod`).toEqual([]);
  }
  expect(firstLoad.gzipBytes, `the first load is ${(firstLoad.gzipBytes / 1024).toFixed(1)} KB gzip; load new views on first use (README, "The window's first load")`).toBeLessThan(FIRST_LOAD_BUDGET_GZIP_BYTES);

  // The seed's charts: chart.js arrives with the first one, and every chart is drawn.
  await Promise.all(held.map((release) => release()));
  await page.unroute(/\.js$/);
  await openSeed(page, harness);
  const charts = page.locator('figure.chart');
  await charts.first().scrollIntoViewIfNeeded();
  await expect(charts.first()).toHaveAttribute('data-drawn', 'true');
  const afterCharts = loaded.length;
  expect(afterCharts).toBeGreaterThan(firstLoad.files.length);

  // The import preview and its readers arrive when a person imports.
  harness.dialogs.importPath = join(import.meta.dirname, '..', 'fixtures', 'import', 'monthly-figures.csv');
  await page.getByRole('button', { name: 'Import figures…' }).click();
  await expect(page.getByRole('dialog', { name: /^Import figures from/ })).toBeVisible();
  expect(loaded.length).toBeGreaterThan(afterCharts);
});
