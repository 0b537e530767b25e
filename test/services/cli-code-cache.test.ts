// The command line's code cache (dist/cli/report-desk-code.cache, built with the code for the run
// by test/support/built-cli.ts): what every start of the entry reads, used only for the code it
// was made from and by the Node that made it; anything else is compiled as it is, same output.
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectOneLineFailure, spawnRun, type Run } from './cli-run';
import { CODE_CACHE_BUILD_FILE, CODE_CACHE_FILE, codeBuildOf, codeCacheRefusal, type CodeCacheBuild } from '../../electron/cli-code-cache';
import { CLI_CODE, CLI_ENTRY, CODE_BUILD_STAMP } from '../../scripts/cli-bundle.cjs';
import { SEED_PATH } from '../fixtures/seed';

let folder: string;
/** A copy of the built command line, whose cache and record each test may spoil. */
let copy: string;
let record: CodeCacheBuild;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-code-cache-'));
  copy = join(folder, 'cli');
  // A copy, as an install makes one: new times on every file. The cache still belongs to the code.
  await cp(dirname(inject('cliEntry')), copy, { recursive: true });
  record = JSON.parse(await readFile(join(copy, CODE_CACHE_BUILD_FILE), 'utf8')) as CodeCacheBuild;
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function validate(): Promise<Run> {
  return spawnRun(process.execPath, [join(copy, CLI_ENTRY), 'validate', SEED_PATH], folder, { REPORT_DESK_TRACE_START: '1' });
}

/** The line that says how it started, and the rest of the run. */
async function started(): Promise<{ how: string; run: Run }> {
  const run = await validate();
  const [how = '', ...rest] = run.stderr.split('\n');
  return { how, run: { ...run, stderr: rest.join('\n') } };
}

describe('the code cache', () => {
  test('is used by the entry of a copied build, and refused, with the same output, when made from other code, by another Node, or not one V8 accepts', async () => {
    const used = await started();
    expect(used.how).toBe('report-desk: start-up: bundle with its code cache');
    expect(used.run.code).toBe(0);
    expect(used.run.stdout).toMatch(/: valid report "Operations Portal OLA report"/);

    const refusedWith = async (how: string) => {
      const run = await started();
      expect(run.how).toBe(`report-desk: start-up: bundle (its code cache is not used: ${how})`);
      expect(run.run).toEqual(used.run);
    };
    const cache = await readFile(join(copy, CODE_CACHE_FILE));
    try {
      await writeFile(join(copy, CODE_CACHE_BUILD_FILE), JSON.stringify({ ...record, code: 'f'.repeat(64) }));
      await refusedWith('it was made from another build of the command line');
      await writeFile(join(copy, CODE_CACHE_BUILD_FILE), JSON.stringify({ ...record, node: 'v99.0.0' }));
      await refusedWith(`it was made by Node v99.0.0, and this is Node ${process.version}`);
      await writeFile(join(copy, CODE_CACHE_BUILD_FILE), '{"code":');
      await refusedWith(`${CODE_CACHE_BUILD_FILE} is missing or unreadable`);
      // The record right, the cache not V8's (another V8's, or damaged): V8 checks it and refuses.
      await writeFile(join(copy, CODE_CACHE_BUILD_FILE), JSON.stringify(record));
      await writeFile(join(copy, CODE_CACHE_FILE), Buffer.alloc(cache.length, 7));
      await refusedWith('V8 refused it, made by another V8 or with other V8 flags');
    } finally {
      await writeFile(join(copy, CODE_CACHE_FILE), cache);
      await writeFile(join(copy, CODE_CACHE_BUILD_FILE), JSON.stringify(record));
    }
    expect((await started()).how).toBe('report-desk: start-up: bundle with its code cache');
  });

  test('an entry without its code beside it (a build cut short) fails in one line that says what to do', async () => {
    const code = join(copy, CLI_CODE);
    await rename(code, `${code}.away`);
    try {
      const run = await spawnRun(process.execPath, [join(copy, CLI_ENTRY), '--version'], folder);
      expectOneLineFailure(run, /the command line's code beside .* could not be loaded \(ENOENT.*\); build it again with npm run build:cli$/);
    } finally {
      await rename(`${code}.away`, code);
    }
  });

  test('belongs to the build named on the code, by the Node that made it', async () => {
    const code = await readFile(join(copy, CLI_CODE), 'utf8');
    const build = codeBuildOf(code);
    expect(build).toMatch(/^[0-9a-f]{64}$/);
    expect(record.code).toBe(build);
    expect(codeBuildOf('module.exports = 1;\n')).toBeNull();
    expect(codeBuildOf(`x;\n${CODE_BUILD_STAMP}not-a-digest\n`)).toBeNull();

    const here = { version: 'v20.20.2', arch: 'x64', platform: 'linux' } as const;
    const made: CodeCacheBuild = { code: 'a'.repeat(64), node: 'v20.20.2', arch: 'x64', platform: 'linux' };
    expect(codeCacheRefusal(made, made.code, here)).toBeNull();
    expect(codeCacheRefusal(made, 'b'.repeat(64), here)).toBe('it was made from another build of the command line');
    expect(codeCacheRefusal(made, null, here)).toBe('it was made from another build of the command line');
    expect(codeCacheRefusal(made, made.code, { ...here, version: 'v22.12.0' })).toBe('it was made by Node v20.20.2, and this is Node v22.12.0');
    expect(codeCacheRefusal(made, made.code, { ...here, arch: 'arm64' })).toBe('it was made for linux-x64, and this is linux-arm64');
    expect(codeCacheRefusal({ code: made.code }, made.code, here)).toBe('report-desk-code.cache.json is missing or unreadable');
  });
});
