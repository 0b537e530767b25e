// The command line as a whole process: the person's terminal for output, and an exit status
// once everything written has reached it. Both `npm run cli` and `report-desk --cli` run it.
import { runCli } from './cli-dispatch';
import { chartCacheFolder, useChartFolder, useChartThreads } from './services/charts/chart-drawing';

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * Output no one reads any more (`report-desk export … | head -1`: the reader closed the pipe) is
 * dropped, as a native tool's is: the command still finishes what it was doing (the document is
 * written whole), with no stack trace on the terminal. Any other failure to write (a full disk)
 * is said once, and the command fails: a script must not take lost output for a success.
 */
function dropOutputOnClosedPipe(stream: NodeJS.WriteStream, lost: { output: boolean }): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || lost.output) return;
    lost.output = true;
    if (stream !== process.stderr) process.stderr.write(`report-desk: could not write the output: ${error.message}\n`);
  });
}

/** Runs one command line on this process's streams; the exit status once they have been written. */
export async function runCliProcess(argv: readonly string[]): Promise<number> {
  const lost = { output: false };
  dropOutputOnClosedPipe(process.stdout, lost);
  dropOutputOnClosedPipe(process.stderr, lost);
  // A new process for every command: the charts drawn last time are kept on disk, not only in memory.
  useChartFolder(chartCacheFolder());
  useChartThreads(1);
  const code = await runCli(argv, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  // Pipes are asynchronous on macOS and Windows: an exit before they drain would cut the output.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  return lost.output && code === 0 ? 1 : code;
}
