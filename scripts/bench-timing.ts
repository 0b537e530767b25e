// How the benchmark times things: medians of several runs, whole processes timed from spawn to
// exit, and contenders alternated run by run so that a load on the machine weighs on each alike.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  runsMs: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile: the smallest time that `percent` % of the runs do not exceed. */
export function percentile(values: readonly number[], percent: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)]!;
}

export function rounded(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function timing(runsMs: number[]): Timing {
  return { medianMs: rounded(median(runsMs)), runsMs: runsMs.map(rounded) };
}

/**
 * Times work in this process, after one untimed run (loading modules, JIT, caches are not what is
 * measured). At least `runs` runs; work slow enough to make that long takes `minimumRuns`.
 */
export async function timeInProcess(work: () => unknown, runs: number, minimumRuns = 3): Promise<Timing> {
  await work();
  const times: number[] = [];
  const budgetMs = 20_000;
  let spent = 0;
  while (times.length < runs && (times.length < minimumRuns || spent < budgetMs)) {
    const start = performance.now();
    await work();
    const took = performance.now() - start;
    times.push(took);
    spent += took;
  }
  return timing(times);
}

export interface Command {
  program: string;
  args: string[];
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** Taken out of this process's environment. */
  unset?: string[];
}

export class CommandFailed extends Error {}

/** Wall time of one whole process, from spawn to exit; a failure stops the benchmark with its stderr. */
export function timeProcess({ program, args, env = {}, unset = [] }: Command): number {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of unset) delete environment[name];
  const start = performance.now();
  const run = spawnSync(program, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: environment });
  const took = performance.now() - start;
  if (run.error !== undefined || run.status !== 0) {
    const reason = run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? `exit ${run.status}`;
    throw new CommandFailed(`${[program, ...args].join(' ')} failed: ${reason}`);
  }
  return took;
}

/**
 * Runs each contender once untimed, then `runs` rounds in which each runs once, the order turned
 * round every other round, so that a load rising or falling meanwhile falls on all of them.
 */
export function alternate<Name extends string>(contenders: Record<Name, Command>, runs: number): Record<Name, Timing> {
  const names = Object.keys(contenders) as Name[];
  for (const name of names) timeProcess(contenders[name]);
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let round = 0; round < runs; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) times[name].push(timeProcess(contenders[name]));
  }
  return Object.fromEntries(names.map((name) => [name, timing(times[name])])) as Record<Name, Timing>;
}

/** "1.8 s", "312 ms", "4.21 ms": three figures are all a noisy machine can tell. */
export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`;
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`;
}

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '—' : `${ratio.toFixed(ratio >= 10 ? 0 : 1)}×`;
}

/** Prints rows as a table with a header and a rule; the first column left, the others right. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log('-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2)));
  for (const row of rows) console.log(line(row));
  console.log('');
}
