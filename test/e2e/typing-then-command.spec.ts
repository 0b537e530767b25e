// A value still being typed in a field that commits on leaving it is committed before any
// command that saves, exports or replaces the report: nothing typed is saved without, or lost
// without a question.
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { openSeed } from './seed-steps';

test('Planned PM still being typed when Ctrl+S is pressed is saved, and the field keeps the focus', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const planned = page.getByLabel('Planned PM for the period');
  await planned.fill('11,5');
  await expect(planned).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.effort.plannedPm).toBe(11.5);
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);
  await expect(planned).toBeFocused();
  await expect(planned).toHaveValue('11.5');
});

test('a number of months still being typed when Close comes is committed first, so Close asks', async ({ page, harness }) => {
  await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const months = page.getByRole('spinbutton', { name: 'Number of months' });
  await months.fill('12');
  harness.dialogs.unsavedChoice = 'cancel';
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  await expect.poll(() => harness.dialogs.shown).toEqual([{ kind: 'unsaved', documentName: 'seed-report.rdesk' }]);
  expect(harness.closeWindowCalls).toBe(0);
  await expect(page.getByRole('gridcell', { name: /^Availability M12:/ })).toHaveAccessibleName('Availability M12: no value');
});

test('Close waits for the answer to "Shorten the period?" before it decides whether to ask', async ({ page, harness }) => {
  await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const months = page.getByRole('spinbutton', { name: 'Number of months' });
  await months.fill('4');
  harness.dialogs.unsavedChoice = 'cancel';
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  const question = page.getByRole('alertdialog', { name: 'Shorten the period?' });
  await expect(question).toBeVisible();
  expect(harness.closeWindowCalls).toBe(0);
  expect(harness.dialogs.shown).toEqual([]);

  await question.getByRole('button', { name: 'Shorten to 4 months' }).click();
  await expect.poll(() => harness.dialogs.shown).toEqual([{ kind: 'unsaved', documentName: 'seed-report.rdesk' }]);
  expect(harness.closeWindowCalls).toBe(0);
  await expect(page.getByRole('gridcell', { name: /^Availability M6:/ })).toHaveCount(0);
  // One question for one entry, though both Close and the field's blur committed it.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
