// The command line's code, bundled into one CommonJS script: dist/cli/report-desk-code.cjs
// (scripts/build-cli.mjs). It runs two ways. Compiled by the entry, dist/cli/report-desk.cjs
// (cli-start.ts), with the code cache the build made from it (cli-code-cache.ts): the entry hands
// it `reportDeskLoader`, and it hands back the command line. Or run once by Node at build time to
// make the start-up snapshot (cli-snapshot.ts), which then starts from the heap it left.
import { buildingSnapshot } from './cli-snapshot-guard';
import { join } from 'node:path';
import { runCliProcess } from './cli-process';
import { useChartWorker } from './services/charts/chart-drawing';
import { CHART_WORKER_FILES, CHART_WORKER_START_FILE } from './chart-worker-code';
import type { CliCode } from './cli-code-cache';
import { prepareSnapshot } from './cli-snapshot';
import { warmUp } from './cli-warm-up';

/** Given by the entry (cli-code-cache.ts) around this code; absent when Node makes the snapshot from it. */
declare const reportDeskLoader: ((code: CliCode) => void) | undefined;

async function run(argv: readonly string[], folder: string): Promise<number> {
  // The chart renderer's thread, built beside this code (scripts/build-cli.mjs), each thread
  // compiling it with its code cache; REPORT_DESK_TRACE_START says whether it could.
  const trace = process.env.REPORT_DESK_TRACE_START === '1';
  useChartWorker(join(folder, CHART_WORKER_FILES.code), {
    file: join(folder, CHART_WORKER_START_FILE),
    ...(trace ? { onStarted: (how: string) => process.stderr.write(`report-desk: chart thread: ${how}\n`) } : {}),
  });
  // npm runs scripts from the package folder; the person's paths are relative to where they typed.
  if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD !== undefined) process.chdir(process.env.INIT_CWD);
  return runCliProcess(argv);
}

const code: CliCode = { run, warmUp };

if (buildingSnapshot()) prepareSnapshot(code);
else if (typeof reportDeskLoader === 'function') reportDeskLoader(code);
else {
  process.stderr.write('report-desk: report-desk-code.cjs is run by its entry: node dist/cli/report-desk.cjs <command>\n');
  process.exitCode = 1;
}
