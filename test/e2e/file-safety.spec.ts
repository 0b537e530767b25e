// Work is never lost by accident: unsaved changes are asked about, failures leave the report
// as it was, and entries that are not numbers are named before a save keeps their old values.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

test('New with unsaved edits: Cancel keeps the report, Discard replaces it', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);

  harness.dialogs.unsavedChoice = 'cancel';
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect.poll(() => harness.dialogs.shown).toEqual([{ kind: 'unsaved', documentName: 'seed-report.rdesk' }]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
  await expect(availabilityM3(page)).toHaveAccessibleName(/^Availability M3: 97\.20 %/);
  expect(harness.documentState()).toEqual({ name: 'seed-report.rdesk', path: harness.path('seed-report.rdesk'), dirty: true });

  harness.dialogs.unsavedChoice = 'discard';
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity report');
  await expect.poll(() => harness.documentState()).toEqual({ name: 'Untitled', path: null, dirty: false });
  await expect(availabilityM3(page)).toHaveAccessibleName('Availability M3: no value');
});

test('Save in the unsaved-changes question saves to the open file before the new report replaces it', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '98.5');
  harness.dialogs.unsavedChoice = 'save';
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity report');
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.metrics[0]!.values[2]).toBe(98.5);
});

test('closing the window asks first; only an answer that keeps no work closes it', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  harness.dialogs.unsavedChoice = 'cancel';
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  await expect.poll(() => harness.dialogs.shown.length).toBe(1);
  expect(harness.closeWindowCalls).toBe(0);

  harness.dialogs.unsavedChoice = 'discard';
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  await expect.poll(() => harness.closeWindowCalls).toBe(1);
});

test('an export to a folder that does not exist fails plainly and leaves the report as it was', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  const before = await readFile(path);
  const target = harness.path('no-such-folder/report.docx');
  harness.dialogs.exportPath = target;

  await page.getByRole('button', { name: 'Export to Word' }).click();
  await page.getByRole('alertdialog', { name: 'A prompt is still to complete' }).getByRole('button', { name: 'Export anyway' }).click();
  // One plain sentence naming the file, never a stack trace.
  const alert = page.getByRole('alert').filter({ hasText: 'report.docx' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/export/i);
  await expect(alert).not.toContainText(/\bat .*\.(ts|js):\d+|Error:/);
  expect(existsSync(target)).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveCount(0);
  await expect(availabilityM3(page)).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');
  expect(harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: true });
  expect((await readFile(path)).equals(before)).toBe(true);
});

test('an entry that is not a number is named before saving; Cancel saves nothing, going on saves the rest', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const before = await readFile(path);
  await typeFigure(page, page.getByRole('gridcell', { name: /^Reliability M1:/ }), '98.5');
  await typeFigure(page, availabilityM3(page), '99,9x');
  await expect(page.locator('#report-summary')).toContainText('1 entry to fix');
  await expect(page.locator('#report-summary')).toContainText("M3 Availability'99,9x' is not a number");

  await page.keyboard.press('Control+s');
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText("M3 Availability keeps its previous value 99.92 in the saved file until '99,9x' is fixed (not a number)");
  await warning.getByRole('button', { name: 'Cancel and fix' }).click();
  await expect(warning).toBeHidden();
  expect((await readFile(path)).equals(before)).toBe(true);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Save without it' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.metrics[1]!.values[0]).toBe(98.5);
  expect(saved.report.metrics[0]!.values[2]).toBe(99.92);
});

test('a report file dropped on the window opens, after the unsaved-changes question', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await harness.copyExample('dropped.rdesk');
  harness.dialogs.unsavedChoice = 'discard';
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'dropped.rdesk', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('Drop a report (.rdesk) to open it')).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'dropped.rdesk', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => harness.documentState()).toEqual({ name: 'dropped.rdesk', path: harness.path('dropped.rdesk'), dirty: false });
  await expect(page.getByText('Drop a report (.rdesk) to open it')).toBeHidden();
  await expect(availabilityM3(page)).toHaveAccessibleName(/^Availability M3: 99\.92 %/);
});

