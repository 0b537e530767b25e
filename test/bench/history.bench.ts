// npm run bench (its window part): a service's history in the window, from 2 to 20 periods of
// the 36 × 60 report: the time from choosing the folder to the reports found shown (main reads
// and validates every file, the window places them), and from "Read them into the history" to
// the history drawn (the whole view rendered and its frame painted; the month grid draws the
// rows in view, none while it is below the window). Timed from the test's side, each
// click's round trip included. Where REPORT_DESK_BENCH_HISTORY_JSON names a file, the figures
// go there for npm run bench's JSON; nothing here passes or fails on a time.
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { HISTORY_PERIODS, HISTORY_SHAPES, writeHistoryBenchFiles } from '../../scripts/bench-history-files';
import { median, rounded } from '../../scripts/bench-timing';
import { expect, test } from '../e2e/harness';

const RUNS = 3;

test('a history of 2 to 20 periods of the 36 × 60 report, read and drawn', async ({ page, harness }) => {
  test.setTimeout(600_000);
  const figures: { periods: number; readMs: number; drawnMs: number; totalMs: number }[] = [];
  for (const periods of HISTORY_PERIODS) {
    const folder = harness.path(`history-${periods}`);
    await writeHistoryBenchFiles(folder, periods, HISTORY_SHAPES.grid36x60);
    harness.dialogs.historyFolder = folder;
    const reads: number[] = [];
    const draws: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      await page.getByRole('button', { name: 'Service history…' }).click();
      const start = performance.now();
      await page.getByRole('button', { name: 'Choose a folder…' }).click();
      await expect(page.getByRole('list', { name: 'Periods read' }).getByRole('listitem')).toHaveCount(periods, { timeout: 60_000 });
      const found = performance.now();
      await page.getByRole('button', { name: 'Read them into the history' }).click();
      // The whole view rendered (its last section in the page) and its frame painted.
      await expect(page.getByRole('list', { name: 'Notes and measures' }).or(page.getByText('No figure of these periods has a note.'))).toBeAttached({ timeout: 60_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const drawn = performance.now();
      // Untimed: the grid, scrolled to, draws its rows in view.
      const grid = page.getByRole('region', { name: 'Month by month, every period' });
      await grid.scrollIntoViewIfNeeded();
      await expect(grid.getByRole('rowheader').first()).toBeVisible();
      // The first run loads the view's code and warms the page: not timed.
      if (run > 0) {
        reads.push(found - start);
        draws.push(drawn - found);
      }
      await page.getByRole('button', { name: 'Back to the report' }).click();
    }
    figures.push({ periods, readMs: rounded(median(reads)), drawnMs: rounded(median(draws)), totalMs: rounded(median(reads) + median(draws)) });
  }
  console.log('A service’s history in the window (36 × 60 reports; medians of 3 after a warm-up):');
  for (const row of figures) console.log(`  ${String(row.periods).padStart(2)} periods: read ${row.readMs} ms, drawn ${row.drawnMs} ms, in all ${row.totalMs} ms`);
  const out = process.env.REPORT_DESK_BENCH_HISTORY_JSON;
  if (out !== undefined && out !== '') await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
});
