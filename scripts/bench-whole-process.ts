// Whole processes, as a person or a script runs them, alternated run by run in one go: the
// command line before (another commit's build), after (the report-desk command, which starts
// from the snapshot where it can), its entry run by Node (with its code cache: what runs where
// the snapshot cannot) and pandoc converting the same content from Markdown; and start-up alone
// (--help, --version, validate) against a bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchCases } from './bench-cases';
import { alternate, formatMs, formatRatio, printTable, rounded, type Command, type Timing } from './bench-timing';
import { CLI_DIR, CLI_ENTRY } from './cli-bundle.cjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The report-desk command: the shell launcher (Linux, macOS), or the Node one where there is no shell. */
const COMMAND: Command =
  process.platform === 'win32' ? { program: process.execPath, args: [fileURLToPath(new URL('./run-cli.cjs', import.meta.url))] } : { program: fileURLToPath(new URL('./report-desk', import.meta.url)), args: [] };

export interface WholeProcessOptions {
  folder: string;
  runs: number;
  /** pandoc's path, or null where it is missing. */
  pandoc: string | null;
  /** "Before": another build of the command line (an older commit's), or null. */
  before: Command | null;
}

/** pandoc on PATH and its version, or why there is none. */
export function findPandoc(): { path: string; version: string } | { path: null; reason: string } {
  const run = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (run.error !== undefined || run.status !== 0) return { path: null, reason: 'pandoc is not installed (not found on PATH); its figures are left out' };
  return { path: 'pandoc', version: run.stdout.split('\n')[0]!.replace(/^pandoc\s*/, '') };
}

type Contender = 'before' | 'after' | 'entry';
const CONTENDERS: readonly Contender[] = ['before', 'after', 'entry'];

/** How each contender starts: the command words before the command line's own. */
function starts(options: WholeProcessOptions): Partial<Record<Contender, Command>> {
  return {
    ...(options.before === null ? {} : { before: options.before }),
    after: COMMAND,
    entry: { program: process.execPath, args: [join(CLI_DIR, CLI_ENTRY)] },
  };
}

/** `start` running `args`, its charts drawn every run ("off") or kept in a folder of its own from the run before. */
function withArgs(start: Command, args: string[], chartFolder = 'off'): Command {
  return { program: start.program, args: [...start.args, ...args], env: { REPORT_DESK_CHART_CACHE: chartFolder } };
}

function ratio(numerator: Timing | undefined, denominator: Timing | undefined): number | null {
  return numerator === undefined || denominator === undefined ? null : rounded(numerator.medianMs / denominator.medianMs);
}

export interface ContenderFigures {
  ms: number;
  runsMs: number[];
  /** Over pandoc's time in the same run: 1.5 is half as slow again, 0.5 twice as fast. */
  overPandoc: number | null;
}

export interface ExportFigures {
  before: ContenderFigures | null;
  /** The report-desk command, as a person types it. */
  after: ContenderFigures;
  /** `node dist/cli/report-desk.cjs`, its code cache but no snapshot. */
  entry: ContenderFigures | null;
  pandoc: { ms: number; runsMs: number[] } | null;
}

function figuresOf(times: Partial<Record<string, Timing>>, name: string): ContenderFigures | null {
  const time = times[name];
  return time === undefined ? null : { ms: time.medianMs, runsMs: time.runsMs, overPandoc: ratio(time, times.pandoc) };
}

