// The README's pictures of the main window, with the seed example open, in both themes. Every
// run takes and checks them, into the test's output folder; only REPORT_DESK_UPDATE_SCREENSHOTS=1
// (npm run screenshots) replaces the tracked ones in assets/screenshots.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_EXAMPLE, expect, test } from './harness';

const SCREENSHOTS = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'assets', 'screenshots');
const UPDATE_TRACKED = process.env.REPORT_DESK_UPDATE_SCREENSHOTS === '1';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.use({ viewport: { width: 1440, height: 900 } });

const PICTURES = [
  { colorScheme: 'light', file: 'main-window.png', section: null },
  { colorScheme: 'dark', file: 'main-window-dark.png', section: null },
  { colorScheme: 'light', file: 'performance-section.png', section: 'Performance against service targets' },
] as const;

for (const { colorScheme, file, section } of PICTURES) {
  test(`takes ${file}: the ${colorScheme} main window with the seed example open${section === null ? '' : `, at ${section}`}`, async ({ page, harness }, testInfo) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await harness.emitAppEvent({ type: 'open-path', path: SEED_EXAMPLE });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
    await expect(page).toHaveTitle('seed-report.rdesk — Report Desk');
    await expect(page.locator('canvas[role="img"]')).toHaveCount(4);
    // Fonts and chart canvases settle before the picture is taken.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));

    if (section !== null) {
      await page.getByRole('heading', { name: section }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      // Charts are drawn as they come near the view: the section's three, before the picture.
      await expect(page.locator('.chart-grid figure[data-drawn="true"]')).toHaveCount(3);
    }
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    const path = UPDATE_TRACKED ? join(SCREENSHOTS, file) : testInfo.outputPath(file);
    await mkdir(dirname(path), { recursive: true });
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    expect(pngSize(await readFile(path))).toEqual({ width: 1440, height: 900 });
  });
}
