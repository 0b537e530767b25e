// Run by the build (scripts/build-cli-code-cache.mjs) in a Node of its own, with no flags of its
// own, as the entry will run: compiles the command line's code as the entry does, runs the
// warm-up in it, and keeps what V8 compiled as the code's cache, then the record of what it was
// made from and by. Usage: node <this, bundled> <folder of the code> <report to warm up with>
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_CACHE_BUILD_FILE, CODE_CACHE_FILE, CODE_FILE, loadCode, type CodeCacheBuild } from './cli-code-cache';

/** Written beside and renamed: a command starting meanwhile reads the old file or the new, never half of one. */
function writeAtomically(path: string, contents: string | Buffer): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

async function makeCodeCache(folder: string, report: string): Promise<void> {
  const { code, script, build } = loadCode(folder, false);
  if (build === null) throw new Error(`${CODE_FILE} bears no build name: it was not made by build-cli.mjs`);
  await code.warmUp(report, { withWord: true });
  writeAtomically(join(folder, CODE_CACHE_FILE), script.createCachedData());
  const built: CodeCacheBuild = { code: build, node: process.version, arch: process.arch, platform: process.platform };
  writeAtomically(join(folder, CODE_CACHE_BUILD_FILE), `${JSON.stringify(built, null, 1)}\n`);
}

const [folder, report] = process.argv.slice(2);
if (folder === undefined || report === undefined) {
  process.stderr.write('usage: node report-desk-code-cache-make.cjs <folder of report-desk-code.cjs> <report.rdesk>\n');
  process.exitCode = 1;
} else {
  makeCodeCache(folder, report).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
