// The import command: figures from ARGO results, a spreadsheet or a ticket export into a new
// report, through the same plan the app's preview shows. Nothing is written unless the plan
// has figures to import; the input report and the source are never changed.
import { describePeriod } from '../shared/periods';
import { metricLabel } from '../shared/figure-text';
import type { Report } from '../shared/report-schema';
import {
  applyImportPlan,
  describeEntry,
  findEntry,
  findMetricByName,
  findSeriesName,
  importDay,
  importedOutsideUnitWarnings,
  importableSeries,
  planImport,
  proposeChoices,
  readImportSource,
  selectableEntries,
  summariseImportPlan,
  type ImportChoices,
  type ImportPlan,
  type ImportSource,
} from '../shared/import';
import { readImportFile } from './services/import-files';
import { saveReportFile } from './services/report-files';
import { PROGRAM, type ImportCommand } from './cli-arguments';
import { CliError, exists, loadReport, printWarnings, sameFile, type CliOutput } from './cli-files';
import { nameInMessage } from '../shared/message-names';
import { documentWords } from '../shared/i18n/document-words';

/** The person's choices from the command line, over the ones proposed by name. */
function commandLineChoices(source: ImportSource, report: Report, command: ImportCommand): ImportChoices {
  const proposed = proposeChoices(source, report);
  let entry = proposed.entry;
  if (command.group !== null) {
    if (source.kind !== 'argo') throw new CliError(`--group chooses among ARGO results, but "${nameInMessage(source.fileName)}" is a ${source.kind === 'tickets' ? 'ticket export' : 'spreadsheet'}`);
    const found = findEntry(source, command.group);
    if (!found.ok) throw new CliError(found.message);
    entry = found.entry.id;
  } else if (source.kind === 'argo' && entry === null) {
    const selectable = selectableEntries(source);
    // All daily: the plan's refusal says what to do, whichever entry would be chosen.
    if (selectable.some((one) => one.granularity !== 'daily')) {
      throw new CliError(`"${nameInMessage(source.fileName)}" holds ${selectable.length} groups and endpoints; choose one with --group: ${selectable.map(describeEntry).join('; ')}`);
    }
  }
  const mapping = { ...proposed.mapping };
  const offered = importableSeries(source);
  for (const map of command.maps) {
    const series = findSeriesName(offered, map.series);
    if (series === null) throw new CliError(`--map ${map.series}=${map.metric}: "${nameInMessage(source.fileName)}" has no "${nameInMessage(map.series)}" (it offers ${offered.join(', ')})`);
    if (map.metric === '') {
      mapping[series] = null;
      continue;
    }
    const metric = findMetricByName(report, map.metric);
    if (!metric.ok) throw new CliError(`--map ${map.series}=${map.metric}: ${metric.message}`);
    // The metric goes to this series alone: a proposal that gave it to another series yields.
    for (const [other, chosen] of Object.entries(mapping)) if (chosen === metric.metric.id && other !== series) mapping[other] = null;
    mapping[series] = metric.metric.id;
  }
  return {
    ...proposed,
    entry,
    mapping,
    responseUnit: command.responseUnit ?? proposed.responseUnit,
    hoursPerWorkingDay: command.hoursPerDay ?? proposed.hoursPerWorkingDay,
    firstMonth: command.firstMonth,
  };
}

const CHANGE_WORDS = { fills: '', 'replaces-typed': ', replacing a figure typed by hand', 'replaces-imported': ', replacing an imported figure', 'same-value': ', the figure already there' } as const;

function describePlan(plan: ImportPlan, report: Report, out: string): string[] {
  const lines = [`Imported ${plan.fileName} into ${out}: ${summariseImportPlan(plan)}`, `  ${plan.description}`];
  for (const change of plan.changes) {
    lines.push(`  ${change.metric}, ${change.monthLabel}: ${change.beforeText} → ${change.afterText} (${change.given}, ${change.where}${CHANGE_WORDS[change.kind]})`);
  }
  if (plan.outside.length > 0) lines.push(`  Left out, outside the period (${describePeriod(report.meta)}): ${plan.outside.map((month) => month.label).join(', ')}`);
  for (const problem of plan.problems) lines.push(`  Problem: ${problem}`);
  for (const note of plan.notes) lines.push(`  Note: ${note}`);
  return lines;
}

export async function runImport(command: ImportCommand, output: CliOutput): Promise<void> {
  const { report } = await loadReport(command.file);
  if (await sameFile(command.file, command.out)) {
    throw new CliError(`--out ${command.out} is the input report itself; an import never changes it, so choose a new file name`);
  }
  if (await sameFile(command.source, command.out)) throw new CliError(`--out ${command.out} is the file to import from; choose a new file name`);
  if (!command.force && (await exists(command.out))) throw new CliError(`${command.out} already exists; choose another name, or add --force to replace it`);
  const file = await readImportFile(command.source);
  if (!file.ok) throw new CliError(file.message);
  const read = readImportSource(file.fileName, file.text);
  if (!read.ok) throw new CliError(read.message);
  const choices = commandLineChoices(read.source, report, command);
  if (report.meta.period.start === null && choices.firstMonth === null) {
    throw new CliError(`${command.file}: the report's months are numbered M1 … M${report.meta.period.months} with no first month; say which month M1 is with --first-month YYYY-MM`);
  }
  const plan = planImport(report, read.source, choices, importDay(new Date()));
  if (plan.nothing !== null) {
    const nothingChosen = Object.values(choices.mapping).every((metric) => metric === null);
    if (!nothingChosen) throw new CliError(plan.nothing);
    const metrics = report.metrics.map(metricLabel).join(', ');
    throw new CliError(`Nothing in "${nameInMessage(file.fileName)}" goes into a metric of the report by its name; say where each goes with --map <series>=<metric> (it offers ${importableSeries(read.source).join(', ')}; the report has ${metrics})`);
  }
  await saveReportFile(command.out, applyImportPlan(report, plan));
  for (const line of describePlan(plan, report, command.out)) output.out(line);
  // Imported as given, never refused: a figure its unit cannot hold is named, to be fixed.
  printWarnings(output, PROGRAM, command.out, importedOutsideUnitWarnings(report, plan.changes, documentWords(report.meta.language)));
}
