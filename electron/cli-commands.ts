// What each command does, over the same services the app uses (cli-dispatch.ts runs them). Every
// problem becomes one line on stderr and exit 1; nothing is written unless the whole command can succeed.
import { format, parse } from 'node:path';
import { startNextPeriod } from '../shared/report-building';
import { choosePeriod, proposeNextPeriod } from '../shared/period-choice';
import { describePeriod } from '../shared/periods';
import { findPrompts, promptsWarning } from '../shared/draft-prompts';
import { documentWords } from '../shared/i18n/document-words';
import { saveReportFile } from './services/report-files';
import { startChartThreadAhead } from './services/charts/chart-drawing';
import { PROGRAM, type CliCommand } from './cli-arguments';
import { CliError, exists, loadReport, printWarnings, sameFile, type CliOutput } from './cli-files';
import { countOf } from '../shared/words';
import { hasSectionOfKind } from '../shared/sections';
import type { Report } from '../shared/report-schema';
import type { ExportLook } from './services/word/report-word-template';
import { nameInMessage } from '../shared/message-names';
import { chartsLeftOutWarning } from '../shared/chart-selection';

export async function runValidate(command: Extract<CliCommand, { command: 'validate' }>, output: CliOutput): Promise<void> {
  const { report, migratedFrom, warnings } = await loadReport(command.file);
  printWarnings(output, PROGRAM, command.file, warnings);
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

/** The look of the document: the template given with --reference-doc, else the report's own; a report's template that cannot be used leaves the app's look and a warning. */
async function exportLook(command: Extract<CliCommand, { command: 'export' }>, report: Report): Promise<ExportLook & { source: string }> {
  if (command.referenceDoc === null) return { ...(await import('./services/word/report-word-template')).reportExportLook(report), source: "the report's own" };
  // Read before anything is written: a template given that cannot be used stops the export with its sentence.
  const reading = await (await import('./services/word/word-template-file')).readWordTemplateFile(command.referenceDoc);
  if (!reading.ok) throw new CliError(reading.problem);
  return { template: reading.template, reading, problem: null, source: 'given with --reference-doc' };
}

/** Whether the document may show a chart: an effort section with someone's effort, or a performance section with a figure. Cheap, and never false where there is one. */
function mayHaveCharts(report: Report): boolean {
  const effort = hasSectionOfKind(report, 'effort') && report.effort.people.some((person) => person.pm !== 0);
  const performance = hasSectionOfKind(report, 'performance') && report.metrics.some((metric) => metric.values.some((value) => value !== null));
  return effort || performance;
}

export async function runExport(command: Extract<CliCommand, { command: 'export' }>, output: CliOutput): Promise<void> {
  // Charts asked for: the chart thread starts now, beside the reading, where none is kept to find.
  if (command.includeCharts === true) void startChartThreadAhead().catch(() => undefined);
  const { report, warnings } = await loadReport(command.file);
  if (command.includeCharts === null && report.exportOptions.includeCharts && mayHaveCharts(report)) void startChartThreadAhead().catch(() => undefined);
  const out = command.out ?? defaultWordPath(command.file);
  if (await sameFile(command.file, out)) throw new CliError(`--out ${out} is the report itself; the Word document needs another name`);
  const look = await exportLook(command, report);
  // Loaded on demand: docx and chart drawing are heavy, and validate should not pay for them.
  const { exportWordFile } = await import('./services/word/word-export');
  const chosen = command.groupStyle === null ? report : { ...report, exportOptions: { ...report.exportOptions, groupStyle: command.groupStyle } };
  const includeCharts = command.includeCharts ?? report.exportOptions.includeCharts;
  // The warnings about the document are in the report's language: they speak of it, in its words.
  const words = documentWords(chosen.meta.language);
  // Said first: an export of thousands of charts' worth takes a while, and the person should know why fewer come.
  const chartsLeftOut = chartsLeftOutWarning(chosen, includeCharts, words);
  if (chartsLeftOut !== null) output.err(`${PROGRAM}: warning: ${chartsLeftOut}`);
  await exportWordFile(out, chosen, { includeCharts, template: look.template });
  if (look.reading === null) output.out(`Exported ${out}`);
  else {
    const name = nameInMessage(look.reading.template.fileName);
    output.out(`Exported ${out} in the Word template ${name} (${look.source}); each part took a style:`);
    for (const choice of look.reading.styleMap) output.out(`  ${choice.part}: ${choice.from === 'template' ? `the template's ${choice.style}` : choice.style}`);
    for (const warning of look.reading.warnings) output.err(`${PROGRAM}: warning: template ${name}: ${warning}`);
  }
  // A figure its unit cannot hold is exported marked, never as met: the script is told which.
  printWarnings(output, PROGRAM, command.file, warnings);
  if (look.problem !== null) output.err(`${PROGRAM}: warning: ${look.problem.replace(/\.$/, '')}; exported in Report Desk's own look (give the template with --reference-doc, or choose it again in the report details)`);
  // The window asks before exporting prompts the drafts left; a script is told, and the export stands.
  for (const prompts of findPrompts(chosen)) output.err(`${PROGRAM}: warning: ${promptsWarning(prompts, words)}`);
}
