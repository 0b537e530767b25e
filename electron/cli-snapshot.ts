// The command line as a V8 start-up snapshot (scripts/build-cli-snapshot.mjs): this file runs
// once at build time with every module of the command line loaded, docx, the import readers and
// the history included, and a report validated and exported in memory so that their code is compiled; Node
// keeps that heap in dist/cli/report-desk.blob. `node --snapshot-blob report-desk.blob <command>`
// then starts from it and runs main() below: nothing to read, compile or set up.
import { restoreTextDecoder } from './cli-snapshot-guard';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { runCliProcess } from './cli-process';
import { useChartWorker } from './services/charts/chart-drawing';
import { buildWordDocument } from './services/word/word-export';
import { readReportText } from '../shared/report-file';
import { forgetLocaleFormatters } from '../shared/i18n/document-words';
// Loaded on demand by the bundle; here at build time, while the guard holds, so the snapshot holds them.
import './services/word/word-document';
import './cli-import';
import './cli-history';
import { CHART_WORKER_FILE, CLI_ENTRY_FILE, SNAPSHOT_BUILD_FILE, snapshotRefusal, type SnapshotBuild } from './cli-snapshot-check';

restoreTextDecoder();

/** What this snapshot was made from and by, fixed in its heap when it was built. */
const BUILT: SnapshotBuild = {
  bundle: process.env.REPORT_DESK_SNAPSHOT_BUNDLE_DIGEST ?? '',
  node: process.version,
  arch: process.arch,
  platform: process.platform,
};

/** The blob's path, as Node was given it (`--snapshot-blob <path>` or `--snapshot-blob=<path>`). */
function blobPath(execArgv: readonly string[]): string | null {
  for (let index = 0; index < execArgv.length; index += 1) {
    const flag = execArgv[index]!;
    if (flag === '--snapshot-blob') return execArgv[index + 1] ?? null;
    if (flag.startsWith('--snapshot-blob=')) return flag.slice('--snapshot-blob='.length);
  }
  return null;
}

function readCurrentBuild(folder: string): unknown {
  try {
    return JSON.parse(readFileSync(join(folder, SNAPSHOT_BUILD_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/** Runs the plain bundle beside the blob in a process of its own, with this one's streams and Node flags. */
function runPlainBundle(folder: string, args: readonly string[]): number {
  const flags = process.execArgv.filter((flag, index, all) => flag !== '--snapshot-blob' && all[index - 1] !== '--snapshot-blob' && !flag.startsWith('--snapshot-blob='));
  const run = spawnSync(process.execPath, [...flags, join(folder, CLI_ENTRY_FILE), ...args], { stdio: 'inherit' });
  return run.status ?? 1;
}

async function main(): Promise<void> {
  // Started from a snapshot there is no script: the command's words follow Node's own path.
  const args = process.argv.slice(1);
  const blob = blobPath(process.execArgv);
  const folder = blob === null ? null : dirname(resolve(blob));
  const refusal = folder === null ? 'its file is not known' : snapshotRefusal(BUILT, readCurrentBuild(folder), process);
  if (process.env.REPORT_DESK_TRACE_START === '1') {
    process.stderr.write(`report-desk: start-up: ${refusal === null ? 'snapshot' : `bundle (the snapshot is not used: ${refusal})`}\n`);
  }
  if (folder === null) {
    process.stderr.write('report-desk: the start-up snapshot was started without --snapshot-blob; run dist/cli/report-desk.mjs instead\n');
    process.exitCode = 1;
    return;
  }
  if (refusal !== null) {
    process.exitCode = runPlainBundle(folder, args);
    return;
  }
  useChartWorker(join(folder, CHART_WORKER_FILE));
  process.exitCode = await runCliProcess(args);
}

/** Runs the code a command runs, so that V8 compiles it into the snapshot; nothing is written. */
async function warmUp(reportFile: string): Promise<void> {
  const read = readReportText(readFileSync(reportFile, 'utf8'));
  if (!read.ok) throw new Error(`the snapshot's warm-up report does not read: ${read.message}`);
  await buildWordDocument(read.report, { includeCharts: false });
}

if (startupSnapshot.isBuildingSnapshot()) {
  const warmUpReport = process.env.REPORT_DESK_SNAPSHOT_WARM_UP;
  if (warmUpReport !== undefined) {
    warmUp(warmUpReport).catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
  }
  // An Intl formatter wraps an ICU object V8 cannot keep: the document's words make theirs again when run.
  startupSnapshot.addSerializeCallback(forgetLocaleFormatters);
  startupSnapshot.setDeserializeMainFunction(() => void main());
} else {
  process.stderr.write('report-desk: cli-snapshot is built into a start-up snapshot (npm run build:cli), not run\n');
  process.exitCode = 1;
}
