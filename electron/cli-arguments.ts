// The command line's grammar: turns argv into one command, or a usage error in one sentence.
import type { ExportOptions } from '../shared/report-schema';
import { readMonthInput } from '../shared/month-cells';
import { documentLanguageNamed, type DocumentLanguage } from '../shared/i18n/document-language';
import { closest, distance } from 'fastest-levenshtein';
import { version } from '../package.json';

type GroupStyle = ExportOptions['groupStyle'];
const GROUP_STYLES: readonly GroupStyle[] = ['combined', 'sub-rows'];

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'export'; file: string; out: string | null; includeCharts: boolean | null; groupStyle: GroupStyle | null; referenceDoc: string | null }
  | { command: 'validate'; file: string }
  | NextPeriodCommand
  | ImportCommand
  | HistoryCommand
  | NewCommand;

export interface NewCommand {
  command: 'new';
  /** --template: a template's name (shipped or the person's own), or a .rdesk-template file. */
  template: string;
  out: string;
  force: boolean;
  /** --period-start: the first month (YYYY-MM); null proposes the last period of the template's length that has ended. */
  start: string | null;
  /** --name: the period's name; null names it by its months. */
  name: string | null;
  /** --language: the report's language; a shipped template is taken in it, another's report is put in it. Null: the template's own. */
  language: { language: DocumentLanguage; tag: string } | null;
}

export interface HistoryCommand {
  command: 'history';
  /** Report files and folders, read together. */
  inputs: string[];
  out: string;
  format: 'docx' | 'csv';
  /** --subfolders: a folder's sub-folders are read too. */
  subfolders: boolean;
  /** --join <old name>=<new name>: a renamed metric or person, read as one. */
  joins: { from: string; to: string }[];
  /** --reference-doc: the Word template the annex wears, in place of the newest report's own. */
  referenceDoc: string | null;
}

export interface NextPeriodCommand {
  command: 'next-period';
  file: string;
  out: string;
  force: boolean;
  /** --name: the new period's name; null proposes one as the window does. */
  name: string | null;
  /** --start: its first month (YYYY-MM), read from 07/2025, 2025-07 or July 2025; null proposes one. */
  start: string | null;
}

export interface ImportCommand {
  command: 'import';
  file: string;
  source: string;
  out: string;
  force: boolean;
  /** --group: the ARGO group or endpoint to import. */
  group: string | null;
  /** --map <series>=<metric>, in the order given; an empty metric leaves the series out. */
  maps: { series: string; metric: string }[];
  /** --hours or --working-days: the unit of ticket response times; null: as the column's heading says, else working days. */
  responseUnit: 'hours' | 'working-days' | null;
  hoursPerDay: number | null;
  /** --first-month: the month M1 is, for a report whose months are only numbered. */
  firstMonth: string | null;
}

export class UsageError extends Error {}

export const PROGRAM = 'report-desk';
/** The package's version, as `report-desk --version` prints it. */
export const VERSION: string = version;

