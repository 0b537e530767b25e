// Bundles the main process and the preload for Electron (npm run build:electron).
//   node scripts/build-electron.mjs [--outdir <folder>]   (default dist/electron)
// main.cjs carries everything but electron and the chart renderer; electron-store and its ESM
// dependencies are bundled in, so the CommonJS main needs no dynamic import. chart-worker.cjs
// is the chart renderer's thread (chart.js, and the native canvas module it requires).
// preload.cjs is one self-contained file: a sandboxed preload cannot require anything else.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodWithoutLocales } from './zod-without-locales.mjs';
import { docxStoredPackage } from './docx-stored-package.mjs';
import { xmldomWithoutHtmlEntities } from './xmldom-without-html-entities.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? join(root, 'dist', 'electron') : resolve(process.argv[outdirFlag + 1] ?? '');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
  plugins: [zodWithoutLocales, docxStoredPackage, xmldomWithoutHtmlEntities],
};

try {
  await mkdir(outdir, { recursive: true });
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(outdir, 'main.cjs'),
    // The canvas is the worker's; main must never load it (a native module in main's thread).
    external: ['electron'],
  });
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'services', 'charts', 'chart-worker.ts')],
    outfile: join(outdir, 'chart-worker.cjs'),
    external: ['@napi-rs/canvas'],
  });
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(outdir, 'preload.cjs'),
    external: ['electron'],
  });
  const preload = await readFile(join(outdir, 'preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]).filter((name) => name !== 'electron');
  if (required.length > 0) throw new Error(`the preload must require only electron, but requires ${required.join(', ')}`);
  // The window icon on Linux and Windows when running from source.
  await copyFile(join(root, 'assets', 'icon.png'), join(outdir, 'icon.png')).catch(() => undefined);
  console.log(`Built ${join(outdir, 'main.cjs')}, chart-worker.cjs and preload.cjs`);
} catch (error) {
  console.error(`build:electron failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
