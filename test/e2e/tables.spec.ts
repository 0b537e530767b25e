// The two data tables as a report coordinator uses them: spreadsheet keys, pasting from Excel
// or LibreOffice, entries that are not numbers, misses, adding metrics, people and their PM.
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import { expect, test, type Harness } from './harness';
import { openInApp } from './seed-steps';

async function openReport(page: Page, harness: Harness, report: Report = seedReport()): Promise<void> {
  const path = harness.path('report.rdesk');
  await writeFile(path, writeReportText(report), 'utf8');
  await openInApp(harness, path);
  await expect(performance(page)).toBeVisible();
}

function performance(page: Page): Locator {
  return page.getByRole('grid', { name: 'Performance against service targets' });
}

function effort(page: Page): Locator {
  return page.getByRole('grid', { name: 'Effort: people and person-months' });
}

/** A month cell by the words a screen reader hears first: "Availability M3: …". */
function cell(page: Page, metric: string, month: string): Locator {
  return performance(page).getByRole('gridcell', { name: new RegExp(`^${metric} ${month}:`) });
}

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((clipboardText) => navigator.clipboard.writeText(clipboardText), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('Enter commits and moves down, Tab in an editor moves right, arrows move, Escape cancels', async ({ page, harness }) => {
  await openReport(page, harness);
  await cell(page, 'Availability', 'M3').click();
  await page.keyboard.type('97,2');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Availability', 'M3')).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');
  await expect(cell(page, 'Reliability', 'M3')).toBeFocused();

  await page.keyboard.type('99,5');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Reliability', 'M3')).toHaveAccessibleName(/^Reliability M3: 99.50 %/);
  await expect(cell(page, 'Reliability', 'M4')).toBeFocused();

  await page.keyboard.type('99');
  await page.keyboard.press('Shift+Tab');
  await expect(cell(page, 'Reliability', 'M4')).toHaveAccessibleName(/^Reliability M4: 99.00 %/);
  await expect(cell(page, 'Reliability', 'M3')).toBeFocused();
  // Not editing: the grid is one Tab stop; Tab leaves it and Shift+Tab comes back to the same cell.
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Reliability', 'M3')).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cell(page, 'Reliability', 'M3')).toBeFocused();
  await page.keyboard.press('ArrowRight');

  await page.keyboard.press('ArrowUp');
  await expect(cell(page, 'Availability', 'M4')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(page, 'Availability', 'M3')).toBeFocused();
  // Down from Reliability skips the group heading row to the first priority.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'Support priority lu', 'M3')).toBeFocused();

  await page.keyboard.press('F2');
  const editor = performance(page).getByRole('textbox', { name: 'Support priority lu M3' });
  await expect(editor).toHaveValue('0.36');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(cell(page, 'Support priority lu', 'M3')).toBeFocused();
  await expect(cell(page, 'Support priority lu', 'M3')).toHaveAccessibleName(/^Support priority lu M3: 0.36 working days/);
});

test('Delete clears a figure to no value, and Ctrl+Z outside an editor undoes it', async ({ page, harness }) => {
  await openReport(page, harness);
  await cell(page, 'Availability', 'M2').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await expect(cell(page, 'Availability', 'M2')).toHaveAccessibleName('Availability M2: no value');
  await expect(cell(page, 'Availability', 'M2')).toHaveText('—');

  await page.keyboard.press('ControlOrMeta+Z');
  await expect(cell(page, 'Availability', 'M2')).toHaveAccessibleName(/^Availability M2: 99.37 %/);
});

