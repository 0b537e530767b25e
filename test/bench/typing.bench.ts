// npm run bench (its window part): how long the window takes to answer a keystroke, and to
// draw a report once it is opened, in the built renderer in Chromium, for the seed report and
// for the large one (36 months × 60 metrics). Prints p50 and p95 and the large/seed ratio and,
// where REPORT_DESK_BENCH_JSON names a file, writes them there for npm run bench's JSON;
// nothing here passes or fails on a time.
//
// A keystroke is measured inside the page, one key at a time (the next key is sent only once
// this one's figures are in, so no key's time holds another's), three ways:
// - its work: from the start of the key's event to the end of its handling by React (a listener
//   on React's root element, after React's own, so its render and effects are in), with a forced
//   layout: the script, render and layout work the key costs in its own task;
// - its frame: the rendering of the frame that follows (from its animation-frame callbacks to
//   the task after it: style, layout, paint and commit of what the key changed);
// - until drawn: from the key to the end of that frame, the wait for the frame included;
// - until settled: from the key until the window is idle with all the key's work done: the
//   summary and charts rendered after it, their frame, and the drafts written when idle (an
//   idle callback asked for after the frame: those the key asked for run before it).
// The next key waits for the one before to settle, so no key's work overlaps another's.
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

interface KeyTimes {
  work: number;
  frame: number;
  drawn: number;
  settled: number;
}

interface BenchWindow {
  benchTimes: KeyTimes[];
  stopBenchTiming?: () => void;
  __reportDeskEmit(event: unknown): void;
}

/** Records, for each `eventType` event (of `key`, when given), its work, its frame, and the times until drawn and until settled. */
async function startTiming(page: Page, eventType: 'keydown' | 'input', key: string | null): Promise<void> {
  await page.evaluate(
    ({ eventType, key }) => {
      const bench = window as unknown as BenchWindow;
      bench.stopBenchTiming?.();
      bench.benchTimes = [];
      const root = document.getElementById('root')!;
      const counts = (event: Event): boolean => key === null || (event as KeyboardEvent).key === key;
      let start = 0;
      let work = 0;
      const begin = (event: Event): void => {
        if (!counts(event)) return;
        start = performance.now();
        work = Number.NaN;
        requestAnimationFrame(() => {
          const frameStart = performance.now();
          setTimeout(() => {
            const end = performance.now();
            const times = { work, frame: end - frameStart, drawn: end - start };
            requestIdleCallback(() => bench.benchTimes.push({ ...times, settled: performance.now() - start }));
          }, 0);
        });
      };
      // After React's own listener on its root: React has rendered and run its effects by then.
      const handled = (event: Event): void => {
        if (!counts(event)) return;
        void document.body.offsetHeight;
        work = performance.now() - start;
      };
      window.addEventListener(eventType, begin, { capture: true });
      root.addEventListener(eventType, handled);
      bench.stopBenchTiming = () => {
        window.removeEventListener(eventType, begin, { capture: true });
        root.removeEventListener(eventType, handled);
      };
    },
    { eventType, key },
  );
}

/** Waits until `count` keys have been measured: the next key goes only once the last one has settled. */
async function measured(page: Page, count: number): Promise<void> {
  await page.waitForFunction((expected) => (window as unknown as BenchWindow).benchTimes.length >= expected, count, { polling: 'raf' });
}

