// The window runs under the app's content policy (no 'unsafe-inline' for scripts or styles)
// without a single violation: its styles are files, and React and chart.js style through the CSSOM.
import { CONTENT_SECURITY_POLICY } from '../../electron/content-security';
import { expect, test } from './harness';
import { availabilityM3, openSeed, typeFigure } from './seed-steps';

test('the whole report, its tables, charts and dialogs, shows with no content-policy violation', async ({ page, harness }) => {
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  });
  await harness.relaunch();
  await openSeed(page, harness);
  await typeFigure(page, availabilityM3(page), '97.2');
  await expect(page.locator('canvas').first()).toBeVisible();
  harness.dialogs.unsavedChoice = 'cancel';
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect.poll(() => harness.dialogs.shown.length).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});
