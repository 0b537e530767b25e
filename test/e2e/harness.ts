/**
 * End-to-end harness: the built renderer in real Chromium, with `window.api` served by the very
 * services main uses (createReportApi over report files, Word export, recent files, recovery
 * drafts), running in the test's Node process. Only the dialogs are scripted.
 *
 *   import { test, expect } from './harness';
 *
 *   test('a saved report reopens with its figures', async ({ page, harness }) => {
 *     const path = await harness.copyExample();          // the seed report, in this test's folder
 *     await harness.emitAppEvent({ type: 'open-path', path });   // as a launch with a file does
 *     harness.dialogs.savePath = harness.path('copy.rdesk');     // what Save As… will answer
 *     await harness.emitAppEvent({ type: 'command', command: 'save-as' }); // as the menu does
 *     await expect.poll(() => harness.documentState()?.path).toBe(harness.path('copy.rdesk'));
 *   });
 *
 * Fixtures:
 * - `page`: the built renderer (dist/renderer, served on 127.0.0.1 with the app's
 *   Content-Security-Policy) with `window.api` in place before its scripts run.
 * - `harness` (type Harness below):
 *   - `folder`: this test's own temp folder (removed afterwards); `path(name)` joins into it;
 *     `copyExample(name?)` copies the seed report there and returns its path.
 *   - `dialogs`: what each dialog answers; set before the action. `openPath`, `comparePath`, `savePath`,
 *     `exportPath`, `wordTemplatePath`, `historyPaths` (the files of a history), `historyFolder`, `historyExportPath`,
 *     `templatePath` (a template file chosen anywhere), `templateExportPath`
 *     (null = the person cancels; the default), `unsavedChoice` ('cancel' by
 *     default); `dialogs.shown` records each dialog shown, with the path or name suggested;
 *     `openUntil` (a promise) keeps the save and export dialogs open until it settles.
 *   - `emitAppEvent(event)`: what main sends (menu commands, files to open; main grants a file it
 *     sends, so the page may open it). Events sent before the renderer subscribes wait for its
 *     first listener, as the preload does.
 *   - `documentState()` the latest setDocumentState (null before any), `documentStates` all of
 *     them, `windowTitle()` the title main would show; `closeWindowCalls` counts closeWindow();
 *     `shownInFolder` lists showInFolder paths; `calls` lists every Api call (method, args).
 *   - `pathOfDroppedFile(file)` in the page answers `<folder>/<file.name>` (null without a name):
 *     put the file in `harness.folder` before dropping one of that name.
 *   - `recentFiles`, `recoveryDrafts`, `historyJoins`: the services themselves, to arrange or inspect state;
 *     `userData` is where recovery drafts, backups and the person's own templates (`userData/Templates`) live.
 *   - `relaunch()`: reloads the page as a restart would; files, recent list and drafts stay.
 * - `launch` (an option): the window opens on its start screen; the page fixture clicks its
 *   New report before the test ('new-report', the default) unless test.use({ launch:
 *   'start-screen' }) keeps it there. `relaunch()` shows the start screen again.
 * - `rendererUrl` (per worker): the renderer's address, to navigate back to it.
 * Also exported: `SEED_EXAMPLE` (assets/examples/seed-report.rdesk), `RENDERER_DIR`.
 */
import { test as base, expect } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { API_CHANNELS, dispatchApiCall, type AppEvent, type DocumentState, type UnsavedChoice } from '../../shared/api';
import { createRecentFiles, type RecentFilesService } from '../../electron/services/recent-files';
import { createRecoveryDrafts, type RecoveryDrafts } from '../../electron/services/recovery-drafts';
import { createHistoryJoins, type HistoryJoinsService } from '../../electron/services/history-joins';
import { createReportApi } from '../../electron/services/report-api';
import { ownTemplatesFolder } from '../../electron/services/template-files';
import type { DocumentLanguage } from '../../shared/i18n/document-language';
import { windowTitle } from '../../electron/window-title';
import { rendererResponse } from '../../electron/services/renderer-files';
import { useChartWorker } from '../../electron/services/charts/chart-drawing';
import { CHART_WORKER, CLI_DIR } from '../../scripts/cli-bundle.cjs';

export { expect };

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
export const SEED_EXAMPLE = join(REPO_ROOT, 'assets', 'examples', 'seed-report.rdesk');

