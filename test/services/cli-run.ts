// Running the real command line as a child process, and its one-line failure contract. The
// command line is the bundle the build script makes, built once for each test file that runs it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildCliBundle } from '../electron/built-bundles';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

let built: Promise<{ folder: string; entry: string }> | null = null;

/** The bundle's entry, built into a temp folder on first use. */
export function cliBundlePath(): Promise<string> {
  built ??= mkdtemp(join(tmpdir(), 'report-desk-cli-build-')).then(async (folder) => ({ folder, entry: await buildCliBundle(folder) }));
  return built.then(({ entry }) => entry);
}

// Built before the first test (a build on a loaded machine can outlast one test's time), removed after the last.
beforeAll(() => cliBundlePath(), 120_000);
afterAll(async () => {
  if (built !== null) await rm((await built).folder, { recursive: true, force: true });
});

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnRun(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The command line as `npm run cli --` runs it: its bundle, in Node. */
export async function cli(...args: string[]): Promise<Run> {
  return spawnRun(process.execPath, [await cliBundlePath(), ...args], REPO);
}

/** The one-clear-line contract for every failure. */
export function expectOneLineFailure(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^report-desk: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s*at /m);
}
