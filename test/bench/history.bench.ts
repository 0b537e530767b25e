// npm run bench (its window part): a service's history in the window, from 1 to 20 periods of
// the 36 × 60 report, timed inside the page (from the click to the frame painted after the
// view changed), so Playwright's own clicking and polling are not in the figures:
// - read: "Choose a folder…" to the periods listed (main reads and validates every file, the
//   answer crosses to the window, the window places the periods);
// - main: the same reading served in the test's process alone, without the crossing;
// - drawn: "Read them into the history" to the whole view rendered (the month grid and the
//   tables draw the rows in view; the charts none yet, they are below);
// - charts: the charts section scrolled to, to the charts in view drawn.
// One period is the baseline the growth is read against. Where REPORT_DESK_BENCH_HISTORY_JSON
// names a file, the figures go there for npm run bench's JSON; nothing here passes or fails.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { HISTORY_PERIODS, HISTORY_SHAPES, writeHistoryBenchFiles } from '../../scripts/bench-history-files';
import { median, rounded } from '../../scripts/bench-timing';
import { test } from '../e2e/harness';

const RUNS = 3;

type Step = { kind: 'read'; periods: number } | { kind: 'drawn' } | { kind: 'charts' };

/** In the page: does the step's action and answers the milliseconds until its result is painted. */
async function timedInPage(step: Step): Promise<number> {
  const button = (name: string): HTMLButtonElement => {
    const found = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
    if (found === undefined) throw new Error(`no button "${name}"`);
    return found;
  };
  const when = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  const painted = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const start = performance.now();
  if (step.kind === 'read') {
    button('Choose a folder…').click();
    await when(() => document.querySelectorAll('ol[aria-label="Periods read"] > li').length === step.periods);
  } else if (step.kind === 'drawn') {
    button('Read them into the history').click();
    // React commits the view at once: its last section in the page is the whole of it.
    await when(() => document.querySelector('section[aria-labelledby="history-notes"]') !== null);
  } else {
    const section = document.querySelector('section[aria-labelledby="history-charts"]');
    if (section === null) throw new Error('no charts section');
    section.scrollIntoView();
    const inView = () => [...section.querySelectorAll('figure[data-chart-id]')].filter((figure) => {
      const box = figure.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
    await when(() => inView().length > 0 && inView().every((figure) => figure.getAttribute('data-drawn') === 'true'));
  }
  await painted();
  return performance.now() - start;
}

interface WindowHistoryFigures {
  periods: number;
  readMs: number;
  mainMs: number;
  drawnMs: number;
  chartsMs: number;
  totalMs: number;
  /** Read and drawn, as a multiple of one period's. */
  ofOnePeriod: number;
  load: number;
}

test('a history of 1 to 20 periods of the 36 × 60 report, read and drawn', async ({ page, harnessCore: harness }) => {
  test.setTimeout(600_000);
  const figures: WindowHistoryFigures[] = [];
  for (const periods of [1, ...HISTORY_PERIODS]) {
    const folder = harness.path(`history-${periods}`);
    await writeHistoryBenchFiles(folder, periods, HISTORY_SHAPES.grid36x60);
    harness.dialogs.historyFolder = folder;
    const times: Record<'read' | 'main' | 'drawn' | 'charts', number[]> = { read: [], main: [], drawn: [], charts: [] };
    for (let run = 0; run <= RUNS; run += 1) {
      const before = performance.now();
      await harness.invoke('readHistory', [{ source: { kind: 'folder', subfolders: false }, service: null }]);
      const main = performance.now() - before;
      await page.getByRole('button', { name: 'Service history…' }).click();
      await page.getByRole('button', { name: 'Choose a folder…' }).waitFor();
      const read = await page.evaluate<number, Step>(timedInPage, { kind: 'read', periods });
      const drawn = await page.evaluate<number, Step>(timedInPage, { kind: 'drawn' });
      const charts = await page.evaluate<number, Step>(timedInPage, { kind: 'charts' });
      // The first run loads the view's code and chart.js and warms the page: not timed.
      if (run > 0) Object.entries({ read, main, drawn, charts }).forEach(([key, ms]) => times[key as keyof typeof times].push(ms));
      await page.getByRole('button', { name: 'Back to the report' }).click();
    }
    const [readMs, mainMs, drawnMs, chartsMs] = [times.read, times.main, times.drawn, times.charts].map((list) => rounded(median(list))) as [number, number, number, number];
    const totalMs = rounded(readMs + drawnMs);
    figures.push({ periods, readMs, mainMs, drawnMs, chartsMs, totalMs, ofOnePeriod: rounded(totalMs / (figures[0]?.totalMs ?? totalMs)), load: rounded(loadavg()[0]!) });
  }
  console.log('A service’s history in the window (36 × 60 reports; medians of 3 after a warm-up; timed in the page):');
  for (const row of figures) {
    console.log(
      `  ${String(row.periods).padStart(2)} periods: read ${row.readMs} ms (main's part ${row.mainMs} ms), drawn ${row.drawnMs} ms, in all ${row.totalMs} ms (${row.ofOnePeriod} × one period's); charts in view ${row.chartsMs} ms; load ${row.load}`,
    );
  }
  const out = process.env.REPORT_DESK_BENCH_HISTORY_JSON;
  if (out !== undefined && out !== '') await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
});
