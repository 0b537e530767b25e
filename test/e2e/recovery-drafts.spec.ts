// Unsaved work is in a recovery draft within about a second, stays there through a restore
// until it is saved or discarded on purpose, and is written again before a close asks about it.
// Time here is Playwright's clock, moved on by the test: no test waits for a real second.
import { chmod, readFile } from 'node:fs/promises';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

test('a draft is written within a second of the first unsaved change, and again within a second of the next', async ({ page, harness }) => {
  await page.clock.install();
  await harness.relaunch();
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await page.clock.runFor(1000);
  await expect.poll(async () => (await harness.recoveryDrafts.take())?.report.metrics[0]!.values[2]).toBe(97.2);
  await typeFigure(page, availabilityM3(page), '96.5');
  await page.clock.runFor(1000);
  await expect.poll(async () => (await harness.recoveryDrafts.take())?.report.metrics[0]!.values[2]).toBe(96.5);
});

test('restored work keeps its draft: a kill right after Restore finds it again, unchanged', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const opened = await readReportFile(path);
  if (!opened.ok) throw new Error(opened.message);
  await harness.recoveryDrafts.write({ report: { ...opened.report, meta: { ...opened.report.meta, title: 'Weeks of work' } }, path });
  const draft = await harness.recoveryDrafts.take();
  // The clock stands still from here: nothing the window does later can write the draft again.
  await page.clock.install();
  await harness.relaunch();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByRole('dialog', { name: 'Restore unsaved work?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weeks of work');

  // Killed now, the app would find on disk the very draft it restored from: nothing deleted it.
  expect(await harness.recoveryDrafts.take()).toEqual(draft);
  await page.clock.resume();
  await harness.relaunch();
  await page.getByRole('dialog', { name: 'Restore unsaved work?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weeks of work');
  await expect.poll(() => harness.documentState()).toEqual({ name: 'seed-report.rdesk', path, dirty: true });

  // Saved on purpose: now the draft goes.
  await page.keyboard.press('Control+s');
  await expect.poll(() => harness.recoveryDrafts.take()).toBeNull();
  const saved = await readReportFile(path);
  expect(saved.ok && saved.report.meta.title).toBe('Weeks of work');
});

test('a close writes the draft before it asks about unsaved work; Don’t Save discards it', async ({ page, harness }) => {
  await page.clock.install();
  await harness.relaunch();
  await openSeed(page, harness);
  await page.clock.pauseAt(Date.now() + 60_000);
  // The clock stands still: the draft's timer (200 ms after a change) does not fire.
  await typeFigure(page, availabilityM3(page), '97.2');
  expect(await harness.recoveryDrafts.take()).toBeNull();
  harness.dialogs.unsavedChoice = 'cancel';
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  // The close lets the typed value land (a 30 ms settle): moved on 10 ms a look, far from 200.
  await expect
    .poll(async () => {
      await page.clock.runFor(10);
      return harness.dialogs.shown.filter((shown) => shown.kind === 'unsaved').length;
    })
    .toBe(1);
  expect((await harness.recoveryDrafts.take())?.report.metrics[0]!.values[2]).toBe(97.2);
  const order = harness.calls.map((call) => call.method).filter((method) => method === 'writeRecoveryDraft' || method === 'confirmUnsavedChanges');
  expect(order).toEqual(['writeRecoveryDraft', 'confirmUnsavedChanges']);

  await page.clock.resume();
  harness.dialogs.unsavedChoice = 'discard';
  await harness.emitAppEvent({ type: 'command', command: 'close' });
  await expect.poll(() => harness.closeWindowCalls).toBe(1);
  expect(await harness.recoveryDrafts.take()).toBeNull();
});

test('Ctrl+S pressed again while a save runs starts no second save', async ({ page, harness }) => {
  await typeFigure(page, availabilityM3(page), '97.2');
  let closeDialog = () => undefined as void;
  harness.dialogs.openUntil = new Promise<void>((resolve) => (closeDialog = resolve));
  harness.dialogs.savePath = harness.path('new.rdesk');
  await page.keyboard.press('Control+s');
  await expect.poll(() => harness.dialogs.shown.length).toBe(1);
  await page.keyboard.press('Control+s');
  await page.keyboard.press('Control+s');
  closeDialog();
  await expect.poll(() => harness.documentState()).toEqual({ name: 'new.rdesk', path: harness.path('new.rdesk'), dirty: false });
  expect(harness.calls.filter((call) => call.method === 'saveReport')).toHaveLength(1);
  expect(harness.dialogs.shown).toEqual([{ kind: 'save', suggestedPath: expect.stringContaining('Activity report') }]);
});

test('a read-only report is not saved over; the message offers Save As, which keeps the work elsewhere', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await chmod(path, 0o444);
  const before = await readFile(path);
  await typeFigure(page, availabilityM3(page), '97.2');
  harness.dialogs.savePath = harness.path('my copy.rdesk');
  await page.keyboard.press('Control+s');
  const offer = page.getByRole('alertdialog', { name: 'The report is read-only' });
  await expect(offer).toContainText('"seed-report.rdesk" was not saved: it is read-only. Use Save As… to keep your work under another name.');
  await offer.getByRole('button', { name: 'Save As…' }).click();
  await expect.poll(() => harness.documentState()).toEqual({ name: 'my copy.rdesk', path: harness.path('my copy.rdesk'), dirty: false });
  expect((await readFile(path)).equals(before)).toBe(true);
  const copy = await readReportFile(harness.path('my copy.rdesk'));
  expect(copy.ok && copy.report.metrics[0]!.values[2]).toBe(97.2);
});
