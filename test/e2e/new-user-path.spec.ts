// A coordinator's whole first period, through the window only: make a report, enter the
// figures, read the flags and drafts, save, reopen, export, and start the next period.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Locator, Page } from '@playwright/test';
import { readReportFile } from '../../electron/services/report-files';
import { COLOUR } from '../../electron/services/word/word-page';
import { expect, test } from './harness';
import { held } from '../support/sections';

const SEED_PEOPLE: readonly [string, string][] = [
  ['Cyril Flieller', '4'],
  ['Cyril L’Orphelin', '2'],
  ['Pierre Frebault', '6'],
];

/** The seed's figures as a spreadsheet copies them: Availability, Reliability, lu, vu; M1 … M6. */
const SEED_FIGURES = ['99.94\t99.37\t99.92\t99.98\t99.41\t99.93', '99.94\t99.84\t99.92\t99.98\t99.95\t99.93', '4.42\t0.34\t0.36\t0.52\t2.45\t1.91', '0.09\t2.8\t0.4\t0.2\t\t'].join('\n');

const OUR_OVERVIEW = 'A quiet semester: one short outage in M3, handled within the day.';

function cell(page: Page, name: string): Locator {
  return page.getByRole('gridcell', { name: new RegExp(`^${name}:`) });
}

async function addPerson(page: Page, name: string, pm: string): Promise<void> {
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(pm);
  await page.keyboard.press('Enter');
}

