// Moving about the window by keyboard (each grid one Tab stop, F6 between its parts, skip
// links), the words of a target kept as wording, carried text marked for review, and status
// lines that go once they no longer hold.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

/** Which part of the window holds the focus (its data-region), and the focused element's name. */
function focusedPlace(page: Page): Promise<{ region: string | null; name: string }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const region = active?.closest<HTMLElement>('[data-region]')?.dataset.region ?? null;
    return { region, name: active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '' };
  });
}

test('a grid is one Tab stop: Tab leaves it, Shift+Tab comes back to the same cell, arrows move inside', async ({ page, harness }) => {
  await openSeed(page, harness, 'tab.rdesk');
  const m3 = availabilityM3(page);
  await m3.click();
  await page.keyboard.press('Escape');
  await expect(m3).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('gridcell', { name: /^Availability M4:/ })).toBeFocused();
  await page.keyboard.press('Tab');
  expect((await focusedPlace(page)).region).toBe('performance');
  await expect(page.getByRole('button', { name: '+ Add metric' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('gridcell', { name: /^Availability M4:/ })).toBeFocused();
  // The effort grid too: one press takes the focus past it.
  const pm = page.getByRole('gridcell', { name: 'Cyril Flieller PM: 4' });
  await pm.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '+ Add person' })).toBeFocused();
});

test('F6 and Shift+F6 go round the toolbar, summary, and the sections’ parts in the list’s order (each table, each run of sections of text); a skip link goes straight to one', async ({ page, harness }) => {
  await openSeed(page, harness, 'f6.rdesk');
  await page.getByRole('button', { name: /^Save/ }).first().focus();
  const regions: (string | null)[] = [];
  for (let press = 0; press < 6; press += 1) {
    await page.keyboard.press('F6');
    regions.push((await focusedPlace(page)).region);
  }
  expect(regions).toEqual(['summary', 'effort', 'sections:overview', 'performance', 'sections:issues', 'toolbar']);
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('textbox', { name: 'Issues arising' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  // A grid is entered at its active cell, the one Tab would reach.
  await expect(page.getByRole('grid', { name: 'Performance against service targets' }).locator('[tabindex="0"]')).toBeFocused();

  // The skip links come first in the window, shown when the keyboard reaches them: the first Tab after a start.
  // A launch shows the start screen; New report gives way to the report, and Tab starts from the window's top.
  await harness.relaunch();
  await page.getByRole('button', { name: 'New report', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Performance against service targets' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to summary' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.getByRole('link', { name: 'Skip to performance table' }).focus();
  await page.keyboard.press('Enter');
  expect((await focusedPlace(page)).region).toBe('performance');
  await expect(page.getByRole('grid', { name: 'Performance against service targets' }).locator(':focus')).toHaveCount(1);
});

test('a target kept as the agreement\'s wording says why it is not checked, on hover and focus and in its name', async ({ page, harness }) => {
  await openSeed(page, harness, 'wording.rdesk');
  const lu = page.getByRole('gridcell', { name: /^Support priority lu target:/ });
  await expect(lu).toHaveAccessibleName("Support priority lu target: 3.32, not checked: the agreement's wording; give a number to check against");
  await lu.hover();
  const tip = page.getByTestId('cell-tip');
  await expect(tip).toContainText("The agreement's wording; give a number to check against.");
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await lu.focus();
  await expect(tip).toContainText("The agreement's wording; give a number to check against.");

  // The tip follows its cell as the page scrolls, and goes with the cell out of view.
  const gap = async (): Promise<number> => {
    const [cell, shown] = await Promise.all([lu.boundingBox(), tip.boundingBox()]);
    if (cell === null || shown === null) throw new Error('the cell or its tip is not on screen');
    return Math.min(Math.abs(shown.y - (cell.y + cell.height)), Math.abs(shown.y + shown.height - cell.y));
  };
  expect(await gap()).toBeLessThan(8);
  const before = (await lu.boundingBox())!.y;
  await page.evaluate(() => window.scrollBy(0, 40));
  await expect.poll(async () => before - (await lu.boundingBox())!.y).toBeGreaterThan(20);
  await expect.poll(gap).toBeLessThan(8);
  await page.evaluate(() => window.scrollBy(0, 5000));
  await expect(tip).toBeHidden();
});

test('status lines go once they no longer hold: "Saved to …" at the next change, "Removed …, Undo brings it back" at the undo', async ({ page, harness }) => {
  const path = await openSeed(page, harness, 'status.rdesk');
  await page.keyboard.press('Control+s');
  const saved = page.getByRole('status').filter({ hasText: `Saved to ${path}` });
  await expect(saved).toBeVisible();
  await typeFigure(page, availabilityM3(page), '99.5');
  await expect(saved).toBeHidden();
  await expect.poll(() => harness.documentState()?.dirty).toBe(true);

  // "Undo brings it back" holds until the undo, or any other change.
  await page.getByRole('button', { name: 'Remove Reliability' }).click();
  const removed = page.getByRole('status').filter({ hasText: 'Removed Reliability. Undo brings it back.' });
  await expect(removed).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('gridcell', { name: /^Reliability M1:/ })).toBeVisible();
  await expect(removed).toBeHidden();
});

test('last period\'s Foreseen text is marked for review until confirmed, and the export\'s check lists it', async ({ page, harness }) => {
  await openSeed(page, harness, 'carried.rdesk');
  await harness.emitAppEvent({ type: 'command', command: 'next-period' });
  const periodDialog = page.getByRole('dialog', { name: 'Start the next period' });
  await periodDialog.getByRole('textbox', { name: 'Period name' }).fill('July – December 2025');
  await periodDialog.getByRole('button', { name: 'Start next period' }).click();
  await expect(periodDialog).toBeHidden();
  const foreseen = page.getByRole('textbox', { name: 'Foreseen activities and changes' });
  await expect(foreseen).toHaveValue(/^Except the regular releases/);
  const section = page.locator('.narrative').filter({ has: foreseen });
  await expect(section.getByText('From last period — review')).toBeVisible();
  await expect(foreseen).toHaveAccessibleDescription(/From last period — review/);

  harness.dialogs.exportPath = harness.path('carried.docx');
  await page.keyboard.press('Control+e');
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText("Section 6, Foreseen activities and changes, still holds last period's text, not yet reviewed");
  await question.getByRole('button', { name: 'Go back and complete' }).click();
  await expect(foreseen).toBeFocused();
  expect(await foreseen.evaluate((field: HTMLTextAreaElement) => field.selectionEnd - field.selectionStart)).toBe((await foreseen.inputValue()).length);

  await section.getByRole('button', { name: 'Confirm Foreseen activities and changes as reviewed' }).click();
  await expect(section.getByText('Edited — kept as you wrote it')).toBeVisible();
  await expect(section.getByText('From last period — review')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(section.getByText('From last period — review')).toBeVisible();
  // Typing in it is reviewing it, too.
  await foreseen.press('End');
  await foreseen.pressSequentially(' And a new probe.');
  await expect(section.getByText('From last period — review')).toHaveCount(0);
});
