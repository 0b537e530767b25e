// The built main bundle, run in Node against a recording stand-in for Electron: what it
// registers, how it makes the window, the menu, and how it guards IPC and navigation.
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_CHANNELS, APP_EVENT_CHANNEL } from '../../shared/api';
import { DROPPED_FILE_CHANNEL } from '../../shared/api-channels';
import { RENDERER_URL } from '../../electron/services/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security';
import { createElectronStandIn, heldEvent } from './electron-stand-in';
import { type MenuItem, findItem, submenuOf } from './menu-template';
import { buildBundles, loadBundle, projectRoot } from './built-bundles';

const seedPath = join(projectRoot, 'assets', 'examples', 'seed-report.rdesk');
let folder: string;
let bundleDir: string;

const listenerLimit = process.getMaxListeners();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'main-wiring-'));
  bundleDir = await buildBundles(folder);
  // The page main serves, where the build puts it beside main (a stand-in: the renderer is built later in npm test).
  await mkdir(join(folder, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(folder, 'dist', 'renderer', 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(folder, 'package.json'), '{"secret": true}');
  // Each fresh load of the bundle adds electron-store's exit hooks to this one process.
  process.setMaxListeners(100);
}, 120_000);

afterAll(async () => {
  process.setMaxListeners(listenerLimit);
  await rm(folder, { recursive: true, force: true });
});

async function startedApp(argv?: string[], home?: string) {
  const standIn = createElectronStandIn(home ?? (await mkdtemp(join(folder, 'user-'))));
  loadBundle(join(bundleDir, 'main.cjs'), standIn, argv);
  standIn.becomeReady();
  await new Promise((done) => setTimeout(done, 20));
  const window = standIn.record.windows[0];
  if (window === undefined) throw new Error('main made no window once ready');
  return { standIn, record: standIn.record, window, rendererUrl: RENDERER_URL };
}

type Started = Awaited<ReturnType<typeof startedApp>>;

/** Calls a registered handler as ipcMain would, from the main window's page unless told otherwise. */
function invoke(app: Started, channel: string, args: unknown[] = [], from: { url?: string; sender?: unknown } = {}) {
  const entry = app.record.handled.find((handled) => handled.channel === channel);
  if (entry === undefined) throw new Error(`no handler for ${channel}`);
  const frame = { ...app.window.webContents.mainFrame, url: from.url ?? app.rendererUrl };
  return entry.handler({ sender: from.sender ?? app.window.webContents, senderFrame: frame }, ...args);
}

