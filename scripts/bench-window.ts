// The window's figures, from Playwright's bench project (test/bench/typing.bench.ts) run as a
// child process, and the renderer bundle's size, raw and gzipped: its first load and all of it.
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printTable } from './bench-timing';
import { FIRST_LOAD_BUDGET_GZIP_BYTES, rendererFirstLoad, type FirstLoad } from './renderer-first-load';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLAYWRIGHT = join(ROOT, 'node_modules', '.bin', 'playwright');

/** Runs the bench project, its output passed through; its figures, or why there are none. */
export async function measureWindow(folder: string): Promise<Record<string, unknown>> {
  const out = join(folder, 'window.json');
  const history = join(folder, 'window-history.json');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(PLAYWRIGHT, ['test', '--project', 'bench', '--workers=1'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, REPORT_DESK_BENCH_JSON: out, REPORT_DESK_BENCH_HISTORY_JSON: history } });
    child.on('error', reject);
    child.on('close', resolve);
  });
  try {
    const figures = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
    const historyFigures: unknown = await readFile(history, 'utf8').then((text) => JSON.parse(text) as unknown, () => ({ skipped: 'the history’s window benchmark did not finish; its output is above' }));
    return { ...figures, history: historyFigures };
  } catch {
    return { skipped: `the window benchmark did not finish (Playwright exited with ${code}); its output is above` };
  }
}

export interface BundleFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface RendererBundleFigures {
  /** What the window loads before it shows: the scripts index.html names and their static imports. */
  firstLoad: FirstLoad & { budgetGzipBytes: number };
  files: BundleFile[];
  javascriptRawBytes: number;
  javascriptGzipBytes: number;
  cssRawBytes: number;
  cssGzipBytes: number;
  totalRawBytes: number;
  totalGzipBytes: number;
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)])));
  return nested.flat();
}

/** Every file the window loads (source maps are not), with its size gzipped at zlib's default level. */
export async function measureRendererBundle(): Promise<RendererBundleFigures> {
  const dir = join(ROOT, 'dist', 'renderer');
  const names = (await filesUnder(dir)).filter((name) => !name.endsWith('.map')).sort();
  const files: BundleFile[] = [];
  for (const file of names) {
    const bytes = await readFile(join(dir, file));
    files.push({ file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length });
  }
  const sum = (extension: string | null, key: 'rawBytes' | 'gzipBytes') =>
    files.filter((file) => extension === null || extname(file.file) === extension).reduce((total, file) => total + file[key], 0);
  const figures: RendererBundleFigures = {
    firstLoad: { ...(await rendererFirstLoad(dir)), budgetGzipBytes: FIRST_LOAD_BUDGET_GZIP_BYTES },
    files,
    javascriptRawBytes: sum('.js', 'rawBytes'),
    javascriptGzipBytes: sum('.js', 'gzipBytes'),
    cssRawBytes: sum('.css', 'rawBytes'),
    cssGzipBytes: sum('.css', 'gzipBytes'),
    totalRawBytes: sum(null, 'rawBytes'),
    totalGzipBytes: sum(null, 'gzipBytes'),
  };
  const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('The renderer bundle (dist/renderer, source maps aside), gzip at zlib\'s default level:');
  printTable(
    ['files', 'raw', 'gzip'],
    [
      [`JavaScript of the first load (${figures.firstLoad.files.length} ${figures.firstLoad.files.length === 1 ? "file" : "files"}; budget ${kB(FIRST_LOAD_BUDGET_GZIP_BYTES)} gzip)`, kB(figures.firstLoad.rawBytes), kB(figures.firstLoad.gzipBytes)],
      ['JavaScript, all', kB(figures.javascriptRawBytes), kB(figures.javascriptGzipBytes)],
      ['CSS', kB(figures.cssRawBytes), kB(figures.cssGzipBytes)],
      [`all ${files.length} files`, kB(figures.totalRawBytes), kB(figures.totalGzipBytes)],
    ],
  );
  return figures;
}
