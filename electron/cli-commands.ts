// What each command does, over the same services the app uses (cli-dispatch.ts runs them). Every
// problem becomes one line on stderr and exit 1; nothing is written unless the whole command can succeed.
import { format, parse } from 'node:path';
import { startNextPeriod } from '../shared/report-building';
import { choosePeriod, proposeNextPeriod } from '../shared/period-choice';
import { describePeriod } from '../shared/periods';
import { findPrompts, promptsWarning } from '../shared/draft-prompts';
import { documentWords } from '../shared/i18n/document-words';
import { saveReportFile } from './services/report-files';
import { PROGRAM, type CliCommand } from './cli-arguments';
import { CliError, exists, loadReport, sameFile, type CliOutput } from './cli-files';
import { countOf } from '../shared/words';
import { nameInMessage } from '../shared/message-names';
import { chartsLeftOutWarning } from '../shared/chart-selection';

export async function runValidate(command: Extract<CliCommand, { command: 'validate' }>, output: CliOutput): Promise<void> {
  const { report, migratedFrom } = await loadReport(command.file);
  output.out(
    `${command.file}: valid report "${nameInMessage(report.meta.title)}", ${countOf(report.meta.period.months, 'month', 'months')}, ${countOf(report.metrics.length, 'metric', 'metrics')}, ${countOf(report.sections.length, 'section', 'sections')}`,
  );
  if (migratedFrom !== null) {
    output.out(`${command.file}: note: saved in the older file format ${migratedFrom}; read through a migration (the file itself is unchanged)`);
  }
}

export async function runNextPeriod(command: Extract<CliCommand, { command: 'next-period' }>, output: CliOutput): Promise<void> {
  const { report } = await loadReport(command.file);
  if (await sameFile(command.file, command.out)) {
    throw new CliError(`--out ${command.out} is the input report itself; the last period's report is never changed, so choose a new file name`);
  }
  if (!command.force && (await exists(command.out))) {
    throw new CliError(`${command.out} already exists; choose another name, or add --force to replace it`);
  }
  const proposed = proposeNextPeriod(report.meta);
  const chosen = command.name === null && command.start === null ? proposed : choosePeriod(proposed.months, command.start ?? proposed.start, command.name ?? '', documentWords(report.meta.language));
  const next = startNextPeriod(report, chosen);
  await saveReportFile(command.out, next);
  output.out(`Created ${command.out}: the period after "${nameInMessage(report.meta.title)}" (${describePeriod(next.meta)}), figures cleared`);
}

function defaultWordPath(file: string): string {
  const { dir, name } = parse(file);
  return format({ dir, name, ext: '.docx' });
}

export async function runExport(command: Extract<CliCommand, { command: 'export' }>, output: CliOutput): Promise<void> {
  const { report } = await loadReport(command.file);
  const out = command.out ?? defaultWordPath(command.file);
  if (await sameFile(command.file, out)) throw new CliError(`--out ${out} is the report itself; the Word document needs another name`);
  // Read before anything is written: a template that cannot be used stops the export with its sentence.
  const template = command.referenceDoc === null ? null : await (await import('./services/word/word-template-file')).readWordTemplateFile(command.referenceDoc);
  if (template !== null && !template.ok) throw new CliError(template.problem);
  // Loaded on demand: docx and chart drawing are heavy, and validate should not pay for them.
  const { exportWordFile } = await import('./services/word/word-export');
  const chosen = command.groupStyle === null ? report : { ...report, exportOptions: { ...report.exportOptions, groupStyle: command.groupStyle } };
  const includeCharts = command.includeCharts ?? report.exportOptions.includeCharts;
  // The warnings about the document are in the report's language: they speak of it, in its words.
  const words = documentWords(chosen.meta.language);
  // Said first: an export of thousands of charts' worth takes a while, and the person should know why fewer come.
  const chartsLeftOut = chartsLeftOutWarning(chosen, includeCharts, words);
  if (chartsLeftOut !== null) output.err(`${PROGRAM}: warning: ${chartsLeftOut}`);
  await exportWordFile(out, chosen, { includeCharts, template: template?.template ?? null });
  if (template === null) output.out(`Exported ${out}`);
  else {
    output.out(`Exported ${out} in the Word template ${template.template.fileName}; each part took a style:`);
    for (const choice of template.styleMap) output.out(`  ${choice.part}: ${choice.from === 'template' ? `the template's ${choice.style}` : choice.style}`);
    for (const warning of template.warnings) output.err(`${PROGRAM}: warning: template ${template.template.fileName}: ${warning}`);
  }
  // The window asks before exporting prompts the drafts left; a script is told, and the export stands.
  for (const prompts of findPrompts(chosen)) output.err(`${PROGRAM}: warning: ${promptsWarning(prompts, words)}`);
}