describe('the main process, once ready', () => {
  test('every Api channel has exactly one handler, and nothing else is handled', async () => {
    const { record } = await startedApp();
    expect(record.handled.map((handled) => handled.channel).sort()).toEqual(Object.values(API_CHANNELS).sort());
  });

  test('the window is sandboxed and isolated, with the preload beside main', async () => {
    const { window } = await startedApp();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(bundleDir, 'preload.cjs'),
    });
    // Middle clicks ask for no windows either.
    expect(window.options.webPreferences).toMatchObject({ disableBlinkFeatures: 'Auxclick' });
    expect(window.loadedUrl).toBe('app://report-desk/index.html');
  });

  test('the page comes from app://, a privileged scheme of its own, each file with the content policy as a header', async () => {
    const { record } = await startedApp();
    expect(record.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    const serve = record.protocolHandlers.get('app');
    if (serve === undefined) throw new Error('main handles no app:// requests');
    const page = await serve({ url: 'app://report-desk/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<div id="root">');
    for (const url of ['app://report-desk/../../electron/main.cjs', 'app://report-desk/%2e%2e/electron/main.cjs', 'app://report-desk/..%2f..%2fpackage.json', 'app://elsewhere/index.html']) {
      const refused = await serve({ url });
      expect(refused.status, url).toBe(404);
      expect(refused.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  test('a foreign page, another window or a bad argument is refused; our own page is served', async () => {
    const app = await startedApp();
    await expect(invoke(app, API_CHANNELS.recentFiles, [], { url: 'https://example.com/' })).rejects.toThrow(/Refused recentFiles/);
    await expect(invoke(app, API_CHANNELS.recentFiles, [], { url: pathToFileURL('/tmp/other/index.html').href })).rejects.toThrow(/Refused/);
    await expect(invoke(app, API_CHANNELS.recentFiles, [], { sender: { id: -1 } })).rejects.toThrow(/Refused/);
    await expect(invoke(app, API_CHANNELS.openReportAt, [42])).rejects.toThrow(/arguments are not valid/);
    await expect(invoke(app, API_CHANNELS.recentFiles)).resolves.toEqual({ files: [], removed: [] });
  });

  test('navigation, new windows and web views are denied', async () => {
    const { window } = await startedApp();
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = heldEvent();
      window.webContents.emit(name, event, 'https://example.com/');
      expect(event.prevented, name).toBe(true);
    }
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  test('responses carry the content policy, the network is cut off and permissions are refused', async () => {
    const { record } = await startedApp();
    const headers = await new Promise((done) => record.headersHooks[0]?.({ url: 'app://report-desk/index.html', responseHeaders: {} }, done));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    const verdict = (url: string) => new Promise((done) => record.requestHooks[0]?.({ url }, done));
    expect(await verdict('https://example.com/track')).toEqual({ cancel: true });
    expect(await verdict('app://report-desk/assets/app.js')).toEqual({ cancel: false });
    // Not even a local file: the page has its own origin, and nothing else on the disk is its.
    expect(await verdict('file:///etc/passwd')).toEqual({ cancel: true });
    expect(await new Promise((done) => record.permissionRequestHandler?.({}, 'geolocation', done, {}))).toBe(false);
    expect(record.permissionCheckHandler?.({}, 'media', 'file://', {})).toBe(false);
  });

  test('the page asks main to open, save or show a file no dialog chose: refused; what the system hands over opens', async () => {
    const files = await mkdtemp(join(folder, 'files-'));
    const copy = async (name: string) => {
      await copyFile(seedPath, join(files, name));
      return join(files, name);
    };
    const [given, second, dropped, named] = [await copy('given.rdesk'), await copy('second.rdesk'), await copy('dropped.rdesk'), await copy('named.rdesk')];
    const app = await startedApp(['/opt/electron', '.', given]);
    app.window.webContents.finishLoad(app.rendererUrl);
    const refused = { kind: 'failed', message: expect.stringMatching(/^"named\.rdesk" was not opened: Report Desk opens only the files you choose/) };
    expect(await invoke(app, API_CHANNELS.openReportAt, [named])).toEqual(refused);
    expect(await invoke(app, API_CHANNELS.saveReport, [{ report: JSON.parse(await readFile(named, 'utf8')), path: named, saveAs: false }])).toEqual({ kind: 'cancelled' });
    expect(app.record.dialogs.map((shown) => shown.kind)).toEqual(['save']);
    await invoke(app, API_CHANNELS.showInFolder, [named]);
    expect(app.record.shownInFolder).toEqual([]);
    // The command line, a second launch, and the preload's word of a dropped file grant theirs.
    expect(await invoke(app, API_CHANNELS.openReportAt, [given])).toMatchObject({ kind: 'opened', path: given });
    app.standIn.electron.app.emit('second-instance', heldEvent(), ['/opt/electron', '.', second], '/');
    expect(await invoke(app, API_CHANNELS.openReportAt, [second])).toMatchObject({ kind: 'opened', path: second });
    const droppedListener = app.record.listened.find((entry) => entry.channel === DROPPED_FILE_CHANNEL)?.listener;
    const frame = { ...app.window.webContents.mainFrame, url: app.rendererUrl };
    droppedListener?.({ sender: app.window.webContents, senderFrame: { ...frame, url: 'https://example.com/' } }, dropped);
    expect(await invoke(app, API_CHANNELS.openReportAt, [dropped])).toEqual({ ...refused, message: expect.stringMatching(/^"dropped\.rdesk" was not opened/) });
    droppedListener?.({ sender: app.window.webContents, senderFrame: frame }, dropped);
    expect(await invoke(app, API_CHANNELS.openReportAt, [dropped])).toMatchObject({ kind: 'opened', path: dropped });
  });

  test('a .rdesk path on the command line is opened once the window has loaded', async () => {
    const { window, rendererUrl } = await startedApp(['/opt/electron', '.', '--enable-logging', seedPath]);
    expect(window.webContents.sent).toEqual([]);
    window.webContents.finishLoad(rendererUrl);
    expect(window.webContents.sent).toEqual([{ channel: APP_EVENT_CHANNEL, payload: { type: 'open-path', path: seedPath } }]);
  });

  test('a template file handed over (command line, macOS open-file) reaches the window, which may read it to start a report; another it may not', async () => {
    const files = await mkdtemp(join(folder, 'templates-'));
    const [given, opened, named] = ['given', 'opened', 'named'].map((name) => join(files, `${name}.rdesk-template`)) as [string, string, string];
    for (const path of [given, opened, named]) await copyFile(join(projectRoot, 'assets', 'templates', 'quarterly-service-report.rdesk-template'), path);
    const app = await startedApp(['/opt/electron', '.', given]);
    app.window.webContents.finishLoad(app.rendererUrl);
    expect(app.window.webContents.sent).toEqual([{ channel: APP_EVENT_CHANNEL, payload: { type: 'open-path', path: given } }]);
    expect(await invoke(app, API_CHANNELS.readTemplate, [{ kind: 'path', path: given }])).toMatchObject({ kind: 'template', fileName: 'given.rdesk-template' });
    app.standIn.electron.app.emit('open-file', heldEvent(), opened);
    expect(app.window.webContents.sent.at(-1)).toEqual({ channel: APP_EVENT_CHANNEL, payload: { type: 'open-path', path: opened } });
    expect(await invoke(app, API_CHANNELS.readTemplate, [{ kind: 'path', path: opened }])).toMatchObject({ kind: 'template' });
    expect(await invoke(app, API_CHANNELS.readTemplate, [{ kind: 'path', path: named }])).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^"named\.rdesk-template" was not read/) });
    // The shipped templates come with main's own code: listed without a file of their own.
    const names = ['EGI OLA service report', 'Quarterly service report', 'Project periodic report', 'Rapport de service OLA EGI', 'Rapport de service trimestriel', 'Rapport périodique de projet', 'EGI-OLA-Servicebericht', 'Service-Quartalsbericht', 'Periodischer Projektbericht'];
    expect(await invoke(app, API_CHANNELS.listTemplates, [])).toMatchObject({ kind: 'templates', own: [], shipped: names.map((name) => ({ name })) });
  });

  test('a second launch hands its file to the running window instead of starting again', async () => {
    const { standIn, window, rendererUrl } = await startedApp();
    expect(standIn.record.singleInstanceLockAsked).toBe(1);
    window.webContents.finishLoad(rendererUrl);
    standIn.electron.app.emit('second-instance', heldEvent(), ['/opt/electron', '.', 'reports/Q3.rdesk'], '/home/me');
    expect(window.webContents.sent.at(-1)).toEqual({ channel: APP_EVENT_CHANNEL, payload: { type: 'open-path', path: '/home/me/reports/Q3.rdesk' } });
  });

  test('a launch while another is running quits without making a window', async () => {
    const standIn = createElectronStandIn(await mkdtemp(join(folder, 'user-')));
    standIn.answers.lock = false;
    loadBundle(join(bundleDir, 'main.cjs'), standIn);
    standIn.becomeReady();
    await new Promise((done) => setTimeout(done, 20));
    expect(standIn.record.quit).toBe(1);
    expect(standIn.record.windows).toEqual([]);
  });

  test('REPORT_DESK_USER_DATA gives the app a separate profile', async () => {
    const profile = join(folder, 'portable-profile');
    process.env.REPORT_DESK_USER_DATA = profile;
    try {
      const { standIn } = await startedApp();
      expect(standIn.electron.app.getPath('userData')).toBe(profile);
    } finally {
      delete process.env.REPORT_DESK_USER_DATA;
    }
  });

  test('the title names the document and marks unsaved changes', async () => {
    const app = await startedApp();
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'seed-report.rdesk', path: seedPath, dirty: true }]);
    expect(app.window.title).toBe('seed-report.rdesk • — Report Desk');
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'seed-report.rdesk', path: seedPath, dirty: false }]);
    expect(app.window.title).toBe('seed-report.rdesk — Report Desk');
  });

  test('closing with unsaved changes waits for the renderer to ask, then closes when told', async () => {
    const app = await startedApp();
    app.window.webContents.finishLoad(app.rendererUrl);
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'Untitled', path: null, dirty: true }]);
    const close = heldEvent();
    app.window.emit('close', close);
    expect(close.prevented).toBe(true);
    expect(app.window.webContents.sent.at(-1)).toEqual({ channel: APP_EVENT_CHANNEL, payload: { type: 'command', command: 'close' } });

    app.standIn.answers.messageBoxResponse = 1;
    expect(await invoke(app, API_CHANNELS.confirmUnsavedChanges, ['Untitled'])).toBe('discard');
    expect(app.record.dialogs.at(-1)?.options).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 });
    await invoke(app, API_CHANNELS.closeWindow);
    expect(app.window.destroyed).toBe(true);
  });

  test('a quit held for unsaved changes goes on after Don\'t Save, but Cancel drops it so a later close does not quit', async () => {
    const quitAfter = async (firstAnswer: number): Promise<number> => {
      const app = await startedApp();
      app.window.webContents.finishLoad(app.rendererUrl);
      await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'Untitled', path: null, dirty: true }]);
      app.standIn.electron.app.emit('before-quit', heldEvent());
      const close = heldEvent();
      app.window.emit('close', close);
      expect(close.prevented).toBe(true);
      app.standIn.answers.messageBoxResponse = firstAnswer;
      const first = await invoke(app, API_CHANNELS.confirmUnsavedChanges, ['Untitled']);
      if (first === 'cancel') {
        // Later the person closes the window on purpose and discards: only the window goes.
        app.window.emit('close', heldEvent());
        app.standIn.answers.messageBoxResponse = 1;
        await invoke(app, API_CHANNELS.confirmUnsavedChanges, ['Untitled']);
      }
      await invoke(app, API_CHANNELS.closeWindow);
      expect(app.window.destroyed).toBe(true);
      return app.record.quit;
    };
    expect(await quitAfter(1)).toBe(1);
    expect(await quitAfter(2)).toBe(0);
  });

  test('a clean window that is talking still hands the close to the page, so a value being typed is committed first', async () => {
    const app = await startedApp();
    app.window.webContents.finishLoad(app.rendererUrl);
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'seed-report.rdesk', path: seedPath, dirty: false }]);
    const close = heldEvent();
    app.window.emit('close', close);
    expect(close.prevented).toBe(true);
    expect(app.window.webContents.sent.at(-1)).toEqual({ channel: APP_EVENT_CHANNEL, payload: { type: 'command', command: 'close' } });
    await invoke(app, API_CHANNELS.closeWindow);
    expect(app.window.destroyed).toBe(true);
    expect(app.record.quit).toBe(0);
  });

  test('a hung page cannot hold the window open', async () => {
    const app = await startedApp();
    app.window.webContents.finishLoad(app.rendererUrl);
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'Untitled', path: null, dirty: true }]);
    app.window.emit('unresponsive');
    const close = heldEvent();
    app.window.emit('close', close);
    expect(close.prevented).toBe(false);
  });

  test('a quit the person abandons without a Cancel answer (a cancelled Save dialog) does not quit at a later close', async () => {
    const app = await startedApp();
    app.window.webContents.finishLoad(app.rendererUrl);
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'Untitled', path: null, dirty: true }]);
    app.standIn.electron.app.emit('before-quit', heldEvent());
    app.window.emit('close', heldEvent());
    // Save was chosen, then its dialog cancelled: the page never calls closeWindow.
    app.standIn.answers.messageBoxResponse = 0;
    expect(await invoke(app, API_CHANNELS.confirmUnsavedChanges, ['Untitled'])).toBe('save');
    // Later the person closes the window on purpose.
    app.window.emit('close', heldEvent());
    await invoke(app, API_CHANNELS.closeWindow);
    expect(app.window.destroyed).toBe(true);
    expect(app.record.quit).toBe(0);
  });

  test('a crashed page cannot hold the window open with unsaved changes', async () => {
    const app = await startedApp();
    await invoke(app, API_CHANNELS.setDocumentState, [{ name: 'Untitled', path: null, dirty: true }]);
    app.window.webContents.crashed = true;
    const close = heldEvent();
    app.window.emit('close', close);
    expect(close.prevented).toBe(false);
  });

  test('a failure while starting is shown in a message and the app quits', async () => {
    const standIn = createElectronStandIn(await mkdtemp(join(folder, 'user-')));
    standIn.electron.session.defaultSession.webRequest.onBeforeRequest = () => {
      throw new Error('session unavailable');
    };
    loadBundle(join(bundleDir, 'main.cjs'), standIn);
    standIn.becomeReady();
    await new Promise((done) => setTimeout(done, 20));
    expect(standIn.record.dialogs).toEqual([{ kind: 'error', options: { title: 'Report Desk could not start', content: 'session unavailable' } }]);
    expect(standIn.record.quit).toBe(1);
  });

  test('the next start reopens the window where it was closed and keeps the recent files (electron-store on disk)', async () => {
    const home = await mkdtemp(join(folder, 'user-'));
    const first = await startedApp(undefined, home);
    first.standIn.answers.openPaths = [seedPath];
    await invoke(first, API_CHANNELS.openReport);
    first.window.close();
    const second = await startedApp(undefined, home);
    expect(second.window.options).toMatchObject({ x: 40, y: 30, width: 1200, height: 800 });
    await expect(invoke(second, API_CHANNELS.recentFiles)).resolves.toEqual({ files: [{ path: seedPath, name: 'seed-report.rdesk' }], removed: [] });
  });

  test('a preferences temp file left by a killed run is removed at the next start', async () => {
    const home = await mkdtemp(join(folder, 'user-'));
    await startedApp(undefined, home);
    const leftover = join(home, 'userData', 'preferences.json.tmp-1764489600a1b2c3');
    await writeFile(leftover, '{"recentFiles": [');
    await startedApp(undefined, home);
    expect(await readdir(join(home, 'userData'))).not.toContain('preferences.json.tmp-1764489600a1b2c3');
  });

  test('a clean window closes at once', async () => {
    const app = await startedApp();
    const close = heldEvent();
    app.window.emit('close', close);
    expect(close.prevented).toBe(false);
  });

  test('the file dialogs offer .rdesk to open and save, and .docx to export', async () => {
    const app = await startedApp();
    const path = join(folder, 'opened.rdesk');
    await copyFile(seedPath, path);
    app.standIn.answers.openPaths = [path];
    expect(await invoke(app, API_CHANNELS.openReport)).toMatchObject({ kind: 'opened', path });
    expect(app.record.dialogs.at(-1)?.options).toMatchObject({ filters: [{ extensions: ['rdesk'] }], properties: ['openFile'] });
    const report = JSON.parse(await readFile(seedPath, 'utf8')) as unknown;
    await invoke(app, API_CHANNELS.saveReport, [{ report, path: null, saveAs: true }]);
    expect(app.record.dialogs.at(-1)?.options).toMatchObject({ filters: [{ extensions: ['rdesk'] }] });
    await invoke(app, API_CHANNELS.chooseWordExportPath, [{ title: 'Operations Portal OLA report', period: { start: null, months: 6, name: null }, reportPath: path }]);
    expect(app.record.dialogs.at(-1)?.options).toMatchObject({ filters: [{ extensions: ['docx'] }], defaultPath: join(folder, 'opened.docx') });
  });
});