// Exports draw their charts with the worker `npm run build` put beside the command line, as the renderer is its build's.
useChartWorker(join(CLI_DIR, CHART_WORKER));

/**
 * Serves the built renderer on 127.0.0.1 exactly as the app's app:// protocol does (the same
 * files, the same Content-Security-Policy header). Chromium will not run module scripts from
 * file://, and a test browser has no app:// protocol.
 */
async function startRendererServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void rendererResponse(RENDERER_DIR, pathname).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

export type ShownDialog =
  | { kind: 'open' }
  | { kind: 'compare' }
  | { kind: 'save'; suggestedPath: string }
  | { kind: 'export'; suggestedPath: string }
  | { kind: 'import' }
  | { kind: 'word-template'; defaultPath: string | null }
  | { kind: 'history-files' }
  | { kind: 'history-folder' }
  | { kind: 'history-export'; suggestedPath: string }
  | { kind: 'template-file' }
  | { kind: 'template-export'; suggestedPath: string }
  | { kind: 'unsaved'; documentName: string };

export interface ScriptedDialogs {
  /** The report Open… picks; null: the person cancels. */
  openPath: string | null;
  /** The earlier report Compare with… picks; null: the person cancels. */
  comparePath: string | null;
  /** Where Save / Save As… saves; null: the person cancels. */
  savePath: string | null;
  /** Where Export to Word… writes; null: the person cancels. */
  exportPath: string | null;
  /** The file Import Figures… picks; null: the person cancels. */
  importPath: string | null;
  /** The Word template chosen in the report details; null: the person cancels. */
  wordTemplatePath: string | null;
  /** The reports a history reads, chosen in the open dialog; null: the person cancels. */
  historyPaths: string[] | null;
  /** The folder a history reads; null: the person cancels. */
  historyFolder: string | null;
  /** Where the history's annex or CSV is written; null: the person cancels. */
  historyExportPath: string | null;
  /** The template file New Report from Template… picks; null: the person cancels. */
  templatePath: string | null;
  /** Where Export Template… writes; null: the person cancels. */
  templateExportPath: string | null;
  /** The answer to "Save changes?"; 'cancel' unless the test says otherwise. */
  unsavedChoice: UnsavedChoice;
  /** When set, the dialogs stay open (their answers wait) until this promise settles. */
  openUntil: Promise<void> | null;
  readonly shown: ShownDialog[];
}

export interface Harness {
  readonly folder: string;
  readonly userData: string;
  readonly dialogs: ScriptedDialogs;
  readonly documentStates: DocumentState[];
  readonly shownInFolder: string[];
  readonly calls: { method: string; args: unknown }[];
  readonly closeWindowCalls: number;
  readonly recentFiles: RecentFilesService;
  readonly recoveryDrafts: RecoveryDrafts;
  readonly historyJoins: HistoryJoinsService;
  path(name: string): string;
  copyExample(name?: string): Promise<string>;
  documentState(): DocumentState | null;
  windowTitle(): string;
  emitAppEvent(event: AppEvent): Promise<void>;
  relaunch(): Promise<void>;
}

interface InitOptions {
  methods: string[];
  dropFolder: string;
  separator: string;
}

/** Runs in the page before its scripts: the same Api surface the preload exposes. */
function installApi({ methods, dropFolder, separator }: InitOptions): void {
  type Listener = (event: unknown) => void;
  const page = window as unknown as Record<string, unknown> & {
    __reportDeskInvoke: (method: string, args: unknown[]) => Promise<string | undefined>;
    __reportDeskDropped: (path: string) => Promise<void>;
  };
  const listeners = new Set<Listener>();
  let waiting: unknown[] = [];
  const deliverWaiting = () => {
    if (listeners.size === 0) return;
    const events = waiting;
    waiting = [];
    for (const event of events) for (const listener of [...listeners]) listener(event);
  };
  const api: Record<string, unknown> = {};
  // The answer comes as JSON text (see the binding below); a void answer as nothing at all.
  for (const method of methods) {
    api[method] = async (...args: unknown[]) => {
      const answer = await page.__reportDeskInvoke(method, args);
      return answer === undefined ? undefined : (JSON.parse(answer) as unknown);
    };
  }
  api.onAppEvent = (listener: Listener) => {
    listeners.add(listener);
    setTimeout(deliverWaiting, 0);
    return () => {
      listeners.delete(listener);
    };
  };
  api.pathOfDroppedFile = (file: { name?: unknown } | null) => {
    if (file === null || typeof file !== 'object' || typeof file.name !== 'string' || file.name === '') return null;
    const path = `${dropFolder}${separator}${file.name}`;
    // As the preload does: main hears of the dropped file before the page can ask to open it.
    void page.__reportDeskDropped(path);
    return path;
  };
  Object.defineProperty(window, '__reportDeskEmit', {
    value: (event: unknown) => {
      if (listeners.size === 0) waiting.push(event);
      else for (const listener of [...listeners]) listener(event);
    },
  });
  Object.defineProperty(window, 'api', { value: Object.freeze(api) });
}