for (const way of ['Ctrl+Z', 'Undo from the Edit menu'] as const) {
  test(`${way} inside an open editor undoes the typing, not the report`, async ({ page, harness }) => {
    await openReport(page, harness);
    await cell(page, 'Availability', 'M1').click();
    await page.keyboard.type('98');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Availability', 'M1')).toHaveAccessibleName(/^Availability M1: 98.00 %/);

    await cell(page, 'Reliability', 'M1').click();
    const editor = performance(page).getByRole('textbox', { name: 'Reliability M1' });
    await page.keyboard.type('12');
    await expect(editor).toHaveValue('12');
    if (way === 'Ctrl+Z') await page.keyboard.press('ControlOrMeta+Z');
    else await harness.emitAppEvent({ type: 'command', command: 'undo' });
    await expect(editor).toHaveValue('99.94');
    // Redo brings the typing back, and undo takes it away again: the editor's own steps.
    if (way === 'Ctrl+Z') await page.keyboard.press('ControlOrMeta+Y');
    else await harness.emitAppEvent({ type: 'command', command: 'redo' });
    await expect(editor).toHaveValue('12');
    if (way === 'Ctrl+Z') await page.keyboard.press('ControlOrMeta+Z');
    else await harness.emitAppEvent({ type: 'command', command: 'undo' });
    await expect(editor).toHaveValue('99.94');
    await page.keyboard.press('Escape');
    // The earlier edit of Availability M1 is still there: the app's undo did not run.
    await expect(cell(page, 'Availability', 'M1')).toHaveAccessibleName(/^Availability M1: 98.00 %/);
    // Away from the editor, the same undo undoes the report.
    if (way === 'Ctrl+Z') await page.keyboard.press('ControlOrMeta+Z');
    else await harness.emitAppEvent({ type: 'command', command: 'undo' });
    await expect(cell(page, 'Availability', 'M1')).toHaveAccessibleName(/^Availability M1: 99.94 %/);
  });
}

test('in an open editor, a caret moved between characters ends an undo step, as in a text field', async ({ page, harness }) => {
  await openReport(page, harness);
  await cell(page, 'Reliability', 'M1').click();
  const editor = performance(page).getByRole('textbox', { name: 'Reliability M1' });
  await page.keyboard.type('995');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('.');
  await expect(editor).toHaveValue('9.95');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor).toHaveValue('995');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor).toHaveValue('99.94');
});

test('Undo from the menu in an editor with nothing typed does nothing: not the report, not another field’s typing', async ({ page, harness }) => {
  await openReport(page, harness);
  const overview = page.getByRole('textbox', { name: 'General overview' });
  await overview.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' More to say.');
  await expect(overview).toHaveValue(/ More to say\.$/);

  await cell(page, 'Availability', 'M1').click();
  const editor = performance(page).getByRole('textbox', { name: 'Availability M1' });
  await expect(editor).toBeFocused();
  await harness.emitAppEvent({ type: 'command', command: 'undo' });
  await harness.emitAppEvent({ type: 'command', command: 'redo' });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('99.94');
  await expect(overview).toHaveValue(/ More to say\.$/);
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Availability', 'M1')).toHaveAccessibleName(/^Availability M1: 99.94 %/);
});


test('a block pasted from a spreadsheet fills rightwards and downwards, decimal commas and % accepted', async ({ page, harness }) => {
  await openReport(page, harness);
  await cell(page, 'Availability', 'M5').click();
  await page.keyboard.press('Escape');
  await paste(page, '98,5\t99,10 %\t97\r\n99,2\t\t96\r\n');

  await expect(cell(page, 'Availability', 'M5')).toHaveAccessibleName(/^Availability M5: 98.50 %, below/);
  await expect(cell(page, 'Availability', 'M6')).toHaveAccessibleName(/^Availability M6: 99.10 %/);
  await expect(cell(page, 'Reliability', 'M5')).toHaveAccessibleName(/^Reliability M5: 99.20 %/);
  await expect(cell(page, 'Reliability', 'M6')).toHaveAccessibleName('Reliability M6: no value');
  await expect(page.getByRole('status').filter({ hasText: 'Pasted 4 values.' })).toHaveText(
    'Pasted 4 values. 2 values did not fit in the table and were ignored.',
  );
});

