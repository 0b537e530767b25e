// The export's charts as PNGs: each looked up by its digest first, and only the ones never seen
// drawn, all at once, by the worker threads. A second export of an unchanged report draws nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ReportChart } from '../../../shared/chart-config';
import { ChartPngCache, chartDigest } from './chart-png-cache';
import { encodePng } from './png-encoding';
import type { ChartThreadStart, ChartWorkerPool } from './chart-worker-pool';

export interface ChartImageRequest {
  chart: ReportChart;
  /** Layout pixels; the PNG is pixelRatio times larger each way. */
  width: number;
  height: number;
  pixelRatio: number;
}

let workerScript: string | null = null;
let threadStart: ChartThreadStart | null = null;
let threads = availableParallelism();
let pool: Promise<ChartWorkerPool> | null = null;
/** The pool once it has loaded, for what must ask it at once (is it idle?). */
let loadedPool: ChartWorkerPool | null = null;
/** At most this many threads draw: one where an export needs the memory more than the speed. */
let mostThreads = Number.POSITIVE_INFINITY;
let renderer: string | null = null;
const cache = new ChartPngCache();
const drawing = new Map<string, Promise<Buffer>>();
let drawn = 0;
/** Set only while the build warms the command line up (drawBlankChartsWhile): what a chart not kept is drawn as, with no thread. */
let blankChart: Buffer | null = null;

/**
 * Where the worker's code is: each bundle names the file its build put beside it (main.ts,
 * cli.ts); the tests and the bench name the one they built. Set once, before the first chart.
 * `start`: the file each thread runs to load that code (the command line's, with its code cache).
 */
export function useChartWorker(script: string, start: ChartThreadStart | null = null): void {
  threadStart = start;
  if (loadedPool !== null) loadedPool.threadStart = start;
  if (script === workerScript) return;
  workerScript = script;
  // Another renderer: the threads of the old one stop, and the folder's charts are told apart by it.
  void pool?.then((old) => old.close());
  pool = null;
  loadedPool = null;
  renderer = null;
}

/**
 * How many threads may draw at once (one per core unless told). The command line, a process per
 * command, draws with one: each thread loads chart.js and the native canvas, and on a busy
 * machine a second load costs more than the charts it would draw meanwhile.
 */
export function useChartThreads(count: number): void {
  if (count === threads) return;
  threads = count;
  void pool?.then((old) => old.close());
  pool = null;
  loadedPool = null;
}

/** Also keep the charts in this folder, for the next process (the command line), or only in memory (null). */
export function useChartFolder(folder: string | null): void {
  cache.useFolder(folder);
  renderer = null;
}

/** How many charts this process has drawn (not found in the cache): what a second export of the same report adds nothing to. */
export function chartsDrawn(): number {
  return drawn;
}

/**
 * The command line's chart folder: REPORT_DESK_CHART_CACHE if set ("off": none), else the
 * user's cache folder as each system names it. Safe to delete at any time.
 */
export function chartCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string | null {
  const chosen = env.REPORT_DESK_CHART_CACHE?.trim();
  if (chosen === 'off') return null;
  if (chosen !== undefined && chosen !== '') return chosen;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Report Desk', 'Cache', 'charts');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Report Desk', 'charts');
  return join(env.XDG_CACHE_HOME?.trim() || join(home, '.cache'), 'report-desk', 'charts');
}

/**
 * Stops the chart threads now, if none is drawing, and gives their memory back: a large export
 * does so once its charts are drawn, before it writes its tables. The next chart starts them again.
 */
export function stopIdleChartWorkers(): void {
  if (loadedPool?.unoccupied !== true) return;
  void loadedPool.close();
  loadedPool = null;
  pool = null;
}

/**
 * Starts a chart thread now, before its charts are asked for, where every chart will surely be
 * drawn (none is kept, in memory or in the folder): its start, the slowest part of a first chart,
 * then runs beside reading the report and planning the document. Where charts are kept nothing
 * starts: an export that finds them all starts no thread. An idle thread keeps no process alive.
 */
export async function startChartThreadAhead(): Promise<void> {
  if (workerScript === null || !cache.keepsNone()) return;
  (await workers()).startAhead();
}

/**
 * The pool, loaded with node:worker_threads when the first chart is to be drawn: never before,
 * so that an export whose charts are all kept loads neither, and the command line's start-up
 * snapshot holds no thread state (worker_threads loaded while the snapshot is built leaves the
 * threads it starts later unable to read their working folder).
 */
function workers(): Promise<ChartWorkerPool> {
  const script = workerScript;
  if (script === null) throw new Error('no chart renderer was set up (useChartWorker names its file)');
  pool ??= import('./chart-worker-pool').then(({ ChartWorkerPool }) => {
    const loaded = new ChartWorkerPool(script, threads);
    loaded.mostThreads = mostThreads;
    loaded.threadStart = threadStart;
    loadedPool = loaded;
    return loaded;
  });
  return pool;
}

