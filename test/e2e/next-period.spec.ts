// The next period, through the window as a person works: the start screen, the period asked
// for at Start Next Period, last period beside this one (grid, effort, overview, Word), Compare
// with…, the new file's place and name, and the start month typed as people write it.
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test, type Harness } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

/** Start Next Period from the open report, answering its question with the name and start given. */
async function startNextPeriod(page: Page, period: { name?: string; start?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Start Next Period' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the next period' });
  if (period.name !== undefined) await dialog.getByRole('textbox', { name: 'Period name' }).fill(period.name);
  if (period.start !== undefined) await dialog.getByRole('textbox', { name: 'Start month' }).fill(period.start);
  await dialog.getByRole('button', { name: 'Start next period' }).click();
  await expect(dialog).toBeHidden();
}

async function nextPeriodOfSeed(page: Page, harness: Harness): Promise<string> {
  const path = await openSeed(page, harness, 'Operations Portal OLA report.rdesk');
  await startNextPeriod(page, { name: 'July – December 2025' });
  await expect.poll(() => harness.documentState()).toMatchObject({ path: null, dirty: true });
  return path;
}

test.describe('the start screen', () => {
  test.use({ launch: 'start-screen' });

  test('at launch it lists recent reports with their period and last change, and starts the next period from one', async ({ page, harness }) => {
    const seed = await harness.copyExample('Operations Portal OLA report.rdesk');
    const older = await harness.copyExample('older.rdesk');
    await utimes(older, new Date(2025, 0, 15, 10, 0), new Date(2025, 0, 15, 10, 0));
    harness.recentFiles.add(older);
    harness.recentFiles.add(seed);
    await harness.relaunch();

    await expect(page.getByRole('heading', { level: 1, name: 'Report Desk' })).toBeVisible();
    // No empty form behind it counting months without a value.
    await expect(page.getByRole('grid')).toHaveCount(0);
    const recent = page.getByRole('list', { name: 'Recent reports' }).getByRole('listitem');
    await expect(recent).toHaveCount(2);
    await expect(recent.nth(0)).toContainText('Operations Portal OLA report');
    await expect(recent.nth(0)).toContainText('6 months');
    await expect(recent.nth(0)).toContainText(/Operations Portal OLA report\.rdesk · changed today at \d\d:\d\d/);
    await expect(recent.nth(1)).toContainText('older.rdesk · changed 15 January 2025');

    await recent.nth(0).getByRole('button', { name: 'Start next period from Operations Portal OLA report.rdesk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start the next period' });
    await expect(dialog).toContainText('The new report follows Operations Portal OLA report.rdesk');
    await dialog.getByRole('textbox', { name: 'Period name' }).fill('July – December 2025');
    await dialog.getByRole('button', { name: 'Start next period' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
    await expect(page.locator('.document-subtitle')).toContainText('July – December 2025');
    await expect.poll(() => harness.documentState()).toMatchObject({ path: null, dirty: true });

    // Save offers the folder last period's file is in, named for the new period.
    harness.dialogs.savePath = null;
    await page.keyboard.press('Control+s');
    await expect.poll(() => harness.dialogs.shown.at(-1)).toEqual({ kind: 'save', suggestedPath: join(dirname(seed), 'Operations Portal OLA report July – December 2025.rdesk') });
  });

  test('Open…, Start next period from… and New report begin the other ways; a gone file is taken off the list', async ({ page, harness }) => {
    const seed = await harness.copyExample();
    // The launch's own reading of the list is done before the list changes under it.
    await expect(page.getByText('No recent reports yet.')).toBeVisible();
    harness.recentFiles.add(harness.path('gone.rdesk'));
    await harness.relaunch();
    await expect(page.getByText('No recent reports yet.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `No longer there, so taken off the recent list: ${harness.path('gone.rdesk')}` })).toBeVisible();
    expect(harness.recentFiles.includes(harness.path('gone.rdesk'))).toBe(false);

    harness.dialogs.openPath = seed;
    await page.getByRole('button', { name: 'Start next period from…' }).click();
    await page.getByRole('dialog', { name: 'Start the next period' }).getByRole('button', { name: 'Start next period' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
    await expect(page.getByRole('gridcell', { name: /^Availability M1: no value/ })).toBeVisible();

    // From the File menu, over the open report, with a way back to it.
    await harness.emitAppEvent({ type: 'command', command: 'start-screen' });
    await expect(page.getByRole('list', { name: 'Recent reports' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Back to the report' }).click();
    await expect(page.getByRole('gridcell', { name: /^Availability M1: no value/ })).toBeVisible();

    await harness.emitAppEvent({ type: 'command', command: 'start-screen' });
    await page.getByRole('button', { name: 'Open…', exact: true }).click();
    // The next period was never saved: Open asks first.
    await expect.poll(() => harness.dialogs.shown.at(-1)).toEqual({ kind: 'unsaved', documentName: 'Untitled' });

    harness.dialogs.unsavedChoice = 'discard';
    await page.getByRole('button', { name: 'New report', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity report');
  });

  test('Start Next Period is not offered on an untouched blank report: the menu brings up the start screen instead', async ({ page, harness }) => {
    await page.getByRole('button', { name: 'New report', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Start Next Period' })).toBeDisabled();
    await harness.emitAppEvent({ type: 'command', command: 'next-period' });
    await expect(page.getByRole('heading', { level: 1, name: 'Report Desk' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Start Next Period starts from last period’s report' })).toBeVisible();
    // Nothing was marked unsaved, so nothing asks before opening.
    expect(harness.documentState()?.dirty).toBe(false);
    expect(harness.dialogs.shown).toEqual([]);
  });
});

test('Start Next Period asks for the period, scrolls to the top, and the new file is never offered an existing name', async ({ page, harness }) => {
  const path = await openSeed(page, harness, 'Operations Portal OLA report.rdesk');
  await page.getByRole('heading', { name: /Performance against service targets/ }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

  await page.getByRole('button', { name: 'Start Next Period' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the next period' });
  // The seed numbers its months and has no name: nothing to propose, an example to follow.
  await expect(dialog.getByRole('textbox', { name: 'Period name' })).toHaveValue('');
  await dialog.getByRole('textbox', { name: 'Start month' }).fill('13/2025');
  await dialog.getByRole('textbox', { name: 'Start month' }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText("'13/2025' is not a month Report Desk can read: write it as 07/2025, 2025-07 or July 2025.");
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Start month' }).fill('07/2025');
  await dialog.getByRole('textbox', { name: 'Start month' }).press('Tab');
  // The name follows the start month the person typed.
  await expect(dialog.getByRole('textbox', { name: 'Period name' })).toHaveValue('July – December 2025');
  await dialog.getByRole('button', { name: 'Start next period' }).click();

  await expect(page.locator('.document-subtitle')).toContainText('July – December 2025');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: 'Next period (July – December 2025) started from Operations Portal OLA report.rdesk' })).toBeVisible();

  // A file of that name is already there: Save offers the next free name beside it.
  await writeFile(join(dirname(path), 'Operations Portal OLA report July – December 2025.rdesk'), 'someone else’s');
  harness.dialogs.savePath = harness.path('next.rdesk');
  await page.keyboard.press('Control+s');
  await expect.poll(() => harness.dialogs.shown.find((shown) => shown.kind === 'save')).toEqual({
    kind: 'save',
    suggestedPath: join(dirname(path), 'Operations Portal OLA report July – December 2025 (2).rdesk'),
  });
  await expect.poll(() => harness.documentState()?.path).toBe(harness.path('next.rdesk'));
  const saved = await readReportFile(harness.path('next.rdesk'));
  expect(saved.ok && saved.report.meta.period).toEqual({ start: '2025-07', months: 6, name: null });
});

test('cancelling the period question leaves the report as it was', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await page.getByRole('button', { name: 'Start Next Period' }).click();
  await page.getByRole('dialog', { name: 'Start the next period' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(availabilityM3(page)).toHaveAccessibleName(/^Availability M3: 99\.92/);
  expect(harness.documentState()).toMatchObject({ path, dirty: false });
});

test('last period beside this one: the grid’s Previous period column, last period’s PM and the overview’s trend', async ({ page, harness }) => {
  await nextPeriodOfSeed(page, harness);
  const grid = page.getByRole('grid', { name: 'Performance against service targets' });
  await expect(grid.getByRole('columnheader', { name: 'Previous period' })).toBeVisible();
  const availability = grid.getByRole('gridcell', { name: /^Availability previous period/ });
  await expect(availability).toHaveText('99.76');
  await expect(availability).toHaveAccessibleName('Availability previous period: average 99.76 %, target met in 6 of 6 months');
  await expect(availability).toHaveAttribute('title', 'Average 99.76 %, target met in 6 of 6 months');

  await typeFigure(page, availabilityM3(page), '99.6');
  await expect(page.getByRole('textbox', { name: 'General overview' })).toHaveValue(/Availability averaged 99\.60 %, against 99\.76 % in the previous period\./);

  const effort = page.getByRole('grid', { name: 'Effort: people and person-months' });
  await expect(effort.getByRole('gridcell', { name: 'Pierre Frebault last period: 6 PM' })).toHaveText('6');
  await expect(effort.getByRole('gridcell', { name: 'Total PM last period: 12' })).toBeVisible();
  await expect(effort.getByRole('gridcell', { name: 'Total PM: 0' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy last period’s PM' }).click();
  await expect(effort.getByRole('gridcell', { name: 'Total PM: 12' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy last period’s PM' })).toBeDisabled();
  // One step: a single Undo puts every PM back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(effort.getByRole('gridcell', { name: 'Total PM: 0' })).toBeVisible();
  await expect(availabilityM3(page)).toHaveAccessibleName(/^Availability M3: 99\.6/);
});

test('Compare with… fills last period from any earlier report, as one undo step', async ({ page, harness }) => {
  const earlier = await harness.copyExample('earlier.rdesk');
  // A report of this period made apart from last period's: the same metrics by name, no people yet.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Performance against service targets' });
  await expect(grid.getByRole('columnheader', { name: 'Previous period' })).toHaveCount(0);

  harness.dialogs.comparePath = earlier;
  await page.getByRole('button', { name: 'Compare with…' }).click();
  await expect(grid.getByRole('gridcell', { name: /^Availability previous period/ })).toHaveText('99.76');
  const status = page.getByRole('status').filter({ hasText: 'Compared with earlier.rdesk (6 months)' });
  await expect(status).toBeVisible();
  // The new report has no people yet: last period's are named as not shown, rather than left out unsaid.
  await expect(status).toContainText('Not in this report, so not shown: the people “Cyril Flieller”, “Cyril L’Orphelin” and “Pierre Frebault”.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Previous period' })).toHaveCount(0);

  // A file that is not a report is refused with its reason, and nothing changes.
  await writeFile(harness.path('notes.txt'), 'text');
  harness.dialogs.comparePath = harness.path('notes.txt');
  await harness.emitAppEvent({ type: 'command', command: 'compare' });
  await expect(page.getByRole('alert').filter({ hasText: '"notes.txt" could not be opened' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Previous period' })).toHaveCount(0);
});

test('the Word export adds the previous period’s column when asked', async ({ page, harness }) => {
  await nextPeriodOfSeed(page, harness);
  const option = page.getByRole('group', { name: 'Word export' }).getByRole('checkbox', { name: 'Previous period column' });
  await expect(option).toHaveAccessibleDescription('Each metric’s average in the previous period, after this period’s.');
  await option.check();
  const wordPath = harness.path('next.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  // Last period's Foreseen text is carried and not yet reviewed: the export's check says so first.
  await page.getByRole('alertdialog', { name: "Last period's text is not yet reviewed" }).getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const xml = await (await JSZip.loadAsync(await readFile(wordPath))).file('word/document.xml')!.async('string');
  expect(xml).toContain('Previous period');
  expect(xml).toContain('>99.76<');

  // A report with no previous period cannot ask for the column.
  harness.dialogs.unsavedChoice = 'discard';
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Word export' }).getByRole('checkbox', { name: 'Previous period column' })).toBeDisabled();
});

test('the start month field reads 07/2025, 2025-07 and July 2025, and explains anything else', async ({ page, harness }) => {
  await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const start = page.getByRole('textbox', { name: 'Start month' });
  for (const typed of ['07/2025', '2025-07', 'July 2025']) {
    await start.fill(typed);
    await start.press('Enter');
    await expect(start).toHaveValue('July 2025');
    await expect(page.locator('.period-readout')).toContainText('July – December 2025');
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
  }
  await start.fill('Julyish');
  await start.press('Tab');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription("'Julyish' is not a month Report Desk can read: write it as 07/2025, 2025-07 or July 2025.");
  // The report keeps the month it had.
  await expect(page.locator('.period-readout')).toContainText('July – December 2025');
  // Typed and saved straight away, a month goes in first.
  await start.fill('01/2026');
  await page.keyboard.press('Control+s');
  await expect.poll(async () => {
    const saved = await readReportFile(harness.documentState()!.path!);
    return saved.ok ? saved.report.meta.period.start : null;
  }).toBe('2026-01');
});
