// The history command as a script runs it: the real bundle in a child process, on a folder of
// period files made here; what it writes read back, and its failures in one line.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readCsvRecords } from '../../shared/csv/csv-text';
import { HISTORY_PLANS, writeHistoryFolder } from '../support/history-files';
import { cli, expectOneLineFailure } from './cli-run';
import { readReportText, writeReportText } from '../../shared/report-file';
import { keptWordTemplate } from '../../electron/services/word/report-word-template';
import { buildTemplate, layoutTemplates } from '../support/word-templates';

let folder: string;
let reports: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-cli-history-'));
  reports = join(folder, 'reports');
  await writeHistoryFolder(reports);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('history', () => {
  test('a folder becomes a long-form CSV, the rename joined, the files left out named on stderr', async () => {
    const out = join(folder, 'history.csv');
    const run = await cli('history', reports, '--out', out, '--join', 'Service availability=Availability');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Read 6 periods of EGI Operations Portal, January – June 2023 to January – June 2026',
      'No report for July – December 2024: a gap in every series',
      `Exported ${out}`,
      '',
    ]);
    expect(run.stderr).toContain('report-desk: warning: OLA 2025 S2 (first draft).rdesk left out: it is a second file for July – December 2025; the newer one, “OLA 2025 S2.rdesk”, is kept');
    const read = readCsvRecords(await readFile(out, 'utf8'), ',');
    if (!read.ok) throw new Error(read.message);
    const availability = read.records.filter((record) => record.cells[2] === 'Availability');
    expect(availability).toHaveLength(36);
    expect(new Set(availability.map((record) => record.cells[7]))).toEqual(new Set(['98', '99']));
  });

  test('files named one by one become a Word annex with a chart per metric', async () => {
    const out = join(folder, 'annex.docx');
    const files = HISTORY_PLANS.slice(0, 3).map((plan) => join(reports, plan.file));
    const run = await cli('history', ...files, '--out', out);
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(4);
  });

  test('the annex wears the newest report\'s Word template, or the one --reference-doc gives for the run', async () => {
    const files = HISTORY_PLANS.slice(0, 3).map((plan) => join(reports, plan.file));
    const newest = readReportText(await readFile(files[2]!, 'utf8'));
    if (!newest.ok) throw new Error(newest.message);
    await writeFile(files[2]!, writeReportText({ ...newest.report, wordTemplate: keptWordTemplate(await buildTemplate(layoutTemplates()['a4-logo']!), 'EGI OLA report.dotx', null) }));
    const out = join(folder, 'annex.docx');
    const own = await cli('history', ...files, '--out', out);
    expect([own.code, own.stderr]).toEqual([0, '']);
    expect(own.stdout).toContain(`Exported ${out} in the Word template EGI OLA report.dotx (the newest report's own)\n`);
    expect(await (await JSZip.loadAsync(await readFile(out))).file('word/styles.xml')!.async('string')).toContain('<w:color w:val="00603B"/>');

    const french = join(folder, 'CNRS.dotx');
    await writeFile(french, await buildTemplate(layoutTemplates().french!));
    const given = await cli('history', ...files, '--out', out, '--reference-doc', french);
    expect(given.stdout).toContain(`Exported ${out} in the Word template CNRS.dotx (given with --reference-doc)\n`);
    expect(await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string')).toContain('<w:pStyle w:val="Titre1"/>');
  });

  test('without --out, with another kind of file, or with no report in the folder, it fails in one line and writes nothing', async () => {
    expectOneLineFailure(await cli('history', reports), /"history" needs --out <history\.docx> or --out <history\.csv>/);
    expectOneLineFailure(await cli('history', reports, '--out', join(folder, 'h.xlsx')), /--out names a Word annex \(\.docx\) or a table \(\.csv\), not/);
    expectOneLineFailure(await cli('history', folder, '--out', join(folder, 'h.csv')), /holds no reports \(\.rdesk files\); add --subfolders to read its sub-folders too/);
    await expect(stat(join(folder, 'h.csv'))).rejects.toThrow();
  });
});
