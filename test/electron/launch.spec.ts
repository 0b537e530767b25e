// The real app in Electron, where its binary exists. Machines that cannot download it (this
// project's build machines) skip with the reason; the wiring tests cover main there.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_SKIP_REASON, electronBinary } from './electron-binary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mainBundle = join(root, 'dist', 'electron', 'main.cjs');

const binary = electronBinary(root);
// playwright.config.ts prints the reason once; the list reporter shows only a dash.
test.skip(binary === null, ELECTRON_SKIP_REASON);

let folder: string;
let app: ElectronApplication | null = null;

test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-launch-'));
});

test.afterEach(async () => {
  await app?.close();
  app = null;
  await rm(folder, { recursive: true, force: true });
});

async function launch(...files: string[]): Promise<ElectronApplication> {
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [mainBundle, ...files],
    env: { ...process.env, REPORT_DESK_USER_DATA: join(folder, 'userData') },
  });
  return app;
}

test('the app opens one window titled Report Desk, with the Api and without Node', async () => {
  const window = await (await launch()).firstWindow();
  await expect.poll(() => window.title()).toContain('Report Desk');
  expect(await window.evaluate(() => [typeof (window as unknown as { api?: { saveReport?: unknown } }).api?.saveReport, typeof (globalThis as { require?: unknown }).require])).toEqual([
    'function',
    'undefined',
  ]);
});

test('a report given on the command line opens in the window', async () => {
  const path = join(folder, 'seed-report.rdesk');
  await copyFile(join(root, 'assets', 'examples', 'seed-report.rdesk'), path);
  const started = await launch(path);
  await started.firstWindow();
  const title = () => started.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
  await expect.poll(title).toBe('seed-report.rdesk — Report Desk');
});
