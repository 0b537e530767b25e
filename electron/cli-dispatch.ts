// Runs one command line: its words read (cli-arguments.ts), then the command's own module loaded
// and run. Each command loads only what it needs, when it is asked for: --help and --version load
// no command at all, validate neither docx nor the import readers. A new command is a line in
// COMMAND_RUNNERS with a dynamic import of its module (see README, "Adding a command").
import { PROGRAM, USAGE, VERSION, parseArguments, type CliCommand } from './cli-arguments';
import { describeError, oneLine, type CliOutput } from './cli-errors';

type RunnableCommand = Exclude<CliCommand, { command: 'help' | 'version' }>;
type Runner<Command extends RunnableCommand> = (command: Command, output: CliOutput) => Promise<void>;

/** Each command's runner, imported the first time it is asked for. */
const COMMAND_RUNNERS: { [Name in RunnableCommand['command']]: () => Promise<Runner<Extract<RunnableCommand, { command: Name }>>> } = {
  validate: async () => (await import('./cli-commands')).runValidate,
  'next-period': async () => (await import('./cli-commands')).runNextPeriod,
  export: async () => (await import('./cli-commands')).runExport,
  import: async () => (await import('./cli-import')).runImport,
  history: async () => (await import('./cli-history')).runHistory,
  new: async () => (await import('./cli-new')).runNew,
};

async function runCommand(command: RunnableCommand, output: CliOutput): Promise<void> {
  // The table's type pairs each name with its command; TypeScript cannot follow that pairing through a lookup.
  const load = COMMAND_RUNNERS[command.command] as () => Promise<Runner<RunnableCommand>>;
  await (await load())(command, output);
}

/** Runs one command line; returns the exit status. Never throws, never prints a stack. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.command === 'help') output.out(USAGE);
    else if (command.command === 'version') output.out(`${PROGRAM} ${VERSION}`);
    else await runCommand(command, output);
    return 0;
  } catch (error) {
    output.err(`${PROGRAM}: ${oneLine(describeError(error))}`);
    return 1;
  }
}
