// The report's Word template in the window, walked as a coordinator would: chosen in the report
// details (main's dialog), the style each part takes shown, undone and redone, exported in, saved
// inside the report and still there when it is opened again; its bytes damaged in the saved
// file, it still opens and exports, in the app's own look, saying so in the details, the header,
// the export's question and its notice; chosen again; and a newer file where it was last seen
// offered and taken.
import { readFile, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { readReportFile } from '../../electron/services/report-files';
import { readTemplateFile } from '../../electron/services/template-files';
import { buildTemplate, layoutTemplates } from '../support/word-templates';
import { breakTemplateInFile } from '../support/kept-templates';
import { expect, test, type Harness } from './harness';
import { openInApp, openSeed } from './seed-steps';

/** The document's parts, as text (its images left out). */
async function exportedParts(path: string): Promise<Record<string, string>> {
  const files = unzipSync(await readFile(path));
  return Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('word/media/')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function headersOf(parts: Record<string, string>): string {
  return Object.entries(parts)
    .filter(([name]) => /^word\/(template-)?header\d*\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join('');
}

async function exportTo(page: Page, harness: Harness, name: string): Promise<string> {
  const path = harness.path(name);
  harness.dialogs.exportPath = path;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  return path;
}

test('a Word template chosen in the details is shown, exported in, saved inside the report, survives damage in the default look, and is taken again', async ({ page, harness }) => {
  const templatePath = harness.path('EGI OLA report.dotx');
  await writeFile(templatePath, await buildTemplate(layoutTemplates()['a4-logo']!));
  const reportPath = await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const details = page.getByRole('group', { name: 'Word template' });
  await expect(details).toHaveAccessibleDescription(/None: the document is in Report Desk's own look/);

  // Chosen: its name, and the style each part takes, opened as it is chosen.
  harness.dialogs.wordTemplatePath = templatePath;
  await details.getByRole('button', { name: 'Choose a Word template…' }).click();
  await expect(details.getByText('EGI OLA report.dotx', { exact: true })).toBeVisible();
  const styles = details.getByRole('table');
  await expect(styles.getByRole('row', { name: /^Section headings/ })).toHaveText("Section headingsThe template's heading 1 (Heading1)");
  await expect(styles.getByRole('row', { name: /^Table text/ })).toHaveText("Table textReport Desk's table text");
  await expect(details.getByText(/The style each part takes: \d+ of \d+ from the template/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('template-chosen.png'), fullPage: false });

  // One undo step each way.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(details.getByRole('button', { name: 'Choose a Word template…' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(details.getByText('EGI OLA report.dotx', { exact: true })).toBeVisible();

  // Exported in it: its styles and its header with the reference.
  const inTemplate = await exportTo(page, harness, 'in-template.docx');
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${inTemplate} in the Word template EGI OLA report.dotx` })).toBeVisible();
  const dressed = await exportedParts(inTemplate);
  expect(dressed['word/styles.xml']).toContain('<w:color w:val="00603B"/>');
  expect(headersOf(dressed)).toContain('Ref. EGI-OLA-2025-07');

  // Saved inside the report; opened again, still there.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${reportPath}` })).toBeVisible();
  const saved = await readReportFile(reportPath);
  expect(saved.ok && saved.report.wordTemplate?.fileName).toBe('EGI OLA report.dotx');
  await harness.relaunch();
  await openInApp(harness, reportPath);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  await expect(details.getByText('EGI OLA report.dotx', { exact: true })).toBeVisible();
  await expect(details.getByText(/The style each part takes/)).toBeVisible();
  await expect(details.getByRole('alert')).toHaveCount(0);

  // Its bytes damaged in the saved file: the report opens, says so even with its details folded, and offers the file where it was last seen.
  await writeFile(reportPath, breakTemplateInFile(await readFile(reportPath, 'utf8')));
  await harness.relaunch();
  await openInApp(harness, reportPath);
  await expect(page.getByText(/The Word template "EGI OLA report\.dotx" cannot be used: the report exports in Report Desk's own look until it is chosen again\./)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('template-damaged-header.png') });
  await page.getByRole('button', { name: 'See the report details' }).click();
  await expect(details.getByRole('alert')).toHaveText(/kept in this report cannot be used: its content in the report file does not match the digest saved with it.*Until it is chosen again, the report exports in Report Desk's own look\./);
  await expect(details.getByRole('button', { name: 'Take it from there' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('template-damaged-details.png') });

  // The export asks; exported in the app's own look, and the notice says why.
  const plain = harness.path('default-look.docx');
  harness.dialogs.exportPath = plain;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const question = page.getByRole('alertdialog', { name: 'Export without the Word template?' });
  await expect(question).toContainText('does not match the digest');
  await question.getByRole('button', { name: "Export in Report Desk's look" }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${plain}. The Word template "EGI OLA report.dotx" kept in this report cannot be used` })).toContainText("the document is in Report Desk's own look");
  const inDefault = await exportedParts(plain);
  expect(inDefault['word/styles.xml']).toContain('Arial');
  expect(inDefault['word/styles.xml']).not.toContain('00603B');
  expect(headersOf(inDefault)).not.toContain('Ref. EGI-OLA-2025-07');

  // Chosen again, from the export's question: the dialog opens where it was last seen, and the export is in the template.
  await exportTo(page, harness, 'chosen-again.docx');
  await page.getByRole('alertdialog', { name: 'Export without the Word template?' }).getByRole('button', { name: 'Choose the file again…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'in the Word template EGI OLA report.dotx' })).toBeVisible();
  expect(harness.dialogs.shown.filter((shown) => shown.kind === 'word-template').at(-1)).toEqual({ kind: 'word-template', defaultPath: templatePath });
  expect(headersOf(await exportedParts(harness.path('chosen-again.docx')))).toContain('Ref. EGI-OLA-2025-07');
  await expect(details.getByRole('alert')).toHaveCount(0);

  // The organisation updates its template where it was: opened again, the window offers the newer one, taken as one undo step.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${reportPath}` })).toBeVisible();
  await writeFile(templatePath, await buildTemplate(layoutTemplates().french!));
  await harness.relaunch();
  await openInApp(harness, reportPath);
  await expect(page.getByText('The Word template "EGI OLA report.dotx" has a newer file where it was last seen.')).toBeVisible();
  await page.getByRole('button', { name: 'See the report details' }).click();
  await expect(details.getByRole('status')).toContainText(`The file where this template was last seen has changed since it was added`);
  await details.getByRole('button', { name: 'Take the newer one' }).click();
  await expect(styles.getByRole('row', { name: /^Section headings/ })).toHaveText("Section headingsThe template's heading 1 (Titre1)");
  await expect(details.getByRole('button', { name: 'Take the newer one' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Take the newer Word template/);

  // Saved as a template, the Word template goes in unless the person unticks it.
  await harness.emitAppEvent({ type: 'command', command: 'save-as-template' });
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await expect(save).toContainText('with its Word template “EGI OLA report.dotx”');
  await save.getByRole('textbox', { name: 'Template name' }).fill('OLA in any look');
  await save.getByRole('checkbox', { name: /^Keep the Word template “EGI OLA report\.dotx” \(\d+(\.\d+)? [kK]B\)$/ }).uncheck();
  await expect(save).not.toContainText('with its Word template');
  await save.screenshot({ path: test.info().outputPath('save-as-template.png') });
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the template “OLA in any look”' })).toBeVisible();
  const template = await readTemplateFile(join(harness.userData, 'Templates', 'OLA in any look.rdesk-template'));
  expect(template.ok && template.template.look.wordTemplate).toBeNull();
});
