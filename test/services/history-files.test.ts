// The history's files on real folders: which files a folder gives, a report and the ones before
// it found by their previous-period names, what main refuses, and the annex and CSV written
// atomically and read back.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { reportAndEarlier, reportFilesInFolder, readHistoryFiles } from '../../electron/services/history-files';
import { exportHistoryFile } from '../../electron/services/history-export';
import { createHistoryJoins } from '../../electron/services/history-joins';
import { createRecentFiles } from '../../electron/services/recent-files';
import { createRecoveryDrafts } from '../../electron/services/recovery-drafts';
import { createReportApi, type ReportPlatform } from '../../electron/services/report-api';
import { startNextPeriod } from '../../shared/report-building';
import { writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { HISTORY_AGREEMENT, HISTORY_PLANS, HISTORY_SERVICE, historyReport, writeHistoryFolder } from '../support/history-files';
import { keptWordTemplate } from '../../electron/services/word/report-word-template';
import { buildTemplate, layoutTemplates } from '../support/word-templates';
import { brokenTemplate } from '../support/kept-templates';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-history-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function save(path: string, report: Report): Promise<string> {
  await writeFile(path, writeReportText(report));
  return path;
}

describe('the files a history reads', () => {
  test('a folder gives its .rdesk files, its sub-folders’ only when asked, and never hidden ones', async () => {
    await writeHistoryFolder(folder, HISTORY_PLANS.slice(0, 2));
    await writeHistoryFolder(join(folder, '2024'), HISTORY_PLANS.slice(2, 3));
    await writeFile(join(folder, 'notes.txt'), 'not a report');
    await writeFile(join(folder, '.hidden.rdesk'), '{}');
    expect((await reportFilesInFolder(folder, false)).map((path) => path.slice(folder.length + 1))).toEqual(['OLA 2023 S1.rdesk', 'OLA 2023 S2.rdesk']);
    expect((await reportFilesInFolder(folder, true)).map((path) => path.slice(folder.length + 1))).toEqual(['2024/OLA 2024 S1.rdesk', 'OLA 2023 S1.rdesk', 'OLA 2023 S2.rdesk']);
  });

  test('a file that cannot be read comes back with its reason, never as an exception', async () => {
    const broken = join(folder, 'broken.rdesk');
    await writeFile(broken, '{"format": "report-desk/report", "version": 2,');
    const [file] = await readHistoryFiles([broken]);
    expect(file!.read).toEqual({ ok: false, message: expect.stringMatching(/cut short or damaged/) });
  });

  test('a report and the ones before it are found by the previous-period name each keeps, beside it and on the recent list', async () => {
    const first = historyReport(HISTORY_PLANS[0]!);
    const second = startNextPeriod(first);
    const third = startNextPeriod(second);
    const elsewhere = join(folder, 'elsewhere');
    await mkdir(elsewhere);
    const firstPath = await save(join(elsewhere, 'first.rdesk'), first);
    await save(join(folder, 'second.rdesk'), second);
    const thirdPath = await save(join(folder, 'third.rdesk'), third);
    // Of the same period, but another service's: not taken for this one's past.
    await save(join(folder, 'other.rdesk'), { ...second, meta: { ...second.meta, service: 'EGI Check-in' } });
    const found = await reportAndEarlier(thirdPath, [firstPath]);
    expect(found.map((file) => file.name)).toEqual(['first.rdesk', 'second.rdesk', 'third.rdesk']);
    // Without the recent list, the chain stops where the folder does.
    expect((await reportAndEarlier(thirdPath, [])).map((file) => file.name)).toEqual(['second.rdesk', 'third.rdesk']);
  });
});

function platform(answers: { folder?: string | null; exportPath?: string | null } = {}): ReportPlatform {
  let recent: string[] = [];
  let joins: unknown = {};
  return {
    chooseReportToOpen: async () => null,
    chooseReportToCompare: async () => null,
    chooseReportSavePath: async () => null,
    chooseWordExportPath: async () => null,
    chooseImportSource: async () => null,
    chooseWordTemplate: async () => null,
    chooseHistoryFiles: async () => null,
    chooseHistoryFolder: async () => answers.folder ?? null,
    chooseHistoryExportPath: async () => answers.exportPath ?? null,
    chooseTemplateFile: async () => null,
    chooseTemplateExportPath: async () => null,
    templatesDir: join(folder, 'Templates'),
    templateLanguage: { read: () => null, write: () => undefined },
    historyJoins: createHistoryJoins({ read: () => joins, write: (all) => (joins = all) }),
    askUnsavedChanges: async () => 'cancel',
    showItemInFolder: () => undefined,
    setDocumentState: () => undefined,
    close: () => undefined,
    recentFiles: createRecentFiles({ read: () => recent, write: (paths) => (recent = paths) }),
    recoveryDrafts: createRecoveryDrafts(join(folder, 'Recovery')),
    backupDir: null,
    defaultFolder: folder,
  };
}

describe('what main reads and writes for a history', () => {
  test('it reads a report and its past only where it knows the report, and exports only where the person chose', async () => {
    const [path] = await writeHistoryFolder(folder, HISTORY_PLANS.slice(0, 1));
    const api = createReportApi(platform());
    expect(await api.readHistory({ source: { kind: 'report-and-earlier', path: path! }, service: null })).toEqual({
      kind: 'failed',
      message: '"OLA 2023 S1.rdesk" was not read: Report Desk reads only the files you choose (with Open, from the recent list, or from your desktop).',
    });
    const request = { service: HISTORY_SERVICE, agreement: HISTORY_AGREEMENT, joins: [], format: 'csv' as const, paths: [path!], path: join(folder, 'out.csv'), wordTemplate: null };
    expect(await api.exportHistory(request)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/was not chosen in the export dialog/) });
  });

  test('a folder without reports says so and how to look deeper', async () => {
    const api = createReportApi(platform({ folder }));
    expect(await api.readHistory({ source: { kind: 'folder', subfolders: false }, service: null })).toEqual({
      kind: 'failed',
      message: `"${folder.split('/').at(-1)}" holds no reports (.rdesk files); to look in its sub-folders too, tick “Include sub-folders”.`,
    });
  });

  test('a folder read, its joins remembered for the service, and its CSV written where chosen', async () => {
    await writeHistoryFolder(folder);
    const api = createReportApi(platform({ folder, exportPath: join(folder, 'history') }));
    const read = await api.readHistory({ source: { kind: 'folder', subfolders: false }, service: null });
    if (read.kind !== 'history-files') throw new Error(`not read: ${JSON.stringify(read)}`);
    expect(read.service).toEqual({ service: HISTORY_SERVICE, agreement: HISTORY_AGREEMENT });
    expect(read.files).toHaveLength(HISTORY_PLANS.length);
    const joins = [{ kind: 'metric' as const, from: 'Service availability', to: 'Availability' }];
    await api.saveHistoryJoins({ ...read.service, joins });
    const again = await api.readHistory({ source: { kind: 'folder', subfolders: false }, service: null });
    expect(again).toMatchObject({ joins });
    const place = await api.chooseHistoryExportPath({ format: 'csv', service: HISTORY_SERVICE });
    expect(place).toEqual({ kind: 'chosen', path: join(folder, 'history.csv') });
    expect(await api.exportHistory({ ...read.service, joins, format: 'csv', paths: read.files.map((file) => file.path), path: join(folder, 'history.csv'), wordTemplate: null })).toEqual({ kind: 'exported', path: join(folder, 'history.csv') });
    const csv = await readFile(join(folder, 'history.csv'), 'utf8');
    expect(csv.split('\r\n').filter((line) => line.includes(',Availability,'))).toHaveLength(36);
  });
});