/**
 * What draws the pixels, as part of every digest: a chart kept in a folder by another build
 * (other chart.js, other drawing code, another native canvas) is drawn again, never reused.
 * The worker's bundle holds chart.js and our drawing code; the native canvas is outside it.
 * Read synchronously, as the folder is (chart-png-cache.ts): only the command line keeps one.
 */
function rendererIdentity(script: string | null): string {
  if (script === null) throw new Error('no chart renderer was set up (useChartWorker names its file)');
  const bundle = createHash('sha256').update(readFileSync(script)).digest('hex');
  const canvas = JSON.parse(canvasPackageText(script)) as { version?: string };
  return `worker ${bundle}, canvas ${canvas.version ?? 'unknown'}`;
}

/**
 * The native canvas's package.json as the worker loads it: in the nearest node_modules up from
 * the worker's folder, where require.resolve finds a package, looked for directly (Node's
 * resolver, run cold, was 3 ms of a command-line export with its charts kept); else Node's own
 * resolution, for any other layout.
 */
function canvasPackageText(script: string): string {
  for (let folder = dirname(script); ; folder = dirname(folder)) {
    try {
      return readFileSync(join(folder, 'node_modules', '@napi-rs', 'canvas', 'package.json'), 'utf8');
    } catch {
      if (dirname(folder) === folder) break;
    }
  }
  return readFileSync(join(dirname(createRequire(script).resolve('@napi-rs/canvas')), 'package.json'), 'utf8');
}

function chartPng(rendererId: string, request: ChartImageRequest): Promise<Buffer> {
  const { chart, width, height, pixelRatio } = request;
  const digest = chartDigest(rendererId, chart, width, height, pixelRatio);
  // The same chart twice at once (two exports of one report) is drawn once.
  const pending = drawing.get(digest);
  if (pending !== undefined) return pending;
  const png = (async () => {
    const cached = cache.get(digest);
    if (cached !== null) return cached;
    const fresh = blankChart ?? (await (await workers()).draw(chart, width, height, pixelRatio));
    drawn += 1;
    await cache.set(digest, fresh);
    return fresh;
  })().finally(() => drawing.delete(digest));
  drawing.set(digest, png);
  return png;
}

export interface DrawingOptions {
  /** Hears of each chart as it is drawn or found drawn. */
  onDrawn?: () => void;
  /** Draw with one thread: the export has more use for the memory than for the speed. */
  oneThread?: boolean;
}

/** Every chart asked for, in order; the ones not cached drawn in parallel. */
export async function drawChartPngs(requests: readonly ChartImageRequest[], { onDrawn, oneThread = false }: DrawingOptions = {}): Promise<Buffer[]> {
  try {
    // Set before any chart is asked for; the pool, when it loads, takes it too.
    mostThreads = oneThread ? 1 : Number.POSITIVE_INFINITY;
    if (loadedPool !== null) loadedPool.mostThreads = mostThreads;
    // In memory only, one process has one renderer; a folder is shared with other builds.
    renderer ??= cache.hasFolder() ? rendererIdentity(workerScript) : 'this process';
    const rendererId = renderer;
    const images = await Promise.all(
      requests.map(async (request) => {
        const png = await chartPng(rendererId, request);
        onDrawn?.();
        return png;
      }),
    );
    await cache.trimFolder();
    return images;
  } catch (error) {
    throw new Error(`The charts could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs `run` (the build's warm-up, cli-warm-up.ts) with every chart not kept drawn as one blank
 * pixel, at once and with no thread: an export with charts then runs the figures' code (planning,
 * digests, the images in the document) as a real one does, so that the snapshot and the code cache
 * keep it compiled (it was 15 ms of an export whose charts were all kept), and node:crypto, which
 * the digests load, is in the snapshot (4.6 ms to load at run time). Everything it drew is
 * forgotten after.
 */
export async function drawBlankChartsWhile<T>(run: () => Promise<T>): Promise<T> {
  // A blank chart kept in a folder would be found by the next export: never there.
  if (cache.hasFolder()) throw new Error('charts are drawn blank only where none is kept in a folder');
  // It forgets every chart held after: never beside an export drawing its own.
  if (drawing.size > 0) throw new Error('charts are drawn blank only where no other chart is being drawn');
  const drawnBefore = drawn;
  blankChart = encodePng(new Uint8Array(4), 1, 1);
  try {
    return await run();
  } finally {
    blankChart = null;
    cache.forgetRemembered();
    drawn = drawnBefore;
    renderer = null;
  }
}
