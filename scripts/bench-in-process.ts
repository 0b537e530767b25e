// In this process, modules loaded and warm: the Word export of each report, opening (read,
// migrate, validate) and saving (validate, write, flush) its file, and drafting its sections.
// Charts are drawn by the command line's chart worker (dist/cli, built current by the bench).
import { join } from 'node:path';
import { draftKind } from '../shared/drafting';
import { DRAFTED_KINDS, type Report } from '../shared/report-schema';
import { readReportFile, saveReportFile } from '../electron/services/report-files';
import { chartsDrawn, useChartWorker } from '../electron/services/charts/chart-drawing';
import { buildWordDocument } from '../electron/services/word/word-export';
import type { BenchCase, BenchCases } from './bench-cases';
import { formatMs, formatRatio, printTable, rounded, timeInProcess } from './bench-timing';
import { CHART_WORKER, CLI_DIR } from './cli-bundle.cjs';

async function exportMs(benchCase: BenchCase, includeCharts: boolean, runs: number): Promise<number> {
  return (await timeInProcess(() => buildWordDocument(benchCase.report, { includeCharts }), runs)).medianMs;
}

/** The report with its charts' data its own for this run (each figure moved by a billionth): none is found already drawn. */
function withNewCharts(report: Report, run: number): Report {
  const copy = structuredClone(report);
  const nudge = (run + 1) * 1e-9;
  for (const metric of copy.metrics) metric.values = metric.values.map((value) => (value === null ? null : value + nudge));
  for (const person of copy.effort.people) person.pm += nudge;
  return copy;
}

export interface ChartExport {
  /** Every chart drawn by the warm workers, as a first export of the report. */
  drawnMs: number;
  /** Every chart found in memory, as a second export of an unchanged report. */
  keptMs: number;
  /** Charts one export drew, and the second drew (none, where the cache works). */
  chartsDrawnPerExport: number;
  chartsDrawnWhenKept: number;
}

async function chartExport(benchCase: BenchCase, runs: number): Promise<ChartExport> {
  // Made before the timing: one untimed run first, then `runs` timed ones, each with charts of its own.
  const reports = Array.from({ length: runs + 1 }, (_, run) => withNewCharts(benchCase.report, run));
  let next = 0;
  const before = chartsDrawn();
  const drawn = await timeInProcess(() => buildWordDocument(reports[next++ % reports.length]!, { includeCharts: true }), runs);
  const chartsDrawnPerExport = Math.round((chartsDrawn() - before) / next);
  const kept = await timeInProcess(() => buildWordDocument(benchCase.report, { includeCharts: true }), runs);
  const afterKept = chartsDrawn();
  await buildWordDocument(benchCase.report, { includeCharts: true });
  return { drawnMs: drawn.medianMs, keptMs: kept.medianMs, chartsDrawnPerExport, chartsDrawnWhenKept: chartsDrawn() - afterKept };
}

export interface GrowthExport {
  factor: number;
  metrics: number;
  exportMs: number;
  exportMsPerMetric: number;
  /** This size's time over the 1× time: equal to the factor where the cost is linear. */
  exportOver1x: number;
}

export interface FileGrowth {
  factor: number;
  people: number;
  metrics: number;
  ms: number;
  /** This size's time over the 1× time: equal to the factor where the cost is linear in rows. */
  over1x: number;
}

async function fileGrowth(cases: readonly (BenchCase & { factor: number })[], measure: (benchCase: BenchCase) => Promise<number>): Promise<FileGrowth[]> {
  const rows: FileGrowth[] = [];
  for (const benchCase of cases) {
    const ms = await measure(benchCase);
    rows.push({ factor: benchCase.factor, people: benchCase.report.effort.people.length, metrics: benchCase.report.metrics.length, ms, over1x: rounded(ms / (rows[0]?.ms ?? ms)) });
  }
  return rows;
}

export interface InProcessFigures {
  runs: number;
  export: {
    seedWithCharts: ChartExport;
    seedWithoutChartsWarmMs: number;
    largeExportMs: number;
    grid36x60WithCharts: ChartExport;
    grid36x60WithoutChartsExportMs: number;
    thousandMetricsExportMs: number;
    thousandMetricsExportMsPerMetric: number;
    growth: GrowthExport[];
  };
  open: { seedOpenMs: number; largeOpenMs: number; grid36x60OpenMs: number; growth: FileGrowth[] };
  save: { seedSaveMs: number; largeSaveMs: number; grid36x60SaveMs: number; growth: FileGrowth[] };
  draftEverySection: { seedDraftMs: number; largeDraftMs: number; grid36x60DraftMs: number };
}