/** `keptCharts`: the charts found in a folder the untimed first run filled, as a second export of the report finds them. */
function exportOnce(benchCase: BenchCase, options: WholeProcessOptions, charts: 'none' | 'drawn' | 'kept'): ExportFigures {
  const contenders: Record<string, Command> = {};
  for (const [name, start] of Object.entries(starts(options))) {
    const out = join(options.folder, `${benchCase.key}-${charts}-${name}.docx`);
    const chartFolder = charts === 'kept' ? join(options.folder, `${benchCase.key}-charts-${name}`) : 'off';
    contenders[name] = withArgs(start, ['export', benchCase.path, '--out', out, charts === 'none' ? '--no-charts' : '--charts'], chartFolder);
  }
  if (options.pandoc !== null) {
    contenders.pandoc = { program: options.pandoc, args: ['--from', 'markdown', '--to', 'docx', '--output', join(options.folder, `${benchCase.key}-pandoc.docx`), benchCase.markdownPath] };
  }
  const times = alternate(contenders, options.runs);
  return {
    before: figuresOf(times, 'before'),
    after: figuresOf(times, 'after')!,
    entry: figuresOf(times, 'entry'),
    pandoc: times.pandoc === undefined ? null : { ms: times.pandoc.medianMs, runsMs: times.pandoc.runsMs },
  };
}

export interface StartUpFigures {
  bareNodeMs: number;
  /**
   * `node -e 0` without NODE_EXTRA_CA_CERTS, where the environment sets it: Node parses that file's
   * certificates as it starts, which the report-desk command spares itself (it opens no connection).
   * What a start costs beyond Node's own, whatever the machine's settings.
   */
  bareNodeWithoutCaCertsMs: number | null;
  /** Each contender's --help, --version and validate of the seed, with its time over `node -e 0`. */
  rows: { what: string; contender: Contender; ms: number; overBareNode: number }[];
  /** `npm run cli -- validate`, npm's own start included: what a person typing it waits. */
  npmRunCliValidateMs: number | null;
}

function startUpFigures(seed: BenchCase, options: WholeProcessOptions): StartUpFigures {
  const contenders: Record<string, Command> = { bareNode: { program: process.execPath, args: ['-e', '0'] } };
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined) contenders.bareNodeWithoutCaCerts = { program: process.execPath, args: ['-e', '0'], unset: ['NODE_EXTRA_CA_CERTS'] };
  const commands: [string, string[]][] = [
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['validate the seed', ['validate', seed.path]],
  ];
  for (const [name, start] of Object.entries(starts(options))) {
    for (const [what, args] of commands) {
      // The commit before had no --version.
      if (name === 'before' && what === '--version') continue;
      contenders[`${name}|${what}`] = withArgs(start, args);
    }
  }
  // Short runs: three times as many, for the same steadiness.
  const times = alternate(contenders, options.runs * 3);
  const bareNode = times.bareNode!;
  const rows = Object.entries(times)
    .filter(([key]) => key.includes('|'))
    .map(([key, time]) => {
      const [contender, what] = key.split('|') as [Contender, string];
      return { what, contender, ms: time.medianMs, overBareNode: rounded(time.medianMs / bareNode.medianMs) };
    });
  let npmRunCli: Timing | null = null;
  try {
    npmRunCli = alternate({ npm: { program: 'npm', args: ['--prefix', ROOT, 'run', '-s', 'cli', '--', 'validate', seed.path] } }, options.runs).npm;
  } catch {
    npmRunCli = null; // No npm on PATH: the bundle's own figure stands.
  }
  return { bareNodeMs: bareNode.medianMs, bareNodeWithoutCaCertsMs: times.bareNodeWithoutCaCerts?.medianMs ?? null, rows, npmRunCliValidateMs: npmRunCli?.medianMs ?? null };
}

export interface WholeProcessFigures {
  runs: number;
  export: {
    seedWithoutCharts: ExportFigures;
    /** Every chart drawn, as the first export of a report. */
    seedWithCharts: ExportFigures;
    /** The charts kept from the run before, as every later export of an unchanged report. */
    seedWithChartsKept: ExportFigures;
    large: ExportFigures;
    growth: (ExportFigures & { factor: number; metrics: number })[];
  };
  startUp: StartUpFigures;
}

