// Worker threads that draw charts, one per core at most, started only when a chart is asked for
// and stopped after a while with nothing to draw. An idle worker never keeps the process alive,
// so the command line exits as soon as its work is done; a busy one does, until its chart is back.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReportChart } from '../../../shared/chart-config';

export interface ChartJob {
  id: number;
  chart: ReportChart;
  width: number;
  height: number;
  pixelRatio: number;
}

export type ChartJobResult = { id: number; png: Uint8Array } | { id: number; error: string };

/** Said first by a thread started through a loader: how its code was compiled (with its code cache, or why not). */
export interface ChartThreadStarted {
  started: string;
}

/**
 * A file that loads the worker's code instead of the thread running it as it is: the command
 * line's compiles it with V8's code cache the build made (electron/chart-worker-start.ts).
 */
export interface ChartThreadStart {
  file: string;
  /** Hears how each thread's code was compiled. */
  onStarted?: (how: string) => void;
}

interface Pending {
  job: ChartJob;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  thread: Worker;
  drawing: Pending | null;
  idleTimer: NodeJS.Timeout | null;
}

/** Long enough for the next export of a session to find the workers started; short enough to give their memory back. */
const IDLE_MS = 10_000;
/**
 * A chart needs a few megabytes of V8's heap; without a limit each thread's garbage from a run
 * of charts grows to a hundred megabytes before it is collected. Its pixels are the canvas's own.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };

export class ChartWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  /** `script`: the worker's file, as the build placed it beside the bundle that runs the pool. */
  constructor(
    private readonly script: string | URL,
    private readonly size = availableParallelism(),
    private readonly idleMs = IDLE_MS,
  ) {}

  /** The chart as a PNG, drawn by the first worker free. */
  draw(chart: ReportChart, width: number, height: number, pixelRatio: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, chart, width, height, pixelRatio }, resolve, reject });
      this.dispatch();
    });
  }

  /** How many threads are running now (started, not yet stopped). */
  get threads(): number {
    return this.workers.length;
  }

  /** Whether no chart is being drawn or waiting. */
  get unoccupied(): boolean {
    return this.queue.length === 0 && this.workers.every((worker) => worker.drawing === null);
  }

  /** Stops every worker; a chart being drawn fails with a sentence. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }

  /**
   * At most this many threads draw, when fewer than the cores are wanted: each holds some 90 MB,
   * and an export of a very large report needs its memory for the tables more than it needs speed.
   */
  mostThreads = Number.POSITIVE_INFINITY;

  /** Where set, each thread runs this file, which loads `script`; else `script` itself. */
  threadStart: ChartThreadStart | null = null;

  /** Starts a thread before its first chart, idle until one comes, unless one runs already. */
  startAhead(): void {
    if (this.workers.length === 0) this.idle(this.start());
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const most = Math.min(this.size, this.mostThreads);
      const free = this.workers.slice(0, most).find((worker) => worker.drawing === null) ?? (this.workers.length < most ? this.start() : null);
      if (free === null) return;
      this.assign(free, this.queue.shift()!);
    }
  }

  private assign(worker: PoolWorker, pending: Pending): void {
    if (worker.idleTimer !== null) clearTimeout(worker.idleTimer);
    worker.idleTimer = null;
    worker.drawing = pending;
    worker.thread.ref();
    worker.thread.postMessage(pending.job);
  }

  private start(): PoolWorker {
    // Messages posted before the thread has loaded wait for it; it is given its first chart at once.
    const worker: PoolWorker = { thread: new Worker(this.threadStart?.file ?? this.script, { resourceLimits: WORKER_LIMITS }), drawing: null, idleTimer: null };
    this.workers.push(worker);
    worker.thread.on('message', (message: ChartJobResult | ChartThreadStarted) => {
      if ('started' in message) this.threadStart?.onStarted?.(message.started);
      else this.finished(worker, message);
    });
    worker.thread.on('error', (error) => this.stopped(worker, `the chart renderer failed: ${error.message}`));
    worker.thread.on('exit', (code) => this.stopped(worker, `the chart renderer stopped (exit code ${code})`));
    return worker;
  }

  private finished(worker: PoolWorker, result: ChartJobResult): void {
    const pending = worker.drawing;
    if (pending === null || pending.job.id !== result.id) return;
    worker.drawing = null;
    if ('png' in result) pending.resolve(Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength));
    else pending.reject(new Error(result.error));
    this.dispatch();
    if (worker.drawing === null) this.idle(worker);
  }

  private idle(worker: PoolWorker): void {
    worker.thread.unref();
    worker.idleTimer = setTimeout(() => this.retire(worker), this.idleMs);
    worker.idleTimer.unref();
  }

  /**
   * An idle thread leaves the pool before it is told to stop: it stops some time later, and a
   * chart asked for meanwhile must go to a thread that will draw it, not one on its way out.
   */
  private retire(worker: PoolWorker): void {
    const index = this.workers.indexOf(worker);
    if (index !== -1) this.workers.splice(index, 1);
    void worker.thread.terminate();
  }

  /** A thread that died takes its chart with it; one that cannot start fails every chart waiting, not one by one. */
  private stopped(worker: PoolWorker, reason: string): void {
    const index = this.workers.indexOf(worker);
    if (index === -1) return;
    this.workers.splice(index, 1);
    if (worker.idleTimer !== null) clearTimeout(worker.idleTimer);
    const failed = worker.drawing === null ? [] : [worker.drawing];
    worker.drawing = null;
    if (failed.length > 0 && this.workers.every((other) => other.drawing === null)) failed.push(...this.queue.splice(0));
    for (const pending of failed) pending.reject(new Error(reason));
    this.dispatch();
  }
}
