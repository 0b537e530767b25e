// Bundles the command line (npm run build:cli; npm run cli rebuilds it when stale).
//   node scripts/build-cli.mjs [--outdir <folder>]   (default dist/cli)
// An ES module with code splitting: `validate` loads its own small chunk, while docx loads from
// a separate chunk only when an export asks for it. chart-worker.cjs beside the entry is the
// chart renderer's thread (chart.js and the native canvas), started only to draw charts:
// CommonJS, because the native canvas is a CommonJS package, which an ES module worker would
// load through Node's ESM loader and its export scanner (a third of the worker's start).
// report-desk.blob beside it is the start-up snapshot (build-cli-snapshot.mjs), for Node to start
// from directly. inputs.json lists the project files that went in, with their size and time, so
// that cli-bundle.mjs can tell in a few stats whether the bundle still matches its sources.
import { build } from 'esbuild';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHART_WORKER, CLI_DIR, CLI_ENTRY, CLI_INPUTS, ROOT as root } from './cli-bundle.mjs';
import { CLI_BUILD_OPTIONS } from './cli-build-options.mjs';
import { buildCliSnapshot } from './build-cli-snapshot.mjs';

// A change of installed packages (npm ci, npm install) rewrites node_modules/.package-lock.json.
const ALSO_DEPENDS_ON = ['package-lock.json', 'node_modules/.package-lock.json', 'scripts/build-cli.mjs', 'scripts/build-cli-snapshot.mjs', 'scripts/cli-bundle.mjs', 'scripts/cli-build-options.mjs', 'scripts/zod-without-locales.mjs', 'scripts/fflate-without-workers.mjs', 'scripts/docx-stored-package.mjs'];

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

export async function buildCli(outdir = CLI_DIR) {
  const result = await build({
    ...CLI_BUILD_OPTIONS,
    entryPoints: { [CLI_ENTRY.replace(/\.mjs$/, '')]: join(root, 'electron', 'cli.ts') },
    splitting: true,
    format: 'esm',
    outdir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    // Named by content: a CLI already running keeps finding the chunks its entry names.
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS packages (jszip inside docx) call require(); ESM has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
  });
  const worker = await build({
    ...CLI_BUILD_OPTIONS,
    entryPoints: [join(root, 'electron', 'services', 'charts', 'chart-worker.ts')],
    outfile: join(outdir, CHART_WORKER),
    format: 'cjs',
    sourcemap: 'linked',
  });
  result.outputFiles.push(...worker.outputFiles);
  Object.assign(result.metafile.inputs, worker.metafile.inputs);
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  const entry = join(outdir, CLI_ENTRY);
  // Chunks and the worker first, the entry that names them after, the record of inputs last.
  const ordered = [...result.outputFiles].sort((a, b) => Number(a.path.startsWith(entry)) - Number(b.path.startsWith(entry)));
  for (const file of ordered) await writeAtomically(file.path, file.contents);
  const written = new Set(result.outputFiles.map((file) => file.path));
  for (const old of await readdir(join(outdir, 'chunks'))) {
    const path = join(outdir, 'chunks', old);
    if (!written.has(path)) await rm(path, { force: true });
  }
  const snapshot = await buildCliSnapshot(outdir);
  if (snapshot.failure !== null) console.warn(`build:cli: no start-up snapshot; the bundle runs as it is. ${snapshot.failure}`);
  // Our own files; packages are covered by the lock files, a plugin's made-up module (namespace:path) by nothing.
  const sources = [...new Set([...Object.keys(result.metafile.inputs), ...Object.keys(snapshot.inputs)])].filter((path) => !path.includes('node_modules/') && !path.includes(':'));
  const inputs = (await Promise.all([...sources, ...ALSO_DEPENDS_ON].map(fileState))).filter((input) => input !== null);
  await writeAtomically(join(outdir, CLI_INPUTS), `${JSON.stringify({ inputs }, null, 1)}\n`);
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
