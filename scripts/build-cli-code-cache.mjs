// The command line's code cache, made by build-cli.mjs beside the code:
//   report-desk-code.cache       V8's code cache of report-desk-code.cjs, once a warm-up has run in it
//   report-desk-code.cache.json  what it was made from and by (the code's size and time, Node, system)
// The entry (electron/cli-start.ts) compiles the code with it when both still hold, and without it otherwise.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './cli-bundle.cjs';
import { CLI_BUILD_OPTIONS } from './cli-build-options.mjs';

export const CODE_CACHE = 'report-desk-code.cache';
export const CODE_CACHE_BUILD = 'report-desk-code.cache.json';
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
 * Makes the cache in `outdir`, from the code already written there. Returns the files the maker
 * was built from and `failure`: null, or why there is no cache (the code is then compiled at
 * each start). A failed attempt leaves no cache; a cache that outlived its code is refused anyway.
 */
export async function buildCliCodeCache(outdir) {
  const maker = join(outdir, `report-desk-code-cache-make.${process.pid}.cjs`);
  const result = await build({ ...CLI_BUILD_OPTIONS, entryPoints: [join(ROOT, 'electron', 'cli-code-cache-make.ts')], format: 'cjs', outfile: maker, write: true });
  try {
    const made = await runNode([maker, outdir, WARM_UP_REPORT]);
    if (made.code === 0) return { inputs: result.metafile.inputs, failure: null };
    await Promise.all([rm(join(outdir, CODE_CACHE), { force: true }), rm(join(outdir, CODE_CACHE_BUILD), { force: true })]);
    return { inputs: result.metafile.inputs, failure: `Node could not make it (${made.signal ?? `exit ${made.code}`}): ${made.stderr.trim().split('\n').slice(0, 6).join(' ')}` };
  } finally {
    await rm(maker, { force: true });
  }
}
