// The command-line entry (npm run cli -- <command>): a thin shell over runCli.
import { runCli } from './cli-commands';

// npm runs scripts from the package folder; the person's paths are relative to where they typed.
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD !== undefined) process.chdir(process.env.INIT_CWD);

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
