// The largest report the reader accepts (36 months × about 12,000 metrics, just under the size
// limit) exported by the command line, with its charts and without: the time and the peak
// memory of each whole process, charts drawn every run.
import { spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReportText } from '../shared/report-file';
import { MAX_REPORT_FILE_BYTES, reportFileBytes } from '../shared/report-size';
import { chartsLeftOutWarning } from '../shared/chart-selection';
import { CLI_DIR, CLI_ENTRY } from './cli-bundle.cjs';
import { largestAcceptedReport } from './bench-reports';
import { formatMs, median, printTable } from './bench-timing';

const PEAK_MEMORY = fileURLToPath(new URL('./peak-memory.mjs', import.meta.url));
/** Each run of the largest export takes tens of seconds: a few runs give a median. */
const MOST_RUNS = 3;

export interface LargestExportFigures {
  medianMs: number;
  runsMs: number[];
  /** The highest peak resident memory of the runs, threads included, in megabytes. */
  peakMb: number;
  peakRunsMb: number[];
}

export interface LargestFigures {
  report: { months: number; metrics: number; fileBytes: number; chartsLeftOut: string | null };
  withoutCharts: LargestExportFigures;
  withCharts: LargestExportFigures;
}

async function exportRuns(path: string, out: string, charts: boolean, runs: number, folder: string): Promise<LargestExportFigures> {
  const times: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const peakFile = join(folder, 'peak.txt');
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', PEAK_MEMORY, join(CLI_DIR, CLI_ENTRY), 'export', path, '--out', out, charts ? '--charts' : '--no-charts'], {
      env: { ...process.env, REPORT_DESK_CHART_CACHE: 'off', REPORT_DESK_PEAK_FILE: peakFile },
      encoding: 'utf8',
    });
    times.push(performance.now() - started);
    if (child.status !== 0) throw new Error(`the largest report's export failed: ${child.stderr.trim()}`);
    peaks.push(Math.round(Number(await readFile(peakFile, 'utf8')) / 1024));
  }
  return { medianMs: Math.round(median(times)), runsMs: times.map(Math.round), peakMb: Math.max(...peaks), peakRunsMb: peaks };
}

export async function measureLargest(folder: string, runs: number): Promise<LargestFigures> {
  const report = largestAcceptedReport(true, MAX_REPORT_FILE_BYTES, reportFileBytes);
  const path = join(folder, 'largest.rdesk');
  await writeFile(path, writeReportText(report), 'utf8');
  const fileBytes = (await stat(path)).size;
  const count = Math.min(runs, MOST_RUNS);
  const out = join(folder, 'largest.docx');
  const figures: LargestFigures = {
    report: { months: report.meta.period.months, metrics: report.metrics.length, fileBytes, chartsLeftOut: chartsLeftOutWarning(report, true) },
    withoutCharts: await exportRuns(path, out, false, count, folder),
    withCharts: await exportRuns(path, out, true, count, folder),
  };
  console.log(`The largest report the reader accepts: ${figures.report.metrics.toLocaleString('en-GB')} metrics × ${figures.report.months} months, ${(fileBytes / 1024 / 1024).toFixed(2)} MB; the command line's export, charts drawn every run.`);
  printTable(
    ['largest report', 'time (median)', 'peak memory'],
    [
      ['without charts', formatMs(figures.withoutCharts.medianMs), `${figures.withoutCharts.peakMb} MB`],
      ['with charts', formatMs(figures.withCharts.medianMs), `${figures.withCharts.peakMb} MB`],
    ],
  );
  return figures;
}
