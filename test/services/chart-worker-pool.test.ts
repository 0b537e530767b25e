// The chart threads: an idle one stops, and a chart asked for as it stops is drawn by another;
// one started ahead of its charts draws the first that comes.
import { dirname, join } from 'node:path';
import { inject, expect, test, vi } from 'vitest';
import { ChartWorkerPool } from '../../electron/services/charts/chart-worker-pool';
import { CHART_WORKER_START } from '../../scripts/cli-bundle.cjs';
import { metricCharts } from '../../shared/chart-config';
import { seedReport } from '../fixtures/seed';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

test('a thread gone idle leaves the pool at once, so a chart asked for as it stops is drawn, not failed', async () => {
  const chart = metricCharts(seedReport())[0]!;
  let pool: ChartWorkerPool | null = null;
  try {
    // The idle timer is the test's to fire: the thread is told to stop, and the next chart is asked for in the same turn.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    pool = new ChartWorkerPool(inject('chartWorker'), 1, 20);
    expect((await pool.draw(chart, 200, 100, 1)).subarray(0, 4)).toEqual(PNG_SIGNATURE);
    expect(pool.threads).toBe(1);
    vi.advanceTimersByTime(25);
    expect(pool.threads).toBe(0);
    const next = pool.draw(chart, 300, 100, 1);
    vi.useRealTimers();
    expect((await next).subarray(0, 4)).toEqual(PNG_SIGNATURE);
  } finally {
    vi.useRealTimers();
    await pool?.close();
  }
});

test("a thread started ahead of its charts waits for the first and draws it; through the command line's loader it says it compiled with its code cache", async () => {
  const chart = metricCharts(seedReport())[0]!;
  const started: string[] = [];
  const pool = new ChartWorkerPool(inject('chartWorker'), 1);
  pool.threadStart = { file: join(dirname(inject('chartWorker')), CHART_WORKER_START), onStarted: (how) => started.push(how) };
  try {
    pool.startAhead();
    pool.startAhead();
    expect(pool.threads).toBe(1);
    expect((await pool.draw(chart, 200, 100, 1)).subarray(0, 4)).toEqual(PNG_SIGNATURE);
    expect(pool.threads).toBe(1);
    expect(started).toEqual(['with its code cache']);
  } finally {
    await pool.close();
  }
});
