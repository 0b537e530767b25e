// A coordinator gives the seed's report the shape their agreement asks for, in the window and by
// the keyboard as much as by the mouse: section 5 renamed "Corrective actions", "Security
// incidents" added and made a sub-section of the issues, a risk register added at the end, the
// effort section removed and placed again. Each step is one step of Undo and Redo, leaves the
// focus where the keyboard expects it and is said in the status line. The shape then holds
// through save and reopen, Start Next Period and the Word export, whose headings come in its
// order, numbered by their styles, at their outline levels, each with its text.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { readReportFile } from '../../electron/services/report-files';
import { runText } from '../support/word-xml';
import { expect, test } from './harness';
import { openInApp, openSeed } from './seed-steps';

const SHAPED = [
  '1 Effort',
  '2 General overview of activity in the period',
  '3 Performance against service targets',
  '4 Issues arising in the period',
  '4.1 Security incidents',
  '5 Corrective actions',
  '6 Foreseen activities and changes',
  '7 Risks',
];

const INCIDENTS_TEXT = 'Two phishing attempts, both stopped at the gateway.';

function headingsOf(page: Page): Locator {
  return page.locator('.section-heading');
}

function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, exact: true });
}

async function said(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

async function undoRedo(page: Page, undone: readonly string[], done: readonly string[]): Promise<void> {
  await page.keyboard.press('Control+z');
  await expect(headingsOf(page)).toHaveText(undone);
  await page.keyboard.press('Control+Shift+z');
  await expect(headingsOf(page)).toHaveText(done);
}

/** Adds a section from the dialog: where (a radio's name, or none at the end), what, and its title. */
async function addSection(page: Page, opener: Locator, choice: { where?: string; what: string; title?: string }): Promise<void> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Add a section' });
  if (choice.where !== undefined) await dialog.getByRole('radio', { name: choice.where }).check();
  await dialog.getByRole('radio', { name: choice.what, exact: true }).check();
  if (choice.title !== undefined) await dialog.getByRole('textbox', { name: 'Title' }).fill(choice.title);
  await dialog.getByRole('button', { name: 'Add section' }).click();
  await expect(dialog).toBeHidden();
}

/** The paragraphs of an exported document in order: each heading's style, or null, and its text. */
function paragraphs(document: string): { style: string | null; text: string }[] {
  return [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({ style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null, text: runText(xml) }));
}

/** The numbers Word gives headings styled Heading1 and Heading2 from one list: "1", "1.1". */
function wordNumbers(styles: readonly string[]): string[] {
  let section = 0;
  let sub = 0;
  return styles.map((style) => {
    if (style === 'Heading2') return `${section}.${++sub}`;
    section += 1;
    sub = 0;
    return String(section);
  });
}

function styleOf(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
}

