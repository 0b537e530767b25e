// Editing the report in the window: drafts and the person's words, undo across both, the
// period's length, and the charts following the figures.
import { rm } from 'node:fs/promises';
import { expect, test } from './harness';
import { openSeed, typeFigure } from './seed-steps';
import { readReportFile } from '../../electron/services/report-files';
import { held } from '../support/sections';

test('Redraft from data replaces the person’s words with the draft, and Undo brings their words back', async ({ page, harness }) => {
  await openSeed(page, harness);
  const issues = page.getByRole('textbox', { name: 'Issues arising' });
  const block = page.locator('.narrative').filter({ has: issues });
  await expect(issues).toHaveValue('N.A');
  await expect(block).toContainText('Draft — follows the data');
  await expect(block.getByRole('button', { name: 'Redraft from data for Issues arising' })).toBeDisabled();

  await issues.fill('A certificate expired on the 3rd; renewed the same day.');
  await expect(block).toContainText('Edited — kept as you wrote it');
  await block.getByRole('button', { name: 'Redraft from data for Issues arising' }).click();
  await expect(issues).toHaveValue('N.A');
  await expect(block).toContainText('Draft — follows the data');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(issues).toHaveValue('A certificate expired on the 3rd; renewed the same day.');
  await expect(block).toContainText('Edited — kept as you wrote it');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(issues).toHaveValue('N.A');
});

test('a run of typing in one section undoes as one step with Ctrl+Z', async ({ page, harness }) => {
  await openSeed(page, harness);
  const measures = page.getByRole('textbox', { name: 'Measures planned' });
  await measures.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Monitor the new proxy.');
  await expect(measures).toHaveValue('Monitor the new proxy.');
  await page.keyboard.press('Control+z');
  await expect(measures).toHaveValue('N.A');
  await expect(page.locator('.narrative').filter({ has: measures })).toContainText('Draft — follows the data');
});

test('shortening the period asks first when figures would go; keeping changes nothing, shortening is undoable', async ({ page, harness }) => {
  await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const months = page.getByRole('spinbutton', { name: 'Number of months' });
  await months.fill('4');
  await months.press('Enter');
  const question = page.getByRole('alertdialog', { name: 'Shorten the period?' });
  await expect(question).toContainText('A 4-month period drops 6 figures entered for M5 and M6.');
  await question.getByRole('button', { name: 'Keep 6 months' }).click();
  await expect(months).toHaveValue('6');
  await expect(page.getByRole('gridcell', { name: /^Availability M6:/ })).toBeVisible();

  await months.fill('4');
  await months.press('Enter');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Shorten to 4 months' }).click();
  await expect(page.getByRole('gridcell', { name: /^Availability M6:/ })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Effort sentence' })).toHaveValue(/for the last 4 months/);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('gridcell', { name: /^Availability M6:/ })).toHaveAccessibleName(/99\.93/);
});

test('a longer period asks nothing, and a number out of range is refused in words', async ({ page, harness }) => {
  await openSeed(page, harness);
  await page.getByRole('button', { name: 'Edit report details' }).click();
  const months = page.getByRole('spinbutton', { name: 'Number of months' });
  await months.fill('12');
  await months.press('Enter');
  await expect(page.getByRole('gridcell', { name: /^Availability M12:/ })).toHaveAccessibleName('Availability M12: no value');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await months.fill('40');
  await months.press('Tab');
  await expect(page.getByText("Number of months: '40' is not a whole number from 1 to 36")).toBeVisible();
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('gridcell', { name: /^Availability M12:/ })).toBeVisible();
});

test('the charts follow the figures: their descriptions name the months that missed', async ({ page, harness }) => {
  await openSeed(page, harness);
  await expect(page.getByRole('img', { name: 'Availability by month against the 99 % target: met in every month with a value' })).toBeVisible();
  await typeFigure(page, page.getByRole('gridcell', { name: /^Availability M3:/ }), '97.2');
  await expect(page.getByRole('img', { name: 'Availability by month against the 99 % target: missed in M3' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Effort by person: Cyril Flieller 4 PM/ })).toBeVisible();
});

test('the summary takes the person to a missed figure’s cell', async ({ page, harness }) => {
  await openSeed(page, harness);
  await typeFigure(page, page.getByRole('gridcell', { name: /^Availability M3:/ }), '97.2');
  await page.locator('#report-summary').getByRole('button', { name: 'Go to M3 Availability' }).click();
  await expect(page.getByRole('gridcell', { name: /^Availability M3:/ })).toBeFocused();
  await page.locator('#report-summary').getByRole('button', { name: 'Go to M5 Support priority vu' }).click();
  await expect(page.getByRole('gridcell', { name: /^Support priority vu M5:/ })).toBeFocused();
});

