// The command line's start-up snapshots (dist/cli/report-desk.blob, and report-desk-core.blob
// without the Word export set up, built with the bundle for the run by test/support/built-cli.ts):
// each gives the same output as the bundle, byte for byte, and neither is used when it is not
// this build's or this Node's.
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { REPO, spawnRun, type Run } from './cli-run';
import { SNAPSHOT_BLOB, SNAPSHOT_BUILD, SNAPSHOT_CORE_BLOB, SNAPSHOT_NODE } from '../../scripts/cli-bundle.cjs';
import { snapshotRefusal, type SnapshotBuild } from '../../electron/cli-snapshot-check';
import { SEED_PATH } from '../fixtures/seed';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
let folder: string;
let seed: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-snapshot-'));
  seed = join(folder, 'seed.rdesk');
  await copyFile(SEED_PATH, seed);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const TRACE = { REPORT_DESK_TRACE_START: '1' };

/** The entry, as `node dist/cli/report-desk.cjs …` runs it (with the code cache beside it, or `entry`'s). */
function bundle(...args: string[]): Promise<Run> {
  return entryIn(inject('cliEntry'), args);
}

function entryIn(entry: string, args: string[]): Promise<Run> {
  return spawnRun(process.execPath, [entry, ...args], folder, TRACE);
}

/** The snapshot beside it (or `blob`), as `node --snapshot-blob report-desk.blob …` runs it. */
function snapshot(args: string[], blob = join(dirname(inject('cliEntry')), SNAPSHOT_BLOB), nodeFlags: string[] = []): Promise<Run> {
  return spawnRun(process.execPath, [...nodeFlags, '--snapshot-blob', blob, ...args], folder, TRACE);
}

/** The run's own output, without the line that says how it started. */
function output(run: Run): Run {
  return { ...run, stderr: run.stderr.replace(/^report-desk: start-up: .*\n/gm, '') };
}

/** Every part of a .docx, byte for byte, but for what differs between any two exports: the moment (core.xml) and docx's random relationship ids. */
async function docxParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const bytes = await zip.files[name]!.async('nodebuffer');
    const ids = new Map<string, string>();
    const text = bytes
      .toString('latin1')
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1(the moment of the export)')
      .replace(/rId[A-Za-z0-9_-]{21}(?=")/g, (id) => ids.get(id) ?? (ids.set(id, `rId(random ${ids.size + 1})`), ids.get(id)!));
    parts.set(name, text);
  }
  return parts;
}

