// The command-line entry (npm run cli -- <command>): a thin shell over runCli.
import { runCli } from './cli-commands';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
