// A platform for the Api whose dialogs answer at once (the save, export and Word template dialogs
// with the paths given, the others cancelled) and whose window does nothing: for tests of the services behind it.
import { join } from 'node:path';
import { createHistoryJoins } from '../../electron/services/history-joins';
import { createRecentFiles } from '../../electron/services/recent-files';
import { createRecoveryDrafts } from '../../electron/services/recovery-drafts';
import type { ReportPlatform } from '../../electron/services/report-api';

export function quietPlatform(folder: string, answers: { savePath?: string; exportPath?: string; wordTemplatePath?: string; backupDir?: string | null } = {}): ReportPlatform {
  let recent: string[] = [];
  return {
    chooseReportToOpen: async () => null,
    chooseReportToCompare: async () => null,
    chooseReportSavePath: async () => answers.savePath ?? null,
    chooseWordExportPath: async () => answers.exportPath ?? null,
    chooseImportSource: async () => null,
    chooseWordTemplate: async () => answers.wordTemplatePath ?? null,
    chooseHistoryFiles: async () => null,
    chooseHistoryFolder: async () => null,
    chooseHistoryExportPath: async () => null,
    chooseTemplateFile: async () => null,
    chooseTemplateExportPath: async () => null,
    templatesDir: join(folder, 'Templates'),
    templateLanguage: { read: () => null, write: () => undefined },
    historyJoins: createHistoryJoins({ read: () => ({}), write: () => undefined }),
    askUnsavedChanges: async () => 'cancel',
    showItemInFolder: () => undefined,
    setDocumentState: () => undefined,
    close: () => undefined,
    recentFiles: createRecentFiles({ read: () => recent, write: (paths) => (recent = paths) }),
    recoveryDrafts: createRecoveryDrafts(join(folder, 'Recovery')),
    backupDir: answers.backupDir ?? null,
    defaultFolder: folder,
  };
}
