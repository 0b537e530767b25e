// Prompts the drafts leave ("[describe the measure planned]") are named before an export: the
// person goes back to the first one, or exports anyway.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { openSeed } from './seed-steps';

const PROMPT = '[describe the measure planned]';

async function seedWithTwoMisses(page: Page, harness: Harness): Promise<void> {
  await openSeed(page, harness);
  for (const [month, figure] of [['M3', '97.2'], ['M5', '98']] as const) {
    await page.getByRole('gridcell', { name: new RegExp(`^Availability ${month}:`) }).click();
    await page.keyboard.type(figure);
    await page.keyboard.press('Enter');
  }
  await expect(measures(page)).toHaveValue(`M3 Availability: ${PROMPT}\nM5 Availability: ${PROMPT}`);
}

function measures(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Measures planned' });
}

test('going back from the prompts warning exports nothing and selects the first prompt', async ({ page, harness }) => {
  await seedWithTwoMisses(page, harness);
  harness.dialogs.exportPath = harness.path('unfinished.docx');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const warning = page.getByRole('alertdialog', { name: '2 prompts are still to complete' });
  await expect(warning).toContainText('Section 5, Measures planned, still has 2 prompts to complete');
  await expect(warning.getByRole('button', { name: 'Go back and complete' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(warning).toBeHidden();
  await expect(measures(page)).toBeFocused();
  expect(await measures(page).evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd))).toBe(PROMPT);
  expect(harness.calls.map((call) => call.method)).not.toContain('exportWord');
  expect(existsSync(harness.path('unfinished.docx'))).toBe(false);

  // Typing replaces the selected prompt; one left, and the warning says so.
  await page.keyboard.type('Move the probe to the new site');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('alertdialog', { name: 'A prompt is still to complete' })).toContainText(
    'Section 5, Measures planned, still has a prompt to complete',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(harness.calls.map((call) => call.method)).not.toContain('exportWord');
});

test('exporting anyway writes the document with the prompts as they are', async ({ page, harness }) => {
  await seedWithTwoMisses(page, harness);
  const wordPath = harness.path('anyway.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await page.getByRole('alertdialog', { name: '2 prompts are still to complete' }).getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  const { value: text } = await mammoth.extractRawText({ buffer: await readFile(wordPath) });
  expect(text).toContain(`M3 Availability: ${PROMPT}`);
});

test('a report without prompts exports without the question', async ({ page, harness }) => {
  await openSeed(page, harness);
  const wordPath = harness.path('seed.docx');
  harness.dialogs.exportPath = wordPath;
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported to ${wordPath}` })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
