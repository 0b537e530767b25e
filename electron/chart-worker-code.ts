// The command line's chart thread and its code cache, beside the command line's code in dist/cli
// (scripts/build-cli.mjs). Each thread runs chart-worker-start.cjs, which compiles
// chart-worker.cjs with V8's code cache the build made after drawing real charts in it
// (chart-worker-cache-make.ts): a thread starts with no snapshot, and without the cache each
// function of chart.js and the drawing is compiled from source as the first charts need it.
import type { MessagePort } from 'node:worker_threads';
import type { CachedCodeFiles } from './cli-code-cache';

export const CHART_WORKER_START_FILE = 'chart-worker-start.cjs';

export const CHART_WORKER_FILES: CachedCodeFiles = {
  code: 'chart-worker.cjs',
  cache: 'chart-worker.cache',
  /** Written after the cache: what it was made from and by. */
  build: 'chart-worker.cache.json',
};

/** What the cache maker hands the thread it starts: a port on which to ask for the cache once the charts are drawn. */
export interface ChartCacheMaking {
  codeCacheMaker: MessagePort;
}

export function isChartCacheMaking(value: unknown): value is ChartCacheMaking {
  return typeof value === 'object' && value !== null && 'codeCacheMaker' in value;
}
