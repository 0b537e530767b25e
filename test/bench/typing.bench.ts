// npm run bench (its window part): how long the window takes to answer a keystroke, and to
// draw a report once it is opened, in the built renderer in Chromium, for the seed report and
// for the large one (36 months × 60 metrics). Prints p50 and p95 and the large/seed ratio and,
// where REPORT_DESK_BENCH_JSON names a file, writes them there for npm run bench's JSON;
// nothing here passes or fails on a time.
//
// A keystroke is measured inside the page, from the start of the key's event to the end of the
// task that handled it, with a forced layout: React renders synchronously for a keystroke, so
// this is the script, render and layout work one key costs, without the frame wait around it.
// An open is measured from the open-path event (as main sends it) to the first frame after the
// report's grid is in the page: reading the file, validating it, rendering and laying it out.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seedReport } from '../fixtures/seed';
import { writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { monthLabel } from '../../shared/periods';
import { GRID_36_BY_60, benchReport } from '../../scripts/bench-reports';
import { rounded } from '../../scripts/bench-timing';
import { expect, test, type Harness } from '../e2e/harness';
import { openInApp } from '../e2e/seed-steps';

/** Figures committed and characters typed per report: p95 needs a couple of hundred samples. */
const EDITS = 200;
/** Opens of each report, alternating, for the time until it is drawn. */
const OPENS = 6;

interface BenchWindow {
  benchTimes: number[];
  stopBenchTiming?: () => void;
  __reportDeskEmit(event: unknown): void;
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
  await page.evaluate(() => (window as unknown as BenchWindow).stopBenchTiming?.());
  return read();
}

interface Spread {
  p50: number;
  p95: number;
}

/** Nearest-rank percentiles. */
function spread(times: readonly number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: rank(50), p95: rank(95) };
}

/** The Availability cell of the first month, by its name: "Availability M1: …", "Availability Jan 2023: …". */
function firstAvailabilityCell(page: Page, report: Report) {
  return page.getByRole('gridcell', { name: new RegExp(`^Availability ${monthLabel(report.meta, 0)}:`) });
}

async function saveBenchReport(harness: Harness, report: Report, name: string): Promise<string> {
  const path = harness.path(name);
  await writeFile(path, writeReportText(report), 'utf8');
  return path;
}

/**
 * From the open-path event to the first frame after the report's grid is in the page, with
 * all its rows counted (aria-rowcount) and its first row drawn: a long grid draws the rows in
 * view, so the last row may rightly be a gap until the person scrolls to it.
 */
async function timeToDraw(page: Page, path: string, title: string, rowCount: number): Promise<number> {
  return page.evaluate(
    async ({ path, title, rowCount }) => {
      const bench = window as unknown as BenchWindow;
      const start = performance.now();
      bench.__reportDeskEmit({ type: 'open-path', path });
      const grid = (): Element | null => document.querySelector('table[aria-label="Performance against service targets"]');
      const shown = (): boolean =>
        document.querySelector('h1')?.textContent === title && grid()?.getAttribute('aria-rowcount') === String(rowCount) && grid()?.querySelector('tr[aria-rowindex="2"]') !== null;
      const frame = (): Promise<void> => new Promise((next) => requestAnimationFrame(() => setTimeout(next, 0)));
      const refused = (): string | null => document.querySelector('[role="alert"]')?.textContent ?? null;
      while (!shown()) {
        const message = refused();
        if (message !== null && message.includes(path.split(/[\\/]/).at(-1)!)) throw new Error(`The open was refused: ${message}`);
        await frame();
      }
      // Drawn: the frame after the one that first had it, so its layout and paint are counted.
      await frame();
      return performance.now() - start;
    },
    { path, title, rowCount },
  );
}

/** Enter on a typed figure: the commit, the misses, the summary, the drafts and the charts follow. */
async function figureCommits(page: Page, report: Report): Promise<Spread> {
  await firstAvailabilityCell(page, report).click();
  await page.keyboard.press('Escape');
  await startTiming(page, 'keydown', 'Enter');
  for (let figure = 0; figure < EDITS; figure += 1) {
    // Down the Availability column and back: each Enter commits and moves one row down.
    await page.keyboard.type(figure % 2 === 0 ? '97.5' : '99.9');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
  }
  return spread(await takeTimes(page, EDITS));
}

