// The report files a service's history reads: the files or the folder the person chose (its
// .rdesk files, sub-folders too where asked), or a report and the ones before it, followed
// back through the previous-period name each file keeps. Each is read through the shared
// reader (which migrates older formats) and kept to what the history needs.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isReportFilePath } from '../../shared/report-file';
import { comparable } from '../../shared/report-building';
import { describePeriod } from '../../shared/periods';
import type { HistoryFile, HistoryReport } from '../../shared/history/history-periods';
import { readReportFile } from './report-files';

/** A folder holding more than this many reports is refused rather than read for minutes. */
export const MOST_HISTORY_FILES = 500;

/** What the history keeps of a report: its details, figures, notes, sources, effort and last period's name. */
function historyPart(report: HistoryReport): HistoryReport {
  const { meta, metrics, effort, previous } = report;
  return { meta, metrics, effort, previous };
}

/** Reads one file for the history; a problem becomes its message, never an exception. */
export async function readHistoryFile(path: string): Promise<HistoryFile> {
  const name = basename(path);
  let modified: string;
  try {
    modified = (await stat(path)).mtime.toISOString();
  } catch {
    modified = new Date(0).toISOString();
  }
  const read = await readReportFile(path);
  return { path: resolve(path), name, modified, read: read.ok ? { ok: true, report: historyPart(read.report) } : { ok: false, message: read.message } };
}

export function readHistoryFiles(paths: readonly string[]): Promise<HistoryFile[]> {
  const unique = [...new Set(paths.map((path) => resolve(path)))];
  return Promise.all(unique.map(readHistoryFile));
}

/** The .rdesk files of a folder, and of its sub-folders when asked, in name order; hidden files and folders left alone. */
export async function reportFilesInFolder(folder: string, subfolders: boolean): Promise<string[]> {
  const found: string[] = [];
  const visit = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isFile() && isReportFilePath(entry.name)) found.push(path);
      else if (entry.isDirectory() && subfolders) await visit(path);
      if (found.length > MOST_HISTORY_FILES) throw new Error(`"${basename(folder)}" holds more than ${MOST_HISTORY_FILES} reports; choose the folder of one service`);
    }
  };
  await visit(folder);
  return found;
}

function periodNameOf(file: HistoryFile): string | null {
  return file.read.ok ? comparable(describePeriod(file.read.report.meta)) : null;
}

/**
 * A report and the ones before it: the previous-period name each keeps, found among the report
 * files of its own folder and the recent list, one period after another back in time. Files
 * are read only where the person already keeps this report, or has opened them.
 */
export async function reportAndEarlier(path: string, recent: readonly string[]): Promise<HistoryFile[]> {
  const start = await readHistoryFile(path);
  if (!start.read.ok) return [start];
  const folders = new Set([dirname(resolve(path))]);
  const candidates = new Map<string, HistoryFile>();
  const addFolder = async (folder: string): Promise<void> => {
    const paths = await reportFilesInFolder(folder, false).catch(() => []);
    for (const file of await readHistoryFiles(paths.filter((candidate) => !candidates.has(candidate)))) candidates.set(file.path, file);
  };
  await addFolder(dirname(start.path));
  for (const file of await readHistoryFiles(recent.filter((candidate) => isReportFilePath(candidate) && !candidates.has(resolve(candidate))))) candidates.set(file.path, file);
  const chain: HistoryFile[] = [start];
  const used = new Set([start.path]);
  for (let current = start; current.read.ok && current.read.report.previous !== null; ) {
    const wanted = comparable(current.read.report.previous.name);
    if (wanted === '') break;
    const service = comparable(current.read.report.meta.service);
    const matches = [...candidates.values()].filter(
      (file) => !used.has(file.path) && periodNameOf(file) === wanted && file.read.ok && comparable(file.read.report.meta.service) === service,
    );
    // Of two files for that period, the newer is the one the history keeps; both go in, so the other is named.
    matches.sort((a, b) => b.modified.localeCompare(a.modified));
    const previous = matches[0];
    if (previous === undefined) break;
    chain.push(...matches);
    for (const match of matches) used.add(match.path);
    current = previous;
    // A report found in another folder (through the recent list) may have its own predecessors beside it.
    const folder = dirname(previous.path);
    if (!folders.has(folder)) {
      folders.add(folder);
      await addFolder(folder);
    }
  }
  return chain.reverse();
}
