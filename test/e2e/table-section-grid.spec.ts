// The grid of a table section (the person's own table: milestones, risks, changes delivered), in
// real Chromium on a page of its own (test/e2e/support/table-section-page.tsx, bundled here with
// esbuild): typed into, pasted into from a spreadsheet, rows and columns added, moved and
// removed, each change one step of the page's undo, as the report will make it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const PAGE = 'http://localhost/section/';
const files = new Map<string, { body: string; contentType: string }>();

test.beforeAll(async () => {
  const built = await build({
    entryPoints: [fileURLToPath(new URL('./support/table-section-page.tsx', import.meta.url))],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    outdir: 'out',
    entryNames: 'page',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  for (const file of built.outputFiles) files.set(file.path.endsWith('.css') ? 'page.css' : 'page.js', { body: file.text, contentType: file.path.endsWith('.css') ? 'text/css' : 'text/javascript' });
  files.set('', { body: '<!doctype html><html lang="en"><head><title>Milestones</title><link rel="stylesheet" href="page.css"></head><body><div id="root"></div><script type="module" src="page.js"></script></body></html>', contentType: 'text/html' });
});

test.beforeEach(async ({ page, context }) => {
  // localhost is a secure context: the clipboard works there as in the app.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://localhost' });
  await page.route(`${PAGE}**`, (route) => {
    const file = files.get(new URL(route.request().url()).pathname.slice('/section/'.length));
    return file === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ body: file.body, contentType: file.contentType });
  });
  await page.goto(PAGE);
});

function grid(page: Page): Locator {
  return page.getByRole('grid', { name: 'Milestones' });
}

function cell(page: Page, place: string): Locator {
  return grid(page).getByRole('gridcell', { name: new RegExp(`^${place}:`) });
}

function changes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.sectionChanges);
}

test('a table of the person’s own is typed into, pasted into from a spreadsheet and reshaped, each change one undo step', async ({ page }) => {
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '3');
  await expect(grid(page)).toHaveAttribute('aria-colcount', '7');
  await expect(grid(page).getByRole('columnheader')).toHaveText(['Milestone', 'Due', 'Status', 'Comment', 'Row actions']);

  // Click and type over, Enter commits and goes down; typing on a cell starts over, Tab goes right.
  await cell(page, 'Due, row 1').click();
  await page.keyboard.type('M4');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Due, row 1')).toHaveAccessibleName('Due, row 1: M4');
  await expect(cell(page, 'Due, row 2')).toBeFocused();
  await page.keyboard.type('M7');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Due, row 2')).toHaveAccessibleName('Due, row 2: M7');
  await expect(cell(page, 'Status, row 2')).toBeFocused();
  expect(await changes(page)).toEqual(['Edit Milestones: Due, row 1', 'Edit Milestones: Due, row 2']);

  // In an open editor Ctrl+Z undoes the typing; Escape leaves the cell as it was.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  const editor = grid(page).getByRole('textbox', { name: 'Comment, row 2' });
  await page.keyboard.type(' for July');
  await expect(editor).toHaveValue('Auditor booked for July');
  await page.keyboard.press('Control+Z');
  await expect(editor).toHaveValue('Auditor booked');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Comment, row 2')).toBeFocused();
  expect(await changes(page)).toHaveLength(2);

  // A block copied from a spreadsheet fills from the cell, adding the rows it needs: one change.
  await page.keyboard.press('ArrowLeft');
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'Late\tMoved to M8\textra\r\nOpen\t\r\nPlanned\tKick-off in M9\r\n');
  await page.keyboard.press('Control+V');
  await expect(page.getByRole('status')).toHaveText('Pasted 6 cells, 2 rows added. 1 cell beyond the last column was left out.');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '5');
  await expect(cell(page, 'Comment, row 4')).toHaveAccessibleName('Comment, row 4: Kick-off in M9');
  expect((await changes(page)).at(-1)).toBe('Paste 6 cells into Milestones');
  await page.keyboard.press('Control+Z');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '3');
  await expect(cell(page, 'Comment, row 2')).toHaveAccessibleName('Comment, row 2: Auditor booked');
  await page.keyboard.press('Control+Y');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '5');

  // Alt+arrows move a row, the focus with it; Delete clears a cell; a row's button removes it.
  await cell(page, 'Status, row 3').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cell(page, 'Status, row 2')).toHaveAccessibleName('Status, row 2: Open');
  await expect(cell(page, 'Status, row 2')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(cell(page, 'Status, row 2')).toHaveAccessibleName('Status, row 2: empty');
  await grid(page).getByRole('button', { name: 'Remove row 4' }).click();
  await expect(page.getByRole('status')).toHaveText('Removed row 4. Undo brings it back.');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '4');
  await expect(grid(page).getByRole('button', { name: 'Move row 3 down' })).toHaveAttribute('aria-disabled', 'true');

  // A row added opens its first cell to be typed in.
  await page.getByRole('button', { name: '+ Add row' }).click();
  await expect(grid(page).getByRole('textbox', { name: 'Milestone, row 4' })).toBeFocused();
  await page.keyboard.type('MS4 Handover');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Milestone, row 4')).toHaveAccessibleName('Milestone, row 4: MS4 Handover');
  await expect(grid(page).getByRole('button', { name: 'Move row 3 down' })).not.toHaveAttribute('aria-disabled');

  // A column added is named at once; its heading and cells follow.
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('button', { name: '+ Add column' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of column 5' })).toBeFocused();
  await page.keyboard.type('Owner');
  await page.keyboard.press('Enter');
  await expect(grid(page).getByRole('columnheader', { name: 'Owner' })).toBeVisible();
  await expect(grid(page)).toHaveAttribute('aria-colcount', '8');
  await expect(cell(page, 'Owner, row 1')).toHaveAccessibleName('Owner, row 1: empty');

  expect(await changes(page)).toEqual([
    'Edit Milestones: Due, row 1',
    'Edit Milestones: Due, row 2',
    'Paste 6 cells into Milestones',
    'Move row 3 of Milestones up',
    'Clear Milestones: Status, row 2',
    'Remove row 4 of Milestones',
    'Add a row to Milestones',
    'Edit Milestones: Milestone, row 4',
    'Add a column to Milestones',
    'Rename column 5 of Milestones',
  ]);
  // The grid is one Tab stop: Tab goes on past it.
  await cell(page, 'Owner, row 1').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '+ Add row' })).toBeFocused();

  const results = await new AxeBuilder({ page }).include('.rd-section-table').analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
});
