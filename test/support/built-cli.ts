// Global setup of the Node tests: the command line built once, with the real build script, into
// a temp folder. The CLI tests run its entry; every test that exports charts draws them with its
// chart-worker.cjs (chart-worker-setup.ts); the command lines keep their charts beside it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHART_WORKER } from '../../scripts/cli-bundle.cjs';
import { buildCliBundle } from '../electron/built-bundles';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built command line's entry (report-desk.cjs, which runs report-desk-code.cjs beside it). */
    cliEntry: string;
    /** The chart renderer's thread built beside it. */
    chartWorker: string;
    /** Where the command lines the tests start keep their charts, instead of the user's cache. */
    chartCache: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'report-desk-tests-'));
  const cliEntry = await buildCliBundle(folder);
  project.provide('cliEntry', cliEntry);
  project.provide('chartWorker', join(dirname(cliEntry), CHART_WORKER));
  project.provide('chartCache', join(folder, 'chart-cache'));
  return () => rm(folder, { recursive: true, force: true });
}
