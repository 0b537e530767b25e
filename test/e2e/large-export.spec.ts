// An export of more charts than a document can hold: the window says so first, shows how far
// the export has gone once it takes more than a second, and Cancel leaves no file. A name or a
// unit holding U+202E turns only itself around in the window, never the words after it.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Locator } from '@playwright/test';
import { createReport, customMetric } from '../../shared/report-building';
import { writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { expect, test } from './harness';
import { openInApp } from './seed-steps';
import { editSection } from '../../shared/section-text';

// A hundred charts are drawn while the test waits: up to half a minute under load.
test.describe.configure({ timeout: 120_000 });

const RLO = '\u202e';

/**
 * Three years: the export still runs for 2 s or more once its progress shows, so Cancel finds it
 * running (over six months, exported faster since the charts' pictures are XML text, it could end first).
 */
const MONTHS = 36;

/** 120 metrics over three years, each with a chart; the first named and measured with an override, and missed in the second month. */
function manyCharts(): Report {
  const base = createReport({ title: 'Many services', months: MONTHS });
  const months = (index: number) => Array.from({ length: MONTHS }, (_, month) => Math.round((99.5 + ((month + index) % 5) / 10) * 100) / 100);
  const metrics = Array.from({ length: 120 }, (_, index) => ({
    ...customMetric(MONTHS, { name: `Service ${index + 1} availability`, unit: '%', direction: 'higher-is-better', target: 99 }),
    id: `metric-${index + 1}`,
    values: months(index),
  }));
  metrics[0] = { ...metrics[0]!, name: `Avail${RLO}ability`, unit: `%${RLO}`, values: months(0).map((value, month) => (month === 1 ? 90 : value)) };
  return editSection({ ...base, metrics }, 'measures', 'Move the probe.');
}

/** Where a word of the item's text starts on the screen, left to right. */
function wordLeft(item: Locator, word: string): Promise<number | null> {
  return item.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return range.getBoundingClientRect().left;
    }
    return null;
  }, word);
}

test('a unit with U+202E leaves the summary’s words in order; an export of 120 charts warns, shows progress, cancels without a file, then writes 100', async ({ page, harness }) => {
  const path = harness.path('many.rdesk');
  await writeFile(path, writeReportText(manyCharts()), 'utf8');
  await openInApp(harness, path);

  // The miss in the summary: its words read left to right after the name and the unit.
  const miss = page.locator('.summary-item-missed').first();
  await expect(miss).toContainText('below the 99');
  const [below, target] = [await wordLeft(miss, 'below'), await wordLeft(miss, 'target')];
  expect(below).not.toBeNull();
  expect(below!).toBeLessThan(target!);

  const wordPath = harness.path('many.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const warning = page.getByRole('dialog', { name: 'More charts than a document can hold' });
  await expect(warning).toContainText("This report's figures make 120 charts; the Word document shows 100 of them");
  await warning.getByRole('button', { name: 'Export' }).click();

  // Drawing a hundred charts takes more than a second: the status shows how far, with Cancel.
  const progress = page.getByRole('progressbar', { name: /^Exporting to many\.docx/ });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export to many.docx cancelled: nothing was written.' })).toBeVisible();
  expect(existsSync(wordPath)).toBe(false);
  expect((await readFile(path, 'utf8')).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export to Word' }).click();
  await warning.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible({ timeout: 90_000 });
  const { value: text } = await mammoth.extractRawText({ buffer: await readFile(wordPath) });
  expect(text).toContain('The figures make 120 charts, more than a document can usefully hold: shown below are the one that shows a missed target and the first 99 of the others');
});