export async function measureInProcess(cases: BenchCases, folder: string, runs: number): Promise<InProcessFigures> {
  useChartWorker(join(CLI_DIR, CHART_WORKER));
  const open = async (benchCase: BenchCase) => (await timeInProcess(() => readReportFile(benchCase.path), runs * 3)).medianMs;
  // Saved beside, not over, the file the other figures read.
  const save = async (benchCase: BenchCase) => (await timeInProcess(() => saveReportFile(join(folder, `saved-${benchCase.key}.rdesk`), benchCase.report), runs * 3)).medianMs;
  const draft = async (benchCase: BenchCase) => (await timeInProcess(() => DRAFTED_KINDS.map((kind) => draftKind(benchCase.report, kind)), runs * 3)).medianMs;

  const growth: GrowthExport[] = [];
  for (const benchCase of cases.growth) {
    const ms = await exportMs(benchCase, false, runs);
    const metrics = benchCase.report.metrics.length;
    growth.push({ factor: benchCase.factor, metrics, exportMs: ms, exportMsPerMetric: rounded(ms / metrics), exportOver1x: rounded(ms / (growth[0]?.exportMs ?? ms)) });
  }
  const thousand = await exportMs(cases.thousandMetrics, false, runs);
  const figures: InProcessFigures = {
    runs,
    export: {
      seedWithCharts: await chartExport(cases.seed, runs),
      seedWithoutChartsWarmMs: await exportMs(cases.seed, false, runs),
      largeExportMs: await exportMs(cases.large, false, runs),
      grid36x60WithCharts: await chartExport(cases.grid36x60, runs),
      grid36x60WithoutChartsExportMs: await exportMs(cases.grid36x60, false, runs),
      thousandMetricsExportMs: thousand,
      thousandMetricsExportMsPerMetric: rounded(thousand / cases.thousandMetrics.report.metrics.length),
      growth,
    },
    open: { seedOpenMs: await open(cases.seed), largeOpenMs: await open(cases.large), grid36x60OpenMs: await open(cases.grid36x60), growth: await fileGrowth(cases.largeGrowth, open) },
    save: { seedSaveMs: await save(cases.seed), largeSaveMs: await save(cases.large), grid36x60SaveMs: await save(cases.grid36x60), growth: await fileGrowth(cases.largeGrowth, save) },
    draftEverySection: { seedDraftMs: await draft(cases.seed), largeDraftMs: await draft(cases.large), grid36x60DraftMs: await draft(cases.grid36x60) },
  };
  printInProcess(figures, cases);
  return figures;
}

function printInProcess(figures: InProcessFigures, cases: BenchCases): void {
  const { export: word, open, save, draftEverySection: draft } = figures;
  console.log(`In process, warm: median of ${figures.runs} runs after one untimed (3 where a run is slow; ${figures.runs * 3} for files and drafts).`);
  const drawn = (charts: ChartExport) => `${formatMs(charts.drawnMs)} (${charts.chartsDrawnPerExport})`;
  const kept = (charts: ChartExport) => `${formatMs(charts.keptMs)} (${charts.chartsDrawnWhenKept})`;
  printTable(
    ['Word export (charts drawn)', 'charts drawn', 'charts kept', 'without charts'],
    [
      [cases.seed.label.replace(', with charts', ''), drawn(word.seedWithCharts), kept(word.seedWithCharts), formatMs(word.seedWithoutChartsWarmMs)],
      [cases.large.label, '', '', formatMs(word.largeExportMs)],
      [cases.grid36x60.label, drawn(word.grid36x60WithCharts), kept(word.grid36x60WithCharts), formatMs(word.grid36x60WithoutChartsExportMs)],
      [`${cases.thousandMetrics.label} (${formatMs(word.thousandMetricsExportMsPerMetric)} a metric)`, '', '', formatMs(word.thousandMetricsExportMs)],
    ],
  );
  printTable(
    ['growth, Word export without charts', 'time', 'a metric', 'over 1×'],
    word.growth.map((row, index) => [cases.growth[index]!.label, formatMs(row.exportMs), formatMs(row.exportMsPerMetric), `${formatRatio(row.exportOver1x)} (linear: ${row.factor}×)`]),
  );
  printTable(
    ['file and drafts', 'seed', 'large', '36 × 60'],
    [
      ['open: read, migrate, validate', formatMs(open.seedOpenMs), formatMs(open.largeOpenMs), formatMs(open.grid36x60OpenMs)],
      ['save: validate, write, flush', formatMs(save.seedSaveMs), formatMs(save.largeSaveMs), formatMs(save.grid36x60SaveMs)],
      ['draft every section', formatMs(draft.seedDraftMs), formatMs(draft.largeDraftMs), formatMs(draft.grid36x60DraftMs)],
    ],
  );
  printTable(
    ['the large report grown', 'open', 'over 1×', 'save', 'over 1×'],
    open.growth.map((row, index) => [
      cases.largeGrowth[index]!.label,
      formatMs(row.ms),
      `${formatRatio(row.over1x)} (linear: ${row.factor}×)`,
      formatMs(save.growth[index]!.ms),
      formatRatio(save.growth[index]!.over1x),
    ]),
  );
}
