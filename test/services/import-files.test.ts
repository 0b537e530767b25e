// Files to import from, read from disk in the encodings spreadsheets save in.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readImportFile } from '../../electron/services/import-files';
import { readImportSource } from '../../shared/import';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-import-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readBack(name: string, bytes: Uint8Array): Promise<string> {
  await writeFile(join(folder, name), bytes);
  const file = await readImportFile(join(folder, name));
  if (!file.ok) throw new Error(file.message);
  expect(file.fileName).toBe(name);
  return file.text;
}

const SHEET = 'Mois;Disponibilité\r\njuil. 2025;99,94\r\n';

describe('reading a file to import', () => {
  test('Excel\'s "Unicode text" (UTF-16 with its mark, tabs) reads as the sheet', async () => {
    const text = await readBack('sheet.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Month\tAvailability\r\n2025-07\t99.94\r\n', 'utf16le')]));
    const reading = readImportSource('sheet.txt', text);
    expect(reading.ok && reading.source.kind === 'spreadsheet' && reading.source.series[0]!.figures[0]!.value).toBe(99.94);
  });

  test('UTF-8 with or without its mark, and Excel\'s plain CSV in Windows-1252, keep their accents', async () => {
    expect(await readBack('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHEET, 'utf8')]))).toBe(SHEET);
    expect(await readBack('plain.csv', Buffer.from(SHEET, 'utf8'))).toBe(SHEET);
    expect(await readBack('excel.csv', Buffer.from(SHEET, 'latin1'))).toBe(SHEET);
  });

  test('a folder, a workbook and a binary file are each named for what they are', async () => {
    expect(await readImportFile(folder)).toEqual({ ok: false, message: expect.stringMatching(/could not be read: it is a folder, not a file\.$/) });
    await writeFile(join(folder, 'sheet.ods'), Buffer.from('PK\u0003\u0004rest', 'latin1'));
    expect(await readImportFile(join(folder, 'sheet.ods'))).toEqual({ ok: false, message: '"sheet.ods" is a spreadsheet workbook, not CSV: save the sheet as CSV (File › Save As) and import that file.' });
    await writeFile(join(folder, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(await readImportFile(join(folder, 'old.xls'))).toMatchObject({ ok: false, message: expect.stringMatching(/^"old\.xls" is a spreadsheet workbook/) });
    await writeFile(join(folder, 'data.csv'), Buffer.from([0x41, 0x00, 0x42]));
    expect(await readImportFile(join(folder, 'data.csv'))).toEqual({ ok: false, message: '"data.csv" could not be read: it is not a text file (ARGO results, CSV or TSV).' });
  });
});