test('an entry that is not a number stays in its cell, marked with its message, until fixed', async ({ page, harness }) => {
  await openReport(page, harness);
  const m3 = cell(page, 'Availability', 'M3');
  await m3.click();
  await page.keyboard.type('99,9x');
  await page.keyboard.press('Enter');

  const marked = page.locator('#cell-availability-2');
  await expect(marked).toHaveAttribute('aria-invalid', 'true');
  await expect(marked).toContainText('99,9x');
  await expect(marked).toContainText('not a number');
  await expect(marked).toHaveAccessibleDescription("M3 Availability: '99,9x' is not a number");
  await expect(page.getByRole('button', { name: "M3 Availability: '99,9x' is not a number" })).toBeVisible();

  // Enter reopens the entry as typed; the report kept 99.92 meanwhile.
  await marked.focus();
  await page.keyboard.press('Enter');
  const editor = performance(page).getByRole('textbox', { name: 'Availability M3' });
  await expect(editor).toHaveValue('99,9x');
  await editor.fill('99,9');
  await page.keyboard.press('Enter');
  await expect(marked).not.toHaveAttribute('aria-invalid', 'true');
  await expect(marked).toHaveAccessibleName('Availability M3: 99.90 %, meets the 99 % target');
  await expect(page.getByRole('button', { name: "M3 Availability: '99,9x' is not a number" })).toHaveCount(0);
});

test('a miss is flagged by an icon and words, not only by colour; a missing value says so', async ({ page, harness }) => {
  await openReport(page, harness, reportWithMisses());
  const miss = cell(page, 'Availability', 'M3');
  await expect(miss).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');
  await expect(miss).toContainText('▼');
  await expect(cell(page, 'Support priority vu', 'M2')).toHaveAccessibleName('Support priority vu M2: 2.8 working days, above the 1 working day target');
  await expect(cell(page, 'Support priority vu', 'M2')).toContainText('▲');
  await expect(cell(page, 'Support priority vu', 'M5')).toHaveAccessibleName('Support priority vu M5: no value');
  await expect(performance(page).getByRole('gridcell', { name: 'Availability: target met in 5 of 6 months' })).toBeVisible();
  const background = await miss.evaluate((element) => getComputedStyle(element).backgroundColor);
  const metBackground = await cell(page, 'Availability', 'M1').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe(metBackground);
});

