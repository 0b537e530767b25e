// Builds the Electron bundles into a temp folder with the real build script, and loads one
// afresh with `electron` resolving to a stand-in, as if Electron had launched it.
import { execFile } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ElectronStandIn } from './electron-stand-in';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds into `<folder>/dist/electron` and returns that folder. */
export async function buildBundles(folder: string): Promise<string> {
  const bundleDir = join(folder, 'dist', 'electron');
  await promisify(execFile)(process.execPath, [join(projectRoot, 'scripts', 'build-electron.mjs'), '--outdir', bundleDir]);
  // The bundle requires electron and the native canvas module from node_modules, as installed.
  await symlink(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return bundleDir;
}

export function loadBundle(bundle: string, standIn: ElectronStandIn, argv: string[] = ['/opt/electron', '.']): void {
  const requireFromBundle = createRequire(bundle);
  const electronPath = requireFromBundle.resolve('electron');
  const stub = new Module(electronPath);
  stub.filename = electronPath;
  stub.loaded = true;
  stub.exports = standIn.electron;
  requireFromBundle.cache[electronPath] = stub;
  delete requireFromBundle.cache[bundle];
  const previousArgv = process.argv;
  process.argv = argv;
  try {
    requireFromBundle(bundle);
  } finally {
    process.argv = previousArgv;
    delete requireFromBundle.cache[electronPath];
  }
}
