// Every operation the window may ask for, over the plain-Node services. Electron's main process
// and the end-to-end harness both serve the Api from here; only the platform differs.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ApiHandlers, DocumentState, ExportProgress, UnsavedChoice } from '../../shared/api';
import type { Report } from '../../shared/report-schema';
import { ReadOnlyReportError, readReportFile, saveReportFile } from './report-files';
import { exportWordFile } from './word/word-export';
import { readImportFile } from './import-files';
import type { RecentFilesService } from './recent-files';
import type { RecoveryDrafts } from './recovery-drafts';
import { REPORT_FILE_EXTENSION, isReportFilePath, notAReportFileMessage } from '../../shared/report-file';
import { periodName } from '../../shared/period-choice';
import { countOf } from '../../shared/words';
import { listRecentReports } from './recent-reports';
import { nameInMessage } from '../../shared/message-names';
import { createHistoryApi, type HistoryPlatform } from './history-api';
import { createTemplateApi, type TemplatePlatform } from './template-api';
import { fileNameFromTitle, withExtension } from './file-names';
import { createWordTemplateApi, type WordTemplatePlatform } from './word-template-api';
import { defaultLookNotice, reportExportLook } from './word/report-word-template';

export const REPORT_EXTENSION = REPORT_FILE_EXTENSION;
export const WORD_EXTENSION = '.docx';

/** What differs between the Electron app and the test harness. */
export interface ReportPlatform extends HistoryPlatform, TemplatePlatform, WordTemplatePlatform {
  /** Each dialog resolves to the chosen path, or null when the person cancels. */
  chooseReportToOpen(): Promise<string | null>;
  /** An earlier period's report to compare with (Compare with…). */
  chooseReportToCompare(): Promise<string | null>;
  chooseReportSavePath(suggestedPath: string): Promise<string | null>;
  chooseWordExportPath(suggestedPath: string): Promise<string | null>;
  chooseImportSource(): Promise<string | null>;
  askUnsavedChanges(documentName: string): Promise<UnsavedChoice>;
  showItemInFolder(path: string): void;
  setDocumentState(state: DocumentState): void;
  close(): void;
  recentFiles: RecentFilesService;
  recoveryDrafts: RecoveryDrafts;
  /** Where the previous version of a report is kept before a save replaces it; null keeps none. */
  backupDir: string | null;
  /** The folder suggested for a report never saved (the person's Documents folder). */
  defaultFolder: string;
}

export { fileNameFromTitle, withExtension } from './file-names';

/**
 * The name a report never saved is offered: its title, and its period where it has a name or a
 * start month, so next period's report is not offered the name of last period's file.
 */
export function newReportFileName(meta: Pick<Report['meta'], 'title' | 'period'>): string {
  const period = periodName(meta.period);
  return fileNameFromTitle(period === null ? meta.title : `${meta.title} ${period}`);
}

/** The path itself when no file is there, else the first free "name (2).rdesk", "name (3).rdesk"… */
export function freePath(path: string, exists: (path: string) => boolean = existsSync): string {
  if (!exists(path)) return path;
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  for (let number = 2; ; number += 1) {
    const candidate = `${stem} (${number})${extension}`;
    if (!exists(candidate)) return candidate;
  }
}

/**
 * Where Save offers to put a report. A saved report's Save As stays in its folder; a report never
 * saved goes beside the file its period was started from, else to the default folder. The name
 * offered is never that of another file already there: the dialog's overwrite question is not
 * where a person should learn they were about to replace last period's report.
 */
export function suggestedReportPath(report: Report, currentPath: string | null, defaultFolder: string, startedFrom: string | null = null): string {
  if (currentPath !== null) {
    const path = join(dirname(currentPath), `${fileNameFromTitle(report.meta.title)}${REPORT_EXTENSION}`);
    return resolve(path) === resolve(currentPath) ? path : freePath(path);
  }
  const folder = startedFrom === null ? defaultFolder : dirname(startedFrom);
  return freePath(join(folder, `${newReportFileName(report.meta)}${REPORT_EXTENSION}`));
}

export function suggestedWordPath(meta: Pick<Report['meta'], 'title' | 'period'>, reportPath: string | null, defaultFolder: string): string {
  if (reportPath === null) return join(defaultFolder, `${newReportFileName(meta)}${WORD_EXTENSION}`);
  const name = basename(reportPath, extname(reportPath));
  return join(dirname(reportPath), `${name}${WORD_EXTENSION}`);
}

function reason(error: unknown): string {
  // The message only, on one line: a stack trace is no use to the person reading it.
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text === '' ? 'An unknown problem occurred.' : text;
}

/** The services' messages often name the file already; name it when they do not. */
function aboutFile(path: string, failure: string, message: string): string {
  const name = nameInMessage(basename(path));
  return message.includes(`"${name}"`) ? message : `"${name}" ${failure}. ${message}`;
}


function migrationNotice(from: number | null): string | null {
  if (from === null) return null;
  return `This report was brought up to date from file format ${from}. Saving it writes the current format, which older versions of Report Desk cannot open.`;
}

