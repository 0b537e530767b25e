// What every command stands on: reading a report as the command's input, telling two paths of
// one file apart, and the problem a person can fix. Apart from the commands, so the import
// command (loaded on demand) and the others share it without importing each other.
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unitWarnings } from '../shared/figure-text';
import { documentWords } from '../shared/i18n/document-words';
import { readReportText } from '../shared/report-file';
import type { Report } from '../shared/report-schema';
import { readReportFileText } from './services/report-files';
import { CliError, type CliOutput } from './cli-errors';

// Defined with the dispatch's error handling (light, loaded at every start); here for the commands.
export { CliError, type CliOutput } from './cli-errors';

type Loaded = { report: Report; migratedFrom: number | null; warnings: string[] };

export async function loadReport(file: string): Promise<Loaded> {
  const text = await readReportFileText(file);
  if (!text.ok) throw new CliError(text.message);
  const result = readReportText(text.text);
  if (!result.ok) throw new CliError(`${file}: ${result.message}`);
  // The warnings about the document are in the report's language, as the export's are (the reader's own are English, for the window).
  return { report: result.report, migratedFrom: result.migratedFrom, warnings: unitWarnings(result.report, documentWords(result.report.meta.language)) };
}

/** What a report holds that is kept but wrong (a figure its unit cannot hold), one warning line each on stderr. */
export function printWarnings(output: CliOutput, program: string, file: string, warnings: readonly string[]): void {
  for (const warning of warnings) output.err(`${program}: warning: ${file}: ${warning}`);
}

/** True when both paths name one file, even through a symlink or a different spelling. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [realA, realB] = await Promise.all([realpath(a), realpath(b)]);
    if (realA === realB) return true;
    const [statA, statB] = await Promise.all([stat(realA), stat(realB)]);
    return statA.ino === statB.ino && statA.dev === statB.dev;
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

