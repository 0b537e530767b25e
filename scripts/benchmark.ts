// npm run bench: how the work grows from the seed report to a large one (36 months × 60
// metrics). Prints medians and ratios only; nothing here passes or fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { draftSection } from '../shared/drafting';
import { SECTION_IDS, type Report } from '../shared/report-schema';
import { largeReport } from './bench-reports';
import { readReportFile, saveReportFile } from '../electron/services/report-files';
import { buildWordDocument } from '../electron/services/word-export';

const SEED = fileURLToPath(new URL('../assets/examples/seed-report.rdesk', import.meta.url));
const FAST_RUNS = 15;
const WORD_RUNS = 3;

async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work(); // Warm-up: module loading and JIT are not what is being measured.
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

interface Row {
  label: string;
  seed: number;
  large: number;
}

async function measure(label: string, runs: number, work: (report: Report, path: string) => Promise<unknown> | unknown, cases: Record<'seed' | 'large', { report: Report; path: string }>): Promise<Row> {
  return {
    label,
    seed: await median(runs, () => work(cases.seed.report, cases.seed.path)),
    large: await median(runs, () => work(cases.large.report, cases.large.path)),
  };
}

const folder = await mkdtemp(join(tmpdir(), 'report-desk-bench-'));
try {
  const seedRead = await readReportFile(SEED);
  if (!seedRead.ok) throw new Error(seedRead.message);
  const cases = {
    seed: { report: seedRead.report, path: join(folder, 'seed.rdesk') },
    large: { report: largeReport(), path: join(folder, 'large.rdesk') },
  };
  for (const { report, path } of Object.values(cases)) await saveReportFile(path, report);

  const rows: Row[] = [];
  rows.push(await measure('read + validate the file', FAST_RUNS, (_report, path) => readReportFile(path), cases));
  rows.push(await measure('draft every section', FAST_RUNS, (report) => SECTION_IDS.map((id) => draftSection(report, id)), cases));
  rows.push(await measure('validate + write the file', FAST_RUNS, (report, path) => saveReportFile(path, report), cases));
  const plain = await measure('Word document, no charts', WORD_RUNS, (report) => buildWordDocument(report, { includeCharts: false }), cases);
  const charts = await measure('Word document, with charts', WORD_RUNS, (report) => buildWordDocument(report, { includeCharts: true }), cases);
  rows.push(plain, charts);

  const large = cases.large.report;
  console.log(`Report Desk benchmark: medians (after a warm-up) of ${FAST_RUNS} runs, ${WORD_RUNS} for Word; figures only, nothing is asserted.`);
  console.log(`seed: ${seedRead.report.meta.period.months} months × ${seedRead.report.metrics.length} metrics; large: ${large.meta.period.months} months × ${large.metrics.length} metrics, ${large.effort.people.length} people\n`);
  const header = ['operation'.padEnd(30), 'seed'.padStart(10), 'large'.padStart(10), 'large/seed'.padStart(12)].join('');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    console.log([row.label.padEnd(30), ms(row.seed).padStart(10), ms(row.large).padStart(10), `${(row.large / row.seed).toFixed(1)}×`.padStart(12)].join(''));
  }
  console.log(`\ncharts cost: with / without charts = ${(charts.seed / plain.seed).toFixed(1)}× for the seed, ${(charts.large / plain.large).toFixed(1)}× for the large report`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
