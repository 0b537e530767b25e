// The README's pictures of the main window, with the seed example open, in both themes. Every
// run takes and checks them, into the test's output folder; only REPORT_DESK_UPDATE_SCREENSHOTS=1
// (npm run screenshots) replaces the tracked ones in assets/screenshots.
import { copyFile, mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_EXAMPLE, expect, test } from './harness';
import { HISTORY_AGREEMENT, HISTORY_SERVICE, writeHistoryFolder } from '../support/history-files';
import { ownTemplatesFolder, saveTemplateFile } from '../../electron/services/template-files';
import { templateFromReport } from '../../shared/templates/template-building';
import { readReportText } from '../../shared/report-file';
import { buildTemplate, layoutTemplates } from '../support/word-templates';

const SCREENSHOTS = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'assets', 'screenshots');
const UPDATE_TRACKED = process.env.REPORT_DESK_UPDATE_SCREENSHOTS === '1';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.use({ viewport: { width: 1440, height: 900 } });

async function settle(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
}

async function take(page: import('@playwright/test').Page, file: string, outputPath: (name: string) => string): Promise<void> {
  const path = UPDATE_TRACKED ? join(SCREENSHOTS, file) : outputPath(file);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  expect(pngSize(await readFile(path))).toEqual({ width: 1440, height: 900 });
}

const EXAMPLES = join(dirname(SEED_EXAMPLE));

test.describe('the start screen', () => {
  test.use({ launch: 'start-screen' });

  test('takes start-screen.png: the recent reports at launch, last period’s first, and the templates', async ({ page, harness }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const files = [
      { name: 'Operations Portal OLA report January – June 2025.rdesk', from: 'seed-report.rdesk', changed: new Date(2025, 6, 4, 16, 20) },
      { name: 'Operations Portal OLA report July – December 2025.rdesk', from: 'next-period-report.rdesk', changed: new Date(2026, 0, 9, 11, 5) },
    ];
    for (const { name, from, changed } of files) {
      await copyFile(join(EXAMPLES, from), harness.path(name));
      await utimes(harness.path(name), changed, changed);
      harness.recentFiles.add(harness.path(name));
    }
    // One of the person's own templates beside the shipped ones.
    const seed = readReportText(await readFile(SEED_EXAMPLE, 'utf8'));
    if (!seed.ok) throw new Error(seed.message);
    await mkdir(ownTemplatesFolder(harness.userData), { recursive: true });
    await saveTemplateFile(join(ownTemplatesFolder(harness.userData), 'Operations Portal OLA report.rdesk-template'), templateFromReport(seed.report, { name: 'Operations Portal OLA report', description: 'Our semester report to EGI', keepWords: new Set() }));
    await harness.relaunch();
    await expect(page.getByRole('list', { name: 'Recent reports' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'Your templates' }).getByRole('listitem')).toHaveCount(1);
    await settle(page);
    await take(page, 'start-screen.png', (name) => testInfo.outputPath(name));
  });
});

test('takes next-period.png: the next period’s figures beside the previous period’s', async ({ page, harness }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await harness.emitAppEvent({ type: 'open-path', path: join(EXAMPLES, 'next-period-report.rdesk') });
  await expect(page.getByRole('columnheader', { name: 'Previous period' })).toBeVisible();
  await page.getByRole('heading', { name: 'Performance against service targets' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await settle(page);
  await take(page, 'next-period.png', (name) => testInfo.outputPath(name));
});

test('takes history.png: a service’s history, six semesters read together', async ({ page, harness }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const folder = harness.path('OLA reports');
  await writeHistoryFolder(folder);
  await harness.emitAppEvent({ type: 'open-path', path: join(folder, 'OLA 2026 S1.rdesk') });
  await expect(page).toHaveTitle('OLA 2026 S1.rdesk — Report Desk');
  harness.historyJoins.save({ service: HISTORY_SERVICE, agreement: HISTORY_AGREEMENT }, [{ kind: 'metric', from: 'Service availability', to: 'Availability' }]);
  await page.getByRole('button', { name: 'Service history…' }).click();
  harness.dialogs.historyFolder = folder;
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await page.getByRole('button', { name: 'Read them into the history' }).click();
  await page.getByRole('heading', { name: 'For the overview' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.getByRole('region', { name: 'Month by month, every period' }).evaluate((box) => (box.scrollLeft = 1780));
  await settle(page);
  await take(page, 'history.png', (name) => testInfo.outputPath(name));
});

test('takes word-template-details.png: a Word template chosen in the report details, and the style each part takes', async ({ page, harness }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const template = harness.path('EGI OLA report.dotx');
  await writeFile(template, await buildTemplate(layoutTemplates()['a4-logo']!));
  await harness.emitAppEvent({ type: 'open-path', path: SEED_EXAMPLE });
  await expect(page).toHaveTitle('seed-report.rdesk — Report Desk');
  await page.getByRole('button', { name: 'Edit report details' }).click();
  harness.dialogs.wordTemplatePath = template;
  await page.getByRole('button', { name: 'Choose a Word template…' }).click();
  const details = page.getByRole('group', { name: 'Word template' });
  await expect(details.getByRole('table')).toBeVisible();
  await details.evaluate((group) => group.scrollIntoView({ block: 'center' }));
  await settle(page);
  await take(page, 'word-template-details.png', (name) => testInfo.outputPath(name));
});

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
