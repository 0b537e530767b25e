// The command line's entry, dist/cli/report-desk.cjs: `report-desk`, `npm run cli --` and
// `node dist/cli/report-desk.cjs <command>` all start here. It compiles the command line's code
// beside it with the code cache the build made (cli-code-cache.ts) and runs it: one process,
// on any Node; the code compiled as it is where the cache does not belong to it.
import { loadCode } from './cli-code-cache';

const { code, how } = loadCode(__dirname);
// A diagnostic for the tests and the bench: which way the command line started (cli-snapshot.ts says the same).
if (process.env.REPORT_DESK_TRACE_START === '1') process.stderr.write(`report-desk: start-up: ${how}\n`);
void code.run(process.argv.slice(2), __dirname).then((status) => {
  process.exitCode = status;
});
