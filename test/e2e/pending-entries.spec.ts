// An entry kept as typed because it is not valid yet is work the file does not hold: it makes
// the report unsaved, every way of leaving it asks first, and the save and export warnings say
// what the file and the document hold in its place.
import type { MenuCommand } from '../../shared/api';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

test('an entry still to fix marks the report unsaved, and Close, New, Open and Next Period ask first', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '99,9x');
  await expect(page.locator('#cell-availability-2')).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: true });
  expect(harness.windowTitle()).toBe('seed-report.rdesk • — Report Desk');
  await expect(page).toHaveTitle('seed-report.rdesk • — Report Desk');
  await expect(page.getByRole('banner')).toContainText('unsaved changes');

  harness.dialogs.unsavedChoice = 'cancel';
  harness.dialogs.openPath = await harness.copyExample('other.rdesk');
  const commands: MenuCommand[] = ['close', 'new', 'open', 'next-period'];
  for (const [index, command] of commands.entries()) {
    await harness.emitAppEvent({ type: 'command', command });
    await expect.poll(() => harness.dialogs.shown.length, { message: command }).toBe(index + 1);
    expect(harness.dialogs.shown[index]).toEqual({ kind: 'unsaved', documentName: 'seed-report.rdesk' });
  }
  expect(harness.closeWindowCalls).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
  await expect(page.locator('#cell-availability-2')).toContainText('99,9x');

  // Fixing the entry back to the saved figure leaves nothing unsaved.
  await typeFigure(page, page.locator('#cell-availability-2'), '99.92');
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  await expect.poll(() => harness.closeWindowCalls).toBe(1);
  expect(harness.dialogs.shown).toHaveLength(commands.length);
});

test('a person-month or planned PM entry still to fix counts as unsaved work too', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, page.getByRole('gridcell', { name: 'Cyril Flieller PM: 4' }), '4,x');
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);
  await typeFigure(page, page.locator('#pm-person-1'), '4');
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);

  const planned = page.getByLabel('Planned PM for the period');
  await planned.fill('-2');
  await planned.press('Enter');
  await expect(page.getByText('Planned PM: cannot be negative')).toBeVisible();
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);
  await expect(page.locator('#report-summary')).toContainText('1 entry to fix');
  await planned.press('Escape');
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);
});

test('a number of months still to fix is unsaved work too, and the save warning names it', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const months = page.getByLabel('Number of months');
  await months.fill('40');
  await months.press('Enter');
  await expect(page.getByText("Number of months: '40' is not a whole number from 1 to 36")).toBeVisible();
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);
  await expect(page.locator('#report-summary')).toContainText('1 entry to fix');

  await page.keyboard.press('Control+s');
  const warning = page.getByRole('alertdialog', { name: '1 entry to fix' });
  await expect(warning).toContainText("Number of months keeps its previous value 6 in the saved file until '40' is fixed");
  await warning.getByRole('button', { name: 'Cancel and fix' }).click();
  expect(harness.calls.map((call) => call.method)).not.toContain('saveReport');

  // Folding the details keeps the entry; the summary unfolds them and takes the person to it.
  await page.getByRole('button', { name: 'Hide report details' }).click();
  await expect(months).toBeHidden();
  await expect(page.locator('#report-summary')).toContainText('1 entry to fix');
  await page.locator('#report-summary').getByRole('button', { name: 'Go to Number of months' }).click();
  await expect(months).toBeFocused();
  await expect(months).toHaveValue('40');

  await months.press('Escape');
  await expect.poll(() => harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: false });
});

test('a start month it cannot read is an entry to fix: listed, unsaved work, named in the save warning, reached from the summary', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const start = page.getByRole('textbox', { name: 'Start month' });
  await start.fill('Julyish');
  await start.press('Tab');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);
  const summary = page.locator('#report-summary');
  await expect(summary).toContainText('1 entry to fix');
  await expect(summary).toContainText("'Julyish' is not a month Report Desk can read");

  await page.keyboard.press('Control+s');
  const warning = page.getByRole('alertdialog', { name: '1 entry to fix' });
  await expect(warning).toContainText("Start month stays empty in the saved file until 'Julyish' is fixed (not a month Report Desk can read");
  await warning.getByRole('button', { name: 'Cancel and fix' }).click();

  await page.getByRole('button', { name: 'Hide report details' }).click();
  await expect(start).toBeHidden();
  await summary.getByRole('button', { name: 'Go to Start month' }).click();
  await expect(start).toBeFocused();
  await expect(start).toHaveValue('Julyish');

  // The start screen and back: the field is drawn anew and still shows the entry, with its message.
  await harness.emitAppEvent({ type: 'command', command: 'start-screen' });
  await page.getByRole('button', { name: 'Back to the report' }).click();
  await page.getByRole('button', { name: 'Edit report details' }).click();
  await expect(start).toHaveValue('Julyish');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription("'Julyish' is not a month Report Desk can read: write it as 07/2025, 2025-07 or July 2025.");
  // Escape gives back the month the report has, and the entry goes.
  await start.press('Escape');
  await expect(start).toHaveValue('');
  await expect(summary).not.toContainText('entry to fix');
  await start.fill('Julyish');
  await start.press('Tab');
  await expect(summary).toContainText('1 entry to fix');

  // A month it reads clears the entry; the report is changed, so unsaved, with nothing left to fix.
  await start.fill('July 2025');
  await start.press('Enter');
  await expect(summary).not.toContainText('entry to fix');
  await expect(start).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+s');
  await expect.poll(() => harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: false });
});

test('the save and export warnings say the previous value is what the file and the document keep', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '99,9x');

  await page.keyboard.press('Control+s');
  const warning = page.getByRole('alertdialog', { name: '1 entry to fix' });
  await expect(warning).toContainText("M3 Availability keeps its previous value 99.92 in the saved file until '99,9x' is fixed (not a number)");
  await warning.getByRole('button', { name: 'Save without it' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.metrics[0]!.values[2]).toBe(99.92);
  // The file is saved, but what was typed is still only in the window.
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);

  harness.dialogs.exportPath = harness.path('report.docx');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('alertdialog', { name: '1 entry to fix' })).toContainText(
    "M3 Availability keeps its previous value 99.92 in the Word document until '99,9x' is fixed (not a number)",
  );
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel and fix' }).click();
  expect(harness.calls.map((call) => call.method)).not.toContain('exportWord');
});
