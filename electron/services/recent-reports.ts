// The recent list as the start screen shows it: each report's title and period, read from the
// file, and when it last changed. A file that cannot be read stays listed, saying why.
import { stat } from 'node:fs/promises';
import type { RecentReport, RecentReports } from '../../shared/api';
import { describePeriod } from '../../shared/periods';
import type { RecentFilesService } from './recent-files';
import { readReportFile } from './report-files';

async function describeRecent(path: string, name: string): Promise<RecentReport | null> {
  let modified: string;
  try {
    modified = (await stat(path)).mtime.toISOString();
  } catch {
    // Gone between the list's check and this one: the next listing drops it.
    return null;
  }
  const read = await readReportFile(path);
  if (!read.ok) return { path, name, title: null, period: null, language: null, modified, problem: read.message };
  const { meta } = read.report;
  return { path, name, title: meta.title.trim() === '' ? null : meta.title.trim(), period: describePeriod(meta), language: meta.language, modified, problem: null };
}

/** The recent reports, newest first, each read for its title and period; ten small files at most. */
export async function listRecentReports(recentFiles: RecentFilesService): Promise<RecentReports> {
  const { files, removed } = recentFiles.list();
  const described = await Promise.all(files.map((file) => describeRecent(file.path, file.name)));
  return { reports: described.filter((report): report is RecentReport => report !== null), removed };
}
