// The report's Word template, as the window handles it: chosen in main's dialog, read anew from
// the report's bytes to show the style each part takes (or why it cannot be used), and the file
// where it was last seen looked at for a newer version. Main reads a template only from a file
// chosen in its dialog or from the place a report it read from disk says the template was last
// seen; any other path the page names is refused before the disk is touched.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ApiHandlers, TakenWordTemplate, WordTemplateOnDisk } from '../../shared/api';
import type { Report, ReportWordTemplate } from '../../shared/report-schema';
import { nameInMessage } from '../../shared/message-names';
import { keptWordTemplate, readKeptWordTemplate, sha256Of } from './word/report-word-template';
import { readTemplateFileBytes } from './word/word-template-file';
import { readWordTemplate } from './word/word-template-read';

export interface WordTemplatePlatform {
  /** A Word template (.dotx, .docx) chosen in the open dialog, which opens at defaultPath where given; null when the person cancels. */
  chooseWordTemplate(defaultPath: string | null): Promise<string | null>;
}

type TemplateHandlers = Pick<ApiHandlers, 'chooseWordTemplate' | 'checkWordTemplate' | 'takeWordTemplateFromDisk'>;

export function createWordTemplateApi(platform: WordTemplatePlatform): TemplateHandlers & { knowPlacesOf(report: Report): void } {
  // Template files main may read: chosen in its dialog, or where a report it read says its template was last seen.
  const places = new Set<string>();
  const know = (path: string): void => void places.add(resolve(path));
  const known = (path: string | null): path is string => path !== null && places.has(resolve(path));

  /** The file at a path, read as a template and kept as the report keeps one; or why it cannot be. */
  const take = async (path: string): Promise<TakenWordTemplate | { kind: 'failed'; message: string }> => {
    const file = await readTemplateFileBytes(path);
    if (!file.ok) return { kind: 'failed', message: file.problem };
    const reading = readWordTemplate(file.bytes, file.fileName);
    if (!reading.ok) return { kind: 'failed', message: reading.problem };
    return { kind: 'word-template', template: keptWordTemplate(file.bytes, file.fileName, resolve(path)), styleMap: reading.styleMap, warnings: reading.warnings };
  };

  /** The file where the template was last seen, where it is a template the report does not hold (changed since, or whole where the report's copy is not). */
  const onDisk = async (template: ReportWordTemplate, keptIsWhole: boolean): Promise<WordTemplateOnDisk | null> => {
    const path = template.lastSeenPath;
    if (!known(path)) return null;
    const file = await readTemplateFileBytes(path);
    if (!file.ok || (keptIsWhole && sha256Of(file.bytes) === template.sha256) || !readWordTemplate(file.bytes, file.fileName).ok) return null;
    try {
      return { path, fileName: file.fileName, modified: (await stat(path)).mtime.toISOString() };
    } catch {
      return null;
    }
  };

  return {
    knowPlacesOf(report) {
      if (report.wordTemplate?.lastSeenPath != null) know(report.wordTemplate.lastSeenPath);
    },

    async chooseWordTemplate({ lastSeenPath }) {
      const path = await platform.chooseWordTemplate(known(lastSeenPath) ? lastSeenPath : null);
      if (path === null) return { kind: 'cancelled' };
      know(path);
      return take(path);
    },

    async checkWordTemplate(template) {
      const reading = readKeptWordTemplate(template);
      const file = await onDisk(template, reading.ok);
      if (!reading.ok) return { kind: 'unreadable', problem: reading.problem, onDisk: file };
      return { kind: 'readable', styleMap: reading.styleMap, warnings: reading.warnings, onDisk: file };
    },

    async takeWordTemplateFromDisk(path) {
      if (!known(path)) {
        return { kind: 'failed', message: `"${nameInMessage(basename(path))}" was not read: Report Desk reads a Word template only from a file you choose, or from where a report you opened last saw its template.` };
      }
      return take(path);
    },
  };
}
