// The recently used reports, newest first, kept in the preferences store. Paths that have gone
// missing are dropped when the list is read and reported, so the window can say so once.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { RecentFiles } from '../../shared/api';

export const MAX_RECENT_FILES = 10;

/** Where the list lives; electron-store in the app, anything that keeps an array in tests. */
export interface RecentFilesStore {
  read(): string[];
  write(paths: string[]): void;
}

export interface RecentFilesService {
  /** Puts a path at the front, once; the list keeps the newest ten. */
  add(path: string): void;
  remove(path: string): void;
  clear(): void;
  /** The list as the menu and the start screen show it; missing files are taken off and named in `removed`. */
  list(): RecentFiles;
  /** Whether the path is on the list as kept (gone or not): the list is main's own, so the window may open from it. */
  includes(path: string): boolean;
}

function cleanPaths(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

export function createRecentFiles(store: RecentFilesStore, exists: (path: string) => boolean = existsSync): RecentFilesService {
  const read = (): string[] => cleanPaths(store.read());

  return {
    add(path) {
      const full = resolve(path);
      store.write([full, ...read().filter((known) => known !== full)].slice(0, MAX_RECENT_FILES));
    },
    remove(path) {
      const full = resolve(path);
      const paths = read();
      if (paths.includes(full)) store.write(paths.filter((known) => known !== full));
    },
    clear() {
      store.write([]);
    },
    includes(path) {
      return read().includes(resolve(path));
    },
    list() {
      const paths = read();
      const kept = paths.filter((path) => exists(path));
      const removed = paths.filter((path) => !kept.includes(path));
      if (removed.length > 0) store.write(kept);
      return { files: kept.map((path) => ({ path, name: basename(path) })), removed };
    },
  };
}
