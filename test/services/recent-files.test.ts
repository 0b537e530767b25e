import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MAX_RECENT_FILES, createRecentFiles, type RecentFilesStore } from '../../electron/services/recent-files';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recent-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The list as electron-store would hold it; kept in memory, it is not the file system. */
function memoryStore(initial: unknown[] = []): RecentFilesStore & { saved: unknown[]; writes: number } {
  const store = {
    saved: initial,
    writes: 0,
    read: () => store.saved as string[],
    write: (paths: string[]) => {
      store.saved = [...paths];
      store.writes += 1;
    },
  };
  return store;
}

async function report(name: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, '{}');
  return path;
}

describe('recent files', () => {
  test('an opened file goes to the front of the list, once', async () => {
    const [a, b] = [await report('a.rdesk'), await report('b.rdesk')];
    const recent = createRecentFiles(memoryStore());
    recent.add(a);
    recent.add(b);
    recent.add(a);
    expect(recent.list()).toEqual({
      files: [
        { path: a, name: 'a.rdesk' },
        { path: b, name: 'b.rdesk' },
      ],
      removed: [],
    });
  });

  test('the list keeps only the ten newest files', async () => {
    const recent = createRecentFiles(memoryStore());
    const paths: string[] = [];
    for (let index = 0; index < MAX_RECENT_FILES + 3; index += 1) {
      paths.push(await report(`r${index}.rdesk`));
      recent.add(paths[index]!);
    }
    const listed = recent.list().files.map((file) => file.path);
    expect(listed).toHaveLength(10);
    expect(listed[0]).toBe(paths.at(-1));
    expect(listed).not.toContain(paths[2]);
  });

  test('a file that has gone is dropped from the list and reported once as removed', async () => {
    const [kept, gone] = [await report('kept.rdesk'), await report('gone.rdesk')];
    const store = memoryStore();
    const recent = createRecentFiles(store);
    recent.add(kept);
    recent.add(gone);
    await rm(gone);
    expect(recent.list()).toEqual({ files: [{ path: kept, name: 'kept.rdesk' }], removed: [gone] });
    expect(store.saved).toEqual([kept]);
    expect(recent.list().removed).toEqual([]);
  });

  test('reading the list does not write the store when nothing has gone', async () => {
    const store = memoryStore([await report('a.rdesk')]);
    createRecentFiles(store).list();
    expect(store.writes).toBe(0);
  });

  test('a file can be taken off the list, and the whole list cleared', async () => {
    const [a, b] = [await report('a.rdesk'), await report('b.rdesk')];
    const recent = createRecentFiles(memoryStore());
    recent.add(a);
    recent.add(b);
    recent.remove(a);
    expect(recent.list().files.map((file) => file.name)).toEqual(['b.rdesk']);
    recent.clear();
    expect(recent.list().files).toEqual([]);
  });

  test('a relative path is kept as the absolute path of the same file', async () => {
    const path = await report('a.rdesk');
    const recent = createRecentFiles(memoryStore(), () => true);
    const previous = process.cwd();
    process.chdir(folder);
    try {
      recent.add('a.rdesk');
    } finally {
      process.chdir(previous);
    }
    expect(recent.list().files).toEqual([{ path, name: 'a.rdesk' }]);
  });

  test('a store holding something other than paths (hand-edited preferences) reads as the paths in it', async () => {
    const path = await report('a.rdesk');
    const recent = createRecentFiles(memoryStore([42, null, '', path, { path }]));
    expect(recent.list().files).toEqual([{ path, name: 'a.rdesk' }]);
  });
});
