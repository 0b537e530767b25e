// Builds the command line (npm run build:cli; the `report-desk` launcher rebuilds it when stale).
//   node scripts/build-cli.mjs [--outdir <folder>]   (default dist/cli)
// Into the folder:
//   report-desk.cjs             the entry (electron/cli-start.ts): compiles the code with its cache and runs it
//   report-desk-code.cjs        the command line's code in one CommonJS script (electron/cli.ts); what
//                               a command loads on demand (docx, the import readers) is set up only
//                               when first asked for
//   report-desk-code.cache      V8's code cache for it, made after a warm-up (build-cli-code-cache.mjs)
//   report-desk.blob            the start-up snapshot made from the same code (build-cli-snapshot.mjs)
//   chart-worker.cjs            the chart renderer's thread (chart.js and the native canvas), started
//                               only to draw charts: CommonJS, because the native canvas is a
//                               CommonJS package, which an ES module worker would load through
//                               Node's ESM loader and its export scanner (a third of its start)
//   chart-worker-start.cjs      what each chart thread runs: compiles chart-worker.cjs with its code
//                               cache, chart-worker.cache, made after drawing the warm-up's charts
//   inputs.json                 the project files that went in, with their size and time, so that
//                               cli-bundle.cjs can tell in a few stats whether the build is current
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHART_WORKER, CHART_WORKER_START, CLI_CODE, CLI_DIR, CLI_ENTRY, CLI_INPUTS, CODE_BUILD_STAMP, ROOT as root } from './cli-bundle.cjs';
import { CLI_BUILD_OPTIONS } from './cli-build-options.mjs';
import { buildChartWorkerCache, buildCliCodeCache } from './build-cli-code-cache.mjs';
import { buildCliSnapshot } from './build-cli-snapshot.mjs';

// A change of installed packages (npm ci, npm install) rewrites node_modules/.package-lock.json.
const ALSO_DEPENDS_ON = ['package-lock.json', 'node_modules/.package-lock.json', 'scripts/build-cli.mjs', 'scripts/build-cli-snapshot.mjs', 'scripts/build-cli-code-cache.mjs', 'scripts/cli-bundle.cjs', 'scripts/ensure-cli.cjs', 'scripts/cli-build-options.mjs', 'scripts/zod-without-locales.mjs', 'scripts/fflate-without-workers.mjs', 'scripts/docx-stored-package.mjs', 'scripts/crypto-on-first-use.mjs', 'scripts/xmldom-without-html-entities.mjs'];

/** What earlier builds left that this one no longer makes (an ES module entry and its chunks, a separate snapshot script). */
const NO_LONGER_MADE = ['chunks', 'report-desk.mjs', 'report-desk.mjs.map', 'report-desk-snapshot.cjs'];

/** A file's size and time, or null where it does not exist (no lock file under another package manager). */
async function fileState(path) {
  const info = await stat(join(root, path)).catch(() => null);
  return info === null ? null : { path, size: info.size, mtimeMs: info.mtimeMs };
}

/** Writes beside, then renames: a CLI starting meanwhile reads the old file or the new, never half of one. */
async function writeAtomically(path, contents) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, path);
}

/**
 * The code with its build's name on its last line: the digest of its text. Its code cache is
 * recorded for that name (electron/cli-code-cache.ts), which the entry (or a chart thread) reads
 * in the text it has read anyway: a cache is never taken for other code, even of the same size and time.
 */
function withBuildStamp(contents) {
  const digest = createHash('sha256').update(contents).digest('hex');
  return Buffer.concat([contents, Buffer.from(`${CODE_BUILD_STAMP}${digest}\n`)]);
}

/**
 * V8 keeps a script's source in the start-up snapshot's heap, one byte a character while every
 * character is Latin-1, two bytes for all of it once one is not. esbuild escapes such characters
 * in strings but leaves them in regular expressions: write them there as \u escapes. Refused here,
 * with where, so that one dash does not add the source's size again to every start.
 */
