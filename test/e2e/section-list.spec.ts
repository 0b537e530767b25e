// A report of its own shape in the window, before the window shapes it: its sections in the
// list's order with their numbers, a sub-section under its section, a table of the person's own
// in its grid, last period's rows marked for review until confirmed,
// the skip links and F6 built from the list, and the numbers turned off in the report details.
import { saveReportFile } from '../../electron/services/report-files';
import { startNextPeriod } from '../../shared/report-building';
import type { Report } from '../../shared/report-schema';
import { newSection } from '../../shared/sections';
import { seedReport } from '../fixtures/seed';
import { expect, test } from './harness';
import { openInApp } from './seed-steps';

/** Last quarter's report: a summary, the performance with incidents and a changes table under it, the plans; no effort section. */
function lastQuarter(): Report {
  const seed = seedReport();
  const performance = seed.sections.find((section) => section.kind === 'performance')!;
  return {
    ...seed,
    meta: { ...seed.meta, title: 'Quarterly service report' },
    sections: [
      { ...newSection('text', { title: 'Summary', text: 'A quiet quarter.' }), id: 'summary' },
      { ...performance, title: 'Service performance' },
      { ...newSection('text', { title: 'Incidents', level: 2, text: 'One storage incident.' }), id: 'incidents' },
      { ...newSection('table', { title: 'Changes delivered', level: 2, columns: ['Change', 'Status'], rows: [['CHG-101', 'Delivered'], ['CHG-110', 'Postponed']] }), id: 'changes' },
      { ...seed.sections.find((section) => section.kind === 'foreseen')!, title: 'Plans for next quarter' },
    ],
  };
}

test('a report of its own shape shows its sections in order, numbered, its table in a grid, and its carried rows for review', async ({ page, harness }) => {
  const path = harness.path('Quarterly report.rdesk');
  await saveReportFile(path, startNextPeriod(lastQuarter()));
  await openInApp(harness, path);

  const headings = page.locator('.section-heading');
  await expect(headings).toHaveText(['1 Summary', '2 Service performance', '2.1 Incidents', '2.2 Changes delivered', '3 Plans for next quarter']);
  await expect(page.getByRole('heading', { level: 3, name: '2.2 Changes delivered' })).toBeVisible();
  // No effort section: no effort table.
  await expect(page.getByRole('grid', { name: /effort/i })).toHaveCount(0);

  const table = page.getByRole('grid', { name: 'Changes delivered' });
  await expect(table.getByRole('columnheader')).toHaveText(['Change', 'Status', 'Row actions']);
  for (const name of ['Change, row 1: CHG-101', 'Status, row 1: Delivered', 'Change, row 2: CHG-110', 'Status, row 2: Postponed']) await expect(table.getByRole('gridcell', { name, exact: true })).toBeVisible();

  // The skip links and F6 follow the list: a part for each grid or table, one for each run of text.
  await expect(page.getByRole('navigation', { name: 'Skip to' }).getByRole('link')).toHaveText([
    'Skip to summary',
    'Skip to section 1',
    'Skip to performance table',
    'Skip to section 2.1',
    'Skip to table “Changes delivered”',
    'Skip to section 3',
  ]);
  await page.getByRole('link', { name: 'Skip to table “Changes delivered”' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('gridcell', { name: 'Change, row 1: CHG-101' })).toBeFocused();
  // The last part: its first control, the carried Foreseen text's Confirm.
  await page.keyboard.press('F6');
  await expect(page.getByRole('button', { name: 'Confirm Plans for next quarter as reviewed' })).toBeFocused();

  // Last quarter's rows wait for review; the export's check names them, and Confirm keeps them as this quarter's.
  const changes = page.locator('.narrative').filter({ has: page.getByRole('textbox', { name: 'Changes delivered: text before the table' }) });
  await expect(changes.getByText('From last period — review')).toBeVisible();
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText("Section 2.2, Changes delivered, still holds last period's rows, not yet reviewed");
  await question.getByRole('button', { name: 'Go back and complete' }).click();
  await changes.getByRole('button', { name: 'Confirm Changes delivered: text before the table as reviewed' }).click();
  await expect(changes.getByText('From last period — review')).toHaveCount(0);
  await expect(table).toHaveAttribute('aria-rowcount', '3');

  // Numbers off in the report details: the headings lose them, and the skip links name sections by title.
  await page.getByRole('button', { name: 'Edit report details' }).click();
  await page.getByRole('checkbox', { name: 'Number the sections' }).uncheck();
  await expect(headings).toHaveText(['Summary', 'Service performance', 'Incidents', 'Changes delivered', 'Plans for next quarter']);
  await expect(page.getByRole('link', { name: 'Skip to “Incidents”' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(headings.first()).toHaveText('1 Summary');
});
