// The one report window: its secure preferences, its title, the place it remembers, and a
// close that the page finishes, so nothing typed or unsaved is lost.
import { BrowserWindow, dialog } from 'electron';
import { APP_EVENT_CHANNEL, type AppEvent, type DocumentState } from '../shared/api';
import { windowTitle } from './window-title';
import { APP_NAME } from '../shared/figure-text';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type SavedWindowBounds } from './services/window-bounds';

export interface MainWindowSetup {
  preloadPath: string;
  /** The page's address on the app's own protocol. */
  rendererUrl: string;
  iconPath: string | null;
  /** Where it was last time, already checked to be on a screen; null lets the system place it. */
  bounds: SavedWindowBounds | null;
  onBoundsToKeep(bounds: SavedWindowBounds): void;
  /** The close was handed to the page to finish (commit what is typed, ask about unsaved work). */
  onCloseHeld(): void;
  onClosed(): void;
}

export interface MainWindow {
  window: BrowserWindow;
  /** Delivered once the page has loaded; the preload holds it until the renderer listens. */
  send(event: AppEvent): void;
  setDocumentState(state: DocumentState): void;
  /** The renderer has asked and the person has answered: close without asking again. */
  closeConfirmed(): void;
  reveal(): void;
}

export function createMainWindow(setup: MainWindowSetup): MainWindow {
  const { bounds } = setup;
  const window = new BrowserWindow({
    title: APP_NAME,
    width: bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(bounds === null ? {} : { x: bounds.x, y: bounds.y }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    ...(setup.iconPath === null ? {} : { icon: setup.iconPath }),
    webPreferences: {
      // Reviewed, as Electronegativity asks: the preload exposes one narrow method per operation
      // through contextBridge (never ipcRenderer itself), and main checks every call's sender and arguments.
      preload: setup.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle click on a link would ask for a new window; the app has no links to follow.
      disableBlinkFeatures: 'Auxclick',
      // Elsewhere than macOS the spellchecker downloads dictionaries; the app stays offline.
      spellcheck: process.platform === 'darwin',
    },
  });

  let loaded = false;
  let pending: AppEvent[] = [];
  let state: DocumentState | null = null;
  let confirmed = false;
  let unresponsive = false;

  window.once('ready-to-show', () => {
    if (bounds?.maximized === true) window.maximize();
    window.show();
  });
  // The title is ours (document name and unsaved mark), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('did-start-loading', () => {
    loaded = false;
  });
  window.webContents.on('did-finish-load', () => {
    loaded = true;
    const waiting = pending;
    pending = [];
    for (const event of waiting) window.webContents.send(APP_EVENT_CHANNEL, event);
  });

  window.on('unresponsive', () => {
    unresponsive = true;
  });
  window.on('responsive', () => {
    unresponsive = false;
  });
  window.on('close', (event) => {
    setup.onBoundsToKeep({ ...window.getNormalBounds(), maximized: window.isMaximized() });
    // Every close goes through the page, clean or not: a value still being typed in a field is
    // not in the report yet. A page that is crashed, hung or not yet talking cannot answer.
    const pageCanAnswer = loaded && state !== null && !window.webContents.isCrashed() && !unresponsive;
    if (!confirmed && pageCanAnswer) {
      event.preventDefault();
      setup.onCloseHeld();
      controller.send({ type: 'command', command: 'close' });
    }
  });
  window.on('closed', () => setup.onClosed());

  const controller: MainWindow = {
    window,
    send(event) {
      if (window.isDestroyed()) return;
      if (loaded) window.webContents.send(APP_EVENT_CHANNEL, event);
      else pending.push(event);
    },
    setDocumentState(next) {
      state = next;
      window.setTitle(windowTitle(next));
      if (process.platform === 'darwin') {
        window.setDocumentEdited(next.dirty);
        window.setRepresentedFilename(next.path ?? '');
      }
    },
    closeConfirmed() {
      confirmed = true;
      if (!window.isDestroyed()) window.close();
    },
    reveal() {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  };

  window.loadURL(setup.rendererUrl).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(`${APP_NAME} could not show its window`, `The page ${setup.rendererUrl} did not load (${detail}). If you are running from source, run "npm run build" first.`);
  });
  return controller;
}
