// Everything a person needs to enter a figure and save works without a mouse.
import type { Page } from '@playwright/test';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { openSeed } from './seed-steps';

/** The accessible name of whatever has focus (a grid cell's name is its aria-label). */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
}

async function tabInto(page: Page, gridName: string): Promise<void> {
  for (let press = 0; press < 120; press += 1) {
    const inside = await page.evaluate((name) => document.activeElement?.closest(`[role="grid"][aria-label="${name}"]`) != null, gridName);
    if (inside) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the "${gridName}" table`);
}

/** From the grid's first cell: down to the metric's row, then right to the month. */
async function arrowTo(page: Page, metric: string, month: string): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let press = 0; press < 20 && !(await focusedName(page)).startsWith(metric); press += 1) await page.keyboard.press('ArrowDown');
  const target = `${metric} ${month}:`;
  for (let press = 0; press < 20 && !(await focusedName(page)).startsWith(target); press += 1) await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toMatch(new RegExp(`^${target}`));
}

test('with the keyboard alone a figure is entered, undone, redone and saved with Ctrl+S', async ({ page, harness }) => {
  const path = await openSeed(page, harness, 'keyboard.rdesk');

  await tabInto(page, 'Performance against service targets');
  await arrowTo(page, 'Availability', 'M3');
  expect(await focusedName(page)).toMatch(/^Availability M3: 99\.92/);

  await page.keyboard.type('97.5');
  await page.keyboard.press('Enter');
  const m3 = page.getByRole('gridcell', { name: /^Availability M3:/ });
  await expect(m3).toHaveAccessibleName('Availability M3: 97.50 %, below the 99 % target');

  // Undo and redo from the keyboard; Enter closed the editor and moved down a row.
  await page.keyboard.press('Control+z');
  await expect(m3).toHaveAccessibleName(/^Availability M3: 99\.92 %/);
  await page.keyboard.press('Control+y');
  await expect(m3).toHaveAccessibleName('Availability M3: 97.50 %, below the 99 % target');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.metrics.find((metric) => metric.id === 'availability')!.values[2]).toBe(97.5);
  expect(harness.dialogs.shown).toEqual([]);
});

test('a figure still being typed when Ctrl+S is pressed is saved with the rest', async ({ page, harness }) => {
  const path = await openSeed(page, harness, 'typing.rdesk');
  await tabInto(page, 'Performance against service targets');
  await arrowTo(page, 'Reliability', 'M1');
  await page.keyboard.type('98.1');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.metrics.find((metric) => metric.id === 'reliability')!.values[0]).toBe(98.1);
});
