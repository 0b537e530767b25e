// One text for a figure wherever a person reads it: the grid, the summary and the Word
// document all read a period average the same way.
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { resizePeriod } from '../../shared/report-building';
import { writeReportText } from '../../shared/report-file';
import { seedReport } from '../fixtures/seed';
import { expect, test } from './harness';
import { openInApp } from './seed-steps';

/** Each table row of the document as the texts of its cells. */
function tableRows(xml: string): string[][] {
  return (xml.match(/<w:tr[ >].*?<\/w:tr>/gs) ?? []).map((row) =>
    (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((cell) => (cell.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((run) => run.replace(/<[^>]+>/g, '')).join('')),
  );
}

test('the grid’s period average of 99.999, 99.999 and 99.9995 reads 99.999 %, as the summary and the Word table read it, never 100.00', async ({ page, harness }) => {
  const threeMonths = resizePeriod(seedReport(), 3);
  const report = { ...threeMonths, metrics: threeMonths.metrics.map((metric) => (metric.id === 'availability' ? { ...metric, values: [99.999, 99.999, 99.9995] } : metric)) };
  const path = harness.path('almost-100.rdesk');
  await writeFile(path, writeReportText(report), 'utf8');
  await openInApp(harness, path);

  const grid = page.getByRole('grid', { name: 'Performance against service targets' });
  const average = grid.getByRole('gridcell', { name: /^Availability period average:/ });
  await expect(average).toHaveText('99.999');
  await expect(average).toHaveAccessibleName('Availability period average: 99.999 %');
  await expect(page.locator('#report-summary')).toContainText('Availability: target met in 3 of 3 months, period average 99.999 %');

  const wordPath = harness.path('almost-100.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(wordPath));
  const availability = tableRows(await zip.file('word/document.xml')!.async('string')).find((cells) => cells[0]?.startsWith('Availability'));
  expect(availability).toBeDefined();
  expect(availability!.at(-1)).toBe('99.999');
  expect(availability!.some((text) => text.includes('100.00'))).toBe(false);
});
