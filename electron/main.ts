// The app's life: one instance, one window, files handed over from the command line, a second
// launch or the Finder, and the Api served over IPC from the plain-Node services.
import { app, dialog, ipcMain, nativeTheme, screen, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand } from '../shared/api';
import { reportPathFromArgs } from './command-line';
import { registerApiHandlers, isFromOwnRenderer } from './ipc';
import { createMainWindow, type MainWindow } from './main-window';
import { installMenu } from './menu';
import { nativeDialogs } from './native-dialogs';
import { openPreferences, type Appearance } from './preferences-store';
import { hardenSession, hardenWebContents } from './security';
import { createRecentFiles } from './services/recent-files';
import { createRecoveryDrafts } from './services/recovery-drafts';
import { createReportApi } from './services/report-api';
import { restorableBounds } from './services/window-bounds';

// Bundled to dist/electron/main.cjs; the renderer is built beside it to dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererIndexPath = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndexPath).href;
const iconPath = join(__dirname, 'icon.png');
const COMMANDS_THAT_OPEN_A_WINDOW = new Set<MenuCommand>(['new', 'open', 'about']);

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
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let main: MainWindow | null = null;
  let waitingPath = reportPathFromArgs(argv, app.isPackaged, process.cwd());
  // Set by Quit; the window may hold the quit until the person answers about unsaved changes.
  let quitting = false;
  let quitAfterClose = false;
  let openWindow: () => MainWindow | null = () => null;

  const openPath = (path: string) => {
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
    const api = createReportApi({
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
      recoveryDrafts: createRecoveryDrafts(join(userData, 'Recovery')),
      backupDir: join(userData, 'Backups'),
      defaultFolder: documentsFolder(),
    });
    registerApiHandlers(ipcMain, api, (event) => isFromOwnRenderer(event, main?.window ?? null, rendererUrl));

    openWindow = (): MainWindow => {
      const workAreas = screen.getAllDisplays().map((display) => display.workArea);
      const opened = createMainWindow({
        preloadPath,
        rendererIndexPath,
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

startApp(process.argv);
