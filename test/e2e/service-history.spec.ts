// A service's history through the window, as a person asked at a review works: a folder of
// period files made here (a renamed metric, a changed target, a missing semester, a file of
// another service and two files for one period), read together, the rename joined and
// remembered, each case shown, the annex and the CSV exported and read back, and the history's
// paragraph put in the overview.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { readCsvRecords } from '../../shared/csv/csv-text';
import { HISTORY_AGREEMENT, HISTORY_SERVICE, writeHistoryFolder } from '../support/history-files';
import { expect, test, type Harness } from './harness';

async function readFolderIntoHistory(page: Page, harness: Harness, folder: string): Promise<void> {
  await page.getByRole('button', { name: 'Service history…' }).click();
  harness.dialogs.historyFolder = folder;
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(page.getByRole('heading', { name: 'Reports found' })).toBeVisible();
}

test('a folder of six semesters reads as one history: each case shown, the rename joined and remembered, the annex and CSV read back', async ({ page, harness }) => {
  const folder = harness.path('OLA reports');
  await writeHistoryFolder(folder);
  const newest = join(folder, 'OLA 2026 S1.rdesk');
  await harness.emitAppEvent({ type: 'open-path', path: newest });
  await expect(page).toHaveTitle('OLA 2026 S1.rdesk — Report Desk');

  // Before anything is read in: the periods in order, the gap, and what does not belong, with why.
  await readFolderIntoHistory(page, harness, folder);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`History of ${HISTORY_SERVICE}`);
  const periods = page.getByRole('list', { name: 'Periods read' }).getByRole('listitem');
  await expect(periods).toHaveText([
    /January – June 2023\s*OLA 2023 S1\.rdesk/,
    /July – December 2023\s*OLA 2023 S2\.rdesk/,
    /January – June 2024\s*OLA 2024 S1\.rdesk/,
    /January – June 2025\s*OLA 2025 S1\.rdesk/,
    /July – December 2025\s*OLA 2025 S2\.rdesk/,
    /January – June 2026\s*OLA 2026 S1\.rdesk/,
  ]);
  await expect(page.getByText('No report for July – December 2024: a gap in every series.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Left out' }).getByRole('listitem')).toHaveText([
    `Another service 2025 S1.rdesk is a report of “EGI Check-in” under “${HISTORY_AGREEMENT}”, not of “${HISTORY_SERVICE}” under “${HISTORY_AGREEMENT}”.`,
    'OLA 2025 S2 (first draft).rdesk is a second file for July – December 2025; the newer one, “OLA 2025 S2.rdesk”, is kept.',
  ]);
  await page.getByRole('button', { name: 'Read them into the history' }).click();

  // The renamed metric: apart until joined, then one series, and the join is remembered.
  const grid = page.getByRole('region', { name: 'Month by month, every period' });
  await expect(grid.getByRole('rowheader', { name: 'Service availability' })).toBeVisible();
  await page.getByRole('combobox', { name: 'The metric “Service availability” is the same as' }).selectOption('Availability');
  await page.getByRole('button', { name: 'Join “Service availability” to “Availability”' }).click();
  await expect(grid.getByRole('rowheader', { name: 'Availability (formerly Service availability)' })).toBeVisible();
  await expect(grid.getByRole('rowheader', { name: 'Service availability', exact: true })).toHaveCount(0);
  expect(harness.historyJoins.joinsOf({ service: HISTORY_SERVICE, agreement: HISTORY_AGREEMENT })).toEqual([{ kind: 'metric', from: 'Service availability', to: 'Availability' }]);

  // The changed target, as it was in each period; a miss marked in words as well as colour.
  const availabilityRow = grid.getByRole('row', { name: /^Availability \(formerly/ });
  await expect(availabilityRow.getByRole('cell').first()).toHaveText('≥ 98 %, then ≥ 99 % from January – June 2024');
  await expect(grid.getByRole('cell', { name: 'Availability Mar 2023: 97.50 %, below the 98 % target' })).toHaveText('▼ 97.50');
  await expect(grid.getByRole('cell', { name: 'Availability Sep 2023: 98.80 %, meets the 98 % target' })).toBeVisible();
  const periodTable = page.getByRole('table', { name: 'Each metric period by period' });
  await expect(periodTable.getByRole('row', { name: /July – December 2023/ }).first()).toContainText('≥ 98 %99.22 %6 of 6Sep 2023: 98.80 %');
  await expect(periodTable.getByRole('row', { name: /January – June 2025/ }).first()).toContainText('≥ 99 %98.98 %4 of 6 (2 missed)Jun 2025: 97.90 %');

  // The missing semester: a gap of its own in the months, drawn as the grid scrolls to it.
  await grid.evaluate((box) => (box.scrollLeft = 1400));
  await expect(grid.getByRole('columnheader', { name: 'No report: July – December 2024' })).toBeVisible();
  await expect(grid.getByRole('cell', { name: 'Availability Sep 2024: no report for this month' })).toBeVisible();

  // A chart per metric, each made and drawn as it comes near the view, described from the start.
  const charts = page.locator('section[aria-labelledby="history-charts"] figure');
  const chartCount = await charts.count();
  expect(chartCount).toBeGreaterThan(1);
  await expect(charts.first().getByRole('img')).toHaveAttribute('aria-label', /Availability/);
  for (let index = 0; index < chartCount; index += 1) {
    await charts.nth(index).scrollIntoViewIfNeeded();
    await expect(charts.nth(index)).toHaveAttribute('data-drawn', 'true');
  }

  // Runs of misses across periods, named.
  await expect(page.getByRole('list', { name: 'Runs of misses' }).getByRole('listitem')).toHaveText(['Availability below target in 3 consecutive months, May – July 2025, across two periods.']);

  // Effort per person per period, and the totals against the plan.
  const effort = page.getByRole('region', { name: 'Effort by period' });
  await expect(effort.getByRole('row', { name: /^Cyril Flieller/ })).toHaveText(/Cyril Flieller\s*2\s*3\s*3\s*4/);
  await expect(effort.getByRole('row', { name: /^Total PM/ })).toHaveText(/Total PM\s*10\s*10\s*13\s*14\s*14\s*14/);

  // The notes of past misses, found by a word of them.
  await page.getByRole('searchbox', { name: 'Search the notes' }).fill('MIGRATION');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('2 notes of 4 found');
  await expect(page.getByRole('list', { name: 'Notes and measures' }).getByRole('listitem')).toHaveCount(2);

  // The annex: a document of its own, read back.
  harness.dialogs.historyExportPath = harness.path('Portal history.docx');
  await page.getByRole('button', { name: 'Export annex to Word…' }).click();
  await expect(page.getByText(`Exported to ${harness.path('Portal history.docx')}`)).toBeVisible({ timeout: 30_000 });
  const annex = await JSZip.loadAsync(await readFile(harness.path('Portal history.docx')));
  const xml = await annex.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(`History of ${HISTORY_SERVICE}`);
  expect(text).toContain('Availability (formerly Service availability)');
  expect(text).toContain('Availability below target in 3 consecutive months, May – July 2025, across two periods.');
  expect(text).toContain('Left out:');
  expect(Object.keys(annex.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(3);

  // The CSV, read back through the same library the import reads with.
  harness.dialogs.historyExportPath = harness.path('Portal history');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByText(`Exported to ${harness.path('Portal history.csv')}`)).toBeVisible();
  const csv = await readFile(harness.path('Portal history.csv'), 'utf8');
  expect(csv.startsWith('\ufeffperiod,month,metric,group,key,value,unit,target,met,note\r\n')).toBe(true);
  const records = readCsvRecords(csv, ',');
  if (!records.ok) throw new Error(records.message);
  expect(records.records.map((record) => record.cells).find((cells) => cells[1] === '2025-06' && cells[2] === 'Availability')).toEqual([
    'January – June 2025', '2025-06', 'Availability', '', '', '97.9', '%', '99', 'no', 'Database migration overran.',
  ]);

  // Another day: the join is still made.
  await harness.relaunch();
  await harness.emitAppEvent({ type: 'open-path', path: newest });
  await readFolderIntoHistory(page, harness, folder);
  await page.getByRole('button', { name: 'Read them into the history' }).click();
  await expect(page.getByRole('list', { name: 'Names joined' })).toHaveText(/“Service availability” is read as “Availability”/);

  // The paragraph goes into the open report's overview, one undo step.
  await page.getByRole('button', { name: 'Add to the overview' }).click();
  await expect(page.getByRole('button', { name: 'Service history…' })).toBeVisible();
  const overview = page.getByRole('textbox', { name: /General overview/ });
  await expect(overview).toHaveValue(/Availability has met its target in 32 of 36 months since January 2023\./);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(overview).not.toHaveValue(/has met its target in/);
});
