// The command line's start-up snapshot, made by build-cli.mjs from the code beside it:
//   report-desk.blob          V8's heap once report-desk-code.cjs has run as a snapshot's script
//                             (electron/cli-snapshot.ts): `node --snapshot-blob report-desk.blob <command>`
//   report-desk-core.blob     the same without the Word export set up (docx, the history's annex):
//                             a fifth smaller, so a start reads and rebuilds less, for the commands
//                             that write no document (validate, next-period, import, new, --help)
//   report-desk.blob.json     what the blob was made from and by (the code's digest, Node, system)
//   report-desk.blob.node     the path of the Node that made it, with that Node's own time: what the
//                             report-desk command (scripts/report-desk) compares in its shell
// The blob is tied to the Node that made it; the entry stays the way to run everywhere else.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI_CODE, SNAPSHOT_BLOB, SNAPSHOT_BUILD, SNAPSHOT_CORE_BLOB, SNAPSHOT_NODE } from './cli-bundle.cjs';
import { WARM_UP_REPORT, runNode } from './build-cli-code-cache.mjs';

/** The lines worth showing of a failed build: Node's verification warnings left out. */
function failureText(stderr) {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/not yet fully verified|It may still work|request support for the module|--trace-warnings/.test(line))
    .slice(0, 6)
    .join(' ');
}

/**
 * The Node that made the blob, as a shell can check it without starting anything: its path in
 * the file, its time on the file. `touch -r` copies the time to the nanosecond (Node's own utimes
 * keeps microseconds at best). Where there is no touch (Windows), no file: the shell command is
 * for Linux and macOS only.
 */
async function writeNodeIdentity(path) {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${process.execPath}\n`);
  const touched = spawnSync('touch', ['-r', process.execPath, temp]);
  if (touched.error === undefined && touched.status === 0) await rename(temp, path);
  else await rm(temp, { force: true });
}

/**
 * Makes both snapshots in `outdir` from the code written there, recorded by one record (they
 * are of one code and one Node). Returns `failure`: null, or why there is no blob (the entry
 * still runs). A failed attempt leaves no blob, so that an older one is never taken for this
 * build. A new blob replaces the old by a rename, so a command starting meanwhile finds a whole
 * blob, the old or the new; the old blob with the new record (or the reverse) is refused as
 * another build's, and the entry runs.
 */
export async function buildCliSnapshot(outdir) {
  const blob = join(outdir, SNAPSHOT_BLOB);
  const coreBlob = join(outdir, SNAPSHOT_CORE_BLOB);
  const record = join(outdir, SNAPSHOT_BUILD);
  const node = join(outdir, SNAPSHOT_NODE);
  // Gone first: the command never takes an old blob for this build's while it is made.
  await rm(node, { force: true });
  const code = join(outdir, CLI_CODE);
  const digest = createHash('sha256').update(await readFile(code)).digest('hex');
  const made = [];
  // One after the other: the code cache is being made beside them, on the other core.
  for (const [path, kind] of [[blob, 'full'], [coreBlob, 'core']]) {
    const temp = `${path}.${process.pid}.tmp`;
    const run = await runNode(['--snapshot-blob', temp, '--build-snapshot', code], {
      REPORT_DESK_SNAPSHOT_BUNDLE_DIGEST: digest,
      REPORT_DESK_SNAPSHOT_WARM_UP: WARM_UP_REPORT,
      REPORT_DESK_SNAPSHOT_KIND: kind,
      // Node's warnings as it makes a snapshot (built-in modules it has not verified) would set up
      // process.stderr, a pipe here, and keep that stream in the heap: 150 KB more at every start.
      NODE_NO_WARNINGS: '1',
    });
    if (run.code !== 0) {
      await Promise.all([temp, ...made.map(([madeTemp]) => madeTemp), blob, coreBlob, record].map((file) => rm(file, { force: true })));
      return { failure: `Node could not make the start-up snapshot${kind === 'core' ? ' without the Word export' : ''} (${run.signal ?? `exit ${run.code}`}): ${failureText(run.stderr)}` };
    }
    made.push([temp, path]);
  }
  for (const [temp, path] of made) await rename(temp, path);
  const built = { bundle: digest, node: process.version, arch: process.arch, platform: process.platform };
  await writeFile(`${record}.${process.pid}.tmp`, `${JSON.stringify(built, null, 1)}\n`);
  await rename(`${record}.${process.pid}.tmp`, record);
  await writeNodeIdentity(node);
  return { failure: null };
}
