// "Before": the command line as another commit built it, for the bench to time beside ours in the
// same run. The commit's files are taken out of git into the bench's temp folder (git archive),
// with this checkout's node_modules linked in, and built there with that commit's own build script.
import { spawnSync } from 'node:child_process';
import { access, mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './bench-timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The commit this figures are "before" of: main just before the work on start-up was
 * merged (9881af0). The first "before", 9888c08, reads file format 2 at most, and the bench's
 * reports are format 3 now.
 */
export const BASELINE_REF = '9881af0';

export type Baseline = { ref: string; cli: Command; note: string | null } | { ref: string; cli: null; note: string };

function git(args: string[]): { ok: true; stdout: Buffer } | { ok: false; reason: string } {
  const run = spawnSync('git', ['-C', ROOT, ...args], { maxBuffer: 256 * 1024 * 1024 });
  if (run.error !== undefined) return { ok: false, reason: `git could not run (${run.error.message})` };
  if (run.status !== 0) return { ok: false, reason: run.stderr.toString().trim().split('\n')[0] ?? `git exited with ${run.status}` };
  return { ok: true, stdout: run.stdout };
}

/** Builds `ref`'s command line under `folder`; the command that runs it, or why there is none. */
export async function buildBaseline(ref: string, folder: string): Promise<Baseline> {
  const source = join(folder, `baseline-${ref.replace(/[^\w.-]/g, '_')}`);
  await mkdir(source, { recursive: true });
  const archive = git(['archive', '--format=tar', ref]);
  if (!archive.ok) return { ref, cli: null, note: `the baseline ${ref} could not be taken out of git: ${archive.reason}` };
  const untar = spawnSync('tar', ['-x', '-C', source], { input: archive.stdout });
  if (untar.status !== 0) return { ref, cli: null, note: `the baseline ${ref} could not be unpacked: ${untar.stderr.toString().trim()}` };
  await symlink(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  const build = spawnSync(process.execPath, [join(source, 'scripts', 'build-cli.mjs')], { cwd: source, encoding: 'utf8' });
  if (build.status !== 0) return { ref, cli: null, note: `the baseline ${ref} did not build: ${build.stderr.trim().split('\n').at(-1) ?? ''}` };
  // Its own lock file against the packages installed here: the same, or the figures say so.
  const [theirs, ours] = await Promise.all([readFile(join(source, 'package-lock.json'), 'utf8').catch(() => ''), readFile(join(ROOT, 'package-lock.json'), 'utf8')]);
  const note = theirs === ours ? null : `the baseline ${ref} locks other packages than are installed here; it ran with these`;
  // Its entry: an ES module before the command line became one CommonJS script with a code cache.
  const built = join(source, 'dist', 'cli');
  const entry = (await access(join(built, 'report-desk.cjs')).then(() => true, () => false)) ? 'report-desk.cjs' : 'report-desk.mjs';
  return { ref, cli: { program: process.execPath, args: [join(built, entry)] }, note };
}