export const USAGE = `Usage: ${PROGRAM} <command> [options]   (in the repository: npx ${PROGRAM} <command> [options])

Commands:
  export <file.rdesk> [--out <file.docx>] [--no-charts | --charts] [--group-style combined|sub-rows]
         [--reference-doc <template.dotx>]
      Write the report as a Word document (default: the report's name with .docx). Charts and
      the group layout default to what the report file says: combined, a group of up to two
      metrics is one row ("lu: 4.42" over "vu: 0.09"), larger groups a row per metric;
      sub-rows, a row per metric always. Prompts the drafts left ("[describe the measure
      planned]") are exported as written, with a warning on stderr. A report that keeps a
      Word template (chosen in its details) is exported in it; --reference-doc dresses the
      document in another organisation's template (.dotx or .docx) for this run: its styles,
      page, headers and footers. The style each part took is listed, and what the template
      refers to outside itself is left out with a warning. A report's template that cannot
      be used leaves Report Desk's own look, with a warning.
  validate <file.rdesk>
      Check that the file is a report Report Desk can open, and say what it holds.
  next-period <file.rdesk> --out <new.rdesk> [--name <period name>] [--start <month>] [--force]
      Start the following period's report: same people, metrics and targets, figures
      cleared, last period kept in summary. The period is proposed as the window does (the
      start month moved on, or the next name after one such as "January – June 2025");
      --name and --start set it ("July – December 2025", 07/2025). Never changes the input
      file; --force replaces an existing --out file.
  import <file.rdesk> <source> --out <new.rdesk> [--group <name>] [--map <series>=<metric>]…
         [--working-days | --hours [--hours-per-day <n>]] [--first-month <YYYY-MM>] [--force]
      Put monthly figures from ARGO results (JSON or XML, monthly granularity), a spreadsheet
      saved as CSV or TSV (a month column, a column per metric) or a ticket export (CSV: a
      priority, a date and a response time per ticket) into a new report. --group chooses
      the ARGO group or endpoint; --map sends a series (availability, a column's heading, a
      priority) to a metric, or nowhere with nothing after =; --hours or --working-days says
      the unit of response times (default: as the column's heading says, else working days;
      8 hours to a working day unless --hours-per-day says otherwise); --first-month
      says which month M1 is when the report's months are only numbered. Months outside the
      period are listed and left out. Never changes the input files.
  new --template <name or file.rdesk-template> --out <new.rdesk> [--language <language>] [--period-start <month>] [--name <period name>] [--force]
      Start a new report from a template: one Report Desk ships ("EGI OLA service report",
      "Quarterly service report", "Project periodic report", each also in French and German:
      "Rapport de service trimestriel", "Service-Quartalsbericht" …), one of your own (kept with
      Save as Template… in the app), named case and accents aside, or a template file. Its
      sections, people, metrics and targets, no figures yet. --language (en, fr, de, French,
      Deutsch, fr-BE …) takes a shipped template in that language, or writes the report from
      another template in it (drafts and the app's titles; your own words stay). --period-start
      gives the first month (2026-01, 01/2026 or January 2026; default: the last period of the
      template's length that has ended); --name the period's name. --force replaces an existing
      --out file.
  history <files or folders…> --out <history.docx|history.csv> [--subfolders] [--join <old>=<new>]…
          [--reference-doc <template.dotx>]
      Read a service's reports together, in period order: a Word annex (charts over the years,
      each metric period by period, runs of misses, effort, the measures after misses) or a
      CSV in long form (period, month, metric, group, key, value, unit, target, met, note).
      A folder gives its .rdesk files (--subfolders: its sub-folders' too). Files of another
      service, unreadable files, a second file for a period and overlapping months are left
      out, each named on stderr. --join reads a renamed metric or person as one. The annex
      wears the newest report's Word template where it keeps one, or the one --reference-doc
      gives.

Options:
  -h, --help      Show this help.
  -v, --version   Show the version.

Exit status: 0 on success, 1 on any problem (one line on stderr, nothing written).`;

const COMMAND_OPTIONS = {
  export: ['--out', '--no-charts', '--charts', '--group-style', '--reference-doc'],
  validate: [],
  'next-period': ['--out', '--force', '--name', '--start', '--period-start'],
  import: ['--out', '--force', '--group', '--map', '--hours', '--working-days', '--hours-per-day', '--first-month'],
  history: ['--out', '--subfolders', '--join', '--reference-doc'],
  new: ['--template', '--out', '--language', '--period-start', '--start', '--name', '--force'],
} as const satisfies Record<string, readonly string[]>;

type CommandName = keyof typeof COMMAND_OPTIONS;
const VALUE_OPTIONS = new Set(['--out', '--group-style', '--reference-doc', '--group', '--map', '--hours-per-day', '--first-month', '--name', '--start', '--join', '--template', '--period-start', '--language']);
/** Options that may be given more than once, each time adding a value. */
const REPEATED_OPTIONS = new Set(['--map', '--join']);

function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(COMMAND_OPTIONS, word);
}

interface Scanned {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
  repeated: Map<string, string[]>;
}

