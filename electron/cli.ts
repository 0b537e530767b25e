// The command-line entry, bundled to dist/cli/report-desk.mjs (report-desk, npm run cli -- <command>).
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22 and later keep the code they compile between runs (their compile cache); the command
// line's code is imported after this line, so that it is in it. Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { runCliProcess } = await import('./cli-process');
const { useChartWorker } = await import('./services/charts/chart-drawing');

// The chart renderer's thread, bundled beside this entry (scripts/build-cli.mjs).
useChartWorker(fileURLToPath(new URL('chart-worker.cjs', import.meta.url)));

// A diagnostic for the tests and the bench: which way the command line started (cli-snapshot.ts says the same).
if (process.env.REPORT_DESK_TRACE_START === '1') process.stderr.write('report-desk: start-up: bundle\n');

// npm runs scripts from the package folder; the person's paths are relative to where they typed.
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD !== undefined) process.chdir(process.env.INIT_CWD);

process.exitCode = await runCliProcess(process.argv.slice(2));
