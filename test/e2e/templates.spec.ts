// Templates through the window, as a person works: the start screen's list, a new report from a
// shipped template, filled in and exported; Save as Template… and the person's own on the start
// screen, a new report from it, removing it; Export Template… and a template file opened from
// the desktop. And a figure its unit cannot hold: an entry to fix where typed, a figure to fix
// where a file holds it, never a target met.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { readTemplateFile } from '../../electron/services/template-files';
import { readReportText, writeReportText } from '../../shared/report-file';
import { expect, test } from './harness';
import { openInApp, typeFigure } from './seed-steps';

/** Answers the period question of a new report from a template, and waits for the report. */
async function createReport(page: Page, templateName: string, start: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: `New report from “${templateName}”` });
  await dialog.getByRole('textbox', { name: 'Start month' }).fill(start);
  await dialog.getByRole('button', { name: 'Create report' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('templates', () => {
  test.use({ launch: 'start-screen' });

  test('a shipped template on the start screen starts a report of its shape, which is filled in, exported, kept as a template of the person\'s own, offered, used and removed', async ({ page, harness }) => {
    const templates = page.getByRole('region', { name: 'Start from a template' });
    const shipped = templates.getByRole('list', { name: 'Templates shipped with Report Desk' }).getByRole('listitem');
    await expect(shipped).toHaveCount(3);
    await expect(shipped.nth(0)).toContainText('EGI OLA service report6 sections · 6 metrics');
    await expect(shipped.nth(1)).toContainText('Quarterly service report5 sections · 5 metrics');
    await expect(shipped.nth(2)).toContainText('Project periodic report10 sections · 4 metrics · 3 people');
    await expect(templates).toContainText('Your templatesNone yet.');
    // Offered in the language of the person's reports (none yet: English), in French or German on asking.
    const language = templates.getByRole('combobox', { name: 'Written in' });
    await expect(language).toHaveValue('en');
    await language.selectOption({ label: 'Français (French)' });
    await expect(shipped).toHaveCount(3);
    await expect(shipped.nth(1)).toContainText('Rapport de service trimestriel5 sections · 5 metrics');
    // The choice is kept: the next start offers them in French again.
    await expect.poll(() => harness.calls.filter((call) => call.method === 'rememberTemplateLanguage').map((call) => call.args)).toEqual([['fr']]);
    await harness.relaunch();
    await expect(language).toHaveValue('fr');
    await expect(shipped.nth(0)).toContainText('Rapport de service OLA EGI');
    await language.selectOption({ label: 'English' });

    await templates.getByRole('button', { name: 'New report from Quarterly service report' }).click();
    await expect(page.getByRole('dialog', { name: 'New report from “Quarterly service report”' })).toContainText('5 sections · 5 metrics, no figures yet.');
    await createReport(page, 'Quarterly service report', '01/2026');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quarterly service report');
    for (const heading of ['1 Summary', '2 Service performance', '3 Incidents', '4 Changes delivered', '5 Plans for next quarter']) await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect.poll(() => harness.documentState()).toMatchObject({ path: null, dirty: true });
    // The template's own words are marked for review; the drafted parts draft.
    const incidents = page.getByRole('textbox', { name: 'Incidents', exact: true });
    await expect(incidents).toHaveValue(/^\[For each major incident/);
    await expect(incidents).toHaveAccessibleDescription('From the template — review');
    await incidents.fill('One storage incident on 14 February, four hours, planned maintenance overran.');
    await expect(incidents).toHaveAccessibleDescription('');

    await typeFigure(page, page.getByRole('gridcell', { name: /^Availability Jan 2026:/ }), '99.71');
    await typeFigure(page, page.getByRole('gridcell', { name: /^Availability Feb 2026:/ }), '99.2');
    await typeFigure(page, page.getByRole('gridcell', { name: /^Major incidents Jan 2026:/ }), '1');
    await expect(page.getByRole('gridcell', { name: /^Availability Feb 2026: 99.20 %, below the 99.5 % target/ })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Summary', exact: true })).toHaveValue(/Service targets were missed in Feb 2026 \(Availability\)/);

    // Exported: the Changes delivered starter text is still the template's, so the export asks first.
    harness.dialogs.exportPath = harness.path('Q1.docx');
    await page.keyboard.press('Control+e');
    const question = page.getByRole('alertdialog', { name: "The template's text is not yet reviewed" });
    await expect(question).toContainText("Section 4, Changes delivered, still holds the template's starter text, not yet reviewed");
    await question.getByRole('button', { name: 'Export anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Exported to ${harness.path('Q1.docx')}` })).toBeVisible();
    const document = await (await JSZip.loadAsync(await readFile(harness.path('Q1.docx')))).file('word/document.xml')!.async('string');
    for (const heading of ['Summary', 'Service performance', 'Incidents', 'Changes delivered', 'Plans for next quarter']) expect(document).toContain(`>${heading}<`);
    expect(document).toContain('One storage incident on 14 February');

    // Save as Template…: named, the incidents' words (this period's) left out.
    await harness.emitAppEvent({ type: 'command', command: 'save-as-template' });
    const save = page.getByRole('dialog', { name: 'Save as template' });
    await save.getByRole('textbox', { name: 'Template name' }).fill('Portal quarterly review');
    await save.getByRole('checkbox', { name: '3 Incidents' }).uncheck();
    await save.getByRole('button', { name: 'Save template' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the template “Portal quarterly review” (5 sections · 5 metrics) among your templates' })).toBeVisible();
    const kept = await readTemplateFile(join(harness.userData, 'Templates', 'Portal quarterly review.rdesk-template'));
    expect(kept.ok && kept.template.sections.find((section) => section.id === 'incidents')).toMatchObject({ text: '' });
    expect(JSON.stringify(kept)).not.toContain('99.71');

    // New Report from Template… comes to the list, where the person's own is offered with its shape.
    harness.dialogs.unsavedChoice = 'discard';
    await harness.emitAppEvent({ type: 'command', command: 'new-from-template' });
    await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeFocused();
    const own = templates.getByRole('list', { name: 'Your templates' }).getByRole('listitem');
    await expect(own).toHaveCount(1);
    // Listed whatever its language, it says which.
    await expect(own).toContainText('Portal quarterly review5 sections · 5 metrics · English');
    await own.getByRole('button', { name: 'New report from Portal quarterly review, written in English' }).click();
    await createReport(page, 'Portal quarterly review', '04/2026');
    expect(harness.dialogs.shown.at(-1)).toEqual({ kind: 'unsaved', documentName: 'Untitled' });
    await expect(page.getByRole('gridcell', { name: /^Availability Apr 2026: no value/ })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Incidents', exact: true })).toHaveValue('');

    // Removed, once the person says so.
    await harness.emitAppEvent({ type: 'command', command: 'new-from-template' });
    await own.getByRole('button', { name: 'Remove the template Portal quarterly review' }).click();
    await page.getByRole('alertdialog', { name: 'Remove this template?' }).getByRole('button', { name: 'Remove' }).click();
    await expect(templates).toContainText('Your templatesNone yet.');
  });

  test('Export Template… writes a file a colleague opens from the desktop, which starts a new, unsaved report; a template file chosen anywhere does too', async ({ page, harness }) => {
    await page.getByRole('button', { name: 'New report from Project periodic report' }).click();
    await createReport(page, 'Project periodic report', '2026-01');
    await expect(page.getByRole('heading', { level: 3, name: '2.1 WP1 Project management' })).toBeVisible();

    harness.dialogs.templateExportPath = harness.path('for-a-colleague');
    await harness.emitAppEvent({ type: 'command', command: 'export-template' });
    const exportDialog = page.getByRole('dialog', { name: 'Export template' });
    await exportDialog.getByRole('textbox', { name: 'Template name' }).fill('H2020 project report');
    await exportDialog.getByRole('button', { name: 'Export…' }).click();
    const written = harness.path('for-a-colleague.rdesk-template');
    await expect(page.getByRole('status').filter({ hasText: `Exported the template “H2020 project report” to ${written}` })).toBeVisible();
    expect(harness.dialogs.shown.at(-1)).toMatchObject({ kind: 'template-export', suggestedPath: expect.stringMatching(/H2020 project report\.rdesk-template$/) });

    // The colleague double-clicks it: a new report from it, asking about the open work first.
    harness.dialogs.unsavedChoice = 'discard';
    await harness.emitAppEvent({ type: 'open-path', path: written });
    await createReport(page, 'H2020 project report', '07/2026');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Periodic technical report');
    await expect(page.getByRole('gridcell', { name: /^Active users Jul 2026: no value/ })).toBeVisible();
    await expect.poll(() => harness.documentState()).toMatchObject({ path: null, dirty: true });
    expect((await readFile(written, 'utf8')).length).toBeGreaterThan(0);

    // A file that is not a template says what it is, and the open work stays.
    const report = harness.path('not-a-template.rdesk-template');
    await writeFile(report, await readFile(await harness.copyExample(), 'utf8'));
    harness.dialogs.templatePath = report;
    await harness.emitAppEvent({ type: 'command', command: 'new-from-template' });
    await page.getByRole('button', { name: 'Choose a template file…' }).click();
    await expect(page.getByRole('alert')).toContainText('This is a Report Desk report, not a template');
    harness.dialogs.templatePath = written;
    await page.getByRole('button', { name: 'Choose a template file…' }).click();
    await createReport(page, 'H2020 project report', '01/2027');
    await expect(page.getByRole('gridcell', { name: /^Active users Jan 2027: no value/ })).toBeVisible();
  });
});

test('a figure its unit cannot hold: typed, an entry to fix with its message, unsaved and named in the save warning; held in a file, a figure to fix; never a target met', async ({ page, harness }) => {
  const egi = page.getByRole('button', { name: 'New report from EGI OLA service report' });
  await harness.emitAppEvent({ type: 'command', command: 'new-from-template' });
  await egi.click();
  await createReport(page, 'EGI OLA service report', '07/2025');
  harness.dialogs.savePath = harness.path('OLA.rdesk');
  await page.keyboard.press('Control+s');
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);

  await typeFigure(page, page.locator('#cell-availability-2'), '100.78');
  await typeFigure(page, page.locator('#cell-support-vu-1'), '-2');
  await expect(page.locator('#cell-availability-2')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#cell-availability-2')).toContainText('100.78 % is more than 100 %');
  await expect(page.locator('#cell-support-vu-1')).toContainText('-2 working days is negative');
  const summary = page.locator('#report-summary');
  await expect(summary).toContainText('2 entries to fix');
  await expect(summary).toContainText('M3 Availability100.78 % is more than 100 %');
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);

  await page.keyboard.press('Control+s');
  const warning = page.getByRole('alertdialog', { name: '2 entries to fix' });
  await expect(warning).toContainText("M3 Availability stays empty in the saved file until '100.78' is fixed (100.78 % is more than 100 %)");
  await expect(warning).toContainText("M2 Support priority vu stays empty in the saved file until '-2' is fixed (-2 working days is negative)");
  await warning.getByRole('button', { name: 'Cancel and fix' }).click();

  // A file that holds them (written by another tool) opens, says so, and lists them to fix; neither is met.
  const read = readReportText(await readFile(harness.path('OLA.rdesk'), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  read.report.metrics.find((metric) => metric.id === 'availability')!.values = [99.9, 99.8, 100.78, null, null, null];
  read.report.metrics.find((metric) => metric.id === 'support-vu')!.values = [0.5, -2, null, null, null, null];
  await writeFile(harness.path('impossible.rdesk'), writeReportText(read.report));
  harness.dialogs.unsavedChoice = 'discard';
  await openInApp(harness, harness.path('impossible.rdesk'));
  await expect(page.getByRole('status').filter({ hasText: '2 figures to fix: M2 Support priority vu: -2 working days is negative' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Availability M3: 100.78 %, more than 100 %, not checked against its target until it is corrected' })).toBeVisible();
  await expect(summary).toContainText('2 entries to fix');
  await expect(summary).toContainText('Figures to fix');
  await expect(summary).toContainText('0 missed targets');
  await expect(summary).toContainText("Availability: target met in 2 of 3 months, period average 99.85 %; M3's 100.78 % is more than 100 %, not checked");
  await expect(page.getByRole('textbox', { name: 'General overview of activity in the period' })).not.toHaveValue(/No problems encountered/);
});
