// The app's life: one instance, one window, files handed over from the command line, a second
// launch or the Finder, and the Api served over IPC from the plain-Node services.
import { app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuCommand } from '../shared/api';
import { cliArgumentsFromArgs, reportPathFromArgs } from './command-line';
import { runCliProcess } from './cli-process';
import { isFromOwnRenderer, registerApiHandlers, registerDroppedFiles } from './ipc';
import { createMainWindow, type MainWindow } from './main-window';
import { installMenu } from './menu';
import { nativeDialogs } from './native-dialogs';
import { openPreferences, type Appearance } from './preferences-store';
import { hardenSession, hardenWebContents } from './security';
import { createRecentFiles } from './services/recent-files';
import { createRecoveryDrafts } from './services/recovery-drafts';
import { createHistoryJoins } from './services/history-joins';
import { createReportApi, type ReportApi } from './services/report-api';
import { ownTemplatesFolder } from './services/template-files';
import { RENDERER_SCHEME, RENDERER_URL, appProtocolResponse } from './services/renderer-files';
import { restorableBounds } from './services/window-bounds';
import { useChartWorker } from './services/charts/chart-drawing';

// Bundled to dist/electron/main.cjs; the renderer is built beside it to dist/renderer and
// served from app://report-desk/, an origin of its own (not file://, where every local file
// shares the page's origin), each file with the content policy as a response header.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');
const rendererUrl = RENDERER_URL;
const iconPath = join(__dirname, 'icon.png');
// The chart renderer's thread, bundled beside main (scripts/build-electron.mjs).
useChartWorker(join(__dirname, 'chart-worker.cjs'));
const COMMANDS_THAT_OPEN_A_WINDOW = new Set<MenuCommand>(['new', 'new-from-template', 'open', 'about']);

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

export function startApp(argv: readonly string[]): void {
  // A separate profile (portable use, tests): its own preferences, drafts and single instance.
  const profile = process.env.REPORT_DESK_USER_DATA;
  if (profile !== undefined && profile !== '') app.setPath('userData', profile);
  // Before ready, as Electron requires: a standard, secure scheme, so the page is a secure
  // context with an origin of its own and module scripts load.
  protocol.registerSchemesAsPrivileged([{ scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let main: MainWindow | null = null;
  // Files the system hands over may be opened by the window; main grants them before it hands
  // them on (some arrive before the Api exists).
  let api: ReportApi | null = null;
  const grantedEarly: string[] = [];
  const grant = (path: string): void => {
    if (api === null) grantedEarly.push(path);
    else api.grantPath(path);
  };
  let waitingPath = reportPathFromArgs(argv, app.isPackaged, process.cwd());
  if (waitingPath !== null) grant(waitingPath);
  // Set by Quit; the window may hold the quit until the person answers about unsaved changes.
  let quitting = false;
  let quitAfterClose = false;
  let openWindow: () => MainWindow | null = () => null;

  const openPath = (path: string) => {
    grant(path);
    if (main === null) {
      waitingPath = path;
      if (app.isReady()) openWindow();
      return;
    }
    main.reveal();
    main.send({ type: 'open-path', path });
  };

  app.on('second-instance', (_event, args, workingDirectory) => {
    const path = reportPathFromArgs(args, app.isPackaged, workingDirectory);
    if (path !== null) openPath(path);
    else if (main !== null) main.reveal();
    else if (app.isReady()) openWindow();
  });
  // macOS hands files over this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const ready = () => {
    hardenSession(session.defaultSession);
    session.defaultSession.protocol.handle(RENDERER_SCHEME, (request) => appProtocolResponse(rendererDir, request.url));
    const preferences = openPreferences();
    let appearance: Appearance = preferences.readAppearance();
    nativeTheme.themeSource = appearance;

    const refreshMenu = () =>
      installMenu({
        platform: process.platform,
        isDev: !app.isPackaged,
        recentPaths: preferences.recentFiles.read(),
        appearance,
        send: (event) => {
          if (event.type === 'open-path') openPath(event.path);
          else if (main !== null) main.send(event);
          else if (COMMANDS_THAT_OPEN_A_WINDOW.has(event.command)) {
            // macOS keeps the menu with no window open: New and Open bring one back.
            openWindow()?.send(event);
          }
        },
        clearRecent: () => recentFiles.clear(),
        setAppearance: (next) => {
          appearance = next;
          nativeTheme.themeSource = next;
          preferences.writeAppearance(next);
          refreshMenu();
        },
      });

    const recentFiles = createRecentFiles({
      read: () => preferences.recentFiles.read(),
      write: (paths) => {
        preferences.recentFiles.write(paths);
        refreshMenu();
      },
    });
    const userData = app.getPath('userData');
    const dialogs = nativeDialogs(() => main?.window ?? null);
    api = createReportApi({
      ...dialogs,
      askUnsavedChanges: async (documentName) => {
        const choice = await dialogs.askUnsavedChanges(documentName);
        if (choice === 'cancel') quitAfterClose = false;
        return choice;
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      setDocumentState: (state) => main?.setDocumentState(state),
      close: () => main?.closeConfirmed(),
      recentFiles,
      historyJoins: createHistoryJoins(preferences.historyJoins),
      recoveryDrafts: createRecoveryDrafts(join(userData, 'Recovery')),
      backupDir: join(userData, 'Backups'),
      templatesDir: ownTemplatesFolder(userData),
      templateLanguage: preferences.templateLanguage,
      defaultFolder: documentsFolder(),
    });
    for (const path of grantedEarly.splice(0)) api.grantPath(path);
    const isTrusted = (event: IpcMainInvokeEvent | IpcMainEvent) => isFromOwnRenderer(event, main?.window ?? null, rendererUrl);
    registerApiHandlers(ipcMain, api, isTrusted);
    registerDroppedFiles(ipcMain, isTrusted, grant);

    openWindow = (): MainWindow => {
      const workAreas = screen.getAllDisplays().map((display) => display.workArea);
      const opened = createMainWindow({
        preloadPath,
        rendererUrl,
        iconPath: existsSync(iconPath) ? iconPath : null,
        bounds: restorableBounds(preferences.readWindowBounds(), workAreas),
        onBoundsToKeep: (bounds) => preferences.writeWindowBounds(bounds),
        // A close the page finishes belongs to a quit only if the quit asked for it; a quit the
        // person then cancelled (any way: Cancel, a cancelled Save dialog) must not come back later.
        onCloseHeld: () => {
          quitAfterClose = quitting;
          quitting = false;
        },
        onClosed: () => {
          main = null;
          if (quitting || quitAfterClose) app.quit();
        },
      });
      main = opened;
      if (waitingPath !== null) {
        opened.send({ type: 'open-path', path: waitingPath });
        waitingPath = null;
      }
      return opened;
    };

    refreshMenu();
    openWindow();
    app.on('activate', () => {
      if (main === null) openWindow();
    });
  };

  void app.whenReady().then(() => {
    try {
      ready();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Report Desk could not start', detail);
      app.quit();
    }
  });
}

const cliArguments = cliArgumentsFromArgs(process.argv, app.isPackaged);
if (cliArguments === null) startApp(process.argv);
// `report-desk --cli <command>`: the command line from the app's own binary; no window, no lock.
else void runCliProcess(cliArguments).then((code) => app.exit(code));
