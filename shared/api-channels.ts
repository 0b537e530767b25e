// IPC channel names, apart from api.ts so the preload bundle can import them without zod. It
// imports nothing: api.ts checks that every invoke method has its channel, and only those.

export const API_CHANNELS = {
  openReport: 'report:open',
  openReportAt: 'report:open-at',
  saveReport: 'report:save',
  chooseWordExportPath: 'report:choose-word-export-path',
  exportWord: 'report:export-word',
  exportProgress: 'report:export-progress',
  cancelExport: 'report:cancel-export',
  chooseWordTemplate: 'template:choose',
  checkWordTemplate: 'template:check',
  takeWordTemplateFromDisk: 'template:take-from-disk',
  chooseImportSource: 'import:choose-source',
  showInFolder: 'shell:show-in-folder',
  recentFiles: 'recent:list',
  recentReports: 'recent:reports',
  chooseReportToCompare: 'report:choose-to-compare',
  readHistory: 'history:read',
  saveHistoryJoins: 'history:save-joins',
  chooseHistoryExportPath: 'history:choose-export-path',
  exportHistory: 'history:export',
  listTemplates: 'templates:list',
  readTemplate: 'templates:read',
  saveTemplate: 'templates:save',
  exportTemplate: 'templates:export',
  removeTemplate: 'templates:remove',
  rememberTemplateLanguage: 'templates:remember-language',
  confirmUnsavedChanges: 'dialog:confirm-unsaved',
  setDocumentState: 'window:document-state',
  closeWindow: 'window:close',
  writeRecoveryDraft: 'recovery:write',
  takeRecoveryDraft: 'recovery:take',
  clearRecoveryDraft: 'recovery:clear',
} as const;

export const APP_EVENT_CHANNEL = 'app:event';

/** The preload tells main a file was dropped (a real file, not one the page named), so main lets it open. */
export const DROPPED_FILE_CHANNEL = 'app:file-dropped';
