// A note on a figure, as a person writes one: from the cell or from the summary's miss, shown
// at the cell (a marker, its words on hover and focus, its name), in the summary, in the
// Issues and Measures drafts, undone with the rest, saved, and in the Word document.
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { readReportFile } from '../../electron/services/report-files';
import { expect, test } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

const SHOTS = process.env.REPORT_DESK_NOTE_SHOTS;

/** For looking at, when asked: the window around the performance table, the tip beside its cell included. */
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS === undefined) return;
  const box = (await page.locator('[data-region="performance"]').boundingBox())!;
  await page.screenshot({ path: `${SHOTS}/${name}.png`, clip: { x: 0, y: Math.max(0, box.y - 10), width: 1280, height: 420 } });
}

async function writeNote(page: Page, happened: string, measure: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /^Note on / });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('What happened').fill(happened);
  await dialog.getByLabel('Measure planned').fill(measure);
  await dialog.getByRole('button', { name: 'Save note' }).click();
  await expect(dialog).toBeHidden();
}

test('a note written at a missed cell shows at the cell, in the summary and the drafts; undo takes it away; it is saved', async ({ page, harness }) => {
  const path = await openSeed(page, harness, 'notes.rdesk');
  await typeFigure(page, availabilityM3(page), '97.2');
  const m3 = availabilityM3(page);
  await expect(m3).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');

  // The words of the miss on focus, for a sighted person too, with the way to a note.
  await m3.focus();
  const tip = page.getByTestId('cell-tip');
  await expect(tip).toContainText('Availability M3: 97.20 %, below the 99 % target');
  await expect(tip).toContainText('Shift+F2 or right-click to add a note');

  await page.keyboard.press('Shift+F2');
  await expect(page.getByRole('dialog', { name: 'Note on Availability M3' })).toContainText('97.20 %, below the 99 % target.');
  await writeNote(page, 'storage outage at the data centre on 12 March', 'second storage controller, in service by June');
  // Back on the cell, which now says it has a note, and reads it out as its description.
  await expect(m3).toBeFocused();
  await expect(m3).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target, with a note');
  await expect(m3).toHaveAccessibleDescription('Note: What happened: storage outage at the data centre on 12 March. Measure planned: second storage controller, in service by June.');
  await expect(m3.locator('.rd-note-mark')).toBeVisible();
  await expect(tip).toContainText('What happened: storage outage at the data centre on 12 March');
  await expect(tip).toContainText('Measure planned: second storage controller, in service by June');
  await shot(page, 'note-focus');

  // The summary's miss shows the note; Issues and Measures are drafted from it, with no prompt left for this miss.
  const summary = page.locator('#report-summary');
  await expect(summary.getByText('What happened: storage outage at the data centre on 12 March')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Issues arising' })).toHaveValue('M3: Availability 97.20 % against a target of 99 %: storage outage at the data centre on 12 March');
  await expect(page.getByRole('textbox', { name: 'Measures planned' })).toHaveValue('M3 Availability: second storage controller, in service by June');
  if (SHOTS !== undefined) await summary.screenshot({ path: `${SHOTS}/note-summary.png` });

  // One undo step takes the note away, redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(m3).toHaveAccessibleName('Availability M3: 97.20 %, below the 99 % target');
  await expect(page.getByRole('textbox', { name: 'Measures planned' })).toHaveValue('M3 Availability: [describe the measure planned]');
  await page.keyboard.press('Control+y');
  await expect(m3).toHaveAccessibleName(/with a note$/);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(saved.report.metrics.find((metric) => metric.id === 'availability')!.notes).toEqual([
    { month: 2, happened: 'storage outage at the data centre on 12 March', measure: 'second storage controller, in service by June' },
  ]);
});

test('the summary writes a note on a miss; a note is edited and removed from the cell\'s context menu; the Word table refers to it', async ({ page, harness }) => {
  await openSeed(page, harness, 'notes-summary.rdesk');
  await typeFigure(page, availabilityM3(page), '97.2');
  await page.getByRole('button', { name: 'Add note on M3 Availability' }).click();
  await writeNote(page, 'cooling failure', '');
  await expect(page.getByRole('button', { name: 'Edit note on M3 Availability' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Measures planned' })).toHaveValue('M3 Availability: [describe the measure planned]');

  // A figure that met its target can be noted too, from the context menu.
  const reliability = page.getByRole('gridcell', { name: /^Reliability M2:/ });
  await reliability.click({ button: 'right' });
  await writeNote(page, 'new monitoring probe from this month', '');
  await expect(reliability).toHaveAccessibleName(/meets the 99 % target, with a note$/);
  await expect(page.getByRole('textbox', { name: 'Issues arising' })).toHaveValue(/\nM2: Reliability 99\.84 %: new monitoring probe from this month$/);
  await reliability.hover();
  await expect(page.getByTestId('cell-tip')).toContainText('What happened: new monitoring probe from this month');
  await shot(page, 'note-hover');

  harness.dialogs.exportPath = harness.path('notes.docx');
  await page.keyboard.press('Control+e');
  await page.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(harness.path('notes.docx')));
  const footnotes = await zip.file('word/footnotes.xml')!.async('string');
  expect(footnotes).toContain('Availability M3, 97.20 %: cooling failure.');
  expect(footnotes).toContain('Reliability M2, 99.84 %: new monitoring probe from this month.');
  expect((await zip.file('word/document.xml')!.async('string')).match(/<w:footnoteReference /g)).toHaveLength(2);

  // Removed from the cell: the draft and the summary forget it.
  await reliability.click({ button: 'right' });
  await page.getByRole('dialog', { name: 'Note on Reliability M2' }).getByRole('button', { name: 'Remove note' }).click();
  await expect(reliability).toHaveAccessibleName('Reliability M2: 99.84 %, meets the 99 % target');
  await expect(page.getByRole('textbox', { name: 'Issues arising' })).not.toHaveValue(/new monitoring probe/);
});
