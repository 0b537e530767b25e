// A service's history, in process: reading n period files (read, migrate, validate, keep what
// the history needs), building the history (periods placed, metrics and people followed), all it
// says (each metric period by period, runs of misses, notes, the paragraph, a chart definition
// per metric), the CSV, and the Word annex with its charts kept; from 2 to 20 periods, with
// the cost per period so the growth shows.
import { join } from 'node:path';
import { readHistoryFiles } from '../electron/services/history-files';
import { buildHistoryAnnex } from '../electron/services/history-export';
import { buildServiceHistory, type ServiceHistory } from '../shared/history/service-history';
import { allMissRuns, historyParagraph, periodRows } from '../shared/history/history-facts';
import { historyNotes } from '../shared/history/history-notes';
import { historyChart } from '../shared/history/history-chart';
import { historyCsv } from '../shared/history/history-csv';
import type { HistoryFile } from '../shared/history/history-periods';
import { HISTORY_PERIODS, HISTORY_SHAPES, writeHistoryBenchFiles } from './bench-history-files';
import { formatMs, printTable, rounded, timeInProcess } from './bench-timing';
import { useChartWorker } from '../electron/services/charts/chart-drawing';
import { CHART_WORKER, CLI_DIR } from './cli-bundle.cjs';

/** Everything the view shows, worked out once: what drawing the history first asks of shared/. */
function everything(history: ServiceHistory): number {
  let count = 0;
  for (const series of history.metrics) {
    count += periodRows(history, series).length;
    count += historyChart(history, series).config.data.datasets.length;
  }
  return count + allMissRuns(history).length + historyNotes(history).length + historyParagraph(history).length;
}

export interface HistoryFigures {
  shape: string;
  periods: number;
  months: number;
  metrics: number;
  readMs: number;
  buildMs: number;
  /** Read, build and everything the view shows: the history in a second, or not. */
  readAndBuildMs: number;
  csvMs: number;
  annexKeptChartsMs: number;
  perPeriodMs: number;
  /** Read and build, as a multiple of one period's in the same run. */
  ofOnePeriod: number;
}

export async function measureHistory(folder: string, runs: number): Promise<HistoryFigures[]> {
  useChartWorker(join(CLI_DIR, CHART_WORKER));
  const figures: HistoryFigures[] = [];
  for (const [shapeName, shape] of Object.entries(HISTORY_SHAPES)) {
    // One period first: the baseline each count's time is read against, in the same run.
    for (const periods of [1, ...HISTORY_PERIODS]) {
      const paths = await writeHistoryBenchFiles(join(folder, `history-${shapeName}-${periods}`), periods, shape);
      let files: HistoryFile[] = [];
      const read = await timeInProcess(async () => (files = await readHistoryFiles(paths)), runs);
      const build = await timeInProcess(() => everything(buildServiceHistory(files)), runs);
      const whole = await timeInProcess(async () => everything(buildServiceHistory(await readHistoryFiles(paths))), runs);
      const history = buildServiceHistory(files);
      const csv = await timeInProcess(() => historyCsv(history), runs);
      // The untimed first run draws the charts; the timed ones find them kept, as a second export does.
      const annex = periods <= 10 || shape.months <= 6 ? await timeInProcess(() => buildHistoryAnnex(history), Math.min(runs, 3), 1) : null;
      figures.push({
        shape: shapeName,
        periods,
        months: history.timeline.length,
        metrics: history.metrics.length,
        readMs: read.medianMs,
        buildMs: build.medianMs,
        readAndBuildMs: whole.medianMs,
        csvMs: csv.medianMs,
        annexKeptChartsMs: annex?.medianMs ?? Number.NaN,
        perPeriodMs: rounded(whole.medianMs / periods),
        ofOnePeriod: rounded(whole.medianMs / (figures.find((row) => row.shape === shapeName)?.readAndBuildMs ?? whole.medianMs)),
      });
    }
  }
  console.log('A service’s history in process (read: files read and validated; build: the history and all the view shows; annex: its charts kept):');
  printTable(
    ['periods × report', 'months', 'read', 'build', 'read + build', '× 1 period', 'per period', 'CSV', 'annex'],
    figures.map((row) => [
      `${row.periods} × ${row.shape === 'grid36x60' ? '36 × 60' : '6 × 60'}`,
      String(row.months),
      formatMs(row.readMs),
      formatMs(row.buildMs),
      formatMs(row.readAndBuildMs),
      `${row.ofOnePeriod} ×`,
      formatMs(row.perPeriodMs),
      formatMs(row.csvMs),
      Number.isNaN(row.annexKeptChartsMs) ? 'not timed' : formatMs(row.annexKeptChartsMs),
    ]),
  );
  return figures;
}
