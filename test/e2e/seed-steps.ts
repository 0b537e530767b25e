// Steps the specs share: open the seed example as a person would, and type into a cell.
import type { Locator, Page } from '@playwright/test';
import { expect, type Harness } from './harness';

/**
 * Opens a report file through main's open-path event, as a launch with a file does, and
 * resolves only once the page has switched to it. The page starts with a new report that has
 * the same metrics, so waiting for a table or a cell alone could act on the report being
 * replaced (a click that the switch then throws away).
 */
export async function openInApp(harness: Harness, path: string): Promise<void> {
  await harness.emitAppEvent({ type: 'open-path', path });
  await expect
    .poll(() => {
      const state = harness.documentState();
      return state === null ? null : { path: state.path, dirty: state.dirty };
    })
    .toEqual({ path, dirty: false });
}

/** Opens a copy of the seed example; resolves once it is shown, clean. */
export async function openSeed(page: Page, harness: Harness, name?: string): Promise<string> {
  const path = await harness.copyExample(name);
  await openInApp(harness, path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Operations Portal OLA report');
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
