// A large report (36 months × 60 metrics): the performance grid draws the rows in view and a
// margin around them, and the keyboard, the summary and the rows' count reach every row.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { writeReportText } from '../../shared/report-file';
import { metricLabel } from '../../shared/figure-text';
import { monthColumnHeading, monthLabel } from '../../shared/periods';
import { findMisses } from '../../shared/targets';
import { GRID_36_BY_60, benchReport } from '../../scripts/bench-reports';
import { expect, test } from './harness';
import { openInApp } from './seed-steps';

// Each test here walks a 2,000-cell grid key by key and lists a thousand misses: 35–45 s on a
// quiet CI machine, near a minute under load. They get twice the suite's per-test time.
test.describe.configure({ timeout: 120_000 });

function grid(page: Page) {
  return page.getByRole('grid', { name: 'Performance against service targets' });
}

test('a 60-metric grid draws a screenful of rows, and the keyboard and the summary still reach the last one', async ({ page, harness }) => {
  const report = benchReport(GRID_36_BY_60);
  const path = harness.path('large.rdesk');
  await writeFile(path, writeReportText(report), 'utf8');
  await openInApp(harness, path);

  const groups = new Set(report.metrics.flatMap((metric) => (metric.group === null ? [] : [metric.group]))).size;
  const rows = report.metrics.length + groups;
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(rows + 1));
  const first = grid(page).getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, 0)}:`) });
  await first.click();
  await page.keyboard.press('Escape');
  const drawn = await grid(page).locator('tbody tr[aria-rowindex]').count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(rows);

  // Sideways too: the months in view and a margin are drawn, every cell keeps its column's index.
  const months = report.meta.period.months;
  await expect(grid(page)).toHaveAttribute('aria-colcount', String(months + 8));
  const firstRow = grid(page).locator('tbody tr[aria-rowindex="2"]');
  const monthsDrawn = await firstRow.getByRole('gridcell', { name: /^Availability .+: / }).count();
  expect(monthsDrawn).toBeGreaterThan(5);
  expect(monthsDrawn).toBeLessThan(months);
  // Arrows walk into months not drawn yet: each is drawn and scrolled into view as it is reached.
  await first.focus();
  for (let month = 1; month < months; month += 1) await page.keyboard.press('ArrowRight');
  const lastMonth = grid(page).getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, months - 1)}:`) });
  await expect(lastMonth).toBeFocused();
  await expect(lastMonth).toHaveAttribute('aria-colindex', String(3 + months));
  await expect(lastMonth).toBeInViewport();
  await expect(grid(page).getByRole('columnheader', { name: monthColumnHeading(report.meta, months - 1), exact: true })).toBeVisible();
  await page.keyboard.type('99.95');
  await page.keyboard.press('Enter');
  await expect(grid(page).getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, months - 1)}: 99\\.95`) })).toBeVisible();
  // Home goes to the name, which stays in view at the left: the months stay where they are.
  await page.keyboard.press('ArrowUp');
  const scroller = page.locator('.rd-table-scroll');
  const scrolledTo = await scroller.evaluate((element) => element.scrollLeft);
  await page.keyboard.press('Home');
  await expect(grid(page).getByRole('rowheader', { name: 'Availability (%)', exact: true })).toBeFocused();
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  expect(await scroller.evaluate((element) => element.scrollLeft)).toBe(scrolledTo);
  await lastMonth.focus();
  // And back to the first month: drawn again at the left.
  for (let month = 1; month < months; month += 1) {
    await page.keyboard.press('ArrowLeft');
    if (month !== 20) continue;
    // Halfway, the month reached is clear of the names kept at the left, not under them.
    const reached = grid(page).getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, months - 1 - month)}:`) });
    await expect(reached).toBeFocused();
    await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
    const names = await grid(page).getByRole('rowheader', { name: 'Availability (%)', exact: true }).boundingBox();
    const cell = await reached.boundingBox();
    expect(cell!.x).toBeGreaterThanOrEqual(names!.x + names!.width - 1);
  }
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();

  // Ctrl+End: the last row's last cell, far below what was drawn.
  const last = report.metrics.at(-1)!;
  await page.keyboard.press('Control+End');
  await expect(grid(page).getByRole('button', { name: `Remove ${metricLabel(last)}` })).toBeFocused();
  // A figure typed there goes in like any other.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('0,5');
  await page.keyboard.press('Enter');
  await expect(grid(page).getByRole('gridcell', { name: new RegExp(`^${metricLabel(last)} ${monthLabel(report.meta, 0)}: 0\\.5`) })).toBeVisible();

  await page.keyboard.press('Control+Home');
  await expect(grid(page).getByRole('rowheader').first()).toBeFocused();

  // The summary lists the misses a few at a time; the last of them is in a row not drawn from up here.
  const summary = page.locator('#report-summary');
  // (The figure typed above was in the first month; the last miss is in the last one.)
  const lastMiss = findMisses(report).at(-1)!;
  await summary.getByRole('button', { name: /^Show all \d+ missed targets$/ }).click();
  await summary.getByRole('button', { name: `Go to ${lastMiss.monthLabel} ${metricLabel(lastMiss.metric)}` }).click();
  await expect(grid(page).getByRole('gridcell', { name: new RegExp(`^${metricLabel(lastMiss.metric)} ${lastMiss.monthLabel}:`) })).toBeFocused();

  // The charts far below are laid out and drawn as they come near the view.
  const lastChart = page.locator('figure.chart').last();
  await expect(lastChart).not.toHaveAttribute('data-drawn', 'true');
  await lastChart.scrollIntoViewIfNeeded();
  await expect(lastChart).toHaveAttribute('data-drawn', 'true');
  await expect(lastChart.locator('canvas')).toHaveJSProperty('width', await lastChart.locator('canvas').evaluate((canvas) => Math.round(canvas.getBoundingClientRect().width * devicePixelRatio)));
});

test('a cell reached upwards stops clear of the column headings, however tall they have grown', async ({ page, harness }) => {
  const report = benchReport(GRID_36_BY_60);
  const path = harness.path('large.rdesk');
  await writeFile(path, writeReportText(report), 'utf8');
  await openInApp(harness, path);
  // Headings wrapped to several lines (a larger font, a narrower window): here, made taller by hand.
  await grid(page).locator('thead th').first().evaluate((heading) => {
    heading.style.paddingBlock = '40px';
  });
  // The headings' cells are what stays at the top (the row group itself scrolls away).
  const head = grid(page).locator('thead th').first();
  const first = grid(page).getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, 0)}:`) });
  await first.click();
  await page.keyboard.press('Escape');
  for (let row = 0; row < 40; row += 1) await page.keyboard.press('ArrowDown');
  for (let row = 0; row < 25; row += 1) await page.keyboard.press('ArrowUp');
  // The box itself has scrolled, so the headings stay while the rows move under them.
  expect(await page.locator('.rd-table-scroll').evaluate((box) => box.scrollTop)).toBeGreaterThan(100);
  const reached = grid(page).locator('td:focus, th:focus, [role="gridcell"]:focus, [role="rowheader"]:focus').first();
  await expect(reached).toBeVisible();
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  const headBox = (await head.boundingBox())!;
  const cellBox = (await reached.boundingBox())!;
  // Taller than the 52 px a fixed padding kept clear.
  expect(headBox.height).toBeGreaterThan(80);
  expect(cellBox.y).toBeGreaterThanOrEqual(headBox.y + headBox.height - 1);
});
