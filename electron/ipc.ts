// One handler per operation of the Api. Each refuses a call that does not come from our own
// window showing our own page, then lets dispatchApiCall validate the arguments.
import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { API_CHANNELS, dispatchApiCall, type ApiHandlers, type InvokeMethod } from '../shared/api';
import { DROPPED_FILE_CHANNEL } from '../shared/api-channels';

/** The renderer's address without query or fragment, so the check compares documents. */
function documentAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** True when the call comes from the top frame of the main window, showing the app's own page. */
export function isFromOwnRenderer(event: IpcMainInvokeEvent | IpcMainEvent, window: BrowserWindow | null, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || window === null || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender.id !== contents.id) return false;
  const main = contents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return documentAddress(frame.url) === documentAddress(rendererUrl);
}

export function registerApiHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ApiHandlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const [method, channel] of Object.entries(API_CHANNELS) as [InvokeMethod, string][]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrusted(event)) {
        return Promise.reject(new Error(`Refused ${method}: the request did not come from the Report Desk window.`));
      }
      return dispatchApiCall(handlers, method, args);
    });
  }
}

/**
 * The preload's word that the person dropped a file on the window. Only the preload sends it,
 * with the path Electron gives for a real File: the page cannot name a path of its own here.
 */
export function registerDroppedFiles(
  ipcMain: Pick<IpcMain, 'on'>,
  isTrusted: (event: IpcMainEvent) => boolean,
  grant: (path: string) => void,
): void {
  ipcMain.on(DROPPED_FILE_CHANNEL, (event, path: unknown) => {
    if (isTrusted(event) && typeof path === 'string' && path !== '' && path.length <= 4096) grant(path);
  });
}