describe('the annex', () => {
  test('is a document of its own: title block, a chart and a captioned table per metric, the runs, effort and the measures', async () => {
    const paths = await writeHistoryFolder(folder);
    const out = join(folder, 'annex.docx');
    await exportHistoryFile(out, { files: await readHistoryFiles(paths), joins: [{ kind: 'metric', from: 'Service availability', to: 'Availability' }], service: null, format: 'docx' });
    const bytes = await readFile(out);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(3);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/SEQ Figure/g)).toHaveLength(3);
    expect(xml.match(/SEQ Table/g)).toHaveLength(4);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines.slice(0, 4)).toEqual([`History of ${HISTORY_SERVICE}`, `Service: ${HISTORY_SERVICE}`, `Agreement: ${HISTORY_AGREEMENT}`, 'Periods: January – June 2023 to January – June 2026']);
    expect(lines).toContain('Availability below target in 3 consecutive months, May – July 2025, across two periods.');
    expect(lines).toContain('January – June 2025, Jun 2025 (97.90 %, below the 99 % target): Database migration overran. No measure noted.');
    expect(lines).toContain('No report for July – December 2024: a gap in every series.');
    expect(describeProblems(await schemaProblems([{ name: 'annex', docx: bytes }]))).toEqual([]);
  });

  test('wears the open report\'s Word template, as the report does: its styles, page and headers, tables and charts across its text width', async () => {
    await writeHistoryFolder(folder, HISTORY_PLANS.slice(0, 3));
    const templateBytes = await buildTemplate({ ...layoutTemplates()['letter-landscape']!, header: { logo: true, text: 'Ref. EGI-OLA-2025-07' } });
    const template = keptWordTemplate(templateBytes, 'Letter landscape.dotx', null);
    const out = join(folder, 'annex in template.docx');
    const api = createReportApi(platform({ folder, exportPath: out }));
    const read = await api.readHistory({ source: { kind: 'folder', subfolders: false }, service: null });
    if (read.kind !== 'history-files') throw new Error(`not read: ${JSON.stringify(read)}`);
    await api.chooseHistoryExportPath({ format: 'docx', service: HISTORY_SERVICE });
    const request = { ...read.service, joins: [], format: 'docx' as const, paths: read.files.map((file) => file.path), path: out };
    expect(await api.exportHistory({ ...request, wordTemplate: template })).toEqual({ kind: 'exported', path: out });
    const bytes = await readFile(out);
    const zip = await JSZip.loadAsync(bytes);
    const text = async (name: string) => zip.file(name)!.async('string');
    expect(await text('word/styles.xml')).toContain('<w:color w:val="00603B"/>');
    const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/template-header\d+\.xml$/.test(name)).map(text));
    expect(headers.join('')).toContain('Ref. EGI-OLA-2025-07');
    const document = await text('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>');
    // US Letter landscape with 1-inch margins: 12,960 twips of text, which every table and chart spans, and none passes.
    const tableWidths = [...document.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map(([, width]) => Number(width));
    expect(tableWidths.length).toBeGreaterThan(0);
    for (const width of tableWidths) expect(width).toBeGreaterThan(12_900);
    for (const width of tableWidths) expect(width).toBeLessThanOrEqual(12_960);
    const chartWidths = [...document.matchAll(/<wp:extent cx="(\d+)"/g)].map(([, emu]) => Number(emu) / 635);
    for (const width of chartWidths) expect(width).toBeLessThanOrEqual(12_960);
    expect(Math.max(...chartWidths)).toBeGreaterThan(12_000);
    expect(describeProblems(await schemaProblems([{ name: 'annex in a template', docx: bytes }]))).toEqual([]);

    // A template the report cannot use leaves the annex in the app's own look, and the answer says why.
    const damaged = await api.exportHistory({ ...request, wordTemplate: brokenTemplate(template) });
    expect(damaged).toEqual({ kind: 'exported', path: out, notice: expect.stringMatching(/^The Word template "Letter landscape\.dotx" kept in this report cannot be used: .*; the document is in Report Desk's own look\./) as unknown });
    expect(await (await JSZip.loadAsync(await readFile(out))).file('word/styles.xml')!.async('string')).not.toContain('00603B');
  });

  test('a place that cannot be written says so, and nothing is written', async () => {
    const paths = await writeHistoryFolder(folder, HISTORY_PLANS.slice(0, 2));
    const out = join(folder, 'missing folder', 'annex.csv');
    await expect(exportHistoryFile(out, { files: await readHistoryFiles(paths), joins: [], service: null, format: 'csv' })).rejects.toThrow(/could not be written/);
  });
});