function scan(command: CommandName, words: readonly string[]): Scanned {
  const allowed: readonly string[] = COMMAND_OPTIONS[command];
  const scanned: Scanned = { positionals: [], values: new Map(), flags: new Set(), repeated: new Map() };
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
      throw new UsageError(`"${command}" has no option ${name}${allowed.length === 0 ? '' : ` (it takes ${allowed.join(', ')}${didYouMean(name, allowed)})`}`);
    }
    if (scanned.values.has(name) || scanned.flags.has(name)) throw new UsageError(`${name} is given twice`);
    if (VALUE_OPTIONS.has(name)) {
      const value = equals === -1 ? words[(index += 1)] : word.slice(equals + 1);
      if (value === undefined || value === '' || (equals === -1 && value.startsWith('-'))) {
        throw new UsageError(`${name} needs ${name === '--out' ? 'a file name' : 'a value'} after it`);
      }
      if (REPEATED_OPTIONS.has(name)) scanned.repeated.set(name, [...(scanned.repeated.get(name) ?? []), value]);
      else scanned.values.set(name, value);
    } else {
      if (equals !== -1) throw new UsageError(`${name} takes no value`);
      scanned.flags.add(name);
    }
  }
  return scanned;
}

/**
 * The word meant, where a typed one is a slip away from it (two letters at most, and less than
 * half the word): "expot" is export, "--no-chart" is --no-charts; a word far from all is not guessed at.
 */
export function nearestWord(typed: string, words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const nearest = closest(typed, [...words]);
  const apart = distance(typed, nearest);
  return apart <= 2 && apart < nearest.replace(/^-+/, '').length / 2 ? nearest : null;
}

/** " (did you mean export?)", or nothing. */
function didYouMean(typed: string, words: readonly string[]): string {
  const nearest = nearestWord(typed, words);
  return nearest === null ? '' : `; did you mean ${nearest}?`;
}