test('unsaved work left by a crash is offered back at start, and restoring brings it back unsaved', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const opened = await readReportFile(path);
  if (!opened.ok) throw new Error(opened.message);
  const changed = { ...opened.report, meta: { ...opened.report.meta, title: 'Recovered report' } };
  await harness.recoveryDrafts.write({ report: changed, path });

  await harness.relaunch();
  const offer = page.getByRole('dialog', { name: 'Restore unsaved work?' });
  await expect(offer).toContainText('Restore unsaved work from');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recovered report');
  await expect.poll(() => harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: true });
  // The draft stays until the restored work is saved or discarded on purpose.
  expect((await harness.recoveryDrafts.take())?.report.meta.title).toBe('Recovered report');
});

test('the restore offer focuses Restore: Enter restores, Escape restores too, only "Discard it" discards', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const opened = await readReportFile(path);
  if (!opened.ok) throw new Error(opened.message);
  for (const [key, title] of [['Enter', 'Kept by Enter'], ['Escape', 'Kept by Escape']] as const) {
    await harness.recoveryDrafts.write({ report: { ...opened.report, meta: { ...opened.report.meta, title } }, path });
    await harness.relaunch();
    const offer = page.getByRole('dialog', { name: 'Restore unsaved work?' });
    await expect(offer.getByRole('button', { name: 'Restore' })).toBeFocused();
    await page.keyboard.press(key);
    await expect(offer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect.poll(() => harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: true });
  }
});

test('declining the offered work discards the draft for good', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const opened = await readReportFile(path);
  if (!opened.ok) throw new Error(opened.message);
  await harness.recoveryDrafts.write({ report: { ...opened.report, meta: { ...opened.report.meta, title: 'Not wanted' } }, path: null });
  await harness.relaunch();
  await page.getByRole('dialog', { name: 'Restore unsaved work?' }).getByRole('button', { name: 'Discard it' }).click();
  // Nothing restored: the window is where a launch begins, on its start screen.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report Desk');
  await expect.poll(() => harness.recoveryDrafts.take()).toBeNull();
});

test('while the report has unsaved changes a recovery draft of it is kept', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await expect.poll(async () => (await harness.recoveryDrafts.take())?.report.metrics[0]!.values[2], { timeout: 15_000 }).toBe(97.2);
  await page.keyboard.press('Control+s');
  await expect.poll(() => harness.recoveryDrafts.take()).toBeNull();
});

test('undoing back to the saved report clears its recovery draft, so no old work is offered at the next start', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await expect.poll(async () => (await harness.recoveryDrafts.take())?.report.metrics[0]!.values[2], { timeout: 15_000 }).toBe(97.2);
  await page.keyboard.press('Control+z');
  await expect(availabilityM3(page)).toHaveAccessibleName(/^Availability M3: 99\.92 %/);
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);
  await expect.poll(() => harness.recoveryDrafts.take()).toBeNull();

  await harness.relaunch();
  await expect.poll(() => harness.calls.filter((call) => call.method === 'takeRecoveryDraft').length).toBe(2);
  await expect(page.getByRole('dialog', { name: 'Restore unsaved work?' })).toHaveCount(0);
});

test('Don\'t Save keeps the recovery copy until the other report has really opened; a wrong file is refused before any question', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await expect.poll(async () => (await harness.recoveryDrafts.take())?.report.metrics[0]!.values[2], { timeout: 15_000 }).toBe(97.2);

  // A Word document is not a report: refused at once, no "Save changes?" asked, nothing lost.
  await harness.emitAppEvent({ type: 'open-path', path: harness.path('notes.docx') });
  await expect(page.getByRole('alert')).toContainText('"notes.docx" could not be opened: Report Desk opens reports saved as .rdesk files.');
  expect(harness.dialogs.shown.filter((shown) => shown.kind === 'unsaved')).toEqual([]);

  // Don't Save, then the report chosen to replace it has gone: the work stays, and so does its copy.
  harness.dialogs.unsavedChoice = 'discard';
  await harness.emitAppEvent({ type: 'open-path', path: harness.path('gone.rdesk') });
  await expect(page.getByRole('alert')).toContainText('gone.rdesk');
  await expect(availabilityM3(page)).toHaveAccessibleName(/^Availability M3: 97\.20 %/);
  expect((await harness.recoveryDrafts.take())?.path).toBe(path);
});
