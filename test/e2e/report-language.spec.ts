// The report's language, chosen in the report details: the untouched drafts follow it at once
// (one undo step), the titles the app gave are renamed when the person says so, the file keeps
// it, and the exported document is written in it. A report written in French shows drafts in
// which nothing of the English catalogue is left.
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { readReportFile } from '../../electron/services/report-files';
import { writeReportText } from '../../shared/report-file';
import { draftKind } from '../../shared/drafting';
import { DRAFTED_KINDS } from '../../shared/report-schema';
import { seedFiguresIn, personsWords } from '../fixtures/seed-in-language';
import { englishWordsIn } from '../support/english-words';
import { expect, test } from './harness';
import { openInApp, openSeed } from './seed-steps';

const FRENCH_EFFORT = 'L’effort global du CNRS est de 12 PM sur les 6 derniers mois, réparti entre 3 personnes\u202f:';
const ENGLISH_EFFORT = 'The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:';

test('switching the seed to French: the drafts follow, the titles the app gave are renamed when asked, undo brings English back, and the export is French', async ({ page, harness }) => {
  const path = await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const language = page.getByRole('form', { name: 'Report details' }).getByLabel('Language');
  await expect(language).toHaveValue('en-GB');
  await expect(language).toHaveAccessibleDescription('The drafts, headings, table and charts are written in this language, and Word checks spelling in it.');
  await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(ENGLISH_EFFORT);

  await language.selectOption({ label: 'French (France) · fr-FR' });
  // "Effort" is French too; the other five titles are still as the app gave them.
  const question = page.getByRole('dialog', { name: 'Rename 5 titles too?' });
  await expect(question).toContainText('Issues arising in the period → Problèmes rencontrés sur la période');
  await question.getByRole('button', { name: 'Rename 5 titles' }).click();

  await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(FRENCH_EFFORT);
  await expect(page.getByRole('textbox', { name: 'Problèmes rencontrés sur la période' })).toHaveValue('Néant');
  await expect(page.locator('.section-heading').nth(4)).toHaveText('5 Mesures prévues');
  // The person's own overview is theirs: not a word of it changes.
  await expect(page.getByRole('textbox', { name: 'Vue d’ensemble de l’activité sur la période' })).toHaveValue(/^No problems encountered during the period\. Only minor disruptions/);
  await expect(language).toHaveAccessibleDescription('The drafts, headings, table and charts are written in this language, and Word checks spelling in it.');

  // One step of Undo: language, titles and drafts together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(language).toHaveValue('en-GB');
  await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(ENGLISH_EFFORT);
  await expect(page.getByRole('textbox', { name: 'Issues arising in the period' })).toHaveValue('N.A');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(language).toHaveValue('fr-FR');
  await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(FRENCH_EFFORT);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.meta.language).toBe('fr-FR');
  expect(saved.report.sections.map((section) => section.title)).toContain('Mesures prévues');

  const wordPath = harness.path('french.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const buffer = await readFile(wordPath);
  const zip = await JSZip.loadAsync(buffer);
  expect(await zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="fr-FR"/>');
  const { value } = await mammoth.extractRawText({ buffer });
  for (const said of [FRENCH_EFFORT, 'Problèmes rencontrés sur la période', 'Néant', 'Paramètre de niveau de service']) expect(value).toContain(said);
  expect(value).toMatch(/Moyenne\s+M1/);
});

test('a report written in French shows drafts with nothing of the English catalogue, as the export writes them', async ({ page, harness }) => {
  const report = seedFiguresIn('fr-FR');
  const path = harness.path('Rapport OLA.rdesk');
  await writeFile(path, writeReportText(report), 'utf8');
  await openInApp(harness, path);
  const shown = await page.locator('textarea.narrative-text').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
  // The window drafts with the messages its build parsed ahead; they must say what Node's say.
  expect(shown).toEqual(DRAFTED_KINDS.map((kind) => draftKind(report, kind)));
  const text = [...shown, ...(await page.locator('.section-heading').allTextContents())].join('\n');
  expect(englishWordsIn(text, personsWords('fr-FR'))).toEqual([]);
  expect(text).not.toMatch(/\d\.\d/);
});
