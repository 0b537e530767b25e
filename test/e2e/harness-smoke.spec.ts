// Checks the harness itself, not the app: the Api is in place, its calls reach the real
// services and files, dialogs are scripted and recorded, and events reach the page.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { API_CHANNELS, type Api } from '../../shared/api';
import type { Report } from '../../shared/report-schema';
import { readReportFile } from '../../electron/services/report-files';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security';
import { SEED_EXAMPLE, expect, test } from './harness';

type ApiWindow = Window & { api: Api };

async function seed(): Promise<Report> {
  const read = await readReportFile(SEED_EXAMPLE);
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

/** A page of the same origin without the renderer, so only the test listens to events. */
async function bareApiPage(page: Page, rendererUrl: string): Promise<void> {
  await page.goto(new URL('harness-bare-page', rendererUrl).href);
}

test('the built renderer loads with the whole Api in place, under the app’s content policy', async ({ page, rendererUrl }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(rendererUrl);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const methods = await page.evaluate(() => Object.keys((window as ApiWindow).api).sort());
  expect(methods).toEqual([...Object.keys(API_CHANNELS), 'onAppEvent', 'pathOfDroppedFile'].sort());
  expect(errors.filter((message) => message.includes('window.api'))).toEqual([]);
});

test('a save through the harness writes a real report file that reads back equal', async ({ page, harness }) => {
  const report = await seed();
  const path = harness.path('saved.rdesk');
  harness.dialogs.savePath = path;
  const result = await page.evaluate((report) => (window as ApiWindow).api.saveReport({ report, path: null, saveAs: false }), report);
  expect(result).toEqual({ kind: 'saved', path });
  expect(await readReportFile(path)).toEqual({ ok: true, report, migratedFrom: null, warnings: [] });
  expect(harness.calls.some((call) => call.method === 'saveReport')).toBe(true);
});

test('dialogs answer as scripted and are recorded; a cancelled save writes nothing', async ({ page, harness, rendererUrl }) => {
  await bareApiPage(page, rendererUrl);
  const report = await seed();
  const cancelled = await page.evaluate((report) => (window as ApiWindow).api.saveReport({ report, path: null, saveAs: true }), report);
  expect(cancelled).toEqual({ kind: 'cancelled' });
  expect(harness.dialogs.shown).toEqual([{ kind: 'save', suggestedPath: harness.path('Documents/Operations Portal OLA report.rdesk') }]);

  harness.dialogs.openPath = await harness.copyExample('to-open.rdesk');
  const opened = await page.evaluate(() => (window as ApiWindow).api.openReport());
  expect(opened).toMatchObject({ kind: 'opened', path: harness.path('to-open.rdesk'), notice: null });
  expect(harness.recentFiles.list().files.map((file) => file.name)).toEqual(['to-open.rdesk']);

  harness.dialogs.unsavedChoice = 'save';
  expect(await page.evaluate(() => (window as ApiWindow).api.confirmUnsavedChanges('to-open.rdesk'))).toBe('save');
  expect(harness.dialogs.shown.at(-1)).toEqual({ kind: 'unsaved', documentName: 'to-open.rdesk' });
});

test('an export through the harness writes a real Word document', async ({ page, harness, rendererUrl }) => {
  await bareApiPage(page, rendererUrl);
  harness.dialogs.exportPath = harness.path('report.docx');
  const result = await page.evaluate(async (report) => {
    const { api } = window as ApiWindow;
    const place = await api.chooseWordExportPath({ title: report.meta.title, period: report.meta.period, reportPath: null });
    return place.kind === 'chosen' ? api.exportWord({ report, path: place.path }) : place;
  }, await seed());
  expect(result).toEqual({ kind: 'exported', path: harness.path('report.docx') });
  expect((await readFile(harness.path('report.docx'))).subarray(0, 2).toString()).toBe('PK');
});

test('a call with bad arguments is refused in the page with a message, as main refuses it', async ({ page, rendererUrl }) => {
  await bareApiPage(page, rendererUrl);
  const message = await page.evaluate(() =>
    (window as ApiWindow).api.openReportAt(42 as unknown as string).then(
      () => 'ran',
      (error: Error) => error.message,
    ),
  );
  expect(message).toMatch(/Refused openReportAt: its arguments are not valid/);
});

test('events emitted before anyone listens reach the first listener; unsubscribing stops them', async ({ page, harness, rendererUrl }) => {
  await bareApiPage(page, rendererUrl);
  await harness.emitAppEvent({ type: 'open-path', path: '/reports/Q3.rdesk' });
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    const stop = (window as ApiWindow).api.onAppEvent((event) => {
      seen.push(event);
      if (seen.length === 2) stop();
    });
  });
  await harness.emitAppEvent({ type: 'command', command: 'save' });
  await harness.emitAppEvent({ type: 'command', command: 'undo' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
    { type: 'open-path', path: '/reports/Q3.rdesk' },
    { type: 'command', command: 'save' },
  ]);
});

test('window state, closing, show-in-folder and dropped files are recorded or answered', async ({ page, harness, rendererUrl }) => {
  await bareApiPage(page, rendererUrl);
  const opened = await harness.copyExample('Q3.rdesk');
  const other = await harness.copyExample('other.rdesk');
  const answers = await page.evaluate(
    async ({ opened, other }) => {
      const { api } = window as ApiWindow;
      // A path the page names itself is refused; a file dropped on the window opens.
      const named = await api.openReportAt(other);
      const dropped = [api.pathOfDroppedFile(new File(['{}'], 'Q3.rdesk')), api.pathOfDroppedFile({})];
      const opening = await api.openReportAt(opened);
      await api.setDocumentState({ name: 'Q3.rdesk', path: opened, dirty: true });
      // Only files the person chose or opened are revealed.
      await api.showInFolder(opened);
      await api.showInFolder(other);
      await api.closeWindow();
      return { named: named.kind, dropped, opening: opening.kind };
    },
    { opened, other },
  );
  expect(answers).toEqual({ named: 'failed', dropped: [opened, null], opening: 'opened' });
  expect(harness.documentState()).toEqual({ name: 'Q3.rdesk', path: opened, dirty: true });
  expect(harness.windowTitle()).toBe('Q3.rdesk • — Report Desk');
  expect(harness.closeWindowCalls).toBe(1);
  expect(harness.shownInFolder).toEqual([opened]);
});

test('after a relaunch the page starts afresh but files and recovery drafts remain', async ({ page, harness, rendererUrl }) => {
  await bareApiPage(page, rendererUrl);
  await page.evaluate(async (report) => (window as ApiWindow).api.writeRecoveryDraft({ report, path: null }), await seed());
  await harness.relaunch();
  const draft = await page.evaluate(() => (window as ApiWindow).api.takeRecoveryDraft());
  expect(draft?.report.meta.title).toBe('Operations Portal OLA report');
});
