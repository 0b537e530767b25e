// The Word export's options are chosen in the app, saved with the report, undoable, and the
// exported document follows them.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { openSeed } from './seed-steps';

/** Each table row of the document as the texts of its cells. */
function tableRows(xml: string): string[][] {
  return (xml.match(/<w:tr[ >].*?<\/w:tr>/gs) ?? []).map((row) =>
    (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((cell) => (cell.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((run) => run.replace(/<[^>]+>/g, '')).join('')),
  );
}

test('a row per priority and no charts: chosen in the app, saved, undoable, and followed by the export', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  const options = page.getByRole('group', { name: 'Word export' });
  const combined = options.getByRole('radio', { name: 'Side by side in one row' });
  const rows = options.getByRole('radio', { name: 'A row for each metric' });
  const charts = options.getByRole('checkbox', { name: 'Include charts' });
  await expect(combined).toBeChecked();
  await expect(combined).toHaveAccessibleDescription(
    'Support priority: “lu: 4.42  vu: 0.09” in each month. Up to 2 metrics of a group share a row; a larger group, or a period too long for them side by side, gets a row for each.',
  );
  await expect(charts).toBeChecked();

  await rows.check();
  await charts.uncheck();
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(charts).toBeChecked();
  await expect(rows).toBeChecked();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(charts).not.toBeChecked();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.exportOptions).toEqual({ groupStyle: 'sub-rows', includeCharts: false, includePrevious: false });

  const wordPath = harness.path('sub-rows.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(wordPath));
  expect(zip.file(/^word\/media\/.*\.png$/)).toHaveLength(0);
  const table = tableRows(await zip.file('word/document.xml')!.async('string'));
  const labels = table.map((cells) => cells[0]);
  expect(labels).toEqual(expect.arrayContaining(['Support priority', 'lu', 'vu']));
  expect(table.find((cells) => cells[0] === 'lu')).toEqual(expect.arrayContaining(['4.42', '0.34']));
  expect(table.find((cells) => cells[0] === 'vu')).toEqual(expect.arrayContaining(['0.09', '2.8']));
  expect(table.flat().some((text) => /lu:\s/.test(text))).toBe(false);
});

test('the seed’s own choices export as the seed reads: one Support priority row, and the charts', async ({ page, harness }) => {
  await openSeed(page, harness);
  const wordPath = harness.path('combined.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(wordPath));
  expect(zip.file(/^word\/media\/.*\.png$/).length).toBeGreaterThan(0);
  const table = tableRows(await zip.file('word/document.xml')!.async('string'));
  expect(table.map((cells) => cells[0])).not.toContain('lu');
  expect(table.flat().some((text) => /lu:\u00a04\.42/.test(text))).toBe(true);
});

test('while the export dialog is open nothing claims to be exporting; a cancelled export says nothing and writes nothing', async ({ page, harness }) => {
  await openSeed(page, harness);
  let closeDialog = (): void => undefined;
  harness.dialogs.openUntil = new Promise<void>((resolve) => {
    closeDialog = resolve;
  });
  const wordPath = harness.path('chosen.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect.poll(() => harness.dialogs.shown.map((shown) => shown.kind)).toEqual(['export']);
  await expect(page.getByRole('status').filter({ hasText: 'Exporting' })).toHaveCount(0);
  closeDialog();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();

  harness.dialogs.openUntil = null;
  harness.dialogs.exportPath = null;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect.poll(() => harness.dialogs.shown.length).toBe(2);
  expect(harness.calls.filter((call) => call.method === 'exportWord')).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'Exporting' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
});
