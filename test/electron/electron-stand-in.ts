// A recording stand-in for the `electron` module, for loading the built main and preload
// bundles in Node where the Electron binary cannot run. It does what main asks of Electron
// (windows, menus, dialogs, IPC, session hooks) and keeps a record of every call.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export interface HeldEvent {
  prevented: boolean;
  preventDefault(): void;
}

export function heldEvent(): HeldEvent {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type Callback = (...args: unknown[]) => unknown;

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  readonly mainFrame = { processId: 7, routingId: 11, url: '', parent: null };
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Callback | null = null;
  crashed = false;

  isCrashed(): boolean {
    return this.crashed;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  setWindowOpenHandler(handler: Callback): void {
    this.windowOpenHandler = handler;
  }

  /** Runs the page load as Electron reports it, so main delivers what it held back. */
  finishLoad(url: string): void {
    this.mainFrame.url = url;
    this.emit('did-finish-load');
  }
}

export function createElectronStandIn(folder: string) {
  const app = new EventEmitter();
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const record = {
    singleInstanceLockAsked: 0,
    quit: 0,
    /** app.exit's codes: an immediate exit, as the command line ends. */
    exits: [] as number[],
    handled: [] as { channel: string; handler: Handler }[],
    listened: [] as { channel: string; listener: Handler }[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    windows: [] as StandInBrowserWindow[],
    menus: [] as unknown[],
    dialogs: [] as { kind: string; options: Record<string, unknown> }[],
    headersHooks: [] as Callback[],
    requestHooks: [] as Callback[],
    permissionRequestHandler: null as Callback | null,
    permissionCheckHandler: null as Callback | null,
    shownInFolder: [] as string[],
    exposed: new Map<string, unknown>(),
    invoked: [] as { channel: string; args: unknown[] }[],
    sent: [] as { channel: string; args: unknown[] }[],
    rendererListeners: new Map<string, Callback[]>(),
  };
  const answers = { lock: true, openPaths: [] as string[], savePath: '', messageBoxResponse: 2 };
  let ready = false;
  const paths = new Map<string, string>();

  class StandInBrowserWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    readonly webContents = new StandInWebContents();
    title = '';
    destroyed = false;
    loadedFile: string | null = null;
    loadedUrl: string | null = null;
    closeCalls = 0;
    documentEdited: boolean | null = null;

    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      record.windows.push(this);
      app.emit('web-contents-created', heldEvent(), this.webContents);
    }
    loadFile(path: string): Promise<void> {
      this.loadedFile = path;
      return Promise.resolve();
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    setTitle(title: string): void {
      this.title = title;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** As Electron does: a close may be prevented by a 'close' listener. */
    close(): void {
      this.closeCalls += 1;
      const event = heldEvent();
      this.emit('close', event);
      if (event.prevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    maximize(): void {}
    isMinimized(): boolean {
      return false;
    }
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1200, height: 800 };
    }
    setDocumentEdited(edited: boolean): void {
      this.documentEdited = edited;
    }
    setRepresentedFilename(): void {}
  }

  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      record.dialogs.push({ kind: 'open', options: args.at(-1) as Record<string, unknown> });
      return { canceled: answers.openPaths.length === 0, filePaths: answers.openPaths };
    },
    showSaveDialog: async (...args: unknown[]) => {
      record.dialogs.push({ kind: 'save', options: args.at(-1) as Record<string, unknown> });
      return { canceled: answers.savePath === '', filePath: answers.savePath };
    },
    showMessageBox: async (...args: unknown[]) => {
      record.dialogs.push({ kind: 'message', options: args.at(-1) as Record<string, unknown> });
      return { response: answers.messageBoxResponse, checkboxChecked: false };
    },
    showErrorBox: (title: string, content: string) => {
      record.dialogs.push({ kind: 'error', options: { title, content } });
    },
  };

  const electron = {
    app: Object.assign(app, {
      isPackaged: false,
      requestSingleInstanceLock: () => {
        record.singleInstanceLockAsked += 1;
        return answers.lock;
      },
      quit: () => {
        record.quit += 1;
      },
      exit: (code = 0) => {
        record.exits.push(code);
      },
      whenReady: () => readyPromise,
      isReady: () => ready,
      getPath: (name: string) => paths.get(name) ?? join(folder, name),
      setPath: (name: string, path: string) => {
        paths.set(name, path);
      },
      getVersion: () => '0.1.0',
      getName: () => 'Report Desk',
    }),
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        record.handled.push({ channel, handler });
      },
      on: (channel: string, listener: Handler) => {
        record.listened.push({ channel, listener });
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
        record.privilegedSchemes.push(...schemes);
      },
    },
    BrowserWindow: StandInBrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => {
        record.menus.push(template);
        return template;
      },
      setApplicationMenu: () => undefined,
    },
    dialog,
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (hook: Callback) => record.headersHooks.push(hook),
          onBeforeRequest: (hook: Callback) => record.requestHooks.push(hook),
        },
        setPermissionRequestHandler: (handler: Callback) => {
          record.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: Callback) => {
          record.permissionCheckHandler = handler;
        },
        protocol: {
          handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
            record.protocolHandlers.set(scheme, handler);
          },
        },
      },
    },
    shell: {
      showItemInFolder: (path: string) => record.shownInFolder.push(path),
      openExternal: () => {
        throw new Error('The app must never open external addresses.');
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    nativeTheme: { themeSource: 'system' },
    // The preload's side.
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => record.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        record.invoked.push({ channel, args });
        return { kind: 'done' };
      },
      send: (channel: string, ...args: unknown[]) => {
        record.sent.push({ channel, args });
      },
      on: (channel: string, listener: Callback) => {
        record.rendererListeners.set(channel, [...(record.rendererListeners.get(channel) ?? []), listener]);
      },
    },
    webUtils: {
      getPathForFile: (file: { path?: string }) => file.path ?? '',
    },
  };

  return {
    electron,
    record,
    answers,
    becomeReady() {
      ready = true;
      resolveReady();
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
