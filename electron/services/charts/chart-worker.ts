// The chart renderer's thread: draws each chart it is sent to PNG and sends the bytes back.
// chart-worker-pool.ts starts it; the builds bundle it beside main (chart-worker.cjs) and the
// command line (chart-worker.cjs), so chart.js and the native canvas load only here. The command
// line's threads run it through electron/chart-worker-start.ts, which compiles it with its code cache.
import { parentPort } from 'node:worker_threads';
import { renderChartPng } from './chart-images';
import type { ChartJob, ChartJobResult } from './chart-worker-pool';

const port = parentPort;
if (port === null) throw new Error('chart-worker runs as a worker thread, started by chart-worker-pool.ts');

port.on('message', (job: ChartJob) => {
  let result: ChartJobResult;
  const transfer: ArrayBuffer[] = [];
  try {
    // Copied into a buffer of its own, which moves to the other thread instead of being copied again.
    const png = new Uint8Array(renderChartPng(job.chart, job.width, job.height, job.pixelRatio));
    result = { id: job.id, png };
    transfer.push(png.buffer);
  } catch (error) {
    result = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(result, transfer);
});
