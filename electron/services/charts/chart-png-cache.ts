// Charts already drawn, by a digest of everything that decides their pixels: the chart's
// description (its data, labels, targets and the theme's colours), its size and pixel ratio,
// and the renderer that draws it. In memory for the life of the process; the command line,
// a new process each time, also keeps them in a folder of the user's cache (see README). The
// folder is the command line's alone (the app keeps its charts in memory), and it reads the folder
// synchronously: a command does nothing else meanwhile, and each read through the thread pool
// waited for the main thread, busy building the document, to hear that it was done.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, utimesSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportChart } from '../../../shared/chart-config';

/** Enough for every chart of a few hundred-metric reports; the oldest used go first. */
const MEMORY_BYTES = 64 * 1024 * 1024;
/** Files kept in the folder (charts are 10–60 kB); past that, the least recently used go. */
const FOLDER_FILES = 2000;
const FOLDER_FILES_KEPT = 1600;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** A whole PNG: its signature first and its end chunk last, so a cut or foreign file is never used. */
function isWholePng(bytes: Buffer): boolean {
  return bytes.length > PNG_SIGNATURE.length + PNG_END.length && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.subarray(-8).equals(PNG_END);
}

export function chartDigest(renderer: string, chart: ReportChart, width: number, height: number, pixelRatio: number): string {
  return createHash('sha256').update(JSON.stringify([renderer, chart.config, width, height, pixelRatio])).digest('hex');
}

export class ChartPngCache {
  private readonly memory = new Map<string, Buffer>();
  private memoryBytes = 0;
  private folder: string | null = null;
  private written = 0;

  /** Also keep charts in `folder` (created when first written), or only in memory (null). */
  useFolder(folder: string | null): void {
    this.folder = folder;
  }

  hasFolder(): boolean {
    return this.folder !== null;
  }

  /** Whether no chart is kept, in memory or in the folder: every chart asked for will be drawn. */
  keepsNone(): boolean {
    if (this.memory.size > 0) return false;
    if (this.folder === null) return true;
    let names: string[] = [];
    try {
      names = readdirSync(this.folder);
    } catch {
      // No folder yet, or one that cannot be read: nothing is kept.
    }
    return !names.some((name) => name.endsWith('.png'));
  }

  get(digest: string): Buffer | null {
    const remembered = this.memory.get(digest);
    if (remembered !== undefined) {
      // Most recently used last: the first entries are the ones to forget.
      this.memory.delete(digest);
      this.memory.set(digest, remembered);
      return remembered;
    }
    if (this.folder === null) return null;
    const path = join(this.folder, `${digest}.png`);
    let stored: Buffer;
    try {
      stored = readFileSync(path);
    } catch {
      // A cache that cannot be read is a cache that misses: the chart is drawn.
      return null;
    }
    if (!isWholePng(stored)) return null;
    try {
      // Marked as used, for the trimming of the folder; a mark that fails only makes it go sooner.
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // (above)
    }
    this.remember(digest, stored);
    return stored;
  }

  async set(digest: string, png: Buffer): Promise<void> {
    this.remember(digest, png);
    if (this.folder === null) return;
    // Written beside and renamed: another process reads the whole chart or none. A failure only costs a later draw.
    const path = join(this.folder, `${digest}.png`);
    const temp = join(this.folder, `.${digest}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFile(temp, png);
      await rename(temp, path);
      this.written += 1;
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** Once an export has written its new charts: the folder back under its bound, the least recently used removed. */
  async trimFolder(): Promise<void> {
    if (this.folder === null || this.written === 0) return;
    this.written = 0;
    const folder = this.folder;
    const names = await readdir(folder).catch(() => []);
    if (names.length <= FOLDER_FILES) return;
    const used = await Promise.all(names.map(async (name) => ({ name, at: (await stat(join(folder, name)).catch(() => null))?.mtimeMs ?? 0 })));
    used.sort((a, b) => a.at - b.at);
    await Promise.all(used.slice(0, used.length - FOLDER_FILES_KEPT).map(({ name }) => rm(join(folder, name), { force: true }).catch(() => undefined)));
  }

  /** Forgets every chart held in memory (the folder keeps its own). */
  forgetRemembered(): void {
    this.memory.clear();
    this.memoryBytes = 0;
  }

  private remember(digest: string, png: Buffer): void {
    if (this.memory.has(digest)) return;
    this.memory.set(digest, png);
    this.memoryBytes += png.length;
    for (const [oldest, bytes] of this.memory) {
      if (this.memoryBytes <= MEMORY_BYTES) break;
      this.memory.delete(oldest);
      this.memoryBytes -= bytes.length;
    }
  }
}
