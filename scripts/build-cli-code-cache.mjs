// The command line's code caches, made by build-cli.mjs beside the code:
//   report-desk-code.cache       V8's code cache of report-desk-code.cjs, once a warm-up has run in it
//   report-desk-code.cache.json  what it was made from and by (the code's build name, Node, system)
//   chart-worker.cache(.json)    the same for the chart thread's code, once it has drawn the warm-up's charts
// The entry (electron/cli-start.ts) and each chart thread (electron/chart-worker-start.ts) compile
// their code with it when both still hold, and without it otherwise.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './cli-bundle.cjs';
import { CLI_BUILD_OPTIONS } from './cli-build-options.mjs';

export const CODE_CACHE = 'report-desk-code.cache';
export const CODE_CACHE_BUILD = 'report-desk-code.cache.json';
export const CHART_WORKER_CACHE = 'chart-worker.cache';
export const CHART_WORKER_CACHE_BUILD = 'chart-worker.cache.json';
export const WARM_UP_REPORT = join(ROOT, 'assets', 'examples', 'seed-report.rdesk');

/** Runs Node with no flags of its own (V8 refuses a cache made with other flags); its stderr for a failure. */
export function runNode(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/**
 * Bundles the maker `entry` (a file of electron/), runs it on `outdir` and the warm-up report,
 * and removes it. Returns the files the maker was built from and `failure`: null, or why there
 * is no cache (the code is then compiled at each start). A failed attempt leaves none of `made`;
 * a cache that outlived its code is refused anyway.
 */
async function makeCache(outdir, entry, made) {
  const maker = join(outdir, `${entry.replace(/\.ts$/, '')}.${process.pid}.cjs`);
  const result = await build({ ...CLI_BUILD_OPTIONS, entryPoints: [join(ROOT, 'electron', entry)], format: 'cjs', outfile: maker, write: true });
  try {
    const run = await runNode([maker, outdir, WARM_UP_REPORT]);
    if (run.code === 0) return { inputs: result.metafile.inputs, failure: null };
    await Promise.all(made.map((name) => rm(join(outdir, name), { force: true })));
    return { inputs: result.metafile.inputs, failure: `Node could not make it (${run.signal ?? `exit ${run.code}`}): ${run.stderr.trim().split('\n').slice(0, 6).join(' ')}` };
  } finally {
    await rm(maker, { force: true });
  }
}

/** The command line's code cache, in `outdir`, from the code already written there. */
export function buildCliCodeCache(outdir) {
  return makeCache(outdir, 'cli-code-cache-make.ts', [CODE_CACHE, CODE_CACHE_BUILD]);
}

/** The chart thread's code cache, in `outdir`, from chart-worker.cjs and its loader already written there. */
export function buildChartWorkerCache(outdir) {
  return makeCache(outdir, 'chart-worker-cache-make.ts', [CHART_WORKER_CACHE, CHART_WORKER_CACHE_BUILD]);
}
