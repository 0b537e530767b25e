// The chart thread's code cache (dist/cli/chart-worker.cache, made by the build after drawing the
// warm-up report's charts): each thread of the command line compiles chart-worker.cjs with it when
// it was made from that code by this Node, and without it otherwise; the charts are the same
// pixels either way, only the thread's start is slower.
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { REPO, spawnRun } from './cli-run';
import { CHART_WORKER_FILES } from '../../electron/chart-worker-code';
import { codeBuildOf, type CodeCacheBuild } from '../../electron/cli-code-cache';
import { CLI_ENTRY } from '../../scripts/cli-bundle.cjs';
import { SEED_PATH } from '../fixtures/seed';

let folder: string;
/** A copy of the built command line, whose chart cache and record the test spoils. */
let copy: string;
let record: CodeCacheBuild;
let runs = 0;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-chart-cache-'));
  copy = join(folder, 'cli');
  await cp(dirname(inject('cliEntry')), copy, { recursive: true });
  // The worker requires the native canvas from node_modules, as an installed command line does.
  await symlink(join(REPO, 'node_modules'), join(folder, 'node_modules'), 'dir');
  record = JSON.parse(await readFile(join(copy, CHART_WORKER_FILES.build), 'utf8')) as CodeCacheBuild;
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * Exports the seed with its charts into a chart folder of its own for each run (all drawn), or
 * the one named (those kept there found): how the thread started, and the PNGs by name.
 */
async function exportCharts(kept?: string): Promise<{ thread: string[]; pngs: Map<string, Buffer> }> {
  const run = ++runs;
  const charts = kept ?? join(folder, `charts-${run}`);
  const result = await spawnRun(process.execPath, [join(copy, CLI_ENTRY), 'export', SEED_PATH, '--charts', '--out', join(folder, `seed-${run}.docx`)], folder, {
    REPORT_DESK_TRACE_START: '1',
    REPORT_DESK_CHART_CACHE: charts,
  });
  expect(result.code, result.stderr).toBe(0);
  const names = (await readdir(charts)).filter((name) => name.endsWith('.png')).sort();
  const pngs = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(charts, name))] as const)));
  return { thread: result.stderr.split('\n').filter((line) => line.startsWith('report-desk: chart thread: ')), pngs };
}

describe("the chart thread's code cache", () => {
  test('was made by the build for the chart code beside it, by this Node', async () => {
    const code = await readFile(join(copy, CHART_WORKER_FILES.code), 'utf8');
    expect(record).toEqual({ code: codeBuildOf(code), node: process.version, arch: process.arch, platform: process.platform });
    expect((await readFile(join(copy, CHART_WORKER_FILES.cache))).length).toBeGreaterThan(10_000);
  });

  test('is used where it belongs (no thread starts where every chart is kept), refused for another build of the code or another Node, and the charts are the same bytes either way', async () => {
    const used = await exportCharts();
    expect(used.thread).toEqual(['report-desk: chart thread: with its code cache']);
    expect(used.pngs.size).toBe(4);
    // Every chart kept from that run: no thread starts, neither ahead nor for a chart.
    const kept = await exportCharts(join(folder, `charts-${runs}`));
    expect(kept.thread).toEqual([]);
    expect(kept.pngs).toEqual(used.pngs);

    const refusedWith = async (why: string) => {
      const refused = await exportCharts();
      expect(refused.thread).toEqual([`report-desk: chart thread: without its code cache: ${why}`]);
      expect(refused.pngs).toEqual(used.pngs);
    };
    const cache = await readFile(join(copy, CHART_WORKER_FILES.cache));
    try {
      await writeFile(join(copy, CHART_WORKER_FILES.build), JSON.stringify({ ...record, code: 'f'.repeat(64) }));
      await refusedWith('it was made from another build of the command line');
      await writeFile(join(copy, CHART_WORKER_FILES.build), JSON.stringify({ ...record, node: 'v99.0.0' }));
      await refusedWith(`it was made by Node v99.0.0, and this is Node ${process.version}`);
      // The record right, the cache not V8's: V8 checks it and refuses, and the code is compiled as it is.
      await writeFile(join(copy, CHART_WORKER_FILES.build), JSON.stringify(record));
      await writeFile(join(copy, CHART_WORKER_FILES.cache), Buffer.alloc(cache.length, 7));
      await refusedWith('V8 refused it, made by another V8 or with other V8 flags');
      await rm(join(copy, CHART_WORKER_FILES.cache));
      await refusedWith(`${CHART_WORKER_FILES.cache} is missing or unreadable`);
    } finally {
      await writeFile(join(copy, CHART_WORKER_FILES.cache), cache);
      await writeFile(join(copy, CHART_WORKER_FILES.build), JSON.stringify(record));
    }
  });
});
