// The system's file and question dialogs, attached to the main window as sheets where the
// platform has them.
import { dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';
import type { UnsavedChoice } from '../shared/api';
import type { ReportPlatform } from './services/report-api';
import { IMPORT_FILE_EXTENSIONS } from '../shared/import/read-source';

export const REPORT_FILTERS: FileFilter[] = [{ name: 'Report Desk reports', extensions: ['rdesk'] }];
export const WORD_FILTERS: FileFilter[] = [{ name: 'Word documents', extensions: ['docx'] }];
export const TEMPLATE_FILTERS: FileFilter[] = [{ name: 'Report Desk templates', extensions: ['rdesk-template'] }];
export const WORD_TEMPLATE_FILTERS: FileFilter[] = [{ name: 'Word templates and documents', extensions: ['dotx', 'docx'] }];
export const CSV_FILTERS: FileFilter[] = [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }];
export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'ARGO results, spreadsheets and ticket exports', extensions: [...IMPORT_FILE_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

const UNSAVED_BUTTONS: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];

type Dialogs = Pick<
  ReportPlatform,
  | 'chooseReportToOpen'
  | 'chooseReportToCompare'
  | 'chooseReportSavePath'
  | 'chooseWordExportPath'
  | 'chooseImportSource'
  | 'chooseHistoryFiles'
  | 'chooseHistoryFolder'
  | 'chooseHistoryExportPath'
  | 'chooseTemplateFile'
  | 'chooseTemplateExportPath'
  | 'chooseWordTemplate'
  | 'askUnsavedChanges'
>;

export function nativeDialogs(currentWindow: () => BrowserWindow | null): Dialogs {
  const savePath = async (title: string, defaultPath: string, filters: FileFilter[]) => {
    const options: SaveDialogOptions = { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] };
    const window = currentWindow();
    const result = await (window === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options));
    return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
  };

  const openPath = async (title: string, filters: FileFilter[], defaultPath?: string) => {
    const options = { title, filters, properties: ['openFile' as const], ...(defaultPath === undefined ? {} : { defaultPath }) };
    const window = currentWindow();
    const result = await (window === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(window, options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };

  const openPaths = async (title: string, properties: ('openFile' | 'openDirectory' | 'multiSelections')[], filters: FileFilter[] = []) => {
    const options = { title, filters, properties };
    const window = currentWindow();
    const result = await (window === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(window, options));
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  };

  return {
    chooseHistoryFiles: () => openPaths('Reports to Read Together', ['openFile', 'multiSelections'], REPORT_FILTERS),
    chooseHistoryFolder: async () => (await openPaths('Folder of Reports', ['openDirectory']))?.[0] ?? null,
    chooseHistoryExportPath: (suggestedPath, format) => savePath(format === 'csv' ? 'Export History as CSV' : 'Export History Annex to Word', suggestedPath, format === 'csv' ? CSV_FILTERS : WORD_FILTERS),
    chooseReportToOpen: () => openPath('Open Report', REPORT_FILTERS),
    chooseTemplateFile: () => openPath('New Report from a Template File', TEMPLATE_FILTERS),
    chooseTemplateExportPath: (suggestedPath) => savePath('Export Template', suggestedPath, TEMPLATE_FILTERS),
    chooseReportToCompare: () => openPath('Compare with an Earlier Report', REPORT_FILTERS),
    chooseImportSource: () => openPath('Import Figures', IMPORT_FILTERS),
    chooseWordTemplate: (defaultPath) => openPath('Choose a Word Template', WORD_TEMPLATE_FILTERS, defaultPath ?? undefined),
    chooseReportSavePath: (suggestedPath) => savePath('Save Report', suggestedPath, REPORT_FILTERS),
    chooseWordExportPath: (suggestedPath) => savePath('Export to Word', suggestedPath, WORD_FILTERS),
    async askUnsavedChanges(documentName) {
      const options = {
        type: 'warning' as const,
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes you made to ${documentName}?`,
        detail: "Your changes will be lost if you don't save them.",
      };
      const window = currentWindow();
      const { response } = await (window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options));
      return UNSAVED_BUTTONS[response] ?? 'cancel';
    },
  };
}
