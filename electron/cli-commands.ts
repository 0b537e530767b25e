// What each command does, over the same services the app uses. Every problem becomes one
// line on stderr and exit 1; nothing is written unless the whole command can succeed.
import { realpath, stat } from 'node:fs/promises';
import { format, parse, resolve } from 'node:path';
import { readReportText } from '../shared/report-file';
import type { Report } from '../shared/report-schema';
import { startNextPeriod } from '../shared/report-building';
import { choosePeriod, proposeNextPeriod } from '../shared/period-choice';
import { describePeriod } from '../shared/periods';
import { findPrompts, promptsLine } from '../shared/draft-prompts';
import { readReportFileText, saveReportFile } from './services/report-files';
import { describeFileError } from './services/file-errors';
import { PROGRAM, USAGE, UsageError, parseArguments, type CliCommand } from './cli-arguments';
import { countOf } from '../shared/words';

/** A problem the person can fix; its message is shown as is. */
export class CliError extends Error {}

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

type Loaded = { report: Report; migratedFrom: number | null };

export async function loadReport(file: string): Promise<Loaded> {
  const text = await readReportFileText(file);
  if (!text.ok) throw new CliError(text.message);
  const result = readReportText(text.text);
  if (!result.ok) throw new CliError(`${file}: ${result.message}`);
  return { report: result.report, migratedFrom: result.migratedFrom };
}

async function runValidate(command: Extract<CliCommand, { command: 'validate' }>, output: CliOutput): Promise<void> {
  const { report, migratedFrom } = await loadReport(command.file);
  output.out(
    `${command.file}: valid report "${report.meta.title}", ${countOf(report.meta.period.months, 'month', 'months')}, ${countOf(report.metrics.length, 'metric', 'metrics')}`,
  );
  if (migratedFrom !== null) {
    output.out(`${command.file}: note: saved in the older file format ${migratedFrom}; read through a migration (the file itself is unchanged)`);
  }
}

/** True when both paths name one file, even through a symlink or a different spelling. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [realA, realB] = await Promise.all([realpath(a), realpath(b)]);
    if (realA === realB) return true;
    const [statA, statB] = await Promise.all([stat(realA), stat(realB)]);
    return statA.ino === statB.ino && statA.dev === statB.dev;
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function runNextPeriod(command: Extract<CliCommand, { command: 'next-period' }>, output: CliOutput): Promise<void> {
  const { report } = await loadReport(command.file);
  if (await sameFile(command.file, command.out)) {
    throw new CliError(`--out ${command.out} is the input report itself; the last period's report is never changed, so choose a new file name`);
  }
  if (!command.force && (await exists(command.out))) {
    throw new CliError(`${command.out} already exists; choose another name, or add --force to replace it`);
  }
  const proposed = proposeNextPeriod(report.meta);
  const chosen = command.name === null && command.start === null ? proposed : choosePeriod(proposed.months, command.start ?? proposed.start, command.name ?? '');
  const next = startNextPeriod(report, chosen);
  await saveReportFile(command.out, next);
  output.out(`Created ${command.out}: the period after "${report.meta.title}" (${describePeriod(next.meta)}), figures cleared`);
}

function defaultWordPath(file: string): string {
  const { dir, name } = parse(file);
  return format({ dir, name, ext: '.docx' });
}

async function runExport(command: Extract<CliCommand, { command: 'export' }>, output: CliOutput): Promise<void> {
  const { report } = await loadReport(command.file);
  const out = command.out ?? defaultWordPath(command.file);
  if (await sameFile(command.file, out)) throw new CliError(`--out ${out} is the report itself; the Word document needs another name`);
  // Read before anything is written: a template that cannot be used stops the export with its sentence.
  const template = command.referenceDoc === null ? null : await (await import('./services/word/word-template-file')).readWordTemplateFile(command.referenceDoc);
  if (template !== null && !template.ok) throw new CliError(template.problem);
  // Loaded on demand: docx and chart drawing are heavy, and validate should not pay for them.
  const { exportWordFile } = await import('./services/word/word-export');
  const chosen = command.groupStyle === null ? report : { ...report, exportOptions: { ...report.exportOptions, groupStyle: command.groupStyle } };
  await exportWordFile(out, chosen, { includeCharts: command.includeCharts ?? report.exportOptions.includeCharts, template: template?.template ?? null });
  if (template === null) output.out(`Exported ${out}`);
  else {
    output.out(`Exported ${out} in the Word template ${template.template.fileName}; each part took a style:`);
    for (const choice of template.styleMap) output.out(`  ${choice.part}: ${choice.from === 'template' ? `the template's ${choice.style}` : choice.style}`);
    for (const warning of template.warnings) output.err(`${PROGRAM}: warning: template ${template.template.fileName}: ${warning}`);
  }
  // The window asks before exporting prompts the drafts left; a script is told, and the export stands.
  for (const prompts of findPrompts(chosen)) output.err(`${PROGRAM}: warning: ${promptsLine(prompts)}; the document shows ${prompts.count === 1 ? 'it' : 'them'} as written`);
}

/** Our own errors are already sentences; a bare Node error gets its file and reason in words. */
function describeError(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}. Run with --help for usage.`;
  if (error instanceof CliError || !(error instanceof Error)) return String(error instanceof Error ? error.message : error);
  const path = 'path' in error && typeof error.path === 'string' ? error.path : null;
  if ('code' in error && path !== null) return `${path}: ${describeFileError(error)}`;
  return error.message;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Runs one command line; returns the exit status. Never throws, never prints a stack. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.command === 'help') output.out(USAGE);
    else if (command.command === 'validate') await runValidate(command, output);
    else if (command.command === 'next-period') await runNextPeriod(command, output);
    else if (command.command === 'import') await (await import('./cli-import')).runImport(command, output);
    else if (command.command === 'history') await (await import('./cli-history')).runHistory(command, output);
    else await runExport(command, output);
    return 0;
  } catch (error) {
    output.err(`${PROGRAM}: ${oneLine(describeError(error))}`);
    return 1;
  }
}
