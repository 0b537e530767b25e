// What the build's cache makers write (cli-code-cache-make.ts, chart-worker-cache-make.ts): V8's
// cache of a script, then the record of what it was made from and by, each written beside and
// renamed, so that a command starting meanwhile reads the old file or the new, never half of one.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CachedCodeFiles, CodeCacheBuild } from './cli-code-cache';

function writeAtomically(path: string, contents: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/** The cache of the code of build `build` in `folder`, made by this Node. */
export function writeCodeCache(folder: string, files: CachedCodeFiles, cache: Uint8Array, build: string): void {
  writeAtomically(join(folder, files.cache), cache);
  const built: CodeCacheBuild = { code: build, node: process.version, arch: process.arch, platform: process.platform };
  writeAtomically(join(folder, files.build), `${JSON.stringify(built, null, 1)}\n`);
}
