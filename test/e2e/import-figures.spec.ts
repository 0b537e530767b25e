// Import figures… through the window: the preview of every cell that would change, Apply as one
// undo step, Cancel changing nothing, and each imported figure saying where it came from.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { openInApp, typeFigure } from './seed-steps';
import { readReportFile, saveReportFile } from '../../electron/services/report-files';
import { importDay } from '../../shared/import';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

/** The seed report with M1 set to April 2015, so the fixtures' months (March to June 2015) meet it. */
async function openSeedFromApril2015(page: Page, harness: Harness): Promise<void> {
  const path = await harness.copyExample();
  const read = await readReportFile(path);
  if (!read.ok) throw new Error(read.message);
  const report = read.report;
  await saveReportFile(path, { ...report, meta: { ...report.meta, period: { ...report.meta.period, start: '2015-04' } } });
  await openInApp(harness, path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
}

/** Puts a fixture in the test's folder as the file the open dialog answers, and runs the command from the toolbar. */
async function importFile(page: Page, harness: Harness, fixture: string): Promise<void> {
  const path = harness.path(fixture);
  await copyFile(join(FIXTURES, fixture), path);
  harness.dialogs.importPath = path;
  await page.getByRole('button', { name: 'Import figures…' }).click();
}

const today = (): string => {
  const [year, month, day] = importDay(new Date()).split('-').map(Number) as [number, number, number];
  return `${day} ${new Date(year, month - 1, day).toLocaleString('en-GB', { month: 'long' })} ${year}`;
};

test('ARGO JSON: choose the endpoint group, see old → new with the typed figure marked; Apply, Undo, Redo; the source on the cell, gone when typed over', async ({ page, harness }) => {
  await openSeedFromApril2015(page, harness);
  const availabilityM3 = page.getByRole('gridcell', { name: /^Availability M3:/ });
  const reliabilityM3 = page.getByRole('gridcell', { name: /^Reliability M3:/ });
  const availabilityBefore = (await availabilityM3.getAttribute('aria-label')) ?? '';
  const reliabilityBefore = (await reliabilityM3.getAttribute('aria-label')) ?? '';

  await importFile(page, harness, 'argo-v3-group-monthly.json');
  const dialog = page.getByRole('dialog', { name: 'Import figures from argo-v3-group-monthly.json' });
  await expect(dialog).toBeVisible();
  const entry = dialog.getByRole('combobox', { name: 'Group or endpoint' });
  await expect(entry).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await entry.selectOption({ label: 'GROUP_A / ST01 (SITES)' });

  await expect(dialog.getByRole('combobox', { name: 'Metric for availability' })).toHaveValue(/.+/);
  await expect(dialog.getByRole('combobox', { name: 'Metric for availability' }).locator('option:checked')).toHaveText('Availability');
  await expect(dialog.getByRole('combobox', { name: 'Metric for reliability' }).locator('option:checked')).toHaveText('Reliability');
  const rows = dialog.getByRole('row');
  const availabilityRow = rows.filter({ has: page.getByRole('rowheader', { name: 'Availability' }) });
  await expect(availabilityRow).toHaveCount(1);
  // 99.99999900000002 is shown as the metric shows figures, never as a 100 it did not reach.
  await expect(availabilityRow.getByRole('cell').nth(2)).toHaveText('99.999999');
  await expect(availabilityRow).toContainText('M3');
  await expect(availabilityRow).toContainText('Replaces a figure typed by hand');
  await expect(dialog).toContainText('2 figures typed by hand would be replaced');
  await expect(dialog).toContainText('2 figures, all replacing figures typed by hand.');

  await dialog.getByRole('button', { name: 'Apply 2 figures' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import figures…' })).toBeFocused();
  await expect(availabilityM3).toHaveAccessibleName(/^Availability M3: 99\.999999/);
  const source = `Imported from argo-v3-group-monthly.json on ${today()}`;
  await expect(availabilityM3).toHaveAccessibleDescription(source);
  // A sighted person reads the same in the grid's one tip, on hover as on focus.
  await availabilityM3.hover();
  await expect(page.getByTestId('cell-tip')).toHaveCount(1);
  await expect(page.getByTestId('cell-tip')).toContainText(source);
  await expect(reliabilityM3).toHaveAccessibleDescription(source);

  // One undo step takes back both figures and their sources.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(availabilityM3).toHaveAccessibleName(availabilityBefore);
  await expect(reliabilityM3).toHaveAccessibleName(reliabilityBefore);
  await expect(availabilityM3).toHaveAccessibleDescription('');
  await expect(reliabilityM3).toHaveAccessibleDescription('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(availabilityM3).toHaveAccessibleName(/^Availability M3: 99\.999999/);
  await expect(availabilityM3).toHaveAccessibleDescription(source);

  // A figure typed over an imported one is the person's own.
  await typeFigure(page, availabilityM3, '99.5');
  await expect(availabilityM3).toHaveAccessibleName(/^Availability M3: 99\.5/);
  await expect(availabilityM3).toHaveAccessibleDescription('');
  await expect(reliabilityM3).toHaveAccessibleDescription(source);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(availabilityM3).toHaveAccessibleDescription(source);
});

test('a CSV: columns matched by name, months outside the period left out, a typed figure marked; Cancel changes nothing', async ({ page, harness }) => {
  await openSeedFromApril2015(page, harness);
  const cells = page.getByRole('gridcell', { name: /^(Availability|Reliability|Support priority) / });
  const before = await cells.evaluateAll((all) => all.map((cell) => cell.getAttribute('aria-label')));

  await importFile(page, harness, 'monthly-figures.csv');
  const dialog = page.getByRole('dialog', { name: 'Import figures from monthly-figures.csv' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Metric for Availability (%)' }).locator('option:checked')).toHaveText('Availability');
  await expect(dialog.getByRole('combobox', { name: 'Metric for lu' }).locator('option:checked')).toHaveText('Support priority lu');
  await expect(dialog.getByRole('region', { name: 'Left out' })).toContainText('March 2015');
  const luM1 = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Support priority lu' }) }).filter({ hasText: 'M1' });
  await expect(luM1).toContainText('4.42');
  await expect(luM1).toContainText('→');
  const typed = dialog.getByRole('row').filter({ hasText: 'Replaces a figure typed by hand' });
  expect(await typed.count()).toBeGreaterThan(0);

  // Changing the matching changes the preview: left out, Reliability's column makes no change.
  await dialog.getByRole('combobox', { name: 'Metric for Reliability (%)' }).selectOption({ label: 'Leave out' });
  await expect(dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Reliability' }) })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await cells.evaluateAll((all) => all.map((cell) => cell.getAttribute('aria-label')))).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(harness.documentState()?.dirty).toBe(false);

  // Escape cancels too, and the menu's command opens the same preview.
  await harness.emitAppEvent({ type: 'command', command: 'import-figures' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('daily ARGO results: the preview says why nothing can be imported, and Apply stays off', async ({ page, harness }) => {
  await openSeedFromApril2015(page, harness);
  await importFile(page, harness, 'argo-v3-group-daily.json');
  const dialog = page.getByRole('dialog', { name: 'Import figures from argo-v3-group-daily.json' });
  await dialog.getByRole('combobox', { name: 'Group or endpoint' }).selectOption({ index: 1 });
  await expect(dialog).toHaveAccessibleDescription(/granularity=monthly/);
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a file that is not one the import reads: a clear message, no preview', async ({ page, harness }) => {
  await openSeedFromApril2015(page, harness);
  const path = harness.path('notes.csv');
  await writeFile(path, 'Just some words\nwith no month column\n');
  harness.dialogs.importPath = path;
  await page.getByRole('button', { name: 'Import figures…' }).click();
  await expect(page.getByRole('alert')).toContainText('notes.csv');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a ticket export: the unit said by the person changes the monthly means; a figure pasted over an imported one drops its source', async ({ page, context, harness }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSeedFromApril2015(page, harness);
  await importFile(page, harness, 'tickets-hours.csv');
  const dialog = page.getByRole('dialog', { name: 'Import figures from tickets-hours.csv' });
  // "Response time (h)" proposes hours: the very urgent tickets of April 2015 (4 h and 12 h) make 1 working day.
  await expect(dialog.getByRole('radio', { name: 'hours' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Metric for very urgent' }).locator('option:checked')).toHaveText('Support priority vu');
  const vuM1 = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Support priority vu' }) }).filter({ hasText: 'M1' });
  await expect(vuM1.getByRole('cell').nth(2)).toHaveText('1');
  await expect(dialog).toContainText('Response times in hours are turned into working days at 8 hours a working day.');
  await dialog.getByRole('radio', { name: 'working days' }).check();
  await expect(vuM1.getByRole('cell').nth(2)).toHaveText('8');
  await dialog.getByRole('radio', { name: 'hours' }).check();
  await dialog.getByRole('button', { name: 'Apply 2 figures' }).click();

  const grid = page.getByRole('gridcell', { name: /^Support priority vu M1:/ });
  await expect(grid).toHaveAccessibleName(/^Support priority vu M1: 1\b/);
  await expect(grid).toHaveAccessibleDescription(`Imported from tickets-hours.csv on ${today()}`);
  // A click opens the cell's editor; Escape leaves it, so the paste lands on the grid as a block.
  await grid.click();
  await page.keyboard.press('Escape');
  await page.evaluate(() => navigator.clipboard.writeText('0.5'));
  await page.keyboard.press('ControlOrMeta+V');
  await expect(grid).toHaveAccessibleName(/^Support priority vu M1: 0\.5/);
  await expect(grid).toHaveAccessibleDescription('');
  // The paste is one step: Undo brings back the imported figure and its source together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(grid).toHaveAccessibleName(/^Support priority vu M1: 1\b/);
  await expect(grid).toHaveAccessibleDescription(`Imported from tickets-hours.csv on ${today()}`);
});