function oneFile(command: CommandName, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError(`"${command}" needs a report file (.rdesk)`);
  if (positionals.length > 1) throw new UsageError(`"${command}" takes one report file, but got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0]!;
}

/** Parses the words after the program name. Throws UsageError on anything it does not know. */
export function parseArguments(argv: readonly string[]): CliCommand {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) return { command: 'version' };
  const [first, ...rest] = argv as [string, ...string[]];
  if (!isCommandName(first)) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
    const commands = Object.keys(COMMAND_OPTIONS);
    throw new UsageError(`${what} (commands: ${commands.join(', ')}${didYouMean(first, first.startsWith('-') ? ['--help', '--version'] : commands)})`);
  }
  const scanned = scan(first, rest);
  if (first === 'import') return importCommand(scanned);
  if (first === 'history') return historyCommand(scanned);
  if (first === 'new') return newCommand(scanned);
  const { positionals, values, flags } = scanned;
  const file = oneFile(first, positionals);
  if (first === 'validate') return { command: 'validate', file };
  if (first === 'export') {
    if (flags.has('--charts') && flags.has('--no-charts')) throw new UsageError('--charts and --no-charts cannot both be given');
    const includeCharts = flags.has('--no-charts') ? false : flags.has('--charts') ? true : null;
    const groupStyle = values.get('--group-style') ?? null;
    if (groupStyle !== null && !GROUP_STYLES.includes(groupStyle as GroupStyle)) {
      throw new UsageError(`--group-style takes ${GROUP_STYLES.join(' or ')}, not "${groupStyle}"`);
    }
    return { command: 'export', file, out: values.get('--out') ?? null, includeCharts, groupStyle: groupStyle as GroupStyle | null, referenceDoc: values.get('--reference-doc') ?? null };
  }
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('"next-period" needs --out <new.rdesk>: the new report is written to a new file');
  const start = startMonth(values, '--start');
  return { command: 'next-period', file, out, force: flags.has('--force'), name: values.get('--name') ?? null, start };
}

function importCommand({ positionals, values, flags, repeated }: Scanned): ImportCommand {
  if (positionals.length !== 2) {
    throw new UsageError(`"import" takes a report file (.rdesk) and the file to import from, but got ${positionals.length === 0 ? 'neither' : positionals.join(' ')}`);
  }
  const [file, source] = positionals as [string, string];
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('"import" needs --out <new.rdesk>: the report with the figures in is written to a new file');
  const maps = (repeated.get('--map') ?? []).map((map) => {
    const equals = map.indexOf('=');
    if (equals <= 0) throw new UsageError(`--map takes <series>=<metric>, such as "Availability (%)=Availability", not "${map}"`);
    return { series: map.slice(0, equals).trim(), metric: map.slice(equals + 1).trim() };
  });
  const hoursPerDayText = values.get('--hours-per-day') ?? null;
  const hoursPerDay = hoursPerDayText === null ? null : Number(hoursPerDayText.replace(',', '.'));
  if (hoursPerDay !== null && !(Number.isFinite(hoursPerDay) && hoursPerDay > 0 && hoursPerDay <= 24)) {
    throw new UsageError(`--hours-per-day takes the working hours in a day, such as 8, not "${hoursPerDayText}"`);
  }
  if (flags.has('--hours') && flags.has('--working-days')) throw new UsageError('--hours and --working-days cannot both be given');
  if (hoursPerDay !== null && !flags.has('--hours')) throw new UsageError('--hours-per-day goes with --hours (response times in hours)');
  const responseUnit = flags.has('--hours') ? 'hours' : flags.has('--working-days') ? 'working-days' : null;
  const firstMonth = values.get('--first-month') ?? null;
  if (firstMonth !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(firstMonth)) throw new UsageError(`--first-month takes a month written YYYY-MM, such as 2025-07, not "${firstMonth}"`);
  return { command: 'import', file, source, out, force: flags.has('--force'), group: values.get('--group') ?? null, maps, responseUnit, hoursPerDay, firstMonth };
}

function historyCommand({ positionals, values, flags, repeated }: Scanned): HistoryCommand {
  if (positionals.length === 0) throw new UsageError('"history" needs the reports to read: files (.rdesk) or folders');
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('"history" needs --out <history.docx> or --out <history.csv>');
  const format = /\.docx$/i.test(out) ? 'docx' : /\.csv$/i.test(out) ? 'csv' : null;
  if (format === null) throw new UsageError(`--out names a Word annex (.docx) or a table (.csv), not "${out}"`);
  const joins = (repeated.get('--join') ?? []).map((join) => {
    const equals = join.indexOf('=');
    const from = join.slice(0, equals).trim();
    const to = join.slice(equals + 1).trim();
    if (equals <= 0 || from === '' || to === '') throw new UsageError(`--join takes <old name>=<new name>, such as "Service availability=Availability", not "${join}"`);
    return { from, to };
  });
  return { command: 'history', inputs: positionals, out, format, subfolders: flags.has('--subfolders'), joins, referenceDoc: values.get('--reference-doc') ?? null };
}

function newCommand({ positionals, values, flags }: Scanned): NewCommand {
  if (positionals.length > 0) throw new UsageError(`"new" takes no file of its own (got ${positionals.join(' ')}); name the template with --template`);
  const template = values.get('--template');
  if (template === undefined) throw new UsageError('"new" needs --template <name or file>: the template the report starts from');
  const out = values.get('--out');
  if (out === undefined) throw new UsageError('"new" needs --out <new.rdesk>: the new report is written to a new file');
  const start = startMonth(values, '--period-start');
  const languageText = values.get('--language') ?? null;
  const language = languageText === null ? null : documentLanguageNamed(languageText);
  if (languageText !== null && language === null) throw new UsageError(`--language takes a language the document can be written in: en, fr or de (English, French, German, or a tag such as fr-BE), not "${languageText}"`);
  return { command: 'new', template, out, force: flags.has('--force'), start, name: values.get('--name') ?? null, language };
}

/**
 * The first month of a new period, given as --start (next-period's name) or --period-start
 * (new's): each command takes both, so a person who learnt one is not refused by the other.
 */
function startMonth(values: ReadonlyMap<string, string>, usual: '--start' | '--period-start'): string | null {
  const given = (['--start', '--period-start'] as const).filter((option) => values.has(option));
  if (given.length > 1) throw new UsageError(`--start and --period-start say the same thing: give one (${usual})`);
  const option = given[0];
  if (option === undefined) return null;
  const read = readMonthInput(values.get(option)!);
  if (!read.ok) throw new UsageError(`${option}: ${read.message}`);
  return read.month;
}
