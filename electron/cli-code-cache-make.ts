// Run by the build (scripts/build-cli-code-cache.mjs) in a Node of its own, with no flags of its
// own, as the entry will run: compiles the command line's code as the entry does, runs the
// warm-up in it, and keeps what V8 compiled as the code's cache, then the record of what it was
// made from and by. Usage: node <this, bundled> <folder of the code> <report to warm up with>
import { CLI_CODE_FILES, CODE_FILE, loadCode } from './cli-code-cache';
import { writeCodeCache } from './code-cache-write';

async function makeCodeCache(folder: string, report: string): Promise<void> {
  const { code, script, build } = loadCode(folder, false);
  if (build === null) throw new Error(`${CODE_FILE} bears no build name: it was not made by build-cli.mjs`);
  await code.warmUp(report, { withWord: true });
  writeCodeCache(folder, CLI_CODE_FILES, script.createCachedData(), build);
}

const [folder, report] = process.argv.slice(2);
if (folder === undefined || report === undefined) {
  process.stderr.write('usage: node cli-code-cache-make.cjs <folder of report-desk-code.cjs> <report.rdesk>\n');
  process.exitCode = 1;
} else {
  makeCodeCache(folder, report).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
