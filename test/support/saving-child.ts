// A child process for the kill test: once told "go" on its standard input, saves the report
// versions one after another, forever, through the app's own save function, until it is killed.
//   node saving-child.cjs <report path> <backup folder>
import { saveReportFile } from '../../electron/services/report-files';
import { killTestVersions } from './kill-test-reports';

const versions = killTestVersions();

async function saveForever(path: string, backupDir: string): Promise<never> {
  for (let turn = 0; ; turn += 1) {
    const saving = saveReportFile(path, versions[turn % versions.length]!, { backupDir });
    // The parent waits for this line, so every kill lands while saves are running.
    if (turn === 0) process.stdout.write('saving\n');
    await saving;
  }
}

// Started ahead of time, it waits loaded, so the parent's kills are not spaced by Node's start.
const [path, backupDir] = process.argv.slice(2);
if (path === undefined || backupDir === undefined) throw new Error('usage: saving-child <report path> <backup folder>');
process.stdin.once('data', () => void saveForever(path, backupDir));
