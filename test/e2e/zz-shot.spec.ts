import { saveReportFile } from '../../electron/services/report-files';
import { newSection } from '../../shared/sections';
import { seedReport } from '../fixtures/seed';
import { expect, test } from './harness';
import { openInApp } from './seed-steps';

test('shot', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const seed = seedReport();
  const path = harness.path('q.rdesk');
  await saveReportFile(path, { ...seed, sections: [...seed.sections, { ...newSection('table', { title: 'Milestones', text: 'The milestones of the work plan, as they stand.', columns: ['Milestone', 'Due', 'Status', 'Comment'], rows: [['MS1 Portal release', 'M3', 'Done', ''], ['MS2 Security audit', 'M6', 'Late', 'Auditor booked for July, the report follows in August after a review by the board'], ['MS3 Handover', 'M9', 'Planned', '']] }), id: 'ms' }, newSection('table', { title: 'Risks' })] });
  await openInApp(harness, path);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: '7 Milestones' }) });
  await section.scrollIntoViewIfNeeded();
  await page.getByRole('gridcell', { name: /^Due, row 2:/ }).click();
  await section.screenshot({ path: '/tmp/t17-shot-table.png' });
  const risks = page.locator('section').filter({ has: page.getByRole('heading', { name: '8 Risks' }) });
  await risks.scrollIntoViewIfNeeded();
  await risks.screenshot({ path: '/tmp/t17-shot-new.png' });
  await page.screenshot({ path: '/tmp/t17-shot-window.png' });
  await expect(section).toBeVisible();
});
