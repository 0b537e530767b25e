import { mkdir, mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeReportText } from '../../shared/report-file';
import { readReportFile, saveReportFile } from '../../electron/services/report-files';
import { BACKUPS_KEPT, backupStamp, listBackups } from '../../electron/services/report-backups';
import { seedReport, seedText, titledSeed as titled } from '../fixtures/seed';
import { exportWordFile } from '../../electron/services/word/word-export';
import { MAX_REPORT_FILE_BYTES, MAX_REPORT_SIZE_TEXT, describeBytes } from '../../shared/report-size';
import type { Report } from '../../shared/report-schema';
import { editSection } from '../../shared/section-text';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('saving and reading a report', () => {
  test('a saved report reads back equal, and the file is the canonical text', async () => {
    const path = join(folder, 'Q3.rdesk');
    await saveReportFile(path, seedReport());
    expect(await readFile(path, 'utf8')).toBe(writeReportText(seedReport()));
    expect(await readReportFile(path)).toEqual({ ok: true, report: seedReport(), migratedFrom: null, warnings: [] });
  });

  test('saving replaces the previous file and leaves no temp file beside it', async () => {
    const path = join(folder, 'Q3.rdesk');
    await saveReportFile(path, titled('first'));
    await saveReportFile(path, titled('second'));
    const result = await readReportFile(path);
    expect(result.ok && result.report.meta.title).toBe('second');
    expect(await readdir(folder)).toEqual(['Q3.rdesk']);
  });

  test('a file with a byte order mark reads', async () => {
    const path = join(folder, 'bom.rdesk');
    await writeFile(path, `\uFEFF${seedText()}`);
    expect((await readReportFile(path)).ok).toBe(true);
  });
});

describe('files that cannot be read say so, naming the file', () => {
  test('a missing file', async () => {
    expect(await readReportFile(join(folder, 'Q3.rdesk'))).toEqual({
      ok: false,
      message: '"Q3.rdesk" could not be read: no such file.',
      problems: ['"Q3.rdesk" could not be read: no such file.'],
    });
  });

  test('a folder', async () => {
    await mkdir(join(folder, 'reports.rdesk'));
    expect(await readReportFile(join(folder, 'reports.rdesk'))).toMatchObject({ ok: false, message: '"reports.rdesk" could not be read: it is a folder, not a file.' });
  });

  test('a path through a regular file', async () => {
    await writeFile(join(folder, 'notes.txt'), 'x');
    expect(await readReportFile(join(folder, 'notes.txt', 'Q3.rdesk'))).toMatchObject({
      ok: false,
      message: '"Q3.rdesk" could not be read: a part of its path is a file, not a folder.',
    });
  });

  test('a file far over the size limit is not read whole', async () => {
    const path = join(folder, 'huge.rdesk');
    await writeFile(path, '');
    await truncate(path, 25 * 1024 * 1024);
    const result = await readReportFile(path);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^"huge\.rdesk" could not be read: it is 25\.0 MB, far too large/) });
  });

  test('a file that is not UTF-8 text', async () => {
    const path = join(folder, 'latin1.rdesk');
    await writeFile(path, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(await readReportFile(path)).toMatchObject({ ok: false, message: '"latin1.rdesk" could not be read: it is not UTF-8 text, so it is not a Report Desk report.' });
  });

  test('a Word document renamed .rdesk is recognised as one', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    const path = join(folder, 'report.rdesk');
    await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(await readReportFile(path)).toMatchObject({ ok: false, message: expect.stringMatching(/Word document/) });
  });
});