describe('the application menu', () => {
  async function menu(): Promise<{ menu: MenuItem[]; app: Started }> {
    const app = await startedApp();
    return { menu: app.record.menus.at(-1) as MenuItem[], app };
  }

  test('File holds the report commands with their usual shortcuts', async () => {
    const file = submenuOf((await menu()).menu, 'File');
    expect(file.filter((item) => item.label !== undefined).map((item) => [item.label, item.accelerator])).toEqual([
      ['Start Screen', undefined],
      ['New', 'CmdOrCtrl+N'],
      ['New Report from Template…', undefined],
      ['Open…', 'CmdOrCtrl+O'],
      ['Open Recent', undefined],
      ['Save', 'CmdOrCtrl+S'],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Save as Template…', undefined],
      ['Export Template…', undefined],
      ['Export to Word…', 'CmdOrCtrl+E'],
      ['Import Figures…', undefined],
      ['Start Next Period…', undefined],
      ['Compare with…', undefined],
      ['Service History…', undefined],
      ['Close', 'CmdOrCtrl+W'],
      ['Quit', 'Ctrl+Q'],
    ]);
  });

  test('Edit sends Undo and Redo to the window and leaves clipboard work to Electron’s roles', async () => {
    const { menu: template, app } = await menu();
    const edit = submenuOf(template, 'Edit');
    expect(edit.filter((item) => item.label !== undefined).map((item) => [item.label, item.role, item.accelerator])).toEqual([
      ['Undo', undefined, 'CmdOrCtrl+Z'],
      ['Redo', undefined, 'CmdOrCtrl+Y'],
      ['Cut', 'cut', 'CmdOrCtrl+X'],
      ['Copy', 'copy', 'CmdOrCtrl+C'],
      ['Paste', 'paste', 'CmdOrCtrl+V'],
      ['Select All', 'selectAll', 'CmdOrCtrl+A'],
    ]);
    app.window.webContents.finishLoad(app.rendererUrl);
    findItem(edit, 'Undo').click?.();
    expect(app.window.webContents.sent.at(-1)?.payload).toEqual({ type: 'command', command: 'undo' });
  });

  test('View has zoom and full screen, and reload while running from source; Help has About', async () => {
    const { menu: template, app } = await menu();
    const roles = submenuOf(template, 'View').map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    app.window.webContents.finishLoad(app.rendererUrl);
    findItem(submenuOf(template, 'Help'), 'About Report Desk').click?.();
    expect(app.window.webContents.sent.at(-1)?.payload).toEqual({ type: 'command', command: 'about' });
  });

  test('keys the window handles itself are shown in the menu but not registered, so one press runs once', async () => {
    const template = (await menu()).menu;
    const byLabel = (section: string, label: string) => findItem(submenuOf(template, section), label) as MenuItem & { registerAccelerator?: boolean };
    for (const [section, label] of [['File', 'New'], ['File', 'Open…'], ['File', 'Save'], ['File', 'Save As…'], ['File', 'Export to Word…'], ['Edit', 'Undo'], ['Edit', 'Redo']] as const) {
      expect(byLabel(section, label).accelerator, label).toBeDefined();
      expect(byLabel(section, label).registerAccelerator, label).toBe(false);
    }
    expect(byLabel('File', 'Close').registerAccelerator).not.toBe(false);
  });

  test('on macOS the app menu comes first, Redo is Shift+Cmd+Z, and Quit lives in the app menu', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    let template: MenuItem[];
    try {
      template = (await menu()).menu;
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(template.map((item) => item.label ?? item.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(findItem(submenuOf(template, 'Edit'), 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(submenuOf(template, 'File').map((item) => item.label)).not.toContain('Quit');
  });

  test('Open Recent lists the files opened, and opening one sends its path to the window', async () => {
    const app = await startedApp();
    app.window.webContents.finishLoad(app.rendererUrl);
    app.standIn.answers.openPaths = [seedPath];
    await invoke(app, API_CHANNELS.openReport);
    const recent = submenuOf(submenuOf(app.record.menus.at(-1) as MenuItem[], 'File'), 'Open Recent');
    expect(recent.map((item) => item.label)).toEqual(['seed-report.rdesk', undefined, 'Clear Recent']);
    findItem(recent, 'seed-report.rdesk').click?.();
    expect(app.window.webContents.sent.at(-1)?.payload).toEqual({ type: 'open-path', path: seedPath });
  });
});