export function measureWholeProcess(cases: BenchCases, options: WholeProcessOptions): WholeProcessFigures {
  const figures: WholeProcessFigures = {
    runs: options.runs,
    export: {
      seedWithoutCharts: exportOnce(cases.seed, options, 'none'),
      seedWithCharts: exportOnce(cases.seed, options, 'drawn'),
      seedWithChartsKept: exportOnce(cases.seed, options, 'kept'),
      large: exportOnce(cases.large, options, 'none'),
      growth: cases.growth.map((benchCase) => ({ factor: benchCase.factor, metrics: benchCase.report.metrics.length, ...exportOnce(benchCase, options, 'none') })),
    },
    startUp: startUpFigures(cases.seed, options),
  };
  printWholeProcess(figures, cases);
  return figures;
}

function printWholeProcess(figures: WholeProcessFigures, cases: BenchCases): void {
  const { export: exports, startUp } = figures;
  const shown = CONTENDERS.filter((name) => exports.seedWithoutCharts[name] !== null);
  const cell = (figure: ContenderFigures | null) => (figure === null ? '—' : `${formatMs(figure.ms)} ${formatRatio(figure.overPandoc)}`);
  const row = (label: string, figure: ExportFigures, pandocNote = '') => [label, ...shown.map((name) => cell(figure[name])), figure.pandoc === null ? '—' : `${formatMs(figure.pandoc.ms)}${pandocNote}`];
  console.log(`Whole processes: median of ${figures.runs} runs, each contender alternated with the others; beside each time, its ratio to pandoc's in the same run (< 1× is faster).`);
  console.log('before: the baseline commit\'s command line; after: the report-desk command (scripts/report-desk: the start-up snapshot where it fits); entry: node dist/cli/report-desk.cjs (its code cache).');
  const seedLabel = cases.seed.label.replace(', with charts', '');
  printTable(
    ['export', ...shown, 'pandoc'],
    [
      row(`${seedLabel}, no charts`, exports.seedWithoutCharts),
      ...exports.growth.map((figure, index) => row(cases.growth[index]!.label, figure)),
      row(`${seedLabel}, charts drawn`, exports.seedWithCharts, ' (no charts)'),
      row(`${seedLabel}, charts kept from the last run`, exports.seedWithChartsKept, ' (no charts)'),
      row(cases.large.label, exports.large),
    ],
  );
  const whats = [...new Set(startUp.rows.map((one) => one.what))];
  const startUpCell = (contender: Contender, what: string) => {
    const found = startUp.rows.find((one) => one.contender === contender && one.what === what);
    return found === undefined ? '—' : `${formatMs(found.ms)} ${formatRatio(found.overBareNode)}`;
  };
  console.log(`Start-up alone, ${figures.runs * 3} runs each; beside each time, its ratio to a bare node -e 0 (${formatMs(startUp.bareNodeMs)}) in the same run.`);
  printTable(['start-up', ...shown], whats.map((what) => [what, ...shown.map((name) => startUpCell(name, what))]));
  if (startUp.bareNodeWithoutCaCertsMs !== null) {
    const without = startUp.bareNodeWithoutCaCertsMs;
    const againstWithout = (contender: Contender, what: string) => {
      const found = startUp.rows.find((one) => one.contender === contender && one.what === what);
      return found === undefined ? '—' : `${formatMs(found.ms)} ${formatRatio(rounded(found.ms / without))}`;
    };
    console.log(`This environment sets NODE_EXTRA_CA_CERTS, whose certificates every Node parses as it starts, node -e 0 included; the report-desk command starts Node without it (it opens no connection).`);
    console.log(`The same start-ups against node -e 0 started without it too (${formatMs(without)}): what a start costs beyond Node's own, whatever the machine sets.`);
    printTable(['start-up', ...shown], whats.map((what) => [what, ...shown.map((name) => againstWithout(name, what))]));
  }
  if (startUp.npmRunCliValidateMs !== null) console.log(`npm run cli -- validate (npm's own start included): ${formatMs(startUp.npmRunCliValidateMs)}\n`);
}