test('a report given its own shape in the window, step by step with Undo and Redo, keeps it through save, reopening, the next period and the Word export', async ({ page, harness }) => {
  test.setTimeout(150_000);
  const path = await openSeed(page, harness, 'OLA report.rdesk');
  const undoButton = page.getByRole('button', { name: 'Undo' });

  await test.step('rename at the heading: F2, Enter keeps, an empty title is refused, Escape cancels', async () => {
    await heading(page, '5 Measures planned').focus();
    await page.keyboard.press('F2');
    const title = page.getByRole('textbox', { name: 'Title of section 5' });
    await expect(title).toBeFocused();
    await title.fill('');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'A section needs a title: type one, or Escape to keep “Measures planned”.' })).toBeVisible();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Escape');
    await expect(heading(page, '5 Measures planned')).toBeFocused();
    await expect(undoButton).toBeDisabled();

    await page.getByRole('button', { name: 'Rename “Measures planned”' }).click();
    await title.fill('Corrective actions');
    await page.keyboard.press('Enter');
    await expect(heading(page, '5 Corrective actions')).toBeFocused();
    await said(page, 'Renamed “Measures planned” to “Corrective actions”.');
    await expect(undoButton).toHaveAttribute('title', 'Undo: Rename Section “Measures planned” (Ctrl+Z)');
    await page.keyboard.press('Control+z');
    await expect(heading(page, '5 Measures planned')).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(heading(page, '5 Corrective actions')).toBeVisible();
  });

  const six = ['1 Effort', '2 General overview of activity in the period', '3 Performance against service targets', '4 Issues arising in the period', '5 Corrective actions', '6 Foreseen activities and changes'];

  await test.step('add a section of free text after the issues: its text takes the focus', async () => {
    await addSection(page, page.getByRole('button', { name: 'Add a section before or after “Issues arising in the period”…' }), { what: 'Free text', title: 'Security incidents' });
    const text = page.getByRole('textbox', { name: 'Security incidents', exact: true });
    await expect(text).toBeFocused();
    await said(page, 'Added “Security incidents”, section 5.');
    const seven = [...six.slice(0, 4), '5 Security incidents', '6 Corrective actions', '7 Foreseen activities and changes'];
    await expect(headingsOf(page)).toHaveText(seven);
    await expect(undoButton).toHaveAttribute('title', 'Undo: Add Section “Security incidents” (Ctrl+Z)');
    await undoRedo(page, six, seven);
    await text.fill(INCIDENTS_TEXT);
  });

  await test.step('move by keys on the heading and by its button; the heading keeps the focus', async () => {
    const incidents = heading(page, '5 Security incidents');
    await incidents.focus();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect(heading(page, '4 Security incidents')).toBeFocused();
    await said(page, 'Moved “Security incidents” up, now section 4.');
    const movedUp = [...six.slice(0, 3), '4 Security incidents', '5 Issues arising in the period', '6 Corrective actions', '7 Foreseen activities and changes'];
    await expect(headingsOf(page)).toHaveText(movedUp);
    await expect(undoButton).toHaveAttribute('title', 'Undo: Move Section “Security incidents” Up (Ctrl+Z)');
    const back = [...six.slice(0, 4), '5 Security incidents', '6 Corrective actions', '7 Foreseen activities and changes'];
    await undoRedo(page, back, movedUp);
    // Undo and Redo leave the focus on the heading, wherever they put the section.
    await expect(heading(page, '4 Security incidents')).toBeFocused();
    // The button says its keys, and keeps the focus where the section went.
    const down = page.getByRole('button', { name: 'Move “Security incidents” down' });
    await expect(down).toHaveAccessibleDescription('Move down (Alt+Shift+Down)');
    await expect(down).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+ArrowDown');
    await down.click();
    await expect(headingsOf(page)).toHaveText(back);
    await expect(down).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(headingsOf(page)).toHaveText(movedUp);
    await page.keyboard.press('Control+Shift+z');
    await expect(headingsOf(page)).toHaveText(back);
  });

  await test.step('a sub-section by Alt+Shift+Right, a section again by Alt+Shift+Left', async () => {
    await heading(page, '5 Security incidents').focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    const sub = page.getByRole('heading', { level: 3, name: '4.1 Security incidents' });
    await expect(sub).toBeFocused();
    await said(page, '“Security incidents” is now a sub-section of “Issues arising in the period”, sub-section 4.1.');
    const indented = [...six.slice(0, 4), '4.1 Security incidents', '5 Corrective actions', '6 Foreseen activities and changes'];
    const section = [...six.slice(0, 4), '5 Security incidents', '6 Corrective actions', '7 Foreseen activities and changes'];
    await undoRedo(page, section, indented);
    await sub.focus();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect(heading(page, '5 Security incidents')).toBeFocused();
    await undoRedo(page, indented, section);
    await page.keyboard.press('Control+z');
    await expect(headingsOf(page)).toHaveText(indented);
  });

  await test.step('add a table at the end', async () => {
    await addSection(page, page.getByRole('button', { name: 'Add a section at the end' }), { what: 'A table', title: 'Risks' });
    // A new table's columns are named first: the first name takes the focus.
    await expect(page.getByRole('textbox', { name: 'Risks: name of column 1' })).toBeFocused();
    await expect(page.getByRole('grid', { name: 'Risks' }).getByRole('columnheader')).toHaveText(['Column 1', 'Column 2', 'Column 3', 'Row actions']);
    await expect(headingsOf(page)).toHaveText(SHAPED);
    await undoRedo(page, SHAPED.slice(0, -1), SHAPED);
    // The skip links follow the list at once.
    await expect(page.getByRole('navigation', { name: 'Skip to' }).getByRole('link').last()).toHaveText('Skip to table “Risks”');
  });

  await test.step('an untouched draft is removed without a question, and placed again from the drafted parts not placed', async () => {
    await page.getByRole('button', { name: 'Remove “Effort”' }).click();
    await expect(heading(page, '1 General overview of activity in the period')).toBeFocused();
    await said(page, 'Removed section 1, “Effort”. Undo (Ctrl+Z) brings it back.');
    await expect(page.getByRole('grid', { name: /effort/i })).toHaveCount(0);
    const withoutEffort = SHAPED.slice(1).map((text) => text.replace(/^(\d+)/, (number) => String(Number(number) - 1)));
    await undoRedo(page, SHAPED, withoutEffort);

    await page.getByRole('button', { name: 'Add a section before or after “General overview of activity in the period”…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a section' });
    // Only the drafted part not in the report is offered, under its own title.
    const kinds = dialog.getByRole('group', { name: 'What it holds' }).getByRole('radio');
    await expect(kinds).toHaveCount(3);
    await kinds.nth(2).check();
    await expect(kinds.nth(2)).toHaveAccessibleName('Effort');
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Effort');
    await dialog.getByRole('radio', { name: 'Before section 1, “General overview of activity in the period”' }).check();
    await dialog.getByRole('button', { name: 'Add section' }).click();
    await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(/^The global effort for CNRS is 12 PM/);
    await expect(headingsOf(page)).toHaveText(SHAPED);
    await undoRedo(page, withoutEffort, SHAPED);
  });

  await test.step("removing the person's own text asks first, saying what goes; Undo brings it back whole", async () => {
    await page.getByRole('button', { name: 'Remove “Security incidents”' }).click();
    const question = page.getByRole('alertdialog', { name: 'Remove “Security incidents”?' });
    await expect(question).toHaveAccessibleDescription('Sub-section 4.1, “Security incidents”, holds your own text, 8 words. Removing the section takes it out of the report; Undo (Ctrl+Z) brings it back.');
    await expect(question.getByRole('button', { name: 'Keep the section' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(headingsOf(page)).toHaveText(SHAPED);
    await page.getByRole('button', { name: 'Remove “Security incidents”' }).click();
    await question.getByRole('button', { name: 'Remove the section' }).click();
    await expect(heading(page, '5 Corrective actions')).toBeFocused();
    await undoRedo(page, SHAPED, SHAPED.filter((text) => text !== '4.1 Security incidents'));
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('textbox', { name: 'Security incidents', exact: true })).toHaveValue(INCIDENTS_TEXT);
  });

  await test.step('saved and reopened, the shape is the same', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => harness.documentState()).toMatchObject({ path, dirty: false });
    const saved = await readReportFile(path);
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.report.sections.map(({ kind, level, title }) => `${level} ${kind} ${title}`)).toEqual([
      '1 effort Effort',
      '1 overview General overview of activity in the period',
      '1 performance Performance against service targets',
      '1 issues Issues arising in the period',
      '2 text Security incidents',
      '1 measures Corrective actions',
      '1 foreseen Foreseen activities and changes',
      '1 table Risks',
    ]);
    await harness.relaunch();
    await openInApp(harness, path);
    await expect(headingsOf(page)).toHaveText(SHAPED);
  });

  await test.step('Start Next Period keeps the shape; the export’s check names carried text by its number as the list changes', async () => {
    await page.getByRole('button', { name: 'Start Next Period' }).click();
    await page.getByRole('dialog', { name: 'Start the next period' }).getByRole('button', { name: 'Start next period' }).click();
    await expect(page.locator('.document-subtitle')).not.toContainText('January – June 2025');
    await expect(headingsOf(page)).toHaveText(SHAPED);

    const wordPath = harness.path('shaped.docx');
    harness.dialogs.exportPath = wordPath;
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText("Section 4.1, Security incidents, still holds last period's text, not yet reviewed");
    await expect(question).toContainText("Section 6, Foreseen activities and changes, still holds last period's text");
    await question.getByRole('button', { name: 'Go back and complete' }).click();
    await heading(page, '7 Risks').focus();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect(heading(page, '6 Risks')).toBeFocused();
    await page.getByRole('button', { name: 'Export to Word' }).click();
    await expect(question).toContainText("Section 7, Foreseen activities and changes, still holds last period's text");
    await question.getByRole('button', { name: 'Export anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();

    const zip = await JSZip.loadAsync(await readFile(wordPath));
    const [document, styles] = await Promise.all(['word/document.xml', 'word/styles.xml'].map((part) => zip.file(part)!.async('string')));
    const all = paragraphs(document!);
    const headings = all.filter((paragraph) => paragraph.style === 'Heading1' || paragraph.style === 'Heading2');
    // The window's order, numbers and levels: Heading 1 and 2 are numbered by their styles, from one list.
    const shown = await headingsOf(page).allTextContents();
    expect(wordNumbers(headings.map((paragraph) => paragraph.style!)).map((number, index) => `${number} ${headings[index]!.text}`)).toEqual(shown);
    expect(shown).toEqual([...SHAPED.slice(0, 5), '5 Corrective actions', '6 Risks', '7 Foreseen activities and changes']);
    for (const [style, level] of [['Heading1', 0], ['Heading2', 1]] as const) {
      expect(styleOf(styles!, style)).toContain('<w:numPr>');
      expect(styleOf(styles!, style)).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    // Each heading's text follows it.
    const after = (title: string) => all[all.findIndex((paragraph) => paragraph.style !== null && paragraph.text === title) + 1]!.text;
    expect(after('Security incidents')).toBe(INCIDENTS_TEXT);
    expect(after('Corrective actions')).toBe('N.A');
    expect(after('Foreseen activities and changes')).toMatch(/^Except the regular releases/);
  });
});