/** A character typed into the General overview text: the person's words, kept and counted as an edit. */
async function sectionTyping(page: Page): Promise<Spread> {
  const overview = page.getByRole('textbox', { name: 'General overview' });
  await overview.click();
  await page.keyboard.press('End');
  await startTiming(page, 'input', null);
  const sentence = ' Quarterly figures were checked against the agreement.';
  await page.keyboard.type(sentence.repeat(Math.ceil(EDITS / sentence.length)).slice(0, EDITS));
  return spread(await takeTimes(page, EDITS));
}

function rowCount(report: Report): number {
  // A heading row per group of metrics, a row per metric, and the column headings' row.
  return report.metrics.length + new Set(report.metrics.flatMap((metric) => (metric.group === null ? [] : [metric.group]))).size + 1;
}

test('keystroke and open costs in the window: the seed report against the large one', async ({ page, harness }) => {
  test.setTimeout(900_000);
  const reports = { seed: seedReport(), large: benchReport(GRID_36_BY_60) };
  const paths = { seed: await saveBenchReport(harness, reports.seed, 'seed.rdesk'), large: await saveBenchReport(harness, reports.large, 'large.rdesk') };

  // Warm-up: the first open compiles the code paths, as a person's first report after launch does.
  // Opening each through main's event also grants its path, as main does for a file it hands
  // over, so the timed opens below (the same event, sent from inside the page) may read it.
  await openInApp(harness, paths.large);
  await openInApp(harness, paths.seed);
  const opens: Record<'seed' | 'large', number[]> = { seed: [], large: [] };
  for (let run = 0; run < OPENS; run += 1) {
    for (const which of ['large', 'seed'] as const) {
      opens[which].push(await timeToDraw(page, paths[which], reports[which].meta.title, rowCount(reports[which])));
    }
  }

  const typing = async (which: 'seed' | 'large') => {
    await openInApp(harness, paths[which]);
    await expect(firstAvailabilityCell(page, reports[which])).toBeVisible();
    return { figure: await figureCommits(page, reports[which]), text: await sectionTyping(page) };
  };
  const seed = await typing('seed');
  // The seed's edits are left unsaved: the large report replaces them.
  harness.dialogs.unsavedChoice = 'discard';
  const large = await typing('large');

  const rows = [
    { label: 'Enter on a typed figure', seed: seed.figure, large: large.figure },
    { label: 'a character in a section', seed: seed.text, large: large.text },
    { label: 'report drawn after opening', seed: spread(opens.seed), large: spread(opens.large) },
  ];
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  const lines = [
    `Renderer, built, in Chromium: p50 and p95 of ${EDITS} figure commits, ${EDITS} typed characters and ${OPENS} opens of each report; figures only, nothing is asserted.`,
    ['operation'.padEnd(30), 'seed p50'.padStart(11), 'seed p95'.padStart(11), 'large p50'.padStart(11), 'large p95'.padStart(11), 'large/seed p50'.padStart(16)].join(''),
    ...rows.map((row) =>
      [row.label.padEnd(30), ms(row.seed.p50).padStart(11), ms(row.seed.p95).padStart(11), ms(row.large.p50).padStart(11), ms(row.large.p95).padStart(11), `${(row.large.p50 / row.seed.p50).toFixed(1)}×`.padStart(16)].join(''),
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);

  const out = process.env.REPORT_DESK_BENCH_JSON;
  if (out !== undefined && out !== '') {
    const figures = (spreads: Spread) => ({ p50Ms: rounded(spreads.p50), p95Ms: rounded(spreads.p95) });
    const report = (which: 'seed' | 'large', edits: typeof seed) => ({
      figureCommit: figures(edits.figure),
      characterTyped: figures(edits.text),
      openToDrawn: figures(spread(opens[which])),
      openToDrawnRunsMs: opens[which].map(rounded),
    });
    const json = { editsPerKind: EDITS, opensPerReport: OPENS, seed: report('seed', seed), grid36x60: report('large', large) };
    await writeFile(out, `${JSON.stringify(json, null, 2)}\n`, 'utf8');
  }
});
