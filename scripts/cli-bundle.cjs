// Where the built command line lives, and whether it still matches its sources. CommonJS and
// synchronous, so that the `report-desk` launcher (run-cli.cjs) checks in a few stats, before
// anything else loads; the start-up snapshot bundles this check too (electron/cli-snapshot.ts).
// Building, with esbuild, is ensure-cli.cjs's.
const { readFileSync, realpathSync, statSync } = require('node:fs');
const { join, resolve, sep } = require('node:path');

const ROOT = resolve(__dirname, '..');
const CLI_DIR = join(ROOT, 'dist', 'cli');

/** The entry (electron/cli-start.ts) and the command line's code in one script (electron/cli.ts), with its code cache. */
exports.ROOT = ROOT;
exports.CLI_DIR = CLI_DIR;
exports.CLI_ENTRY = 'report-desk.cjs';
exports.CLI_CODE = 'report-desk-code.cjs';
/** The code's last line begins so, and names its build (build-cli.mjs; electron/cli-code-cache.ts reads it). */
exports.CODE_BUILD_STAMP = '//# report-desk-build=';
/** The chart renderer's thread, beside the entry. */
exports.CHART_WORKER = 'chart-worker.cjs';
/** What each chart thread of the command line runs: it compiles the worker with its code cache (electron/chart-worker-start.ts). */
exports.CHART_WORKER_START = 'chart-worker-start.cjs';
/** The project files the command line was built from, each with its size and time then. */
exports.CLI_INPUTS = 'inputs.json';
/** The start-up snapshot (build-cli-snapshot.mjs) and what made it (electron/cli-snapshot-check.ts reads it). */
exports.SNAPSHOT_BLOB = 'report-desk.blob';
/** The smaller snapshot, without the Word export set up, for the commands that write no document. */
exports.SNAPSHOT_CORE_BLOB = 'report-desk-core.blob';
exports.SNAPSHOT_BUILD = 'report-desk.blob.json';
/** The Node that made the blob, for the report-desk shell command (build-cli-snapshot.mjs). */
exports.SNAPSHOT_NODE = 'report-desk.blob.node';

/**
 * True when every file the command line in `dir` was built from is still as it was then. The
 * record names the project folder it was built from (`root`): the start-up snapshot, bundled with
 * this check, asks it too, from wherever its folder is.
 */
function cliBundleIsCurrent(dir = CLI_DIR) {
  try {
    const { root = ROOT, inputs } = JSON.parse(readFileSync(join(dir, exports.CLI_INPUTS), 'utf8'));
    for (const file of [exports.CLI_ENTRY, exports.CLI_CODE, exports.CHART_WORKER, exports.CHART_WORKER_START]) statSync(join(dir, file));
    // Joined by hand: the inputs are relative paths with forward slashes, which every system's
    // file calls take, and path.join's normalising of 150 of them was a third of this check.
    const folder = root.endsWith(sep) ? root : `${root}${sep}`;
    return inputs.every((input) => {
      const now = statSync(`${folder}${input.path}`, { throwIfNoEntry: false });
      return now !== undefined && now.size === input.size && now.mtimeMs === input.mtimeMs;
    });
  } catch {
    return false; // Never built, or an input is gone: build.
  }
}
exports.cliBundleIsCurrent = cliBundleIsCurrent;

/**
 * The launcher that rebuilds a stale command line before it runs it (run-cli.cjs), for the build
 * in `dir` when it is the one the launcher builds (dist/cli of the project it was made from); else null.
 */
function cliLauncher(dir = CLI_DIR) {
  try {
    const { root = ROOT } = JSON.parse(readFileSync(join(dir, exports.CLI_INPUTS), 'utf8'));
    // Through npm's links, the same folder by another name.
    return realpathSync(dir) === realpathSync(join(root, 'dist', 'cli')) ? join(root, 'scripts', 'run-cli.cjs') : null;
  } catch {
    return null;
  }
}
exports.cliLauncher = cliLauncher;
