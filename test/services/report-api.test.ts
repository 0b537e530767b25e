import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dispatchApiCall, type DocumentState, type UnsavedChoice } from '../../shared/api';
import { readReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { startNextPeriod } from '../../shared/report-building';
import { createHistoryJoins } from '../../electron/services/history-joins';
import { createRecentFiles } from '../../electron/services/recent-files';
import { createRecoveryDrafts } from '../../electron/services/recovery-drafts';
import { createReportApi, fileNameFromTitle, type ReportApi, type ReportPlatform } from '../../electron/services/report-api';
import { SEED_PATH, fixturePath, seedReport } from '../fixtures/seed';
import { importFixturePath } from '../fixtures/import-fixtures';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-api-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Dialogs answer as the test says and record what they were asked; the files are real. */
function scriptedPlatform(answers: { open?: string | null; compare?: string | null; save?: string | null; export?: string | null; import?: string | null; wordTemplate?: string | null; unsaved?: UnsavedChoice } = {}) {
  let recent: string[] = [];
  const record = {
    dialogs: [] as { dialog: string; suggested?: string }[],
    states: [] as DocumentState[],
    shown: [] as string[],
    closed: 0,
  };
  const platform: ReportPlatform = {
    chooseReportToOpen: async () => {
      record.dialogs.push({ dialog: 'open' });
      return answers.open ?? null;
    },
    chooseReportToCompare: async () => {
      record.dialogs.push({ dialog: 'compare' });
      return answers.compare ?? null;
    },
    chooseReportSavePath: async (suggested) => {
      record.dialogs.push({ dialog: 'save', suggested });
      return answers.save ?? null;
    },
    chooseWordExportPath: async (suggested) => {
      record.dialogs.push({ dialog: 'export', suggested });
      return answers.export ?? null;
    },
    chooseImportSource: async () => {
      record.dialogs.push({ dialog: 'import' });
      return answers.import ?? null;
    },
    chooseWordTemplate: async (defaultPath) => {
      record.dialogs.push({ dialog: 'word-template', ...(defaultPath === null ? {} : { suggested: defaultPath }) });
      return answers.wordTemplate ?? null;
    },
    chooseHistoryFiles: async () => null,
    chooseHistoryFolder: async () => null,
    chooseHistoryExportPath: async () => null,
    chooseTemplateFile: async () => null,
    chooseTemplateExportPath: async () => null,
    templatesDir: join(folder, 'Templates'),
    templateLanguage: { read: () => null, write: () => undefined },
    historyJoins: createHistoryJoins({ read: () => ({}), write: () => undefined }),
    askUnsavedChanges: async (name) => {
      record.dialogs.push({ dialog: 'unsaved', suggested: name });
      return answers.unsaved ?? 'cancel';
    },
    showItemInFolder: (path) => record.shown.push(path),
    setDocumentState: (state) => record.states.push(state),
    close: () => {
      record.closed += 1;
    },
    recentFiles: createRecentFiles({ read: () => recent, write: (paths) => (recent = paths) }),
    recoveryDrafts: createRecoveryDrafts(join(folder, 'userData', 'Recovery')),
    backupDir: join(folder, 'userData', 'Backups'),
    defaultFolder: join(folder, 'Documents'),
  };
  return { platform, record, recentPaths: () => recent };
}

/** Opens a path as the system hands one over (a launch with a file, a double-click): main grants it first. */
function openGranted(api: ReportApi, path: string) {
  api.grantPath(path);
  return api.openReportAt(path);
}

async function seedCopy(name = 'seed-report.rdesk'): Promise<string> {
  const path = join(folder, name);
  await copyFile(SEED_PATH, path);
  return path;
}

describe('opening', () => {
  test('a report chosen in the Open dialog comes back whole and joins the recent files', async () => {
    const path = await seedCopy();
    const { platform, recentPaths } = scriptedPlatform({ open: path });
    const result = await createReportApi(platform).openReport();
    expect(result).toEqual({ kind: 'opened', path, report: seedReport(), notice: null });
    expect(recentPaths()).toEqual([path]);
  });

  test('cancelling the Open dialog is a cancellation, not a failure', async () => {
    const { platform, recentPaths } = scriptedPlatform({ open: null });
    expect(await createReportApi(platform).openReport()).toEqual({ kind: 'cancelled' });
    expect(recentPaths()).toEqual([]);
  });

  test('a report in an older file format opens with a notice that it was brought up to date', async () => {
    const { platform } = scriptedPlatform();
    const result = await openGranted(createReportApi(platform), fixturePath('report-v0.rdesk'));
    expect(result.kind).toBe('opened');
    expect(result.kind === 'opened' && result.notice).toMatch(/brought up to date from file format 0/);
  });

  test('a damaged file fails with one sentence naming the file, never a stack trace', async () => {
    const path = join(folder, 'broken.rdesk');
    await writeFile(path, '{"format": "report-desk/report", "version": 1, "meta": ');
    const { platform, recentPaths } = scriptedPlatform();
    const result = await openGranted(createReportApi(platform), path);
    expect(result.kind).toBe('failed');
    const message = result.kind === 'failed' ? result.message : '';
    expect(message).toMatch(/^"broken\.rdesk" could not be opened\. The file is cut short or damaged/);
    expect(message).not.toMatch(/\n|\bat .*\.ts:\d+/);
    expect(recentPaths()).toEqual([]);
  });

  test('a recent file that has been deleted fails to open, says so, and leaves the recent list', async () => {
    const path = await seedCopy('gone.rdesk');
    const { platform, recentPaths } = scriptedPlatform();
    const api = createReportApi(platform);
    await openGranted(api, path);
    await rm(path);
    const result = await openGranted(api, path);
    expect(result).toEqual({ kind: 'failed', message: '"gone.rdesk" could not be opened: it is no longer there (moved, renamed or deleted).' });
    expect(recentPaths()).toEqual([]);
  });
});

describe('saving', () => {
  test('Save writes the report where it lives, without asking, and the file reads back equal', async () => {
    const path = await seedCopy();
    const { platform, record, recentPaths } = scriptedPlatform();
    const report = seedReport();
    report.metrics[0]!.values[0] = 98.5;
    const api = createReportApi(platform);
    await openGranted(api, path);
    expect(await api.saveReport({ report, path, saveAs: false })).toEqual({ kind: 'saved', path });
    expect(record.dialogs).toEqual([]);
    const read = readReportText(await readFile(path, 'utf8'));
    expect(read.ok && read.report.metrics[0]!.values[0]).toBe(98.5);
    expect(recentPaths()).toEqual([path]);
  });

  test('saving a report never saved asks for a place, suggesting its title as the name in Documents', async () => {
    const chosen = join(folder, 'chosen.rdesk');
    const { platform, record } = scriptedPlatform({ save: chosen });
    const result = await createReportApi(platform).saveReport({ report: seedReport(), path: null, saveAs: false });
    expect(result).toEqual({ kind: 'saved', path: chosen });
    expect(record.dialogs).toEqual([{ dialog: 'save', suggested: join(folder, 'Documents', 'Operations Portal OLA report.rdesk') }]);
    expect(readReportText(await readFile(chosen, 'utf8')).ok).toBe(true);
  });

  test('Save As asks even when the report has a file, suggesting the same folder', async () => {
    const path = await seedCopy();
    const { platform, record } = scriptedPlatform({ save: join(folder, 'copy.rdesk') });
    const api = createReportApi(platform);
    await openGranted(api, path);
    await api.saveReport({ report: seedReport(), path, saveAs: true });
    expect(record.dialogs).toEqual([{ dialog: 'save', suggested: join(folder, 'Operations Portal OLA report.rdesk') }]);
  });

  test('a name typed without its extension is saved as .rdesk', async () => {
    const { platform } = scriptedPlatform({ save: join(folder, 'Q3 report') });
    const result = await createReportApi(platform).saveReport({ report: seedReport(), path: null, saveAs: true });
    expect(result).toEqual({ kind: 'saved', path: join(folder, 'Q3 report.rdesk') });
    expect(await readdir(folder)).toContain('Q3 report.rdesk');
  });

  test('cancelling the Save dialog writes nothing', async () => {
    const { platform } = scriptedPlatform({ save: null });
    expect(await createReportApi(platform).saveReport({ report: seedReport(), path: null, saveAs: false })).toEqual({ kind: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  test('saving into a folder that does not exist fails with a clear sentence and adds nothing to recent files', async () => {
    const path = join(folder, 'missing', 'Q3.rdesk');
    const { platform, recentPaths } = scriptedPlatform({ save: path });
    const result = await createReportApi(platform).saveReport({ report: seedReport(), path: null, saveAs: false });
    expect(result).toEqual({ kind: 'failed', message: '"Q3.rdesk" could not be saved: its folder does not exist.' });
    expect(recentPaths()).toEqual([]);
  });

  test('saving over a report keeps the previous version in the backup folder', async () => {
    const path = await seedCopy();
    const { platform } = scriptedPlatform();
    const report = seedReport();
    report.meta.title = 'Changed';
    const api = createReportApi(platform);
    await openGranted(api, path);
    await api.saveReport({ report, path, saveAs: false });
    const backups = await readdir(join(folder, 'userData', 'Backups'));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(folder, 'userData', 'Backups', backups[0]!), 'utf8')).toBe(await readFile(SEED_PATH, 'utf8'));
  });
});

/** The page's two steps: ask where, then write there. */
async function exportThroughApi(api: ReturnType<typeof createReportApi>, report: Report, reportPath: string | null) {
  const place = await api.chooseWordExportPath({ title: report.meta.title, period: report.meta.period, reportPath });
  if (place.kind === 'cancelled') return place;
  return api.exportWord({ report, path: place.path });
}

describe('exporting to Word', () => {
  test('export suggests the report’s own name with .docx in its folder and writes a real Word document', async () => {
    const path = await seedCopy('Q3 2025.rdesk');
    const target = join(folder, 'Q3 2025.docx');
    const { platform, record, recentPaths } = scriptedPlatform({ export: target });
    const api = createReportApi(platform);
    await openGranted(api, path);
    const result = await exportThroughApi(api, seedReport(), path);
    expect(result).toEqual({ kind: 'exported', path: target });
    expect(record.dialogs).toEqual([{ dialog: 'export', suggested: target }]);
    const zip = await JSZip.loadAsync(await readFile(target));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Performance against service targets');
    expect(recentPaths()).toEqual([path]);
  });

  test('exporting a report never saved suggests its title in Documents, and a bare name gets .docx', async () => {
    const { platform, record } = scriptedPlatform({ export: join(folder, 'for the board') });
    const api = createReportApi(platform);
    expect(await api.chooseWordExportPath({ title: 'Operations Portal OLA report', period: { start: null, months: 6, name: null }, reportPath: null })).toEqual({
      kind: 'chosen',
      path: join(folder, 'for the board.docx'),
    });
    expect(record.dialogs[0]?.suggested).toBe(join(folder, 'Documents', 'Operations Portal OLA report.docx'));
    expect(existsSync(join(folder, 'for the board.docx'))).toBe(false);
  });

  test('a report never saved is offered its title and period, so next period’s is not offered last period’s name', async () => {
    const next = startNextPeriod({ ...seedReport(), meta: { ...seedReport().meta, period: { start: '2025-01', months: 6, name: null } } });
    const { platform, record } = scriptedPlatform({ export: null, save: null });
    const api = createReportApi(platform);
    await api.chooseWordExportPath({ title: next.meta.title, period: next.meta.period, reportPath: null });
    await api.saveReport({ report: next, path: null, saveAs: false });
    expect(record.dialogs.map((shown) => shown.suggested)).toEqual([
      join(folder, 'Documents', 'Operations Portal OLA report July – December 2025.docx'),
      join(folder, 'Documents', 'Operations Portal OLA report July – December 2025.rdesk'),
    ]);
  });

  test('cancelling the export writes nothing; a folder that is not there fails with a sentence', async () => {
    const cancelled = scriptedPlatform({ export: null });
    expect(await exportThroughApi(createReportApi(cancelled.platform), seedReport(), null)).toEqual({ kind: 'cancelled' });
    const failing = scriptedPlatform({ export: join(folder, 'nowhere', 'out.docx') });
    const result = await exportThroughApi(createReportApi(failing.platform), seedReport(), null);
    expect(result).toEqual({ kind: 'failed', message: '"out.docx" could not be exported: its folder does not exist.' });
  });

  test('an export is written only where the export dialog chose, never over an opened report', async () => {
    const opened = await seedCopy('opened.rdesk');
    const before = await readFile(opened, 'utf8');
    const { platform } = scriptedPlatform({ export: join(folder, 'chosen.docx') });
    const api = createReportApi(platform);
    await openGranted(api, opened);
    expect(await api.exportWord({ report: seedReport(), path: opened })).toEqual({
      kind: 'failed',
      message: '"opened.rdesk" was not chosen in the export dialog; Report Desk exports only where you choose.',
    });
    expect(await api.exportWord({ report: seedReport(), path: join(folder, 'unasked.docx') })).toMatchObject({ kind: 'failed' });
    expect(await readFile(opened, 'utf8')).toBe(before);
    expect(existsSync(join(folder, 'unasked.docx'))).toBe(false);
  });
});

describe('choosing a file to import figures from', () => {
  test('the file chosen comes back as its name and text, for the window to read and preview', async () => {
    const path = join(folder, 'argo-june.json');
    await copyFile(importFixturePath('argo-v3-group-monthly.json'), path);
    const { platform, record, recentPaths } = scriptedPlatform({ import: path });
    const result = await createReportApi(platform).chooseImportSource();
    expect(result).toEqual({ kind: 'import-source', fileName: 'argo-june.json', text: await readFile(path, 'utf8') });
    expect(record.dialogs).toEqual([{ dialog: 'import' }]);
    expect(recentPaths()).toEqual([]);
  });

  test('cancelling is a cancellation; a workbook fails with what to do', async () => {
    expect(await createReportApi(scriptedPlatform().platform).chooseImportSource()).toEqual({ kind: 'cancelled' });
    const workbook = join(folder, 'figures.xlsx');
    await writeFile(workbook, Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(await createReportApi(scriptedPlatform({ import: workbook }).platform).chooseImportSource()).toEqual({
      kind: 'failed',
      message: '"figures.xlsx" is a spreadsheet workbook, not CSV: save the sheet as CSV (File › Save As) and import that file.',
    });
  });
});

describe('the window’s other requests', () => {
  test('the unsaved-changes question is asked with the document’s name and its answer returned', async () => {
    const { platform, record } = scriptedPlatform({ unsaved: 'discard' });
    expect(await createReportApi(platform).confirmUnsavedChanges('Q3.rdesk')).toBe('discard');
    expect(record.dialogs).toEqual([{ dialog: 'unsaved', suggested: 'Q3.rdesk' }]);
  });

  test('document state, close and show-in-folder reach the platform', async () => {
    const exported = join(folder, 'Q3.docx');
    const opened = await seedCopy('Q3.rdesk');
    const { platform, record } = scriptedPlatform({ export: exported });
    const api = createReportApi(platform);
    await openGranted(api, opened);
    await api.setDocumentState({ name: 'Q3.rdesk', path: opened, dirty: true });
    await exportThroughApi(api, seedReport(), null);
    await api.showInFolder(exported);
    await api.closeWindow();
    expect(record).toMatchObject({ states: [{ name: 'Q3.rdesk', path: opened, dirty: true }], shown: [exported], closed: 1 });
  });

  test('a save never goes over an exported Word document without asking', async () => {
    const wordPath = join(folder, 'Final report.docx');
    const { platform, record } = scriptedPlatform({ export: wordPath, save: null });
    const api = createReportApi(platform);
    expect(await exportThroughApi(api, seedReport(), null)).toEqual({ kind: 'exported', path: wordPath });
    const exported = await readFile(wordPath);
    expect(await api.saveReport({ report: seedReport(), path: wordPath, saveAs: false })).toEqual({ kind: 'cancelled' });
    expect(record.dialogs.map((shown) => shown.dialog)).toEqual(['export', 'save']);
    expect(await readFile(wordPath)).toEqual(exported);
  });

  test('only .rdesk reports are opened by path', async () => {
    const { platform } = scriptedPlatform();
    expect(await openGranted(createReportApi(platform), '/etc/passwd')).toEqual({
      kind: 'failed',
      message: '"passwd" could not be opened: Report Desk opens reports saved as .rdesk files.',
    });
  });

  test('recent files lists what was opened and saved, and reports files that went missing', async () => {
    const [a, b] = [await seedCopy('a.rdesk'), await seedCopy('b.rdesk')];
    const { platform } = scriptedPlatform();
    const api = createReportApi(platform);
    await openGranted(api, a);
    await openGranted(api, b);
    await api.saveReport({ report: seedReport(), path: b, saveAs: false });
    await rm(a);
    expect(await api.recentFiles()).toEqual({ files: [{ path: b, name: 'b.rdesk' }], removed: [a] });
  });

  test('a recovery draft written through the Api is taken back, then cleared', async () => {
    const { platform } = scriptedPlatform();
    const api = createReportApi(platform);
    await api.writeRecoveryDraft({ report: seedReport(), path: null });
    expect((await api.takeRecoveryDraft())?.report).toEqual(seedReport());
    await api.clearRecoveryDraft();
    expect(await api.takeRecoveryDraft()).toBeNull();
  });

  test('a failing recovery write does not interrupt the work', async () => {
    const { platform } = scriptedPlatform();
    await mkdir(join(folder, 'userData'), { recursive: true });
    await writeFile(join(folder, 'userData', 'Recovery'), 'a file where the folder should be');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await expect(createReportApi(platform).writeRecoveryDraft({ report: seedReport(), path: null })).resolves.toEqual({ kind: 'done' });
    } finally {
      console.warn = warn;
    }
  });

  test('through dispatchApiCall, as IPC calls it, a report with a wrong value is refused before any file is written', async () => {
    const path = join(folder, 'bad.rdesk');
    const { platform } = scriptedPlatform();
    const report = { ...seedReport(), metrics: [{ ...seedReport().metrics[0]!, values: ['99,9x', 1, 1, 1, 1, 1] }] };
    await expect(dispatchApiCall(createReportApi(platform), 'saveReport', [{ report, path, saveAs: false }])).rejects.toThrow(/Refused saveReport/);
    expect(await readdir(folder)).not.toContain('bad.rdesk');
  });

  test('through dispatchApiCall, a report that cannot be exported is refused with a sentence before the export, and the previous document stays byte for byte', async () => {
    const target = join(folder, 'report.docx');
    const { platform } = scriptedPlatform({ export: target });
    const api = createReportApi(platform);
    await exportThroughApi(api, seedReport(), null);
    const before = await readFile(target);
    const broken = seedReport();
    broken.metrics[0]!.values = [99.9, 99.8];
    await expect(dispatchApiCall(api, 'exportWord', [{ report: broken, path: target }])).rejects.toThrow(/^Refused exportWord: its arguments are not valid \(has 2 monthly values but the period has 6 months\)/);
    expect((await readFile(target)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['report.docx']);
  });
});

describe('paths only the person chose', () => {
  const refusal = (name: string) => ({
    kind: 'failed',
    message: `"${name}" was not opened: Report Desk opens only the files you choose (with Open, from the recent list, or from your desktop).`,
  });

  test('the page asks main to open a report no dialog chose: refused, without telling whether it exists', async () => {
    const existing = await seedCopy('elsewhere.rdesk');
    const { platform, recentPaths } = scriptedPlatform();
    const api = createReportApi(platform);
    expect(await dispatchApiCall(api, 'openReportAt', [existing])).toEqual(refusal('elsewhere.rdesk'));
    expect(await dispatchApiCall(api, 'openReportAt', [join(folder, 'missing.rdesk')])).toEqual(refusal('missing.rdesk'));
    expect(await dispatchApiCall(api, 'openReportAt', ['/etc/NOTES.RDESK'])).toEqual(refusal('NOTES.RDESK'));
    expect(recentPaths()).toEqual([]);
  });

  test('what the system handed over, the Open dialog chose, or the recent list holds does open', async () => {
    const [handed, chosen, recent] = [await seedCopy('handed.rdesk'), await seedCopy('chosen.rdesk'), await seedCopy('recent.rdesk')];
    const first = scriptedPlatform({ open: chosen });
    const api = createReportApi(first.platform);
    api.grantPath(handed);
    expect(await dispatchApiCall(api, 'openReportAt', [handed])).toMatchObject({ kind: 'opened', path: handed });
    expect(await api.openReport()).toMatchObject({ kind: 'opened', path: chosen });
    expect(await dispatchApiCall(api, 'openReportAt', [chosen])).toMatchObject({ kind: 'opened', path: chosen });
    // The next run: the recent list main kept is the person's own choice of files.
    const later = createReportApi({ ...first.platform });
    await openGranted(api, recent);
    expect(await dispatchApiCall(later, 'openReportAt', [recent])).toMatchObject({ kind: 'opened', path: recent });
  });

  test('the page asks main to save over, or show, a path no dialog chose: it is asked where, and shown nothing', async () => {
    const elsewhere = join(folder, 'elsewhere.rdesk');
    await writeFile(elsewhere, 'precious');
    const { platform, record } = scriptedPlatform({ save: null });
    const api = createReportApi(platform);
    expect(await dispatchApiCall(api, 'saveReport', [{ report: seedReport(), path: elsewhere, saveAs: false }])).toEqual({ kind: 'cancelled' });
    await dispatchApiCall(api, 'showInFolder', [elsewhere]);
    expect(record.dialogs.map((shown) => shown.dialog)).toEqual(['save']);
    expect(record.shown).toEqual([]);
    expect(await readFile(elsewhere, 'utf8')).toBe('precious');
  });

  test('a recovery draft records only a file main knows; a path the page put in it is dropped', async () => {
    const notes = join(folder, 'NOTES.RDESK');
    await writeFile(notes, 'unrelated notes');
    const { platform, record } = scriptedPlatform({ save: null });
    const api = createReportApi(platform);
    await dispatchApiCall(api, 'writeRecoveryDraft', [{ report: seedReport(), path: notes }]);
    const draft = await createReportApi(platform).takeRecoveryDraft();
    expect(draft?.path).toBeNull();
    // So after a restart, saving the restored work asks where, and the notes stay as they were.
    const restarted = createReportApi(platform);
    await restarted.takeRecoveryDraft();
    expect(await restarted.saveReport({ report: seedReport(), path: notes, saveAs: false })).toEqual({ kind: 'cancelled' });
    expect(record.dialogs.map((shown) => shown.dialog)).toEqual(['save']);
    expect(await readFile(notes, 'utf8')).toBe('unrelated notes');
  });

  test('a recovery draft of an opened report keeps its file, and the restored work saves there', async () => {
    const path = await seedCopy('Q3.rdesk');
    const { platform, record } = scriptedPlatform();
    const api = createReportApi(platform);
    await openGranted(api, path);
    const changed = { ...seedReport(), meta: { ...seedReport().meta, title: 'Restored' } };
    await api.writeRecoveryDraft({ report: changed, path });
    const restarted = createReportApi(platform);
    const draft = await restarted.takeRecoveryDraft();
    expect(draft?.path).toBe(path);
    expect(await restarted.saveReport({ report: draft!.report, path, saveAs: false })).toEqual({ kind: 'saved', path });
    expect(record.dialogs).toEqual([]);
  });

  test('saving over a read-only report fails, offering Save As', async () => {
    const path = await seedCopy('Signed off.rdesk');
    await chmod(path, 0o444);
    const { platform } = scriptedPlatform();
    const api = createReportApi(platform);
    await openGranted(api, path);
    expect(await api.saveReport({ report: seedReport(), path, saveAs: false })).toEqual({
      kind: 'failed',
      message: '"Signed off.rdesk" was not saved: it is read-only. Use Save As… to keep your work under another name.',
      offerSaveAs: true,
    });
  });
});

test('a title becomes a file name every system accepts', () => {
  expect(fileNameFromTitle('OLA report: H2/2025 <draft>')).toBe('OLA report H2 2025 draft');
  expect(fileNameFromTitle('  ..hidden')).toBe('hidden');
  expect(fileNameFromTitle(' / ')).toBe('Untitled report');
});

describe('the next period’s file', () => {
  test('Save of a period started from a file suggests that file’s folder and the new period’s name', async () => {
    const lastPeriod = await seedCopy('Operations Portal OLA report.rdesk');
    const { platform, record } = scriptedPlatform({ open: lastPeriod, save: null });
    const api = createReportApi(platform);
    const opened = await api.openReport();
    if (opened.kind !== 'opened') throw new Error('the seed did not open');
    const next = startNextPeriod(opened.report, { start: null, name: 'July – December 2025' });
    await api.saveReport({ report: next, path: null, saveAs: false, startedFrom: lastPeriod });
    expect(record.dialogs.at(-1)?.suggested).toBe(join(folder, 'Operations Portal OLA report July – December 2025.rdesk'));
  });

  test('the name suggested is never that of a file already there: last period’s is not offered to be replaced', async () => {
    // The seed's next period has no name or start month, so its name is its title alone: last period's file's name.
    const lastPeriod = await seedCopy('Operations Portal OLA report.rdesk');
    await writeFile(join(folder, 'Operations Portal OLA report (2).rdesk'), 'another');
    const { platform, record } = scriptedPlatform({ open: lastPeriod, save: null });
    const api = createReportApi(platform);
    await api.openReport();
    await api.saveReport({ report: startNextPeriod(seedReport()), path: null, saveAs: false, startedFrom: lastPeriod });
    expect(record.dialogs.at(-1)?.suggested).toBe(join(folder, 'Operations Portal OLA report (3).rdesk'));
    // Save As of a saved report keeps its own name (the same file), else a free one beside it.
    await api.saveReport({ report: seedReport(), path: lastPeriod, saveAs: true });
    expect(record.dialogs.at(-1)?.suggested).toBe(lastPeriod);
    await api.saveReport({ report: seedReport(), path: join(folder, 'renamed.rdesk'), saveAs: true });
    expect(record.dialogs.at(-1)?.suggested).toBe(join(folder, 'Operations Portal OLA report (3).rdesk'));
  });

  test('a folder the page names that main never opened from is not offered', async () => {
    const { platform, record } = scriptedPlatform({ save: null });
    await createReportApi(platform).saveReport({ report: startNextPeriod(seedReport()), path: null, saveAs: false, startedFrom: '/etc/passwd.rdesk' });
    expect(record.dialogs.at(-1)?.suggested).toBe(join(folder, 'Documents', 'Operations Portal OLA report.rdesk'));
  });

  test('the save and export dialogs open only in folders main knows: a path the page makes up chooses none', async () => {
    const secret = join(folder, 'secret');
    await mkdir(secret);
    const { platform, record } = scriptedPlatform({ save: null, export: null });
    const api = createReportApi(platform);
    const documents = join(folder, 'Documents');
    // Nothing chosen yet: the person's Documents folder, whatever folder the page names.
    await dispatchApiCall(api, 'saveReport', [{ report: seedReport(), path: join(secret, 'Q3.rdesk'), saveAs: true }]);
    await dispatchApiCall(api, 'saveReport', [{ report: seedReport(), path: join(secret, 'Q3.rdesk'), saveAs: false, startedFrom: join(secret, 'Q2.rdesk') }]);
    await dispatchApiCall(api, 'chooseWordExportPath', [{ title: 'Q3', period: seedReport().meta.period, reportPath: join(secret, 'Q3.rdesk') }]);
    expect(record.dialogs.map((shown) => shown.suggested?.startsWith(`${documents}/`))).toEqual([true, true, true]);
    expect(record.dialogs.some((shown) => shown.suggested?.includes('secret'))).toBe(false);
  });

  test('a report with no folder of its own is offered the last folder the person chose, not the page’s', async () => {
    const chosenFolder = join(folder, 'Reports 2025');
    await mkdir(chosenFolder);
    const { platform, record } = scriptedPlatform({ save: join(chosenFolder, 'Q3.rdesk'), export: null });
    const api = createReportApi(platform);
    await api.saveReport({ report: seedReport(), path: null, saveAs: false });
    // A new report: its Save and its export are offered the folder chosen last, even as the page names another.
    await api.saveReport({ report: seedReport(), path: join(folder, 'secret', 'x.rdesk'), saveAs: true });
    await api.chooseWordExportPath({ title: 'Q4', period: seedReport().meta.period, reportPath: null });
    expect(record.dialogs.slice(1).map((shown) => shown.suggested)).toEqual([
      join(chosenFolder, 'Operations Portal OLA report.rdesk'),
      join(chosenFolder, 'Q4.docx'),
    ]);
  });

  test('the start screen’s recent reports carry each one’s title, period and last change; an unreadable one says why', async () => {
    const named = join(folder, 'named.rdesk');
    const { platform } = scriptedPlatform({ save: named });
    const api = createReportApi(platform);
    await api.saveReport({ report: startNextPeriod(seedReport(), { start: null, name: 'July – December 2025' }), path: null, saveAs: false });
    const seed = await seedCopy();
    await openGranted(api, seed);
    const broken = await seedCopy('broken.rdesk');
    await openGranted(api, broken);
    await writeFile(broken, '{ "format": "report-desk/report", "version": 2');
    const listed = await api.recentReports();
    expect(listed.removed).toEqual([]);
    expect(listed.reports.map(({ modified: _modified, ...report }) => report)).toEqual([
      { path: broken, name: 'broken.rdesk', title: null, period: null, language: null, problem: 'The file is cut short or damaged: it is not complete JSON (it ends too soon).' },
      { path: seed, name: 'seed-report.rdesk', title: 'Operations Portal OLA report', period: '6 months', language: 'en-GB', problem: null },
      { path: named, name: 'named.rdesk', title: 'Operations Portal OLA report', period: 'July – December 2025', language: 'en-GB', problem: null },
    ]);
    for (const report of listed.reports) expect(Date.now() - Date.parse(report.modified)).toBeLessThan(60_000);
  });

  test('Compare with… reads the earlier report chosen, without opening it or listing it as recent', async () => {
    const earlier = await seedCopy('earlier.rdesk');
    const { platform, record, recentPaths } = scriptedPlatform({ compare: earlier });
    const api = createReportApi(platform);
    expect(await api.chooseReportToCompare()).toEqual({ kind: 'earlier-report', path: earlier, report: seedReport() });
    expect(record.dialogs).toEqual([{ dialog: 'compare' }]);
    expect(recentPaths()).toEqual([]);
    expect(await createReportApi(scriptedPlatform({ compare: null }).platform).chooseReportToCompare()).toEqual({ kind: 'cancelled' });
    await writeFile(join(folder, 'notes.txt'), 'text');
    expect(await createReportApi(scriptedPlatform({ compare: join(folder, 'notes.txt') }).platform).chooseReportToCompare()).toEqual({
      kind: 'failed',
      message: '"notes.txt" could not be opened: Report Desk opens reports saved as .rdesk files.',
    });
    await writeFile(join(folder, 'bad.rdesk'), '{}');
    const bad = await createReportApi(scriptedPlatform({ compare: join(folder, 'bad.rdesk') }).platform).chooseReportToCompare();
    expect(bad.kind === 'failed' && bad.message).toMatch(/^"bad.rdesk" could not be compared with\. /);
  });
});
