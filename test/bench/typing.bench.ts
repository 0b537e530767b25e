// npm run bench (its renderer part): how long the window takes to answer a keystroke, in the
// built renderer in Chromium, for the seed report and for the large one (36 months × 60
// metrics). Prints medians and the large/seed ratio; nothing here passes or fails on a time.
//
// Each figure is measured inside the page, from the start of the key's event to the end of the
// task that handled it, with a forced layout: React renders synchronously for a keystroke, so
// this is the script, render and layout work one key costs, without the frame wait around it.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seedReport } from '../fixtures/seed';
import { writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { monthLabel } from '../../shared/periods';
import { largeReport } from '../../scripts/bench-reports';
import { expect, test, type Harness } from '../e2e/harness';
import { openInApp } from '../e2e/seed-steps';

const FIGURES = 25;
const CHARACTERS = 40;

interface BenchWindow {
  benchTimes: number[];
  stopBenchTiming?: () => void;
}

/** Records, for each `eventType` event, the time until its task has run and laid out the page. */
async function startTiming(page: Page, eventType: 'keydown' | 'input', key: string | null): Promise<void> {
  await page.evaluate(
    ({ eventType, key }) => {
      const bench = window as unknown as BenchWindow;
      bench.stopBenchTiming?.();
      bench.benchTimes = [];
      const listener = (event: Event): void => {
        if (key !== null && (event as KeyboardEvent).key !== key) return;
        const start = performance.now();
        setTimeout(() => {
          void document.body.offsetHeight;
          bench.benchTimes.push(performance.now() - start);
        }, 0);
      };
      window.addEventListener(eventType, listener, { capture: true });
      bench.stopBenchTiming = () => window.removeEventListener(eventType, listener, { capture: true });
    },
    { eventType, key },
  );
}

/** The times once all `count` have come in: the last key's task may still be queued. */
async function takeTimes(page: Page, count: number): Promise<number[]> {
  const read = () => page.evaluate(() => (window as unknown as BenchWindow).benchTimes);
  await expect.poll(async () => (await read()).length).toBe(count);
  return read();
}

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The Availability cell of the first month, by its name: "Availability M1: …", "Availability Jan 2023: …". */
function firstAvailabilityCell(page: Page, report: Report) {
  return page.getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, 0)}:`) });
}

async function openReport(page: Page, harness: Harness, report: Report, name: string): Promise<void> {
  const path = harness.path(name);
  await writeFile(path, writeReportText(report), 'utf8');
  await openInApp(harness, path);
  await expect(firstAvailabilityCell(page, report)).toBeVisible();
}

/** Enter on a typed figure: the commit, the misses, the summary, the drafts and the charts follow. */
async function figureCommit(page: Page, report: Report): Promise<number> {
  await firstAvailabilityCell(page, report).click();
  await page.keyboard.press('Escape');
  await startTiming(page, 'keydown', 'Enter');
  for (let figure = 0; figure < FIGURES; figure += 1) {
    // Down the Availability column and back: each Enter commits and moves one row down.
    await page.keyboard.type(figure % 2 === 0 ? '97.5' : '99.9');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
  }
  const times = await takeTimes(page, FIGURES);
  return median(times);
}

/** A character typed into the General overview text: the person's words, kept and counted as an edit. */
async function sectionTyping(page: Page): Promise<number> {
  const overview = page.getByRole('textbox', { name: 'General overview' });
  await overview.click();
  await page.keyboard.press('End');
  await startTiming(page, 'input', null);
  await page.keyboard.type(' Quarterly figures were checked.'.padEnd(CHARACTERS, '.'));
  const times = await takeTimes(page, CHARACTERS);
  return median(times);
}

test('keystroke cost in the window: the seed report against the large one', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const rows: { label: string; seed: number; large: number }[] = [];
  const measure = async (report: Report, name: string) => {
    await openReport(page, harness, report, name);
    return { figure: await figureCommit(page, report), text: await sectionTyping(page) };
  };
  const seed = await measure(seedReport(), 'seed.rdesk');
  // The seed's edits are left unsaved: the large report replaces them.
  harness.dialogs.unsavedChoice = 'discard';
  const large = await measure(largeReport(), 'large.rdesk');
  rows.push({ label: 'Enter on a typed figure', seed: seed.figure, large: large.figure });
  rows.push({ label: 'a character in a section', seed: seed.text, large: large.text });

  const lines = [
    `Renderer, built, in Chromium: median of ${FIGURES} figure commits and ${CHARACTERS} typed characters; figures only, nothing is asserted.`,
    ['operation'.padEnd(30), 'seed'.padStart(10), 'large'.padStart(10), 'large/seed'.padStart(12)].join(''),
    ...rows.map((row) => [row.label.padEnd(30), `${row.seed.toFixed(1)} ms`.padStart(10), `${row.large.toFixed(1)} ms`.padStart(10), `${(row.large / row.seed).toFixed(1)}×`.padStart(12)].join('')),
  ];
  console.log(`\n${lines.join('\n')}\n`);
});
