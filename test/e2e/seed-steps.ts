// Steps the specs share: open the seed example as a person would, and type into a cell.
import type { Locator, Page } from '@playwright/test';
import { expect, type Harness } from './harness';

/** Opens a copy of the seed example through main's open-path event; resolves once it is shown, clean. */
export async function openSeed(page: Page, harness: Harness): Promise<string> {
  const path = await harness.copyExample();
  await harness.emitAppEvent({ type: 'open-path', path });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
  await expect.poll(() => harness.documentState()?.dirty).toBe(false);
  return path;
}

export function availabilityM3(page: Page): Locator {
  return page.getByRole('gridcell', { name: /^Availability M3:/ });
}

/** Click, replace what is there, Enter: the way a figure is typed over. */
export async function typeFigure(page: Page, cell: Locator, figure: string): Promise<void> {
  await cell.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(figure);
  await page.keyboard.press('Enter');
}
