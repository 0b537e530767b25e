// The window's only door to the outside: one narrow method per operation of the Api. Bundled
// alone as CommonJS (a sandboxed preload cannot load modules); api-channels.ts imports no zod,
// so the bundle stays small and the build script checks it requires nothing but electron.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Api, AppEvent } from '../shared/api';
import { API_CHANNELS as channels, APP_EVENT_CHANNEL as appEventChannel, DROPPED_FILE_CHANNEL as droppedFileChannel } from '../shared/api-channels';

// Events that arrive before the renderer subscribes (a file given on the command line) wait
// here and go to the first listener, so none is lost to a race with React's first render.
const listeners = new Set<(event: AppEvent) => void>();
let waiting: AppEvent[] = [];

function deliverWaiting(): void {
  if (listeners.size === 0 || waiting.length === 0) return;
  const events = waiting;
  waiting = [];
  for (const event of events) for (const listener of [...listeners]) listener(event);
}

ipcRenderer.on(appEventChannel, (_event: IpcRendererEvent, appEvent: AppEvent) => {
  if (listeners.size === 0) {
    waiting.push(appEvent);
    return;
  }
  for (const listener of [...listeners]) listener(appEvent);
});

const api = {
  openReport: () => ipcRenderer.invoke(channels.openReport),
  openReportAt: (path) => ipcRenderer.invoke(channels.openReportAt, path),
  saveReport: (request) => ipcRenderer.invoke(channels.saveReport, request),
  chooseWordExportPath: (request) => ipcRenderer.invoke(channels.chooseWordExportPath, request),
  exportWord: (request) => ipcRenderer.invoke(channels.exportWord, request),
  exportProgress: (exportId) => ipcRenderer.invoke(channels.exportProgress, exportId),
  cancelExport: (exportId) => ipcRenderer.invoke(channels.cancelExport, exportId),
  chooseImportSource: () => ipcRenderer.invoke(channels.chooseImportSource),
  showInFolder: (path) => ipcRenderer.invoke(channels.showInFolder, path),
  recentFiles: () => ipcRenderer.invoke(channels.recentFiles),
  recentReports: () => ipcRenderer.invoke(channels.recentReports),
  chooseReportToCompare: () => ipcRenderer.invoke(channels.chooseReportToCompare),
  readHistory: (request) => ipcRenderer.invoke(channels.readHistory, request),
  saveHistoryJoins: (joins) => ipcRenderer.invoke(channels.saveHistoryJoins, joins),
  chooseHistoryExportPath: (request) => ipcRenderer.invoke(channels.chooseHistoryExportPath, request),
  exportHistory: (request) => ipcRenderer.invoke(channels.exportHistory, request),
  listTemplates: () => ipcRenderer.invoke(channels.listTemplates),
  readTemplate: (source) => ipcRenderer.invoke(channels.readTemplate, source),
  saveTemplate: (request) => ipcRenderer.invoke(channels.saveTemplate, request),
  exportTemplate: (template) => ipcRenderer.invoke(channels.exportTemplate, template),
  removeTemplate: (id) => ipcRenderer.invoke(channels.removeTemplate, id),
  rememberTemplateLanguage: (language) => ipcRenderer.invoke(channels.rememberTemplateLanguage, language),
  chooseWordTemplate: (request) => ipcRenderer.invoke(channels.chooseWordTemplate, request),
  checkWordTemplate: (template) => ipcRenderer.invoke(channels.checkWordTemplate, template),
  takeWordTemplateFromDisk: (path) => ipcRenderer.invoke(channels.takeWordTemplateFromDisk, path),
  confirmUnsavedChanges: (documentName) => ipcRenderer.invoke(channels.confirmUnsavedChanges, documentName),
  setDocumentState: (state) => ipcRenderer.invoke(channels.setDocumentState, state),
  closeWindow: () => ipcRenderer.invoke(channels.closeWindow),
  writeRecoveryDraft: (draft) => ipcRenderer.invoke(channels.writeRecoveryDraft, draft),
  takeRecoveryDraft: () => ipcRenderer.invoke(channels.takeRecoveryDraft),
  clearRecoveryDraft: () => ipcRenderer.invoke(channels.clearRecoveryDraft),
  onAppEvent(listener) {
    listeners.add(listener);
    // Later, so a listener added during React's render sees the events after it is set up.
    setTimeout(deliverWaiting, 0);
    return () => {
      listeners.delete(listener);
    };
  },
  pathOfDroppedFile(file) {
    try {
      // Empty for a File the page made itself: only a file really dropped (or picked) has a path.
      const path = webUtils.getPathForFile(file as File);
      if (path === '') return null;
      // Sent before the page can ask to open it, so main has granted it by then (one channel, in order).
      ipcRenderer.send(droppedFileChannel, path);
      return path;
    } catch {
      return null;
    }
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
