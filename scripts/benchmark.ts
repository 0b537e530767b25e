// npm run bench [-- --json <file>] [--runs <n>] [--only <parts>] [--baseline <commit> | --baseline-cli "<command>"]
// The one place for every figure: whole processes against pandoc and a bare Node, the export,
// opening and saving in process, the window's edits and opening, the renderer bundle's size.
// Prints tables; with --json writes every figure to one file. Nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCase, writeBenchCases } from './bench-cases';
import { measureInProcess } from './bench-in-process';
import { measureHistory } from './bench-history';
import { measureTemplates } from './bench-template';
import { measureRendererBundle, measureWindow } from './bench-window';
import { findPandoc, measureWholeProcess } from './bench-whole-process';
import { measureLargest } from './bench-largest';
import type { Command } from './bench-timing';
import { ensureCliBundle } from './ensure-cli.cjs';
import { BASELINE_REF, buildBaseline } from './bench-baseline';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PARTS = ['whole-process', 'in-process', 'largest', 'history', 'template', 'window', 'bundle'] as const;
type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run bench -- [--json <file>] [--runs <n>] [--only <parts>] [--baseline <commit> | --baseline-cli "<command>"]
  --json <file>           also write every figure to <file> (JSON)
  --runs <n>              timed runs per figure (default 5); whole processes alternate with pandoc
  --only <parts>          some of: ${PARTS.join(', ')} (comma-separated; default all)
  --baseline <commit>     the "before" of whole processes: that commit's command line, built from
                          git in the bench's temp folder (default ${BASELINE_REF}; "none" for no before)
  --baseline-cli <words>  time this command line as "before" instead, e.g. an older checkout's
                          "node ../old/dist/cli/report-desk.cjs" (split at spaces)`;

interface Options {
  json: string | null;
  runs: number;
  parts: Set<Part>;
  /** A commit to build as "before", or null for none. */
  baselineRef: string | null;
  /** A command line to time as "before" instead of building one. */
  baselineCli: Command | null;
}

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(1);
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { json: null, runs: 5, parts: new Set(PARTS), baselineRef: BASELINE_REF, baselineCli: null };
  // npm runs scripts from the package folder; a relative --json is where the person typed.
  const typedIn = process.env.INIT_CWD ?? process.cwd();
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index]!;
    const value = () => argv[(index += 1)] ?? fail(`${word} needs a value`);
    if (word === '--help' || word === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (word === '--json') options.json = resolve(typedIn, value());
    else if (word === '--runs') {
      options.runs = Number(value());
      if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs takes a whole number of at least 1');
    } else if (word === '--only') {
      const parts = value().split(',');
      const unknown = parts.filter((part) => !PARTS.includes(part as Part));
      if (unknown.length > 0) fail(`--only knows ${PARTS.join(', ')}, not ${unknown.join(', ')}`);
      options.parts = new Set(parts as Part[]);
    } else if (word === '--baseline') {
      const ref = value();
      options.baselineRef = ref === 'none' ? null : ref;
    } else if (word === '--baseline-cli') {
      const [program, ...args] = value().split(' ').filter((part) => part !== '');
      if (program === undefined) fail('--baseline-cli needs a command');
      options.baselineCli = { program, args };
    } else fail(`unknown option ${word}`);
  }
  return options;
}

/** The window and the bundle need the renderer built; whole processes need the CLI bundle current, and the export in process its chart worker. */
async function build(parts: Set<Part>): Promise<void> {
  if (parts.has('window') || parts.has('bundle')) {
    console.log('Building (npm run build) so that the figures are of the sources as they are…');
    const run = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) fail('npm run build failed; its errors are above');
  } else if (parts.has('whole-process') || parts.has('in-process') || parts.has('largest') || parts.has('history')) {
    await ensureCliBundle();
  }
}

const options = parseOptions(process.argv.slice(2));
await build(options.parts);
const folder = await mkdtemp(join(tmpdir(), 'report-desk-bench-'));
try {
  const pandoc = findPandoc();
  const figures: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: {
      cpuCount: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverageAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
      node: process.version,
      pandocVersion: pandoc.path === null ? null : pandoc.version,
      ...(pandoc.path === null ? { pandocMissing: pandoc.reason } : {}),
      caveat: 'Absolute times move with the machine and its load; compare the ratios taken within one run.',
    },
  };
  console.log(`Report Desk benchmark: ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}, Node ${process.version}, ${pandoc.path === null ? pandoc.reason : `pandoc ${pandoc.version}`}.`);
  console.log('Absolute times move with the machine and its load; compare the ratios taken within one run. Nothing is asserted.\n');

  const cases = await writeBenchCases(folder);
  const described: Record<string, unknown> = {};
  for (const benchCase of [cases.seed, cases.large, cases.grid36x60, cases.thousandMetrics, ...cases.growth, ...cases.largeGrowth]) described[benchCase.key] = await describeCase(benchCase);
  figures.reports = described;

  if (options.parts.has('whole-process')) {
    let before = options.baselineCli;
    if (before === null && options.baselineRef !== null) {
      console.log(`Building the command line as it was at ${options.baselineRef} ("before")…`);
      const baseline = await buildBaseline(options.baselineRef, folder);
      if (baseline.note !== null) console.log(`bench: ${baseline.note}`);
      before = baseline.cli;
      figures.baseline = { ref: baseline.ref, built: baseline.cli !== null, note: baseline.note };
    } else if (before !== null) figures.baseline = { command: [before.program, ...before.args].join(' ') };
    figures.wholeProcess = measureWholeProcess(cases, { folder, runs: options.runs, pandoc: pandoc.path, before });
  }
  if (options.parts.has('in-process')) figures.inProcess = await measureInProcess(cases, folder, options.runs);
  if (options.parts.has('largest')) figures.largest = await measureLargest(folder, options.runs);
  if (options.parts.has('history')) figures.history = await measureHistory(folder, options.runs);
  if (options.parts.has('template')) figures.wordTemplate = await measureTemplates(folder, options.runs);
  if (options.parts.has('bundle')) figures.rendererBundle = await measureRendererBundle();
  if (options.parts.has('window')) figures.window = await measureWindow(folder);
  (figures.machine as Record<string, unknown>).loadAverageAtEnd = loadavg().map((load) => Math.round(load * 100) / 100);

  if (options.json !== null) {
    await writeFile(options.json, `${JSON.stringify(figures, null, 2)}\n`, 'utf8');
    console.log(`Every figure is in ${options.json}`);
  }
} catch (error) {
  // A command that failed (the CLI, pandoc) says why in one line; the figures would mean nothing.
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}
