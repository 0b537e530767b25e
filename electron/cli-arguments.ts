// The command line's grammar: turns argv into one command, or a usage error in one sentence.
import type { ExportOptions } from '../shared/report-schema';

type GroupStyle = ExportOptions['groupStyle'];
const GROUP_STYLES: readonly GroupStyle[] = ['combined', 'sub-rows'];

export type CliCommand =
  | { command: 'help' }
  | { command: 'export'; file: string; out: string | null; includeCharts: boolean | null; groupStyle: GroupStyle | null }
  | { command: 'validate'; file: string }
  | { command: 'next-period'; file: string; out: string; force: boolean };

export class UsageError extends Error {}

export const PROGRAM = 'report-desk';

export const USAGE = `Usage: ${PROGRAM} <command> [options]   (from the repository: npm run cli -- <command> [options])

Commands:
  export <file.rdesk> [--out <file.docx>] [--no-charts | --charts] [--group-style combined|sub-rows]
      Write the report as a Word document (default: the report's name with .docx). Charts and
      the group layout (Support priority as one row "lu: 4.42  vu: 0.09", or a row per priority)
      default to what the report file says.
  validate <file.rdesk>
      Check that the file is a report Report Desk can open, and say what it holds.
  next-period <file.rdesk> --out <new.rdesk> [--force]
      Start the following period's report: same people, metrics and targets, figures
      cleared. Never changes the input file; --force replaces an existing --out file.

Options:
  -h, --help   Show this help.

Exit status: 0 on success, 1 on any problem (one line on stderr, nothing written).`;

const COMMAND_OPTIONS = {
  export: ['--out', '--no-charts', '--charts', '--group-style'],
  validate: [],
  'next-period': ['--out', '--force'],
} as const satisfies Record<string, readonly string[]>;

type CommandName = keyof typeof COMMAND_OPTIONS;
const VALUE_OPTIONS = new Set(['--out', '--group-style']);

function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(COMMAND_OPTIONS, word);
}

interface Scanned {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

function scan(command: CommandName, words: readonly string[]): Scanned {
  const allowed: readonly string[] = COMMAND_OPTIONS[command];
  const scanned: Scanned = { positionals: [], values: new Map(), flags: new Set() };
  let optionsEnded = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (optionsEnded || !word.startsWith('-') || word === '-') {
      scanned.positionals.push(word);
      continue;
    }
    if (word === '--') {
      optionsEnded = true;
      continue;
    }
    const equals = word.indexOf('=');
    const name = equals === -1 ? word : word.slice(0, equals);
    if (!allowed.includes(name)) {
      throw new UsageError(`"${command}" has no option ${name}${allowed.length === 0 ? '' : ` (it takes ${allowed.join(', ')})`}`);
    }
    if (scanned.values.has(name) || scanned.flags.has(name)) throw new UsageError(`${name} is given twice`);
    if (VALUE_OPTIONS.has(name)) {
      const value = equals === -1 ? words[(index += 1)] : word.slice(equals + 1);
      if (value === undefined || value === '' || (equals === -1 && value.startsWith('-'))) {
        throw new UsageError(`${name} needs ${name === '--out' ? 'a file name' : 'a value'} after it`);
      }
      scanned.values.set(name, value);
    } else {
      if (equals !== -1) throw new UsageError(`${name} takes no value`);
      scanned.flags.add(name);
    }
  }
  return scanned;
}

function oneFile(command: CommandName, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError(`"${command}" needs a report file (.rdesk)`);
  if (positionals.length > 1) throw new UsageError(`"${command}" takes one report file, but got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0]!;
}

/** Parses the words after the program name. Throws UsageError on anything it does not know. */
export function parseArguments(argv: readonly string[]): CliCommand {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  const [first, ...rest] = argv as [string, ...string[]];
  if (!isCommandName(first)) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
    throw new UsageError(`${what} (commands: ${Object.keys(COMMAND_OPTIONS).join(', ')})`);
  }
  const { positionals, values, flags } = scan(first, rest);
  const file = oneFile(first, positionals);
  if (first === 'validate') return { command: 'validate', file };
  if (first === 'export') {
    if (flags.has('--charts') && flags.has('--no-charts')) throw new UsageError('--charts and --no-charts cannot both be given');
    const includeCharts = flags.has('--no-charts') ? false : flags.has('--charts') ? true : null;
    const groupStyle = values.get('--group-style') ?? null;
    if (groupStyle !== null && !GROUP_STYLES.includes(groupStyle as GroupStyle)) {
      throw new UsageError(`--group-style takes ${GROUP_STYLES.join(' or ')}, not "${groupStyle}"`);
    }
    return { command: 'export', file, out: values.get('--out') ?? null, includeCharts, groupStyle: groupStyle as GroupStyle | null };
  }
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('"next-period" needs --out <new.rdesk>: the new report is written to a new file');
  return { command: 'next-period', file, out, force: flags.has('--force') };
}