describe('a failed save leaves the previous file byte for byte', () => {
  test('an invalid report is refused before anything is written', async () => {
    const path = join(folder, 'Q3.rdesk');
    await saveReportFile(path, seedReport());
    const before = await readFile(path);
    const invalid = seedReport();
    invalid.metrics[1]!.values.push(99);
    await expect(saveReportFile(path, invalid, { backupDir: join(folder, 'backups') })).rejects.toThrow(
      '"Q3.rdesk" was not saved: Reliability: has 7 monthly values but the period has 6 months',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['Q3.rdesk']);
  });

  test('a write the file system refuses (the temp name is too long) leaves the old file', async () => {
    const path = join(folder, `${'q'.repeat(240)}.rdesk`);
    await writeFile(path, seedText());
    await expect(saveReportFile(path, titled('changed'))).rejects.toThrow(/could not be saved: the name is too long\.$/);
    expect(await readFile(path, 'utf8')).toBe(seedText());
    expect(await readdir(folder)).toHaveLength(1);
  });

  test('a path whose parent is a regular file is refused with a clear message', async () => {
    await writeFile(join(folder, 'notes.txt'), 'keep me');
    await expect(saveReportFile(join(folder, 'notes.txt', 'Q3.rdesk'), seedReport())).rejects.toThrow(
      '"Q3.rdesk" could not be saved: a part of its path is a file, not a folder.',
    );
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  test('a folder that does not exist is named as the problem', async () => {
    await expect(saveReportFile(join(folder, 'missing', 'Q3.rdesk'), seedReport())).rejects.toThrow('"Q3.rdesk" could not be saved: its folder does not exist.');
  });
});

describe('backups', () => {
  test('the file being replaced is copied to the backup folder with a timestamp', async () => {
    const path = join(folder, 'Q3.rdesk');
    const backups = join(folder, 'backups');
    await saveReportFile(path, titled('first'), { backupDir: backups });
    expect(await listBackups(backups, path)).toEqual([]);
    const firstBytes = await readFile(path);
    await saveReportFile(path, titled('second'), { backupDir: backups });
    const names = await listBackups(backups, path);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^Q3-[0-9a-f]{8}-000001-\d{8}-\d{6}\.rdesk$/);
    expect((await readFile(join(backups, names[0]!))).equals(firstBytes)).toBe(true);
  });

  test(`only the newest ${BACKUPS_KEPT} backups of a report are kept`, async () => {
    const path = join(folder, 'Q3.rdesk');
    const backups = join(folder, 'backups');
    for (let version = 1; version <= 13; version += 1) await saveReportFile(path, titled(`v${version}`), { backupDir: backups });
    const names = await listBackups(backups, path);
    expect(names).toHaveLength(BACKUPS_KEPT);
    const titles = await Promise.all(
      names.map(async (name) => {
        const result = await readReportFile(join(backups, name));
        return result.ok ? result.report.meta.title : result.message;
      }),
    );
    expect(titles).toEqual(['v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12']);
  });

  test('rotation never touches the backups of another report in the same folder', async () => {
    const backups = join(folder, 'backups');
    await mkdir(backups);
    const other = join(backups, 'Q3-old-20200101-000000.rdesk');
    await writeFile(other, 'other');
    const path = join(folder, 'Q3.rdesk');
    for (let version = 1; version <= 13; version += 1) await saveReportFile(path, titled(`v${version}`), { backupDir: backups });
    expect(await readFile(other, 'utf8')).toBe('other');
    expect(await readdir(backups)).toHaveLength(BACKUPS_KEPT + 1);
  });

  test('saving unchanged work adds no backup, so real versions are not pushed out', async () => {
    const path = join(folder, 'Q3.rdesk');
    const backups = join(folder, 'backups');
    await saveReportFile(path, titled('first'), { backupDir: backups });
    await saveReportFile(path, titled('first'), { backupDir: backups });
    await saveReportFile(path, titled('first'), { backupDir: backups });
    expect(await listBackups(backups, path)).toEqual([]);
  });

  test('a backup folder that cannot be made does not stop the save', async () => {
    const path = join(folder, 'Q3.rdesk');
    await writeFile(join(folder, 'backups'), 'a file where the folder should be');
    await saveReportFile(path, titled('first'));
    await saveReportFile(path, titled('second'), { backupDir: join(folder, 'backups') });
    const result = await readReportFile(path);
    expect(result.ok && result.report.meta.title).toBe('second');
  });

  test('timestamps are local time as YYYYMMDD-HHMMSS', () => {
    expect(backupStamp(new Date(2026, 0, 9, 8, 5, 3))).toBe('20260109-080503');
  });
});

describe('the size a report may be: what is saved always opens again', () => {
  /** The seed with an extra metric, its Foreseen text grown so the file is exactly `bytes` long. */
  function reportOfSize(bytes: number): Report {
    const seed = seedReport();
    const report: Report = { ...seed, metrics: [...seed.metrics, { ...seed.metrics[0]!, id: 'extra-1', name: 'Extra availability' }] };
    const padding = bytes - Buffer.byteLength(writeReportText(editSection(report, 'foreseen', '')));
    return editSection(report, 'foreseen', 'x'.repeat(padding));
  }
  const withoutExtra = (report: Report): Report => ({ ...report, metrics: report.metrics.filter((metric) => metric.id !== 'extra-1') });
  const withAnother = (report: Report): Report => ({ ...report, metrics: [...report.metrics, { ...report.metrics[0]!, id: 'extra-2', name: 'Another availability' }] });

  test(`a report of exactly ${MAX_REPORT_SIZE_TEXT} saves and opens, and so does one a record smaller; one record more is refused before anything is written`, async () => {
    const atLimit = reportOfSize(MAX_REPORT_FILE_BYTES);
    expect(Buffer.byteLength(writeReportText(atLimit))).toBe(MAX_REPORT_FILE_BYTES);
    const path = join(folder, 'Large.rdesk');
    const backups = join(folder, 'backups');

    await saveReportFile(path, withoutExtra(atLimit), { backupDir: backups });
    expect((await readReportFile(path)).ok).toBe(true);
    await saveReportFile(path, atLimit, { backupDir: backups });
    expect((await stat(path)).size).toBe(MAX_REPORT_FILE_BYTES);
    const reopened = await readReportFile(path);
    expect(reopened.ok && reopened.report.metrics.length).toBe(atLimit.metrics.length);

    const before = await readFile(path);
    const over = withAnother(atLimit);
    await expect(saveReportFile(path, over, { backupDir: backups })).rejects.toThrow(
      /^"Large\.rdesk" was not saved: the report would take (just over 20 MB|20\.0 MB) as a file, and Report Desk opens reports of up to 20 MB\. Split it into two reports .*Nothing was written\.$/,
    );
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['Large.rdesk', 'backups']);
    expect(await listBackups(backups, path)).toHaveLength(1);

    // An export of the report one record over is refused in the same words, with no document written.
    const docx = join(folder, 'Large.docx');
    await expect(exportWordFile(docx, over, { includeCharts: false })).rejects.toThrow(/^"Large\.docx" was not exported: the report would take .* Split it into two reports .* and export each\. Nothing was written\.$/);
    expect(await readdir(folder)).toEqual(['Large.rdesk', 'backups']);
  }, 120_000);

  test('a report well over the limit says how big it is', async () => {
    const report = reportOfSize(MAX_REPORT_FILE_BYTES + 1_500_000);
    await expect(saveReportFile(join(folder, 'Huge.rdesk'), report)).rejects.toThrow(/the report would take 21\.4 MB as a file/);
    expect(await readdir(folder)).toEqual([]);
  }, 60_000);
});

test('sizes as people read them: a Word template in kilobytes, a report near the limit in megabytes', () => {
  expect(describeBytes(0)).toBe('0 KB');
  expect(describeBytes(300)).toBe('1 KB');
  expect(describeBytes(1024 * 1024 - 100)).toBe('1.0 MB');
  expect(describeBytes(54 * 1024)).toBe('54 KB');
  expect(describeBytes(2.7 * 1024 * 1024)).toBe('2.7 MB');
  expect(describeBytes(MAX_REPORT_FILE_BYTES + 1)).toBe(`just over ${MAX_REPORT_SIZE_TEXT}`);
});