interface HarnessCore extends Harness {
  attach(page: Page): void;
  /** What the page's `window.api` calls reach: the same dispatch main's IPC handlers run. */
  invoke(method: string, args: unknown): Promise<unknown>;
  /** The preload's word that a file was dropped, which lets main open it. */
  fileDropped(path: string): void;
}

async function createHarness(): Promise<{ harness: HarnessCore; dispose: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'report-desk-e2e-'));
  const userData = join(folder, 'userData');
  const documents = join(folder, 'Documents');
  await mkdir(documents, { recursive: true });
  let stored: string[] = [];
  let page: Page | null = null;
  let closes = 0;
  let disposed = false;
  // Calls still being served: a recovery draft being written as the test ends.
  const inFlight = new Set<Promise<unknown>>();
  const documentStates: DocumentState[] = [];
  const shownInFolder: string[] = [];
  const calls: { method: string; args: unknown }[] = [];
  const dialogs: ScriptedDialogs = {
    openPath: null,
    comparePath: null,
    savePath: null,
    exportPath: null,
    importPath: null,
    wordTemplatePath: null,
    historyPaths: null,
    historyFolder: null,
    historyExportPath: null,
    templatePath: null,
    templateExportPath: null,
    unsavedChoice: 'cancel',
    openUntil: null,
    shown: [],
  };
  // The preferences' joins, kept as electron-store keeps them: across a relaunch.
  let storedJoins: unknown = {};
  let storedTemplateLanguage: DocumentLanguage | null = null;
  const historyJoins = createHistoryJoins({ read: () => storedJoins, write: (all) => (storedJoins = structuredClone(all)) });
  const recentFiles = createRecentFiles({ read: () => stored, write: (paths) => (stored = [...paths]) });
  const recoveryDrafts = createRecoveryDrafts(join(userData, 'Recovery'));
  const attachedPage = (): Page => {
    if (page === null) throw new Error('The harness has no page yet: ask for the `page` fixture too.');
    return page;
  };

  const api = createReportApi({
    chooseReportToOpen: async () => {
      dialogs.shown.push({ kind: 'open' });
      return dialogs.openPath;
    },
    chooseReportToCompare: async () => {
      dialogs.shown.push({ kind: 'compare' });
      return dialogs.comparePath;
    },
    chooseReportSavePath: async (suggestedPath) => {
      dialogs.shown.push({ kind: 'save', suggestedPath });
      await dialogs.openUntil;
      return dialogs.savePath;
    },
    chooseWordExportPath: async (suggestedPath) => {
      dialogs.shown.push({ kind: 'export', suggestedPath });
      await dialogs.openUntil;
      return dialogs.exportPath;
    },
    chooseImportSource: async () => {
      dialogs.shown.push({ kind: 'import' });
      return dialogs.importPath;
    },
    chooseWordTemplate: async (defaultPath) => {
      dialogs.shown.push({ kind: 'word-template', defaultPath });
      return dialogs.wordTemplatePath;
    },
    chooseHistoryFiles: async () => {
      dialogs.shown.push({ kind: 'history-files' });
      return dialogs.historyPaths;
    },
    chooseHistoryFolder: async () => {
      dialogs.shown.push({ kind: 'history-folder' });
      return dialogs.historyFolder;
    },
    chooseHistoryExportPath: async (suggestedPath) => {
      dialogs.shown.push({ kind: 'history-export', suggestedPath });
      return dialogs.historyExportPath;
    },
    chooseTemplateFile: async () => {
      dialogs.shown.push({ kind: 'template-file' });
      return dialogs.templatePath;
    },
    chooseTemplateExportPath: async (suggestedPath) => {
      dialogs.shown.push({ kind: 'template-export', suggestedPath });
      return dialogs.templateExportPath;
    },
    templatesDir: ownTemplatesFolder(userData),
    templateLanguage: { read: () => storedTemplateLanguage, write: (language) => (storedTemplateLanguage = language) },
    historyJoins,
    askUnsavedChanges: async (documentName) => {
      dialogs.shown.push({ kind: 'unsaved', documentName });
      return dialogs.unsavedChoice;
    },
    showItemInFolder: (path) => shownInFolder.push(path),
    setDocumentState: (state) => documentStates.push(state),
    close: () => {
      closes += 1;
    },
    recentFiles,
    recoveryDrafts,
    backupDir: join(userData, 'Backups'),
    defaultFolder: documents,
  });

  const harness: HarnessCore = {
    folder,
    userData,
    dialogs,
    documentStates,
    shownInFolder,
    calls,
    get closeWindowCalls() {
      return closes;
    },
    recentFiles,
    recoveryDrafts,
    historyJoins,
    path: (name) => join(folder, name),
    async copyExample(name = 'seed-report.rdesk') {
      const path = join(folder, name);
      await copyFile(SEED_EXAMPLE, path);
      return path;
    },
    documentState: () => documentStates.at(-1) ?? null,
    windowTitle: () => windowTitle(documentStates.at(-1) ?? null),
    async emitAppEvent(event) {
      // Main grants a file it hands over (command line, second launch, desktop), as the app does.
      if (event.type === 'open-path') api.grantPath(event.path);
      await attachedPage().evaluate((appEvent) => (window as unknown as { __reportDeskEmit: (e: unknown) => void }).__reportDeskEmit(appEvent), event);
    },
    async relaunch() {
      await attachedPage().reload();
    },
    attach(next) {
      page = next;
    },
    invoke(method, args) {
      // Once the test is over its folder goes: a late call (a recovery draft's debounce) writes nothing there.
      if (disposed) return Promise.reject(new Error('The test is over; the harness takes no more calls.'));
      calls.push({ method, args });
      const served = dispatchApiCall(api, method, args);
      inFlight.add(served);
      void served.finally(() => inFlight.delete(served)).catch(() => undefined);
      return served;
    },
    fileDropped(path) {
      api.grantPath(path);
    },
  };
  // A recovery draft may still be being written as the test ends (its debounce fired as the page
  // closed): no call is taken after the end, the ones under way are waited for, then the folder goes.
  const dispose = async (): Promise<void> => {
    disposed = true;
    await Promise.allSettled([...inFlight]);
    await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  };
  return { harness, dispose };
}

