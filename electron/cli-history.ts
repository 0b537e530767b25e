// The history command: a service's reports read together into a Word annex or a long-form CSV,
// with the same services the window uses. Loaded only when it runs; the annex's docx and chart
// drawing only when it writes one.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { HistoryJoin } from '../shared/history/history-matching';
import type { HistoryFile } from '../shared/history/history-periods';
import { isReportFilePath, notAReportFileMessage } from '../shared/report-file';
import { countOf } from '../shared/words';
import type { HistoryCommand } from './cli-arguments';
import { CliError, sameFile, type CliOutput } from './cli-files';
import { PROGRAM } from './cli-arguments';
import { readHistoryFiles, reportFilesInFolder } from './services/history-files';
import { exportHistoryFile } from './services/history-export';
import type { ServiceHistory } from '../shared/history/service-history';
import { nameInMessage } from '../shared/message-names';
import { reportExportLook, type ExportLook } from './services/word/report-word-template';
import { readWordTemplateFile } from './services/word/word-template-file';
import type { WordTemplate } from './services/word/word-template';
import { readReportFile } from './services/report-files';

/** Every report the inputs name: files as given, folders' .rdesk files; a path that is not there is a problem, not a warning. */
async function reportPaths(command: HistoryCommand): Promise<{ paths: string[]; others: HistoryFile[] }> {
  const paths: string[] = [];
  const others: HistoryFile[] = [];
  for (const input of command.inputs) {
    const info = await stat(input).catch(() => null);
    if (info === null) throw new CliError(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      const found = await reportFilesInFolder(input, command.subfolders).catch((error: unknown) => {
        throw new CliError(`${input}: ${error instanceof Error ? error.message : String(error)}`);
      });
      if (found.length === 0) throw new CliError(`${input} holds no reports (.rdesk files)${command.subfolders ? '' : '; add --subfolders to read its sub-folders too'}`);
      paths.push(...found);
    } else if (isReportFilePath(input)) paths.push(input);
    else others.push({ path: resolve(input), name: input, modified: new Date(0).toISOString(), read: { ok: false, message: notAReportFileMessage(input) } });
  }
  return { paths, others };
}

export async function runHistory(command: HistoryCommand, output: CliOutput): Promise<void> {
  const { paths, others } = await reportPaths(command);
  for (const path of paths) if (await sameFile(path, command.out)) throw new CliError(`--out ${command.out} is one of the reports; the history needs another name`);
  const files = [...(await readHistoryFiles(paths)), ...others];
  const joins: HistoryJoin[] = command.joins.flatMap(({ from, to }) => [
    { kind: 'metric' as const, from, to },
    { kind: 'person' as const, from, to },
  ]);
  // A template given is read before anything is written: one that cannot be used stops the command with its sentence.
  const given = command.referenceDoc === null || command.format === 'csv' ? null : await readWordTemplateFile(command.referenceDoc);
  if (given !== null && !given.ok) throw new CliError(given.problem);
  let look: ExportLook | null = null;
  // The annex wears the template given, else the newest report's own, as its export would.
  const template = async (history: ServiceHistory): Promise<WordTemplate | null> => {
    // The history keeps only the figures of each report: the newest one's file is read again for its template.
    const newest = given === null ? await readReportFile(history.periods.at(-1)!.file.path) : null;
    look = given !== null ? { template: given.template, reading: given, problem: null } : newest?.ok === true ? reportExportLook(newest.report) : { template: null, reading: null, problem: null };
    return look.template;
  };
  let history;
  try {
    history = await exportHistoryFile(command.out, { files, joins, service: null, format: command.format, template });
  } catch (error) {
    throw new CliError(`${command.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const first = history.periods[0]!;
  const last = history.periods.at(-1)!;
  output.out(`Read ${countOf(history.periods.length, 'period', 'periods')} of ${history.service.trim() || 'the service'}, ${first.name} to ${last.name}`);
  for (const gap of history.missing) output.out(`No report for ${gap.name}: a gap in every series`);
  for (const file of history.leftOut) output.err(`${PROGRAM}: warning: ${file.name} left out: it ${file.message}`);
  const worn = look as ExportLook | null;
  if (worn?.reading == null) output.out(`Exported ${command.out}`);
  else {
    const name = nameInMessage(worn.reading.template.fileName);
    output.out(`Exported ${command.out} in the Word template ${name} (${given === null ? "the newest report's own" : 'given with --reference-doc'})`);
    for (const warning of worn.reading.warnings) output.err(`${PROGRAM}: warning: template ${name}: ${warning}`);
  }
  if (worn?.problem != null) output.err(`${PROGRAM}: warning: ${worn.problem.replace(/\.$/, '')}; the annex is in Report Desk's own look (give the template with --reference-doc)`);
}
