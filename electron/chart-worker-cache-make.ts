// Run by the build (scripts/build-cli-code-cache.mjs) in a Node of its own, with no flags of its
// own, as the command line will run: starts a chart thread as the command line does, through
// chart-worker-start.cjs, but compiling chart-worker.cjs without a cache; has it draw the warm-up
// report's charts twice, as an export draws them (the second time over the charts it drew, as
// the thread reuses them); then keeps what V8 compiled as the code's cache, and the record of
// what it was made from and by. Usage: node <this, bundled> <folder of the code> <report>
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { readReportText } from '../shared/report-file';
import { codeBuildOf } from './cli-code-cache';
import { writeCodeCache } from './code-cache-write';
import { CHART_WORKER_FILES, CHART_WORKER_START_FILE, type ChartCacheMaking } from './chart-worker-code';
import { WORKER_LIMITS, type ChartJob, type ChartJobResult, type ChartThreadStarted } from './services/charts/chart-worker-pool';
import { reportChartRequests } from './services/word/word-figures';
import { performanceView } from './services/word/word-performance-view';

/** The next message, or the thread's failure (events.once rejects on its 'error'). */
async function nextMessage<T>(from: Worker): Promise<T> {
  const [message] = (await once(from, 'message')) as [T];
  return message;
}

async function makeChartWorkerCache(folder: string, reportFile: string): Promise<void> {
  const build = codeBuildOf(readFileSync(join(folder, CHART_WORKER_FILES.code), 'utf8'));
  if (build === null) throw new Error(`${CHART_WORKER_FILES.code} bears no build name: it was not made by build-cli.mjs`);
  const read = readReportText(await readFile(reportFile, 'utf8'));
  if (!read.ok) throw new Error(`the warm-up report does not read: ${read.message}`);
  const requests = reportChartRequests(read.report, performanceView(read.report).groups);
  if (requests.length === 0) throw new Error('the warm-up report has no charts to draw');

  const { port1, port2 } = new MessageChannel();
  const making: ChartCacheMaking = { codeCacheMaker: port2 };
  const thread = new Worker(join(folder, CHART_WORKER_START_FILE), { workerData: making, transferList: [port2], resourceLimits: WORKER_LIMITS });
  try {
    const started = await nextMessage<ChartThreadStarted>(thread);
    if (!started.started.startsWith('without its code cache')) throw new Error(`the thread did not start as the maker asked: ${started.started}`);
    let id = 0;
    for (const round of [1, 2]) {
      for (const { chart, width, height, pixelRatio } of requests) {
        const job: ChartJob = { id: ++id, chart, width, height, pixelRatio };
        thread.postMessage(job);
        const result = await nextMessage<ChartJobResult>(thread);
        if ('error' in result) throw new Error(`a warm-up chart (round ${round}) could not be drawn: ${result.error}`);
      }
    }
    port1.postMessage('make');
    const cache = await new Promise<Uint8Array>((resolve) => port1.once('message', resolve));
    writeCodeCache(folder, CHART_WORKER_FILES, cache, build);
  } finally {
    port1.close();
    await thread.terminate();
  }
}

const [folder, report] = process.argv.slice(2);
if (folder === undefined || report === undefined) {
  process.stderr.write('usage: node chart-worker-cache-make.cjs <folder of chart-worker.cjs> <report.rdesk>\n');
  process.exitCode = 1;
} else {
  makeChartWorkerCache(folder, report).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