export interface HarnessOptions {
  /**
   * Where a test begins. The window opens on its start screen; most tests begin, as a person
   * does with New report, from a blank report ('new-report', the default). Tests of the start
   * screen itself begin there: test.use({ launch: 'start-screen' }).
   */
  launch: 'new-report' | 'start-screen';
}

export const test = base.extend<HarnessOptions & { harnessCore: HarnessCore; harness: Harness }, { rendererUrl: string }>({
  launch: ['new-report', { option: true }],

  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      const server = await startRendererServer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  harnessCore: async ({}, use) => {
    const { harness, dispose } = await createHarness();
    await use(harness);
    await dispose();
  },

  page: async ({ page, harnessCore, rendererUrl, launch }, use) => {
    // Answers cross as JSON text, as cheap as Electron's structured clone: Playwright's own
    // value-by-value serialisation took 0.5–0.9 s for a 20-period history (531 kB), 70 ms as text.
    await page.exposeBinding('__reportDeskInvoke', async (_source, method: string, args: unknown) => JSON.stringify(await harnessCore.invoke(method, args)));
    await page.exposeBinding('__reportDeskDropped', (_source, path: string) => harnessCore.fileDropped(path));
    await page.addInitScript(installApi, { methods: Object.keys(API_CHANNELS), dropFolder: harnessCore.folder, separator: sep });
    harnessCore.attach(page);
    await page.goto(rendererUrl);
    if (launch === 'new-report') {
      await page.getByRole('button', { name: 'New report', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity report');
    }
    await use(page);
  },

  harness: async ({ page, harnessCore }, use) => {
    void page; // asking for the page loads the renderer before the test uses the harness
    await use(harnessCore);
  },
});