test('Open Recent lists the reports opened before and opens one', async ({ page, harness }) => {
  await openSeed(page, harness);
  const other = await harness.copyExample('other.rdesk');
  await harness.emitAppEvent({ type: 'open-path', path: other });
  await expect.poll(() => harness.documentState()?.name).toBe('other.rdesk');
  await page.getByRole('button', { name: 'Open Recent' }).click();
  const list = page.getByRole('list', { name: 'Recent reports' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await list.getByRole('button', { name: /^seed-report\.rdesk/ }).click();
  await expect.poll(() => harness.documentState()?.name).toBe('seed-report.rdesk');
});

test('a recent report that has gone missing is named once and left off the list', async ({ page, harness }) => {
  await openSeed(page, harness);
  const gone = await harness.copyExample('gone.rdesk');
  await harness.emitAppEvent({ type: 'open-path', path: gone });
  await expect.poll(() => harness.documentState()?.name).toBe('gone.rdesk');
  await rm(gone);
  await page.getByRole('button', { name: 'Open Recent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is no longer there' })).toContainText(gone);
  const list = page.getByRole('list', { name: 'Recent reports' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^gone\.rdesk/ })).toHaveCount(0);
});

test('edits in one part never undo another: words, then a person, then a figure, all reach the saved file', async ({ page, harness }) => {
  // The tables redraw only when their own data changes, so each edit must apply to the report
  // as it is now, not as a table last saw it.
  const path = await openSeed(page, harness);
  const overview = page.getByRole('textbox', { name: 'General overview' });
  await overview.fill('Our own words about the semester.');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1,5');
  await page.keyboard.press('Enter');
  await typeFigure(page, page.getByRole('gridcell', { name: /^Availability M3:/ }), '97.2');
  await page.getByRole('textbox', { name: 'Foreseen activities and changes' }).fill('More of the same.');
  await typeFigure(page, page.getByRole('gridcell', { name: /^Reliability M1:/ }), '98');

  await expect(overview).toHaveValue('Our own words about the semester.');
  await expect(page.getByRole('gridcell', { name: 'Total PM: 13.5' })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: `Saved to ${path}` })).toBeVisible();
  const saved = await readReportFile(path);
  if (!saved.ok) throw new Error(saved.message);
  expect(held(saved.report, 'overview')).toMatchObject({ text: 'Our own words about the semester.', edited: true });
  expect(held(saved.report, 'foreseen')).toMatchObject({ text: 'More of the same.', edited: true });
  expect(saved.report.effort.people.map((person) => [person.name, person.pm])).toContainEqual(['Ada Lovelace', 1.5]);
  expect(saved.report.metrics[0]!.values[2]).toBe(97.2);
  expect(saved.report.metrics[1]!.values[0]).toBe(98);
});

test('a figure redraws only its own chart, and typing in a section redraws none', async ({ page, harness }) => {
  // Every chart.js draw starts by clearing its canvas: counting clears counts the redraws.
  await page.addInitScript(() => {
    const draws = new Map<HTMLCanvasElement, number>();
    Object.assign(window, { chartDraws: () => [...document.querySelectorAll('canvas')].map((canvas) => draws.get(canvas) ?? 0) });
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...area: Parameters<typeof clear>) {
      draws.set(this.canvas, (draws.get(this.canvas) ?? 0) + 1);
      return clear.apply(this, area);
    };
  });
  await harness.relaunch();
  await openSeed(page, harness);
  const draws = () => page.evaluate(() => (window as unknown as { chartDraws: () => number[] }).chartDraws());
  await expect(page.locator('canvas[role="img"]')).toHaveCount(4);
  // Charts are first drawn as they come near the view: bring each one there before counting.
  for (const canvas of await page.locator('canvas[role="img"]').all()) await canvas.scrollIntoViewIfNeeded();
  await expect.poll(draws).toEqual([1, 1, 1, 1]);

  await page.getByRole('textbox', { name: 'Issues arising' }).fill('Some words of our own.');
  await typeFigure(page, page.getByRole('gridcell', { name: /^Reliability M1:/ }), '99.95');
  await expect(page.getByRole('gridcell', { name: /^Reliability M1:/ })).toHaveAccessibleName(/^Reliability M1: 99\.95 %/);
  // Effort, Availability, Reliability, Support priority: only Reliability's chart is drawn again.
  await expect.poll(draws).toEqual([1, 1, 2, 1]);
});