/** What opening a file should tell: its migration, and what it holds that its units cannot (each listed as one to fix). */
function openedNotice(from: number | null, warnings: readonly string[]): string | null {
  const outside = warnings.length === 0 ? null : `${countOf(warnings.length, 'figure', 'figures')} to fix: ${warnings[0]}${warnings.length > 1 ? ` (and ${warnings.length - 1} more, listed in the summary)` : ''}.`;
  const parts = [migrationNotice(from), outside].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(' ');
}

interface RunningExport {
  progress: ExportProgress | null;
  controller: AbortController;
}

/** The Api the window is served, and what main alone may do with it. */
export interface ReportApi extends ApiHandlers {
  /**
   * A file the operating system handed over (the command line, a second launch, a file opened
   * from the desktop or dropped on the window): the window may now open it. The window itself
   * can grant nothing; whatever path it names, main opens only what was granted, chosen in one
   * of main's dialogs, or is on main's own recent list.
   */
  grantPath(path: string): void;
}

export function createReportApi(platform: ReportPlatform): ReportApi {
  const done = { kind: 'done' } as const;

  const openAt = async (path: string) => {
    if (!isReportFilePath(path)) return { kind: 'failed' as const, message: notAReportFileMessage(basename(path)) };
    let read;
    try {
      read = await readReportFile(path);
    } catch (error) {
      read = { ok: false as const, message: reason(error) };
    }
    if (!read.ok) {
      // A recent file that has gone is taken off the list as it fails to open.
      if (platform.recentFiles.list().removed.includes(resolve(path))) {
        return { kind: 'failed' as const, message: `"${nameInMessage(basename(path))}" could not be opened: it is no longer there (moved, renamed or deleted).` };
      }
      return { kind: 'failed' as const, message: aboutFile(path, 'could not be opened', reason(read.message)) };
    }
    platform.recentFiles.add(path);
    remember(path);
    knowTemplatePlacesOf(read.report);
    return { kind: 'opened' as const, path, report: read.report, notice: openedNotice(read.migratedFrom, read.warnings) };
  };

  // Reports the person chose in a dialog or opened: the page cannot make main save over any
  // other file, whatever it sends.
  const knownPaths = new Set<string>();
  const remember = (path: string): void => void knownPaths.add(resolve(path));
  const isKnown = (path: string): boolean => knownPaths.has(resolve(path));
  // Files the system handed over, not opened yet.
  const grantedPaths = new Set<string>();
  const mayOpen = (path: string): boolean => isKnown(path) || grantedPaths.has(resolve(path)) || platform.recentFiles.includes(path);
  // Places chosen in the export dialog, kept apart from knownPaths: an export never writes over
  // an opened report, and a save never goes over an exported document without asking.
  const exportPlaces = new Set<string>();
  // The folder of the last file the person chose in one of main's dialogs: where a report or a
  // document with no folder of its own is offered to go, rather than anywhere the page names.
  let lastChosenFolder: string | null = null;
  // Exports under way, by the id the window gave each: how far it has gone, and its cancel.
  const exports = new Map<string, RunningExport>();
  const chosen = (path: string | null): string | null => {
    if (path !== null) lastChosenFolder = dirname(resolve(path));
    return path;
  };
  const folderForNew = (): string => lastChosenFolder ?? platform.defaultFolder;

  const { exportedTo: historyExportedTo, ...history } = createHistoryApi(platform, { mayOpen, aboutFile, reason, fileName: fileNameFromTitle, withExtension });
  const { exportedTo: templateExportedTo, ...templates } = createTemplateApi(platform, { mayOpen, aboutFile, reason, withExtension, chosen, folderForNew });
  const { knowPlacesOf: knowTemplatePlacesOf, ...wordTemplates } = createWordTemplateApi(platform);

  return {
    ...history,
    ...templates,
    ...wordTemplates,

    async openReport() {
      const path = chosen(await platform.chooseReportToOpen());
      if (path === null) return { kind: 'cancelled' };
      return openAt(path);
    },

    async openReportAt(path) {
      // Refused before the disk is touched: the answer says nothing of whether the file exists.
      if (!mayOpen(path)) {
        return { kind: 'failed', message: `"${nameInMessage(basename(path))}" was not opened: Report Desk opens only the files you choose (with Open, from the recent list, or from your desktop).` };
      }
      return openAt(path);
    },

    grantPath(path) {
      grantedPaths.add(resolve(path));
    },

    async saveReport({ report, path, saveAs, startedFrom = null }) {
      // A path this session never chose or opened, or one that is not a report, is only a
      // suggestion: ask, never write blind.
      let target = saveAs || path === null || !isKnown(path) || !isReportFilePath(path) ? null : path;
      if (target === null) {
        // The dialog opens only in a folder main knows: the report's own, last period's, or the
        // last one the person chose; never one the page made up.
        const current = path !== null && isKnown(path) ? path : null;
        const from = startedFrom !== null && isKnown(startedFrom) ? startedFrom : null;
        const answer = chosen(await platform.chooseReportSavePath(suggestedReportPath(report, current, folderForNew(), from)));
        if (answer === null) return { kind: 'cancelled' };
        target = withExtension(answer, REPORT_EXTENSION);
      }
      try {
        await saveReportFile(target, report, platform.backupDir === null ? {} : { backupDir: platform.backupDir });
      } catch (error) {
        const message = aboutFile(target, 'could not be saved', reason(error));
        return error instanceof ReadOnlyReportError ? { kind: 'failed', message, offerSaveAs: true } : { kind: 'failed', message };
      }
      platform.recentFiles.add(target);
      remember(target);
      return { kind: 'saved', path: target };
    },

    async chooseWordExportPath({ title, period, reportPath }) {
      // Beside the report only where main knows the report's file.
      const known = reportPath !== null && isKnown(reportPath) ? reportPath : null;
      const answer = chosen(await platform.chooseWordExportPath(suggestedWordPath({ title, period }, known, folderForNew())));
      if (answer === null) return { kind: 'cancelled' };
      const path = withExtension(answer, WORD_EXTENSION);
      exportPlaces.add(resolve(path));
      return { kind: 'chosen', path };
    },

    async exportWord({ report, path: target, exportId }) {
      if (!exportPlaces.has(resolve(target))) {
        return { kind: 'failed', message: `"${nameInMessage(basename(target))}" was not chosen in the export dialog; Report Desk exports only where you choose.` };
      }
      // The report's own Word template, read anew from its bytes; one that cannot be used leaves the app's look, and the answer says so.
      const look = reportExportLook(report);
      const running: RunningExport = { progress: null, controller: new AbortController() };
      if (exportId !== undefined) exports.set(exportId, running);
      try {
        const onProgress = (progress: ExportProgress) => void (running.progress = progress);
        await exportWordFile(target, report, { includeCharts: report.exportOptions.includeCharts, template: look.template, onProgress, signal: running.controller.signal });
      } catch (error) {
        if (running.controller.signal.aborted) return { kind: 'cancelled' };
        return { kind: 'failed', message: aboutFile(target, 'could not be exported', reason(error)) };
      } finally {
        if (exportId !== undefined) exports.delete(exportId);
      }
      if (look.problem === null) return { kind: 'exported', path: target };
      return { kind: 'exported', path: target, notice: defaultLookNotice(look.problem) };
    },

    async exportProgress(exportId) {
      return exports.get(exportId)?.progress ?? null;
    },

    async cancelExport(exportId) {
      exports.get(exportId)?.controller.abort();
      return done;
    },

    async chooseImportSource() {
      const path = await platform.chooseImportSource();
      if (path === null) return { kind: 'cancelled' };
      const file = await readImportFile(path);
      if (!file.ok) return { kind: 'failed', message: file.message };
      return { kind: 'import-source', fileName: file.fileName, text: file.text };
    },

    async showInFolder(path) {
      if (isKnown(path) || exportPlaces.has(resolve(path)) || historyExportedTo(path) || templateExportedTo(path)) platform.showItemInFolder(path);
      return done;
    },

    async recentFiles() {
      return platform.recentFiles.list();
    },

    recentReports() {
      return listRecentReports(platform.recentFiles);
    },

    async chooseReportToCompare() {
      const path = chosen(await platform.chooseReportToCompare());
      if (path === null) return { kind: 'cancelled' };
      if (!isReportFilePath(path)) return { kind: 'failed', message: notAReportFileMessage(basename(path)) };
      const read = await readReportFile(path);
      if (!read.ok) return { kind: 'failed', message: aboutFile(path, 'could not be compared with', reason(read.message)) };
      return { kind: 'earlier-report', path, report: read.report };
    },

    confirmUnsavedChanges(documentName) {
      return platform.askUnsavedChanges(documentName);
    },

    async setDocumentState(state) {
      // The window's title bar shows (and on macOS links to) only a file main knows.
      platform.setDocumentState({ ...state, path: state.path !== null && isKnown(state.path) ? state.path : null });
      return done;
    },

    async closeWindow() {
      platform.close();
      return done;
    },

    async writeRecoveryDraft({ report, path }) {
      try {
        // The draft records the file main knows the work belongs to, never a path the page made
        // up: the next start saves the restored work there without asking.
        await platform.recoveryDrafts.write({ report, path: path !== null && isKnown(path) ? resolve(path) : null });
      } catch (error) {
        // Recovery is a safety net: a failed write must not interrupt the person's work.
        console.warn(`Report Desk could not write the recovery copy: ${reason(error)}`);
      }
      return done;
    },

    async takeRecoveryDraft() {
      const draft = await platform.recoveryDrafts.take();
      if (draft?.path != null) remember(draft.path);
      if (draft !== null) knowTemplatePlacesOf(draft.report);
      return draft;
    },

    async clearRecoveryDraft() {
      await platform.recoveryDrafts.clear().catch((error: unknown) => {
        console.warn(`Report Desk could not remove the recovery copy: ${reason(error)}`);
      });
      return done;
    },
  };
}
