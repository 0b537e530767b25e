// What a Word template kept inside the report costs, in process: the seed with no template, with
// the layout tests' A4 template (about 20 kB, its logo), and with the same template carrying a
// photograph of 2 MB, as a letterhead full of pictures does. Opening (read, migrate, validate),
// saving (validate, write, flush), reading the kept template anew (base64, digest, the package)
// as every use does, and the export in it, without charts.
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../shared/report-schema';
import { readReportFile, saveReportFile } from '../electron/services/report-files';
import { buildWordDocument } from '../electron/services/word/word-export';
import { keptWordTemplate, readKeptWordTemplate } from '../electron/services/word/report-word-template';
import { buildTemplate, layoutTemplates } from '../test/support/word-templates';
import { seedReport } from '../test/fixtures/seed';
import { formatMs, printTable, rounded, timeInProcess } from './bench-timing';

export interface TemplateCaseFigures {
  templateBytes: number;
  reportFileBytes: number;
  openMs: number;
  saveMs: number;
  /** Decoding, checking the digest and reading the package, as each use of the kept template does. */
  readKeptMs: number | null;
  exportMs: number;
}

export async function measureTemplates(folder: string, runs: number): Promise<Record<string, TemplateCaseFigures>> {
  const a4 = await buildTemplate(layoutTemplates()['a4-logo']!);
  // Random bytes deflate to themselves: 2 MB in the package, as a photograph would be.
  const withPhoto = await buildTemplate({ ...layoutTemplates()['a4-logo']!, extraParts: { 'word/media/photograph.jpeg': randomBytes(2 * 1024 * 1024) } });
  const cases: [string, Uint8Array | null][] = [
    ['none', null],
    ['a4Logo', a4],
    ['withPhotograph2Mb', withPhoto],
  ];
  const figures: Record<string, TemplateCaseFigures> = {};
  for (const [key, bytes] of cases) {
    const wordTemplate = bytes === null ? null : keptWordTemplate(bytes, `${key}.dotx`, null);
    const report: Report = { ...seedReport(), wordTemplate };
    const path = join(folder, `template-${key}.rdesk`);
    const save = await timeInProcess(() => saveReportFile(path, report), runs);
    const open = await timeInProcess(() => readReportFile(path), runs);
    const reading = wordTemplate === null ? null : readKeptWordTemplate(wordTemplate);
    const readKept = wordTemplate === null ? null : await timeInProcess(() => readKeptWordTemplate(wordTemplate), runs);
    const template = reading?.ok === true ? reading.template : null;
    const exported = await timeInProcess(() => buildWordDocument(report, { includeCharts: false, template }), runs);
    const { size } = await stat(path);
    figures[key] = {
      templateBytes: bytes?.length ?? 0,
      reportFileBytes: size,
      openMs: rounded(open.medianMs),
      saveMs: rounded(save.medianMs),
      readKeptMs: readKept === null ? null : rounded(readKept.medianMs),
      exportMs: rounded(exported.medianMs),
    };
  }
  console.log('A Word template kept in the report (the seed, in process, medians):');
  printTable(
    ['template', 'template', 'report file', 'open', 'save', 'read kept', 'export'],
    Object.entries(figures).map(([key, each]) => [
      key,
      `${(each.templateBytes / 1024).toFixed(0)} kB`,
      `${(each.reportFileBytes / 1024).toFixed(0)} kB`,
      formatMs(each.openMs),
      formatMs(each.saveMs),
      formatMs(each.readKeptMs),
      formatMs(each.exportMs),
    ]),
  );
  return figures;
}
