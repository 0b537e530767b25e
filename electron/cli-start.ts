// The command line's entry, dist/cli/report-desk.cjs: `report-desk`, `npm run cli --` and
// `node dist/cli/report-desk.cjs <command>` all start here (the first from the start-up snapshot
// where it can). It compiles the command line's code beside it with the code cache the build
// made (cli-code-cache.ts) and runs it: one process, on any Node; the code compiled as it is
// where the cache does not belong to it.
import { loadCode, type LoadedCode } from './cli-code-cache';

let loaded: LoadedCode | null = null;
try {
  loaded = loadCode(__dirname);
} catch (error) {
  // A build cut short or removed: one line, as every failure of the command line says.
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`report-desk: the command line's code beside ${__filename} could not be loaded (${reason}); build it again with npm run build:cli\n`);
  process.exitCode = 1;
}
if (loaded !== null) {
  // A diagnostic for the tests and the bench: which way the command line started (cli-snapshot.ts says the same).
  if (process.env.REPORT_DESK_TRACE_START === '1') process.stderr.write(`report-desk: start-up: ${loaded.how}\n`);
  void loaded.code.run(process.argv.slice(2), __dirname).then((status) => {
    process.exitCode = status;
  });
}
