// The history's part of the Api: reading the reports of a service's history, remembering the
// person's joins, and writing the annex or the CSV. Main reads only what the person chose in its
// dialogs (files, or a folder and its .rdesk files), a report it already knows and the ones before
// it (found by their previous-period names, in its folder and on the recent list), and writes
// only where the person chose in the export dialog.
import { basename, resolve } from 'node:path';
import type { ApiHandlers, HistoryExportFormat, HistorySource } from '../../shared/api';
import { isReportFilePath, notAReportFileMessage } from '../../shared/report-file';
import { placePeriods, type HistoryFile } from '../../shared/history/history-periods';
import { readHistoryFiles, reportAndEarlier, reportFilesInFolder } from './history-files';
import type { HistoryJoinsService } from './history-joins';
import type { RecentFilesService } from './recent-files';
import { defaultLookNotice, reportExportLook } from './word/report-word-template';

export interface HistoryPlatform {
  /** Report files to read together as a service's history; null when the person cancels. */
  chooseHistoryFiles(): Promise<string[] | null>;
  /** A folder whose report files make a service's history; null when the person cancels. */
  chooseHistoryFolder(): Promise<string | null>;
  chooseHistoryExportPath(suggestedPath: string, format: HistoryExportFormat): Promise<string | null>;
  historyJoins: HistoryJoinsService;
  recentFiles: RecentFilesService;
  defaultFolder: string;
}

type HistoryHandlers = Pick<ApiHandlers, 'readHistory' | 'saveHistoryJoins' | 'chooseHistoryExportPath' | 'exportHistory'>;

interface HistoryApiParts {
  /** Whether the window may open (and so read) this report: chosen, handed over, or recent. */
  mayOpen(path: string): boolean;
  /** Names a failure's file, as the report's own operations do. */
  aboutFile(path: string, failure: string, message: string): string;
  reason(error: unknown): string;
  fileName(title: string): string;
  withExtension(path: string, extension: string): string;
}

type Answer<T> = T | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export function createHistoryApi(platform: HistoryPlatform, parts: HistoryApiParts): HistoryHandlers & { exportedTo(path: string): boolean } {
  const { mayOpen, aboutFile, reason } = parts;
  // Reports read for a history this session: an export of the history reads these again, no other.
  const historyPaths = new Set<string>();
  const exportPlaces = new Set<string>();

  const notReport = (path: string): HistoryFile => ({ path: resolve(path), name: basename(path), modified: new Date(0).toISOString(), read: { ok: false, message: notAReportFileMessage(basename(path)) } });

  const filesOf = async (source: HistorySource): Promise<Answer<HistoryFile[]>> => {
    if (source.kind === 'report-and-earlier') {
      if (!mayOpen(source.path)) {
        return { kind: 'failed', message: `"${basename(source.path)}" was not read: Report Desk reads only the files you choose (with Open, from the recent list, or from your desktop).` };
      }
      return reportAndEarlier(source.path, platform.recentFiles.list().files.map((file) => file.path));
    }
    if (source.kind === 'files') {
      const paths = await platform.chooseHistoryFiles();
      if (paths === null || paths.length === 0) return { kind: 'cancelled' };
      return [...(await readHistoryFiles(paths.filter(isReportFilePath))), ...paths.filter((path) => !isReportFilePath(path)).map(notReport)];
    }
    const folder = await platform.chooseHistoryFolder();
    if (folder === null) return { kind: 'cancelled' };
    try {
      const paths = await reportFilesInFolder(folder, source.subfolders);
      if (paths.length > 0) return await readHistoryFiles(paths);
      const where = source.subfolders ? ', nor do its sub-folders' : '; to look in its sub-folders too, tick “Include sub-folders”';
      return { kind: 'failed', message: `"${basename(folder)}" holds no reports (.rdesk files)${where}.` };
    } catch (error) {
      return { kind: 'failed', message: aboutFile(folder, 'could not be read', reason(error)) };
    }
  };

  return {
    /** Whether the history was exported there this session: Show in folder may show it. */
    exportedTo: (path) => exportPlaces.has(resolve(path)),

    async readHistory({ source, service }) {
      const files = await filesOf(source);
      if (!Array.isArray(files)) return files;
      for (const file of files) historyPaths.add(resolve(file.path));
      const chosen = placePeriods(files, service);
      const named = { service: chosen.service, agreement: chosen.agreement };
      return { kind: 'history-files', files, service: named, joins: platform.historyJoins.joinsOf(named) };
    },

    async saveHistoryJoins({ service, agreement, joins }) {
      platform.historyJoins.save({ service, agreement }, joins);
      return { kind: 'done' };
    },

    async chooseHistoryExportPath({ format, service }) {
      const extension = `.${format}`;
      const suggested = resolve(platform.defaultFolder, `${parts.fileName(`History of ${service.trim() || 'the service'}`)}${extension}`);
      const chosen = await platform.chooseHistoryExportPath(suggested, format);
      if (chosen === null) return { kind: 'cancelled' };
      const path = parts.withExtension(chosen, extension);
      exportPlaces.add(resolve(path));
      return { kind: 'chosen', path };
    },

    async exportHistory({ paths, joins, service, agreement, format, path: target, wordTemplate }) {
      if (!exportPlaces.has(resolve(target))) {
        return { kind: 'failed', message: `"${basename(target)}" was not chosen in the export dialog; Report Desk exports only where you choose.` };
      }
      const unknown = paths.find((path) => !historyPaths.has(resolve(path)));
      if (unknown !== undefined) return { kind: 'failed', message: `"${basename(unknown)}" was not read for this history; choose its reports again.` };
      // The annex wears the open report's Word template, read anew from its bytes; one that cannot be used leaves the app's look, and the answer says so.
      const look = format === 'docx' ? reportExportLook({ wordTemplate }) : null;
      try {
        // Loaded on demand: the annex brings docx and the chart drawing.
        const { exportHistoryFile } = await import('./history-export');
        await exportHistoryFile(target, { files: await readHistoryFiles(paths), joins, service: { service, agreement }, format, template: async () => look?.template ?? null });
      } catch (error) {
        return { kind: 'failed', message: aboutFile(target, 'could not be exported', reason(error)) };
      }
      return look?.problem == null ? { kind: 'exported', path: target } : { kind: 'exported', path: target, notice: defaultLookNotice(look.problem) };
    },
  };
}
