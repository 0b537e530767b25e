// Whole processes, as a person or a script runs them: the bundled command line exporting each
// report, alternated run by run with pandoc converting the same content from Markdown; and
// `validate` against a bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchCases } from './bench-cases';
import { alternate, formatMs, formatRatio, printTable, rounded, type Command, type Timing } from './bench-timing';

const RUN_CLI = fileURLToPath(new URL('./run-cli.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface WholeProcessOptions {
  folder: string;
  runs: number;
  /** pandoc's path, or null where it is missing. */
  pandoc: string | null;
  /** Another build of the command line to time beside ours (an older checkout), or null. */
  baseline: Command | null;
}

/** The pandoc on PATH and its version, or why there is none. */
export function findPandoc(): { path: string; version: string } | { path: null; reason: string } {
  const run = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (run.error !== undefined || run.status !== 0) return { path: null, reason: 'pandoc is not installed (not found on PATH); its figures are left out' };
  return { path: 'pandoc', version: run.stdout.split('\n')[0]!.replace(/^pandoc\s*/, '') };
}

/**
 * The command line as `npm run cli` runs it. Its charts are drawn every run ("off"), or kept
 * in the bench's own folder from the run before; never in the user's cache.
 */
function ours(chartFolder: string, ...args: string[]): Command {
  return { program: process.execPath, args: [RUN_CLI, ...args], env: { REPORT_DESK_CHART_CACHE: chartFolder } };
}

function ratio(numerator: Timing | undefined, denominator: Timing | undefined): number | null {
  return numerator === undefined || denominator === undefined ? null : rounded(numerator.medianMs / denominator.medianMs);
}

export interface ExportFigures {
  reportDeskExportMs: number;
  reportDeskExportRunsMs: number[];
  pandocMs: number | null;
  pandocRunsMs: number[] | null;
  /** Ours over pandoc's: 4 is four times as slow, 0.25 four times as fast. */
  reportDeskOverPandoc: number | null;
  baselineExportMs?: number;
  baselineOverPandoc?: number | null;
}

/** `keptCharts`: the charts found in a folder the untimed first run filled, as a second export of the report finds them. */
function exportOnce(benchCase: BenchCase, options: WholeProcessOptions, keptCharts = false): ExportFigures {
  const chartsFlag = benchCase.charts ? '--charts' : '--no-charts';
  const exportArgs = ['export', benchCase.path, '--out', join(options.folder, `${benchCase.key}.docx`), chartsFlag];
  const chartFolder = keptCharts ? join(options.folder, `${benchCase.key}-charts`) : 'off';
  const contenders: Record<string, Command> = { reportDesk: ours(chartFolder, ...exportArgs) };
  if (options.pandoc !== null) {
    contenders.pandoc = { program: options.pandoc, args: ['--from', 'markdown', '--to', 'docx', '--output', join(options.folder, `${benchCase.key}-pandoc.docx`), benchCase.markdownPath] };
  }
  if (options.baseline !== null) {
    const baselineArgs = ['export', benchCase.path, '--out', join(options.folder, `${benchCase.key}-baseline.docx`), chartsFlag];
    contenders.baseline = { program: options.baseline.program, args: [...options.baseline.args, ...baselineArgs] };
  }
  const times = alternate(contenders, options.runs);
  const figures: ExportFigures = {
    reportDeskExportMs: times.reportDesk!.medianMs,
    reportDeskExportRunsMs: times.reportDesk!.runsMs,
    pandocMs: times.pandoc?.medianMs ?? null,
    pandocRunsMs: times.pandoc?.runsMs ?? null,
    reportDeskOverPandoc: ratio(times.reportDesk, times.pandoc),
  };
  if (times.baseline !== undefined) {
    figures.baselineExportMs = times.baseline.medianMs;
    figures.baselineOverPandoc = ratio(times.baseline, times.pandoc);
  }
  return figures;
}

export interface ValidateFigures {
  reportDeskValidateMs: number;
  bareNodeMs: number;
  validateOverBareNode: number;
  baselineValidateMs?: number;
  /** `npm run cli -- validate`, npm's own start included: what a person typing it waits. */
  npmRunCliValidateMs: number | null;
}

function validateFigures(seed: BenchCase, options: WholeProcessOptions): ValidateFigures {
  const contenders: Record<string, Command> = {
    reportDesk: ours('off', 'validate', seed.path),
    bareNode: { program: process.execPath, args: ['-e', '0'] },
  };
  if (options.baseline !== null) contenders.baseline = { program: options.baseline.program, args: [...options.baseline.args, 'validate', seed.path] };
  // Short runs: three times as many, for the same steadiness.
  const times = alternate(contenders, options.runs * 3);
  let npmRunCli: Timing | null = null;
  try {
    npmRunCli = alternate({ npm: { program: 'npm', args: ['--prefix', ROOT, 'run', '-s', 'cli', '--', 'validate', seed.path] } }, options.runs).npm;
  } catch {
    npmRunCli = null; // No npm on PATH: the bundle's own figure stands.
  }
  return {
    reportDeskValidateMs: times.reportDesk!.medianMs,
    bareNodeMs: times.bareNode!.medianMs,
    validateOverBareNode: ratio(times.reportDesk, times.bareNode)!,
    ...(times.baseline === undefined ? {} : { baselineValidateMs: times.baseline.medianMs }),
    npmRunCliValidateMs: npmRunCli?.medianMs ?? null,
  };
}

export interface WholeProcessFigures {
  runs: number;
  export: {
    /** Every chart drawn, as the first export of a report. */
    seedWithCharts: ExportFigures;
    /** The charts kept from the run before, as every later export of an unchanged report. */
    seedWithChartsKept: ExportFigures;
    large: ExportFigures;
    growth: (ExportFigures & { factor: number; metrics: number })[];
  };
  validate: ValidateFigures;
}

export function measureWholeProcess(cases: BenchCases, options: WholeProcessOptions): WholeProcessFigures {
  const seedWithCharts = exportOnce(cases.seed, options);
  const seedWithChartsKept = exportOnce(cases.seed, options, true);
  const large = exportOnce(cases.large, options);
  const growth = cases.growth.map((benchCase) => ({ factor: benchCase.factor, metrics: benchCase.report.metrics.length, ...exportOnce(benchCase, options) }));
  const validate = validateFigures(cases.seed, options);
  const figures: WholeProcessFigures = { runs: options.runs, export: { seedWithCharts, seedWithChartsKept, large, growth }, validate };
  printWholeProcess(figures, cases, options);
  return figures;
}

function printWholeProcess(figures: WholeProcessFigures, cases: BenchCases, options: WholeProcessOptions): void {
  const withBaseline = options.baseline !== null;
  const header = ['whole process', ...(withBaseline ? ['baseline'] : []), 'Report Desk', 'pandoc', 'ours/pandoc'];
  const row = (label: string, figure: ExportFigures, pandocNote = '') => [
    label,
    ...(withBaseline ? [formatMs(figure.baselineExportMs ?? null)] : []),
    formatMs(figure.reportDeskExportMs),
    figure.pandocMs === null ? formatMs(null) : `${formatMs(figure.pandocMs)}${pandocNote}`,
    formatRatio(figure.reportDeskOverPandoc),
  ];
  const { validate } = figures;
  console.log(`Whole processes: median of ${figures.runs} runs, alternated with pandoc (${figures.runs * 3} for validate); ours/pandoc < 1 is faster.`);
  printTable(header, [
    row(`export ${cases.seed.label}, drawn`, figures.export.seedWithCharts, ' (no charts)'),
    row(`export ${cases.seed.label}, kept from the last run`, figures.export.seedWithChartsKept, ' (no charts)'),
    row(`export ${cases.large.label}`, figures.export.large),
    ...figures.export.growth.map((figure, index) => row(`export ${cases.growth[index]!.label}`, figure)),
  ]);
  printTable(
    ['start-up', ...(withBaseline ? ['baseline'] : []), 'Report Desk', 'node -e 0', 'ours/node'],
    [['validate the seed', ...(withBaseline ? [formatMs(validate.baselineValidateMs ?? null)] : []), formatMs(validate.reportDeskValidateMs), formatMs(validate.bareNodeMs), formatRatio(validate.validateOverBareNode)]],
  );
  if (validate.npmRunCliValidateMs !== null) console.log(`npm run cli -- validate (npm's own start included): ${formatMs(validate.npmRunCliValidateMs)}\n`);
}
