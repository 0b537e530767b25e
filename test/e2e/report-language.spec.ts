// The report's language is chosen in the report details, saved, undoable, and written into the
// exported document, where Word checks spelling by it.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { openSeed } from './seed-steps';

test('the language chosen in the report details is saved and undoable, and the export writes it into the document', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const language = page.getByRole('form', { name: 'Report details' }).getByLabel('Language');
  await expect(language).toHaveValue('en-GB');
  await expect(language).toHaveAccessibleDescription('Word checks spelling in this language.');

  await language.selectOption({ label: 'French (France) · fr-FR' });
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(language).toHaveValue('en-GB');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(language).toHaveValue('fr-FR');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.meta.language).toBe('fr-FR');

  const wordPath = harness.path('french.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(wordPath));
  expect(await zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="fr-FR"/>');
  expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:language>fr-FR</dc:language>');
});