/** The times once all `count` have come in. */
async function takeTimes(page: Page, count: number): Promise<KeyTimes[]> {
  await measured(page, count);
  const times = await page.evaluate(() => (window as unknown as BenchWindow).benchTimes);
  await page.evaluate(() => (window as unknown as BenchWindow).stopBenchTiming?.());
  if (times.some((time) => Number.isNaN(time.work))) throw new Error('A key was not handled through React\'s root: its work could not be measured.');
  return times;
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

interface KeySpreads {
  work: Spread;
  frame: Spread;
  /** Work and frame together, key by key: the main thread's whole cost of the key, to fit in one frame (16.7 ms). */
  cost: Spread;
  drawn: Spread;
  settled: Spread;
}

function keySpreads(times: readonly KeyTimes[]): KeySpreads {
  return {
    work: spread(times.map((time) => time.work)),
    frame: spread(times.map((time) => time.frame)),
    cost: spread(times.map((time) => time.work + time.frame)),
    drawn: spread(times.map((time) => time.drawn)),
    settled: spread(times.map((time) => time.settled)),
  };
}

/** Enter on a typed figure: the commit, the misses, the summary, the drafts and the charts follow. */
async function figureCommits(page: Page, report: Report): Promise<KeySpreads> {
  await firstAvailabilityCell(page, report).click();
  await page.keyboard.press('Escape');
  await startTiming(page, 'keydown', 'Enter');
  for (let figure = 0; figure < EDITS; figure += 1) {
    // Down the Availability column and back: each Enter commits and moves one row down.
    await page.keyboard.type(figure % 2 === 0 ? '97.5' : '99.9');
    await page.keyboard.press('Enter');
    await measured(page, figure + 1);
    await page.keyboard.press('ArrowUp');
  }
  return keySpreads(await takeTimes(page, EDITS));
}

/** A character typed into the General overview text: the person's words, kept and counted as an edit. */
async function sectionTyping(page: Page): Promise<KeySpreads> {
  const overview = page.getByRole('textbox', { name: 'General overview' });
  await overview.click();
  await page.keyboard.press('End');
  await startTiming(page, 'input', null);
  const sentence = ' Quarterly figures were checked against the agreement.';
  const text = sentence.repeat(Math.ceil(EDITS / sentence.length)).slice(0, EDITS);
  for (let index = 0; index < text.length; index += 1) {
    await page.keyboard.type(text[index]!);
    await measured(page, index + 1);
  }
  return keySpreads(await takeTimes(page, EDITS));
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
    { label: 'Enter on a figure: work', seed: seed.figure.work, large: large.figure.work },
    { label: '  its frame', seed: seed.figure.frame, large: large.figure.frame },
    { label: '  work and frame', seed: seed.figure.cost, large: large.figure.cost },
    { label: '  until drawn', seed: seed.figure.drawn, large: large.figure.drawn },
    { label: '  until settled', seed: seed.figure.settled, large: large.figure.settled },
    { label: 'a character in a section: work', seed: seed.text.work, large: large.text.work },
    { label: '  its frame', seed: seed.text.frame, large: large.text.frame },
    { label: '  work and frame', seed: seed.text.cost, large: large.text.cost },
    { label: '  until drawn', seed: seed.text.drawn, large: large.text.drawn },
    { label: '  until settled', seed: seed.text.settled, large: large.text.settled },
    { label: 'report drawn after opening', seed: spread(opens.seed), large: spread(opens.large) },
  ];
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  const lines = [
    `Renderer, built, in Chromium: p50 and p95 of ${EDITS} figure commits, ${EDITS} typed characters (each key alone) and ${OPENS} opens of each report; figures only, nothing is asserted.`,
    "work: the key's script, render and layout in its own task; its frame: the rendering that follows (style, layout, paint, commit); work and frame: both, key by key, the cost to fit in one frame (16.7 ms); until drawn: the key to the end of that frame, the wait for the frame included; until settled: the key until all its work is done (summary, charts, drafts), the wait for idle included.",
    ['operation'.padEnd(32), 'seed p50'.padStart(11), 'seed p95'.padStart(11), 'large p50'.padStart(11), 'large p95'.padStart(11), 'large/seed p50'.padStart(16)].join(''),
    ...rows.map((row) =>
      [row.label.padEnd(32), ms(row.seed.p50).padStart(11), ms(row.seed.p95).padStart(11), ms(row.large.p50).padStart(11), ms(row.large.p95).padStart(11), `${(row.large.p50 / row.seed.p50).toFixed(1)}×`.padStart(16)].join(''),
    ),
  ];
  console.log(`\n${lines.join('\n')}\n`);

  const out = process.env.REPORT_DESK_BENCH_JSON;
  if (out !== undefined && out !== '') {
    const figures = (spreads: Spread) => ({ p50Ms: rounded(spreads.p50), p95Ms: rounded(spreads.p95) });
    const keyFigures = (spreads: KeySpreads) => ({ work: figures(spreads.work), frame: figures(spreads.frame), workAndFrame: figures(spreads.cost), untilDrawn: figures(spreads.drawn), untilSettled: figures(spreads.settled) });
    const report = (which: 'seed' | 'large', edits: typeof seed) => ({
      figureCommit: keyFigures(edits.figure),
      characterTyped: keyFigures(edits.text),
      openToDrawn: figures(spread(opens[which])),
      openToDrawnRunsMs: opens[which].map(rounded),
    });
    const json = { editsPerKind: EDITS, opensPerReport: OPENS, seed: report('seed', seed), grid36x60: report('large', large) };
    await writeFile(out, `${JSON.stringify(json, null, 2)}\n`, 'utf8');
  }
});
