// What the build runs in the command line's code before it keeps it, as a start-up snapshot or
// as V8's code cache: a validate and an export of a report in memory, without its charts and
// with them (drawn blank), so that the functions they run are compiled and kept, and a start runs
// them at once. Nothing is written.
import { readFile } from 'node:fs/promises';
import { runCli } from './cli-dispatch';
import { readReportText } from '../shared/report-file';

export async function warmUp(reportFile: string, { withWord }: { withWord: boolean }): Promise<void> {
  const said: string[] = [];
  const status = await runCli(['validate', reportFile], { out: () => undefined, err: (line) => said.push(line) });
  if (status !== 0) throw new Error(`the warm-up report does not validate: ${said.join(' ')}`);
  const read = readReportText(await readFile(reportFile, 'utf8'));
  if (!read.ok) throw new Error(`the warm-up report does not read: ${read.message}`);
  if (!withWord) return;
  const { buildWordDocument } = await import('./services/word/word-export');
  await buildWordDocument(read.report, { includeCharts: false });
  // And with its charts, drawn blank at once: the figures' code compiled too, no thread started.
  const { drawBlankChartsWhile } = await import('./services/charts/chart-drawing');
  await drawBlankChartsWhile(() => buildWordDocument(read.report, { includeCharts: true }));
}
