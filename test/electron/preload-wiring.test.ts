// The built preload bundle, run against the stand-in: it exposes the whole Api, each method on
// its own channel, holds early events for the first listener, and carries no library code.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_CHANNELS, APP_EVENT_CHANNEL, type Api, type AppEvent, type InvokeMethod } from '../../shared/api';
import { DROPPED_FILE_CHANNEL } from '../../shared/api-channels';
import { createElectronStandIn } from './electron-stand-in';
import { buildBundles, loadBundle } from './built-bundles';

let folder: string;
let preloadPath: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'preload-wiring-'));
  preloadPath = join(await buildBundles(folder), 'preload.cjs');
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function loadedPreload() {
  const standIn = createElectronStandIn(folder);
  loadBundle(preloadPath, standIn);
  const api = standIn.record.exposed.get('api') as Api | undefined;
  if (api === undefined) throw new Error('the preload exposed no "api"');
  const deliver = (event: AppEvent) => {
    for (const listener of standIn.record.rendererListeners.get(APP_EVENT_CHANNEL) ?? []) listener({}, event);
  };
  return { api, record: standIn.record, deliver };
}

const nextTurn = () => new Promise((done) => setTimeout(done, 5));

describe('the preload', () => {
  test('exposes exactly the Api, and each operation invokes its own channel with its arguments', async () => {
    const { api, record } = loadedPreload();
    const methods = Object.keys(API_CHANNELS) as InvokeMethod[];
    expect(Object.keys(api).sort()).toEqual([...methods, 'onAppEvent', 'pathOfDroppedFile'].sort());
    for (const method of methods) {
      const call = api[method] as (...args: unknown[]) => Promise<unknown>;
      await call(`argument of ${method}`);
      expect(record.invoked.at(-1)).toEqual({
        channel: API_CHANNELS[method],
        args: call.length === 0 ? [] : [`argument of ${method}`],
      });
    }
  });

  test('an event that arrives before the renderer listens is handed to the first listener', async () => {
    const { api, deliver } = loadedPreload();
    deliver({ type: 'open-path', path: '/reports/Q3.rdesk' });
    const seen: AppEvent[] = [];
    api.onAppEvent((event) => seen.push(event));
    await nextTurn();
    expect(seen).toEqual([{ type: 'open-path', path: '/reports/Q3.rdesk' }]);
    deliver({ type: 'command', command: 'save' });
    expect(seen.at(-1)).toEqual({ type: 'command', command: 'save' });
  });

  test('unsubscribing stops the events', async () => {
    const { api, deliver } = loadedPreload();
    const seen: AppEvent[] = [];
    const stop = api.onAppEvent((event) => seen.push(event));
    stop();
    const kept = api.onAppEvent(() => undefined);
    deliver({ type: 'command', command: 'undo' });
    kept();
    expect(seen).toEqual([]);
  });

  test('a dropped file gives its path and tells main, which may then open it; a file with no path on disk gives null', () => {
    const { api, record } = loadedPreload();
    expect(api.pathOfDroppedFile({ path: '/reports/Q3.rdesk' })).toBe('/reports/Q3.rdesk');
    expect(api.pathOfDroppedFile({})).toBeNull();
    expect(record.sent).toEqual([{ channel: DROPPED_FILE_CHANNEL, args: ['/reports/Q3.rdesk'] }]);
  });

  test('is one small self-contained file: it requires only electron and carries no zod', async () => {
    const text = await readFile(preloadPath, 'utf8');
    expect([...text.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(text).not.toMatch(/zod|ZodError/);
  });
});
