// The command line as a V8 start-up snapshot (scripts/build-cli-snapshot.mjs): Node runs the
// command line's code (report-desk-code.cjs, cli.ts) once at build time; prepareSnapshot loads
// every module a command loads on demand (docx, the import readers, the history), runs the
// warm-up so that their code is compiled, and names main() as what runs when Node starts from the
// heap it left, dist/cli/report-desk.blob: `node --snapshot-blob report-desk.blob <command>`.
// Nothing to read, compile or set up. Made a second time without the Word export (docx, the
// history's annex) set up, as report-desk-core.blob: every start reads and rebuilds the whole
// heap, so the commands that write no document start from the smaller one (scripts/report-desk
// chooses by the command's name); given an export, it sets docx up then, as the entry would.
import { restoreTextDecoder } from './cli-snapshot-guard';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliCode } from './cli-code-cache';
import { forgetLocaleFormatters } from '../shared/i18n/document-words';
import { CLI_ENTRY_FILE, SNAPSHOT_BUILD_FILE, snapshotRefusal, type SnapshotBuild } from './cli-snapshot-check';
// The launcher's own check (a few stats), bundled: the one rule for when the build is stale.
import { cliBundleIsCurrent, cliLauncher } from '../scripts/cli-bundle.cjs';

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

/** Why the snapshot in `folder` may not run the command, null when it may: another build's or Node's, or its sources changed since. */
function refusalIn(folder: string, built: SnapshotBuild): { reason: string; stale: boolean } | null {
  const refusal = snapshotRefusal(built, readCurrentBuild(folder), process);
  if (refusal !== null) return { reason: refusal, stale: false };
  return cliBundleIsCurrent(folder) ? null : { reason: 'a file it was built from has changed since', stale: true };
}

async function main(code: CliCode, built: SnapshotBuild): Promise<void> {
  // Started from a snapshot there is no script: the command's words follow Node's own path.
  const args = process.argv.slice(1);
  const blob = blobPath(process.execArgv);
  if (blob === null) {
    process.stderr.write(`report-desk: the start-up snapshot was started without --snapshot-blob; run dist/cli/${CLI_ENTRY_FILE} instead\n`);
    process.exitCode = 1;
    return;
  }
  const folder = dirname(resolve(blob));
  const refusal = refusalIn(folder, built);
  if (process.env.REPORT_DESK_TRACE_START === '1') {
    process.stderr.write(`report-desk: start-up: ${refusal === null ? `snapshot ${basename(blob)}` : `the snapshot is not used: ${refusal.reason}`}\n`);
  }
  if (refusal === null) process.exitCode = await code.run(args, folder);
  else {
    const { runInstead } = await import('./cli-run-instead');
    process.exitCode = runInstead((refusal.stale ? cliLauncher(folder) : null) ?? join(folder, CLI_ENTRY_FILE), args);
  }
}

/**
 * Called by the code as Node builds the snapshot from it: every command's modules loaded (while
 * the TextDecoder guard holds), the warm-up run, and main() named to run when Node starts from it.
 */
export function prepareSnapshot(code: CliCode): void {
  /** What this snapshot is made from and by, fixed in its heap. */
  const built: SnapshotBuild = { bundle: process.env.REPORT_DESK_SNAPSHOT_BUNDLE_DIGEST ?? '', node: process.version, arch: process.arch, platform: process.platform };
  const warmUpReport = process.env.REPORT_DESK_SNAPSHOT_WARM_UP;
  // 'core' (build-cli-snapshot.mjs): the commands' modules without docx and the history.
  const withWord = process.env.REPORT_DESK_SNAPSHOT_KIND !== 'core';
  const ready = (async () => {
    await import('./cli-commands');
    await import('./cli-import');
    await import('./cli-new');
    if (withWord) {
      await import('./services/word/word-document');
      await import('./cli-history');
    }
    if (warmUpReport !== undefined) await code.warmUp(warmUpReport, { withWord });
    restoreTextDecoder();
  })();
  ready.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
  // Loaded here, not at the top: the code's every other start never loads node:v8 (cli-snapshot-guard.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startupSnapshot } = require('node:v8') as typeof import('node:v8');
  // An Intl formatter wraps an ICU object V8 cannot keep: the document's words make theirs again when run.
  startupSnapshot.addSerializeCallback(forgetLocaleFormatters);
  startupSnapshot.setDeserializeMainFunction(() => void main(code, built));
}
