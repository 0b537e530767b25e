// Every chart thread of the command line runs this first (dist/cli/chart-worker-start.cjs): it
// compiles chart-worker.cjs beside it with the code cache the build made, where the cache belongs
// to that code and this Node, else as it is (same pixels, only slower to start), and runs it
// as Node would run the file. Started by the cache maker instead, it compiles without the cache
// and hands V8's cache over once the maker's charts are drawn.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { compileCode, runAsCommonJs } from './cli-code-cache';
import { CHART_WORKER_FILES, isChartCacheMaking } from './chart-worker-code';
import type { ChartThreadStarted } from './services/charts/chart-worker-pool';

const making = isChartCacheMaking(workerData) ? workerData.codeCacheMaker : null;
const { script, refusal } = compileCode(__dirname, CHART_WORKER_FILES, making === null);
const started: ChartThreadStarted = { started: refusal === null ? 'with its code cache' : `without its code cache: ${refusal}` };
// Before the worker's code listens: the pool hears it ahead of any chart.
parentPort?.postMessage(started);
runAsCommonJs(script, join(__dirname, CHART_WORKER_FILES.code));
making?.once('message', () => {
  making.postMessage(script.createCachedData());
  making.close();
});
