// Where the bundled command line lives, and whether it still matches its sources. Kept apart
// from build-cli.mjs so that a check that finds the bundle current never loads esbuild.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
export const CLI_ENTRY = 'report-desk.mjs';
/** The chart renderer's thread, beside the entry (electron/cli.ts names it). */
export const CHART_WORKER = 'chart-worker.cjs';
/** The project files the bundle was built from, each with its size and time then. */
export const CLI_INPUTS = 'inputs.json';
/** The start-up snapshot (build-cli-snapshot.mjs): its one-script bundle, the blob, and what made it (electron/cli-snapshot-check.ts reads it). */
export const SNAPSHOT_BUNDLE = 'report-desk-snapshot.cjs';
export const SNAPSHOT_BLOB = 'report-desk.blob';
export const SNAPSHOT_BUILD = 'report-desk.blob.json';

/** True when every file the bundle in `dir` was built from is still as it was then. */
export async function cliBundleIsCurrent(dir = CLI_DIR) {
  try {
    const { inputs } = JSON.parse(await readFile(join(dir, CLI_INPUTS), 'utf8'));
    await Promise.all([stat(join(dir, CLI_ENTRY)), stat(join(dir, CHART_WORKER))]);
    const now = await Promise.all(inputs.map((input) => stat(join(ROOT, input.path))));
    return now.every((info, index) => info.size === inputs[index].size && info.mtimeMs === inputs[index].mtimeMs);
  } catch {
    return false; // Never built, or an input is gone: build.
  }
}

/** The entry's path, after building the bundle if it is missing or stale. */
export async function ensureCliBundle(dir = CLI_DIR) {
  if (!(await cliBundleIsCurrent(dir))) {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli(dir);
  }
  return join(dir, CLI_ENTRY);
}
