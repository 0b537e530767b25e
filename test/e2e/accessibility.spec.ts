// An automated accessibility check of the main screen with a real report open, in both themes.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { openSeed } from './seed-steps';
import { writeHistoryFolder } from '../support/history-files';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const places = violation.nodes.slice(0, 5).map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}`);
      return [`[${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} places)`, ...places].join('\n');
    });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main screen with the seed report open has no serious or critical accessibility problems (${colorScheme} theme)`, async ({ page, harness }) => {
    await page.emulateMedia({ colorScheme });
    await openSeed(page, harness);
    await expect(page.locator('canvas[role="img"]').first()).toBeVisible();
    const problems = await seriousViolations(page);
    expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
  });
}

test('the report details form, a missed figure and an open dialog pass the same check', async ({ page, harness }) => {
  await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const availability = page.getByRole('gridcell', { name: /^Availability M3:/ });
  await availability.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('97.2');
  await page.keyboard.press('Enter');
  await expect(availability).toHaveAccessibleName(/below the 99 % target/);
  const months = page.getByRole('spinbutton', { name: 'Number of months' });
  await months.fill('3');
  await months.press('Enter');
  await expect(page.getByRole('alertdialog', { name: 'Shorten the period?' })).toBeVisible();
  const problems = await seriousViolations(page);
  expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the import preview, with a typed figure it would replace, passes the same check (${colorScheme} theme)`, async ({ page, harness }) => {
    await page.emulateMedia({ colorScheme });
    await openSeed(page, harness);
    const source = harness.path('monthly-figures.csv');
    await copyFile(join(import.meta.dirname, '..', 'fixtures', 'import', 'monthly-figures.csv'), source);
    harness.dialogs.importPath = source;
    await page.getByRole('button', { name: 'Import figures…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import figures from monthly-figures.csv' });
    // The seed's months are only numbered: the preview asks which month M1 is before it can match them.
    await expect(dialog).toHaveAccessibleDescription(/say which month M1 is/);
    await dialog.getByLabel('Month M1 is').fill('2015-04');
    await expect(dialog.getByRole('row').filter({ hasText: 'Replaces a figure typed by hand' })).toHaveCount(1);
    const problems = await seriousViolations(page);
    expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
  });
}

test('a service’s history, read from a folder, passes the same check', async ({ page, harness }) => {
  const folder = harness.path('OLA reports');
  await writeHistoryFolder(folder);
  await page.getByRole('button', { name: 'Service history…' }).click();
  harness.dialogs.historyFolder = folder;
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await page.getByRole('button', { name: 'Read them into the history' }).click();
  await expect(page.getByRole('region', { name: 'Month by month, every period' }).getByRole('rowheader').first()).toBeVisible();
  const problems = await seriousViolations(page);
  expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
});

test('the controls that shape the sections pass the same check: shown, a title refused (light theme), the add dialog (dark theme)', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openSeed(page, harness);
  await page.getByRole('heading', { name: '5 Measures planned' }).focus();
  await page.keyboard.press('F2');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'A section needs a title' })).toBeVisible();
  // Another section's buttons shown, as a pointer over its heading shows them.
  await page.getByRole('heading', { name: '4 Issues arising in the period' }).hover();
  await expect(page.getByRole('toolbar', { name: 'Arrange section 4, “Issues arising in the period”' })).toHaveCSS('opacity', '1');
  let problems = await seriousViolations(page);
  expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add a section before or after “Measures planned”…' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a section' })).toBeVisible();
  problems = await seriousViolations(page);
  expect(problems, `\n${problems.join('\n\n')}\n`).toEqual([]);
});
