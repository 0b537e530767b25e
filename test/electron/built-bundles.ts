// Builds the Electron bundles into a temp folder with the real build script, and loads one
// afresh with `electron` resolving to a stand-in, as if Electron had launched it.
import { execFile } from 'node:child_process';
import { stat, symlink } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ElectronStandIn } from './electron-stand-in';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundles require the native canvas module from node_modules, as installed. */
async function linkNodeModules(folder: string): Promise<void> {
  const link = join(folder, 'node_modules');
  if (!(await stat(link).then(() => true, () => false))) await symlink(join(projectRoot, 'node_modules'), link, 'dir');
}

/** Builds into `<folder>/dist/electron` and returns that folder. */
export async function buildBundles(folder: string): Promise<string> {
  const bundleDir = join(folder, 'dist', 'electron');
  await promisify(execFile)(process.execPath, [join(projectRoot, 'scripts', 'build-electron.mjs'), '--outdir', bundleDir]);
  await linkNodeModules(folder);
  return bundleDir;
}

/** Builds the command line into `<folder>/dist/cli` with the real build script; returns its entry. */
export async function buildCliBundle(folder: string): Promise<string> {
  const cliDir = join(folder, 'dist', 'cli');
  // First: the build draws charts in the chart worker to make its code cache.
  await linkNodeModules(folder);
  await promisify(execFile)(process.execPath, [join(projectRoot, 'scripts', 'build-cli.mjs'), '--outdir', cliDir]);
  return join(cliDir, 'report-desk.cjs');
}

type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;
const moduleLoader = Module as unknown as { _resolveFilename: ResolveFilename };

/**
 * Runs a bundle afresh with `require('electron')` answered by the stand-in the way Electron
 * answers it: a built-in module, never a file in node_modules (a packaged app has none).
 */
export function loadBundle(bundle: string, standIn: ElectronStandIn, argv: string[] = ['/opt/electron', '.']): void {
  const requireFromBundle = createRequire(bundle);
  const stub = new Module('electron');
  stub.filename = 'electron';
  stub.loaded = true;
  stub.exports = standIn.electron;
  const resolveFilename = moduleLoader._resolveFilename;
  moduleLoader._resolveFilename = function (request, ...rest) {
    return request === 'electron' ? 'electron' : resolveFilename.call(this, request, ...rest);
  };
  requireFromBundle.cache['electron'] = stub;
  delete requireFromBundle.cache[bundle];
  const previousArgv = process.argv;
  process.argv = argv;
  try {
    requireFromBundle(bundle);
  } finally {
    process.argv = previousArgv;
    moduleLoader._resolveFilename = resolveFilename;
    delete requireFromBundle.cache['electron'];
  }
}
