// End-to-end tests: the built renderer in Debian's Chromium (project e2e, with the harness in
// test/e2e/harness.ts), and the packaged app through Electron where its binary exists
// (project electron). No test tool here ever downloads a browser.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const chromium = process.env.REPORT_DESK_CHROMIUM ?? '/usr/bin/chromium';

function refuse(reason: string): never {
  console.error(`\nEnd-to-end tests cannot run: ${reason}\n`);
  process.exit(1);
}

if (!existsSync(chromium)) {
  refuse(`Chromium is missing at ${chromium}; install Debian's package (apt-get install chromium) or set REPORT_DESK_CHROMIUM.`);
}
if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
  refuse('the renderer is not built (dist/renderer/index.html is missing); run `npm run build` first.');
}

export default defineConfig({
  globalSetup: './test/electron/report-electron-skip.ts',
  testDir: 'test',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
    // npm run bench only: timings printed, never part of npm test.
    // Without tracing: its DOM snapshots at every action would be measured with the app.
    { name: 'bench', testMatch: 'bench/**/*.bench.ts', use: { trace: 'off', screenshot: 'off' } },
  ],
});