test('a preset metric and a custom one are added from the dialog', async ({ page, harness }) => {
  await openReport(page, harness);
  await page.getByRole('button', { name: 'Remove Reliability' }).click();
  await expect(cell(page, 'Reliability', 'M1')).toHaveCount(0);

  await page.getByRole('button', { name: 'Add metric' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a metric' });
  await expect(dialog.getByRole('button', { name: 'Add Availability (%)' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Add Reliability (%)' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cell(page, 'Reliability', 'M1')).toBeFocused();
  await expect(performance(page).getByRole('gridcell', { name: 'Reliability target: at least 99 %' })).toBeVisible();

  // The seed has lu and vu of Support priority: the preset offers the two it lacks.
  await page.getByRole('button', { name: 'Add metric' }).click();
  const completeGroup = dialog.getByRole('button', { name: 'Add the missing u, tp' });
  await expect(completeGroup).toHaveAccessibleDescription(/^2 of 4 already in the table\./);
  await completeGroup.click();
  await expect(cell(page, 'Support priority u', 'M1')).toBeFocused();
  const firstMonthOfGroup = performance(page).getByRole('gridcell', { name: /^Support priority \w+ M1:/ });
  expect((await firstMonthOfGroup.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label')))).map((name) => name?.split(' ')[2])).toEqual([
    'lu',
    'u',
    'vu',
    'tp',
  ]);

  await page.getByRole('button', { name: 'Add metric' }).click();
  await expect(dialog.getByRole('button', { name: 'Add Support priority (working days)' })).toBeDisabled();
  await dialog.getByLabel('Name', { exact: true }).fill('Tickets reopened');
  await dialog.getByLabel('Unit', { exact: true }).fill('tickets');
  await dialog.getByRole('radio', { name: /Lower/ }).check();
  await dialog.getByLabel('Target', { exact: true }).fill('2,x');
  await dialog.getByRole('button', { name: 'Add metric' }).click();
  await expect(dialog.getByLabel('Target', { exact: true })).toHaveAccessibleDescription(/Target: '2,x' is not a number/);
  await dialog.getByLabel('Target', { exact: true }).fill('2,5');
  await dialog.getByRole('button', { name: 'Add metric' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(performance(page).getByRole('gridcell', { name: 'Tickets reopened target: at most 2.5 tickets' })).toBeVisible();
  await expect(performance(page).getByRole('button', { name: 'Tickets reopened direction: lower is better' })).toBeVisible();

  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Tickets reopened', 'M1')).toHaveAccessibleName('Tickets reopened M1: 3 tickets, above the 2.5 tickets target');
});

test('a metric moves with its buttons and with Alt+arrows; a group moves as a whole', async ({ page, harness }) => {
  await openReport(page, harness);
  const parameters = performance(page).getByRole('rowheader');
  await expect(parameters).toHaveText(['Availability (%)', 'Reliability (%)', 'Support priority (working days)', 'Support priority lu', 'Support priority vu']);
  await page.getByRole('button', { name: 'Move Reliability up' }).click();
  await expect(parameters).toHaveText(['Reliability (%)', 'Availability (%)', 'Support priority (working days)', 'Support priority lu', 'Support priority vu']);
  await expect(page.getByRole('button', { name: 'Move Reliability up' })).toBeFocused();

  await page.getByRole('button', { name: 'Move Support priority group up' }).click();
  await expect(parameters).toHaveText(['Reliability (%)', 'Support priority (working days)', 'Support priority lu', 'Support priority vu', 'Availability (%)']);

  await cell(page, 'Support priority vu', 'M1').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(parameters).toHaveText(['Reliability (%)', 'Support priority (working days)', 'Support priority vu', 'Support priority lu', 'Availability (%)']);
  await expect(cell(page, 'Support priority vu', 'M1')).toBeFocused();
});

test('people are added, renamed, reordered and removed; the total and the plan follow', async ({ page, harness }) => {
  await openReport(page, harness);
  const grid = effort(page);
  const names = grid.getByRole('gridcell', { name: /^Name of person/ });
  await expect(names).toHaveText(['Cyril Flieller', 'Cyril L’Orphelin', 'Pierre Frebault']);
  await expect(grid.getByRole('gridcell', { name: 'Total PM: 12' })).toBeVisible();

  await page.getByRole('button', { name: 'Move Pierre Frebault up' }).click();
  await expect(names).toHaveText(['Cyril Flieller', 'Pierre Frebault', 'Cyril L’Orphelin']);
  await grid.getByRole('gridcell', { name: 'Cyril Flieller PM: 4' }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(names).toHaveText(['Pierre Frebault', 'Cyril Flieller', 'Cyril L’Orphelin']);

  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(grid.getByRole('textbox', { name: 'Name of person 4' })).toBeFocused();
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1,5');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('gridcell', { name: 'Total PM: 13.5' })).toBeVisible();

  await grid.getByRole('gridcell', { name: 'Cyril Flieller PM: 4' }).click();
  await page.keyboard.type('4,x');
  await page.keyboard.press('Enter');
  await expect(page.locator('#pm-person-1')).toHaveAccessibleDescription("Cyril Flieller PM: '4,x' is not a number");
  await expect(grid.getByRole('gridcell', { name: 'Total PM: 13.5' })).toBeVisible();

  await page.getByLabel('Planned PM for the period').fill('12');
  await page.getByLabel('Planned PM for the period').press('Enter');
  await expect(page.getByText('13.5 PM of 12 planned: 1.5 PM over plan')).toBeVisible();

  await page.getByRole('button', { name: 'Remove Ada Lovelace' }).click();
  await expect(names).toHaveText(['Pierre Frebault', 'Cyril Flieller', 'Cyril L’Orphelin']);
  await expect(page.getByText('12 PM of 12 planned', { exact: true })).toBeVisible();
});

test('the month cells answer to the ids the summary uses to take the person to a miss', async ({ page, harness }) => {
  await openReport(page, harness, reportWithMisses());
  await page.locator('#cell-availability-2').focus();
  await expect(cell(page, 'Availability', 'M3')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#cell-availability-3')).toBeFocused();
});

test('both tables pass an axe accessibility check, with a miss and an entry to fix showing', async ({ page, harness }) => {
  await openReport(page, harness, reportWithMisses());
  await cell(page, 'Reliability', 'M2').click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.locator('#cell-reliability-1')).toHaveAttribute('aria-invalid', 'true');
  const results = await new AxeBuilder({ page }).include('.rd-table-block').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