async function pasteInto(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((element, clipboardText) => {
    const data = new DataTransfer();
    data.setData('text/plain', clipboardText);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function typeFigure(page: Page, name: string, figure: string): Promise<void> {
  await cell(page, name).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(figure);
  await page.keyboard.press('Enter');
}

test('a new report: figures pasted and typed, flags, drafts, save, reopen, export and next period', async ({ page, harness }) => {
  // Create a report and say whose it is.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('textbox', { name: 'Report title' }).fill('Operations Portal OLA report');
  await page.getByRole('textbox', { name: 'Organisation' }).fill('CNRS');
  await page.getByRole('textbox', { name: 'Service', exact: true }).fill('EGI Operations Portal');

  for (const [name, pm] of SEED_PEOPLE) await addPerson(page, name, pm);
  await expect(page.getByRole('gridcell', { name: 'Total PM: 12' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(
    'The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:',
  );

  // The seed reports lu and vu only.
  await page.getByRole('button', { name: 'Remove Support priority u', exact: true }).click();
  await page.getByRole('button', { name: 'Remove Support priority tp', exact: true }).click();

  await pasteInto(cell(page, 'Availability M1'), SEED_FIGURES);
  await expect(page.getByRole('status').filter({ hasText: /^Pasted \d+ values\.$/ })).toBeVisible();
  await expect(cell(page, 'Availability M6')).toHaveAccessibleName(/99\.93/);
  await expect(cell(page, 'Support priority vu M2')).toHaveAccessibleName(/2\.8/);
  await expect(cell(page, 'Support priority vu M5')).toHaveAccessibleName(/no value/);
  // With the Medium support level, vu must stay within 1 working day: M2's 2.8 is flagged.
  const summary = page.locator('#report-summary');
  await expect(cell(page, 'Support priority vu M2')).toHaveAccessibleName('Support priority vu M2: 2.8 working days, above the 1 working day target');
  await expect(summary).toContainText('1 missed target · 2 months without a value · 0 entries to fix');
  await expect(page.getByRole('textbox', { name: 'General overview' })).toHaveValue(/^Service targets were missed in M2 \(Support priority vu\)/);

  // The person writes their own overview; it is marked as theirs.
  const overview = page.getByRole('textbox', { name: 'General overview' });
  await overview.fill(OUR_OVERVIEW);
  const overviewBlock = page.locator('.narrative').filter({ has: overview });
  await expect(overviewBlock).toContainText('Edited — kept as you wrote it');

  // A figure below target is flagged in words, and the untouched drafts follow it; the overview does not.
  await typeFigure(page, 'Availability M3', '97,2');
  await expect(cell(page, 'Availability M3')).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');
  await expect(summary).toContainText('2 missed targets · 2 months without a value · 0 entries to fix');
  await expect(summary.getByRole('button', { name: 'Go to M3 Availability' })).toBeVisible();
  await expect(overview).toHaveValue(OUR_OVERVIEW);
  const issues = page.getByRole('textbox', { name: 'Issues arising' });
  await expect(issues).toHaveValue('M2: Support priority vu 2.8 working days against a target of 1 working day\nM3: Availability 97.20 % against a target of 99 %');
  await expect(page.locator('.narrative').filter({ has: issues })).toContainText('Draft — follows the data');

  // Save: the scripted dialog answers with a path in this test's folder.
  const savedPath = harness.path('first-semester.rdesk');
  harness.dialogs.savePath = savedPath;
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${savedPath}` })).toBeVisible();
  await expect.poll(() => harness.documentState()).toEqual({ name: 'first-semester.rdesk', path: savedPath, dirty: false });
  await expect(page).toHaveTitle('first-semester.rdesk — Report Desk');
  const onDisk = await readReportFile(savedPath);
  if (!onDisk.ok) throw new Error(onDisk.message);
  expect(onDisk.report.metrics[0]!.values).toEqual([99.94, 99.37, 97.2, 99.98, 99.41, 99.93]);
  expect(held(onDisk.report, 'overview')).toMatchObject({ text: OUR_OVERVIEW, edited: true });

  // Reopen it in a fresh window state: everything is as it was.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activity report');
  harness.dialogs.openPath = savedPath;
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
  await expect(cell(page, 'Availability M3')).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');
  await expect(cell(page, 'Reliability M5')).toHaveAccessibleName(/99\.95/);
  await expect(cell(page, 'Support priority lu M1')).toHaveAccessibleName(/4\.42/);
  await expect(page.getByRole('gridcell', { name: 'Total PM: 12' })).toBeVisible();
  await expect(overview).toHaveValue(OUR_OVERVIEW);
  await expect(overviewBlock).toContainText('Edited — kept as you wrote it');
  await expect(issues).toHaveValue(/M3: Availability 97\.20 % against a target of 99 %$/);

  // Export to Word and read the document back.
  const wordPath = harness.path('first-semester.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  // The Measures draft still holds a prompt per miss: the app says so before exporting.
  const prompts = page.getByRole('alertdialog', { name: '2 prompts are still to complete' });
  await expect(prompts).toContainText('Section 5, Measures planned, still has 2 prompts to complete');
  await prompts.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => harness.shownInFolder).toEqual([wordPath]);
  const docx = await readFile(wordPath);
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  for (const figure of ['99.94', '97.20', '99.84', '4.42', '2.8', OUR_OVERVIEW, 'Cyril L’Orphelin']) expect(text).toContain(figure);
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const cells = xml.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
  const missedCell = cells.find((tableCell) => tableCell.includes('97.20'));
  expect(missedCell, 'the table has a cell holding 97.20').toBeDefined();
  expect(missedCell).toContain(`w:fill="${COLOUR.missFill}"`);
  expect(cells.find((tableCell) => tableCell.includes('99.37'))).not.toContain(`w:fill="${COLOUR.missFill}"`);

  // Next period: a new untitled report with the same people and metrics and no figures.
  const savedBytes = await readFile(savedPath);
  await page.getByRole('button', { name: 'Start Next Period' }).click();
  await page.getByRole('dialog', { name: 'Start the next period' }).getByRole('button', { name: 'Start next period' }).click();
  await expect.poll(() => harness.documentState()).toEqual({ name: 'Untitled', path: null, dirty: true });
  await expect(page).toHaveTitle('Untitled • — Report Desk');
  // The same people; their person-months belong to the period just ended, so start at 0.
  for (const [name] of SEED_PEOPLE) await expect(page.getByRole('gridcell', { name: `${name} PM: 0` })).toBeVisible();
  for (const name of ['Availability', 'Reliability', 'Support priority lu', 'Support priority vu']) {
    for (let month = 1; month <= 6; month += 1) await expect(cell(page, `${name} M${month}`)).toHaveAccessibleName(/no value/);
  }
  await expect(page.getByText('Last period you foresaw:')).toBeVisible();
  expect((await readFile(savedPath)).equals(savedBytes)).toBe(true);
});