describe('the start-up snapshot', () => {
  test.each([SNAPSHOT_BLOB, SNAPSHOT_CORE_BLOB])('%s says and does what the bundle does, byte for byte: validate, next-period, import, history, export, --version, --help, a usage error', async (blobName) => {
    const blob = join(dirname(inject('cliEntry')), blobName);
    const cases: [string, string[]][] = [
      ['validate', ['validate', seed]],
      ['--version', ['--', '--version']],
      ['--help', ['help']],
      ['a usage error', ['validate', seed, '--fast']],
      ['a missing file', ['validate', join(folder, 'Q3.rdesk')]],
    ];
    for (const [what, args] of cases) {
      const plain = await bundle(...args.filter((arg) => arg !== '--'));
      const started = await snapshot(args, blob);
      expect(started.stderr.split('\n')[0], what).toBe(`report-desk: start-up: snapshot ${blobName}`);
      expect(plain.stderr, what).toMatch(/^report-desk: start-up: bundle with its code cache\n/);
      expect(output(started), what).toEqual(output(plain));
    }

    const written: Record<'bundle' | 'snapshot', Buffer[]> = { bundle: [], snapshot: [] };
    for (const way of ['bundle', 'snapshot'] as const) {
      const run = (...args: string[]) => (way === 'bundle' ? bundle(...args) : snapshot(args, blob));
      const wayFolder = join(folder, way);
      await mkdir(wayFolder);
      const next = join(wayFolder, 'next.rdesk');
      const imported = join(wayFolder, 'imported.rdesk');
      const history = join(wayFolder, 'history.csv');
      const runs = [
        await run('next-period', seed, '--out', next, '--name', 'April – September 2015', '--start', '04/2015'),
        await run('import', next, join(FIXTURES, 'monthly-figures.csv'), '--out', imported),
        await run('history', imported, next, '--out', history),
      ];
      for (const one of runs) expect(output(one).code).toBe(0);
      const said = runs.map((one) => `${one.stdout}${output(one).stderr}`.replaceAll(wayFolder, '(folder)')).join('');
      written[way].push(Buffer.from(said), await readFile(next), await readFile(imported), await readFile(history));
    }
    expect(written.snapshot).toEqual(written.bundle);

    // The Word document, charts and all: the snapshot draws them with the same worker.
    const [plainDocx, snapshotDocx] = [join(folder, 'bundle.docx'), join(folder, 'snapshot.docx')];
    expect(output(await bundle('export', seed, '--out', plainDocx, '--charts')).code).toBe(0);
    expect(output(await snapshot(['export', seed, '--out', snapshotDocx, '--charts'], blob)).code).toBe(0);
    const [plainParts, snapshotParts] = await Promise.all([docxParts(plainDocx), docxParts(snapshotDocx)]);
    expect([...snapshotParts.keys()]).toEqual([...plainParts.keys()]);
    expect([...plainParts.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
    for (const [name, text] of plainParts) expect(snapshotParts.get(name), name).toBe(text);
  }, 120_000);

  test('made from another build than the bundle beside it, it is refused and the bundle runs', async () => {
    // A copy of the built folder whose record names another build, as when the bundle was rebuilt and the blob was not.
    const built = dirname(inject('cliEntry'));
    const copy = join(dirname(built), `cli-other-build-${process.pid}`);
    await cp(built, copy, { recursive: true });
    try {
      const record = JSON.parse(await readFile(join(copy, SNAPSHOT_BUILD), 'utf8')) as SnapshotBuild;
      await writeFile(join(copy, SNAPSHOT_BUILD), JSON.stringify({ ...record, bundle: 'another build' }));
      const run = await snapshot(['validate', seed], join(copy, SNAPSHOT_BLOB));
      expect(run.stderr).toBe('report-desk: start-up: the snapshot is not used: it was made from another build of the command line\nreport-desk: start-up: bundle with its code cache\n');
      expect(output(run)).toEqual(output(await bundle('validate', seed)));

      // The record of the build says another Node made it.
      await writeFile(join(copy, SNAPSHOT_BUILD), JSON.stringify({ ...record, node: 'v99.0.0' }));
      const other = await snapshot(['validate', seed], join(copy, SNAPSHOT_BLOB));
      expect(other.stderr).toMatch(/^report-desk: start-up: the snapshot is not used: it was made by Node v\d.*, and this is Node v.*\n/);
      expect(other.code).toBe(0);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  test('made by another Node or with other V8 flags, Node itself refuses it before it runs anything, and says so', async () => {
    // Another V8 configuration is what another Node version is to V8: the blob's check fails.
    const run = await snapshot(['validate', seed], undefined, ['--no-opt']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Failed to load the startup snapshot because it was built with a different version of V8 or with different V8 configurations/);
  });

  test('what a snapshot must match, checked before it runs a command', () => {
    const built: SnapshotBuild = { bundle: 'abc', node: 'v20.20.2', arch: 'x64', platform: 'linux' };
    const here = { version: 'v20.20.2', arch: 'x64', platform: 'linux' } as const;
    expect(snapshotRefusal(built, built, here)).toBeNull();
    expect(snapshotRefusal(built, { ...built, bundle: 'def' }, here)).toBe('it was made from another build of the command line');
    expect(snapshotRefusal(built, null, here)).toBe('report-desk.blob.json is missing or unreadable');
    expect(snapshotRefusal(built, built, { ...here, version: 'v22.12.0' })).toBe('it was made by Node v20.20.2, and this is Node v22.12.0');
    expect(snapshotRefusal(built, built, { ...here, arch: 'arm64' })).toBe('it was made for linux-x64, and this is linux-arm64');
    expect(snapshotRefusal({ ...built, bundle: '' }, { ...built, bundle: '' }, here)).toBe('it was made from another build of the command line');
  });
});

describe('the report-desk command', () => {
  test.skipIf(process.platform === 'win32')('starts from the snapshot when the Node it runs made it, and from the entry with its code cache when another Node did', async () => {
    // A project of its own: the command's scripts, and the built command line with the times it was made with.
    const project = join(folder, 'project');
    await cp(dirname(inject('cliEntry')), join(project, 'dist', 'cli'), { recursive: true, preserveTimestamps: true });
    for (const script of ['report-desk', 'run-cli.cjs', 'ensure-cli.cjs', 'cli-bundle.cjs']) await cp(join(REPO, 'scripts', script), join(project, 'scripts', script), { preserveTimestamps: true });
    const env = { ...TRACE, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
    const command = (): Promise<Run> => spawnRun(join(project, 'scripts', 'report-desk'), ['validate', seed], folder, env);
    const fromSnapshot = await command();
    expect(fromSnapshot.stderr).toBe(`report-desk: start-up: snapshot ${SNAPSHOT_CORE_BLOB}\n`);
    // An export starts from the snapshot with the Word export set up.
    const exported = await spawnRun(join(project, 'scripts', 'report-desk'), ['export', seed, '--out', join(folder, 'seed.docx'), '--no-charts'], folder, env);
    expect(exported).toMatchObject({ code: 0, stderr: `report-desk: start-up: snapshot ${SNAPSHOT_BLOB}\n` });
    // Where the smaller one is missing, the other serves.
    await rm(join(project, 'dist', 'cli', SNAPSHOT_CORE_BLOB));
    expect((await command()).stderr).toBe(`report-desk: start-up: snapshot ${SNAPSHOT_BLOB}\n`);

    await writeFile(join(project, 'dist', 'cli', SNAPSHOT_NODE), '/another/node\n');
    const fromEntry = await command();
    expect(fromEntry.stderr).toBe('report-desk: start-up: bundle with its code cache\n');
    expect(fromEntry.stdout).toBe(fromSnapshot.stdout);
    expect(fromEntry.stdout).toMatch(/^.*seed\.rdesk: valid report "Operations Portal OLA report"/);
  });

  test('after a global install, runs the same bundle: --version, --help, a command, a usage error', async () => {
    const prefix = join(folder, 'global');
    const install = await spawnRun('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', REPO], folder);
    expect(install.code, install.stderr).toBe(0);
    const command = join(prefix, 'bin', 'report-desk');
    const version = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(await spawnRun(command, ['--version'], folder)).toEqual({ code: 0, stdout: `report-desk ${version.version}\n`, stderr: '' });
    const help = await spawnRun(command, ['--help'], folder);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: report-desk <command> \[options\]/);
    expect(help.stdout).toContain('-v, --version   Show the version.');
    const validated = await spawnRun(command, ['validate', 'seed.rdesk'], folder);
    expect(validated).toMatchObject({ code: 0, stderr: '' });
    expect(validated.stdout).toMatch(/^seed\.rdesk: valid report "Operations Portal OLA report", 6 months, 4 metrics/);
    const unknown = await spawnRun(command, ['--fast'], folder);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toMatch(/^report-desk: unknown option --fast \(commands: export, validate, .*\)\. Run with --help for usage\.\n$/);
  }, 120_000);
});
