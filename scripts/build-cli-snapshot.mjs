// The command line's start-up snapshot, made by build-cli.mjs beside the bundle:
//   report-desk-snapshot.cjs  every module of the command line in one script (electron/cli-snapshot.ts)
//   report-desk.blob          V8's heap once that script has run: `node --snapshot-blob report-desk.blob <command>`
//   report-desk.blob.json     what the blob was made from and by (its bundle's digest, Node, system)
// The blob is tied to the Node that made it; the bundle stays the way to run everywhere else.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, SNAPSHOT_BLOB, SNAPSHOT_BUILD, SNAPSHOT_BUNDLE } from './cli-bundle.mjs';
import { CLI_BUILD_OPTIONS } from './cli-build-options.mjs';

/** Node's output while it makes the blob: its warnings about modules it has not verified are expected. */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/** The lines worth showing of a failed build: Node's verification warnings left out. */
function failureText(stderr) {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/not yet fully verified|It may still work|request support for the module|--trace-warnings/.test(line))
    .slice(0, 6)
    .join(' ');
}

/**
 * Makes the snapshot in `outdir`. Returns the files it was built from (esbuild's metafile inputs)
 * and `failure`: null, or why there is no blob (the bundle still runs). A failed attempt leaves
 * no blob, so that an older one is never taken for this build. The new blob replaces the old by a
 * rename, so a command starting meanwhile finds a whole blob, the old or the new; the old blob with
 * the new record (or the reverse) is refused as another build's, and the bundle runs.
 */
export async function buildCliSnapshot(outdir) {
  const blob = join(outdir, SNAPSHOT_BLOB);
  const record = join(outdir, SNAPSHOT_BUILD);
  const result = await build({ ...CLI_BUILD_OPTIONS, entryPoints: [join(ROOT, 'electron', 'cli-snapshot.ts')], format: 'cjs' });
  const [bundle] = result.outputFiles;
  const bundlePath = join(outdir, SNAPSHOT_BUNDLE);
  await writeFile(bundlePath, bundle.contents);
  const digest = createHash('sha256').update(bundle.contents).digest('hex');
  const temp = `${blob}.${process.pid}.tmp`;
  const made = await run(['--snapshot-blob', temp, '--build-snapshot', bundlePath], {
    REPORT_DESK_SNAPSHOT_BUNDLE_DIGEST: digest,
    REPORT_DESK_SNAPSHOT_WARM_UP: join(ROOT, 'assets', 'examples', 'seed-report.rdesk'),
  });
  if (made.code !== 0) {
    await Promise.all([rm(temp, { force: true }), rm(blob, { force: true }), rm(record, { force: true })]);
    return { inputs: result.metafile.inputs, failure: `Node could not make the start-up snapshot (${made.signal ?? `exit ${made.code}`}): ${failureText(made.stderr)}` };
  }
  await rename(temp, blob);
  const built = { bundle: digest, node: process.version, arch: process.arch, platform: process.platform };
  await writeFile(`${record}.${process.pid}.tmp`, `${JSON.stringify(built, null, 1)}\n`);
  await rename(`${record}.${process.pid}.tmp`, record);
  return { inputs: result.metafile.inputs, failure: null };
}
