// A child process for the backup tests: saves versions "v<first>" … of one report through the
// app's own save function, in the time zone its TZ names, on the real clock or on one given.
//   node backup-child.cjs <report path> <backup folder> <first version> <count> [first time, ISO] [minutes between saves]
import { saveReportFile } from '../../electron/services/report-files';
import { createReport } from '../../shared/report-building';

const [path, backupDir, first, count, firstTime, minutes] = process.argv.slice(2);
if (path === undefined || backupDir === undefined || first === undefined || count === undefined) {
  throw new Error('usage: backup-child <report path> <backup folder> <first version> <count> [first time] [minutes between saves]');
}

async function saveVersions(): Promise<void> {
  for (let index = 0; index < Number(count); index += 1) {
    const at = firstTime === undefined ? null : new Date(Date.parse(firstTime) + index * Number(minutes ?? 1) * 60_000);
    await saveReportFile(path!, createReport({ title: `v${Number(first) + index}` }), { backupDir: backupDir!, ...(at === null ? {} : { now: () => at }) });
  }
}

void saveVersions();