function refuseWideCharacters(path, contents) {
  const text = Buffer.from(contents).toString('utf8');
  const wide = /[\u0100-\u{10ffff}]/u.exec(text);
  if (wide === null) return;
  const character = wide[0];
  const near = text.slice(Math.max(0, wide.index - 60), wide.index + 20);
  throw new Error(`${path} holds '${character}' (U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}), which would keep the whole code as two bytes a character in the start-up snapshot; write it as a \\u escape in its source. Near: ${near}`);
}

export async function buildCli(outdir = CLI_DIR) {
  const result = await build({
    ...CLI_BUILD_OPTIONS,
    entryPoints: { [CLI_ENTRY.replace(/\.cjs$/, '')]: join(root, 'electron', 'cli-start.ts'), [CLI_CODE.replace(/\.cjs$/, '')]: join(root, 'electron', 'cli.ts') },
    format: 'cjs',
    outdir,
    outExtension: { '.js': '.cjs' },
    entryNames: '[name]',
    sourcemap: 'linked',
  });
  const worker = await build({
    ...CLI_BUILD_OPTIONS,
    entryPoints: { [CHART_WORKER.replace(/\.cjs$/, '')]: join(root, 'electron', 'services', 'charts', 'chart-worker.ts'), [CHART_WORKER_START.replace(/\.cjs$/, '')]: join(root, 'electron', 'chart-worker-start.ts') },
    format: 'cjs',
    outdir,
    outExtension: { '.js': '.cjs' },
    entryNames: '[name]',
    sourcemap: 'linked',
  });
  result.outputFiles.push(...worker.outputFiles);
  Object.assign(result.metafile.inputs, worker.metafile.inputs);
  await mkdir(outdir, { recursive: true });
  const entry = join(outdir, CLI_ENTRY);
  // The code and the worker first, the entry that runs them after, the record of inputs last.
  const ordered = [...result.outputFiles].sort((a, b) => Number(a.path.startsWith(entry)) - Number(b.path.startsWith(entry)));
  const code = join(outdir, CLI_CODE);
  const codeFile = result.outputFiles.find((file) => file.path === code);
  if (codeFile !== undefined) refuseWideCharacters(CLI_CODE, codeFile.contents);
  const stamped = new Set([code, join(outdir, CHART_WORKER)]);
  for (const file of ordered) await writeAtomically(file.path, stamped.has(file.path) ? withBuildStamp(file.contents) : file.contents);
  await Promise.all(NO_LONGER_MADE.map((name) => rm(join(outdir, name), { recursive: true, force: true })));
  // Each runs the code in a Node of its own; on two cores, side by side.
  const [cache, chartCache, snapshot] = await Promise.all([buildCliCodeCache(outdir), buildChartWorkerCache(outdir), buildCliSnapshot(outdir)]);
  if (cache.failure !== null) console.warn(`build:cli: no code cache; the code is compiled at each start. ${cache.failure}`);
  if (chartCache.failure !== null) console.warn(`build:cli: no chart thread code cache; its code is compiled as each thread starts. ${chartCache.failure}`);
  if (snapshot.failure !== null) console.warn(`build:cli: no start-up snapshot; the entry runs as it is. ${snapshot.failure}`);
  // Our own files; packages are covered by the lock files, a plugin's made-up module (namespace:path) by nothing.
  const sources = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(cache.inputs), ...Object.keys(chartCache.inputs)])].filter((path) => !path.includes('node_modules/') && !path.includes(':'));
  const inputs = (await Promise.all([...new Set([...sources, ...ALSO_DEPENDS_ON])].map(fileState))).filter((input) => input !== null);
  await writeAtomically(join(outdir, CLI_INPUTS), `${JSON.stringify({ root, inputs }, null, 1)}\n`);
  return entry;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outdirFlag = process.argv.indexOf('--outdir');
  const outdir = outdirFlag === -1 ? CLI_DIR : resolve(process.argv[outdirFlag + 1] ?? '');
  try {
    console.log(`Built ${await buildCli(outdir)}`);
  } catch (error) {
    console.error(`build:cli failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
