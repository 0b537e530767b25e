// Reading a file to import from (ARGO results, a CSV or TSV, a ticket export) as text, in the
// encodings spreadsheets save in. Plain Node: the app's main process, the CLI and the tests.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { nameInMessage } from '../../shared/message-names';
import { describeFileError } from './file-errors';

/** Far above a year of ARGO's daily results for a whole infrastructure; stops a wrong file early. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

export type ImportFileText = { ok: true; fileName: string; text: string } | { ok: false; message: string };

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes as text: UTF-8 (with or without its mark), UTF-16 with its mark (Excel's "Unicode
 * text"), else Windows-1252, which Excel's plain "CSV" is on Western Windows. Null for a file
 * that is not text at all.
 */
export function decodeImportBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return null;
  try {
    return utf8.decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function isWorkbook(bytes: Uint8Array, extension: string): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const oldExcel = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return oldExcel || (zip && (WORKBOOK_EXTENSIONS.has(extension) || !['.json', '.xml', '.csv', '.tsv', '.txt'].includes(extension)));
}

/** The file's name and text, or one sentence naming the file and what is wrong. Never throws. */
export async function readImportFile(path: string): Promise<ImportFileText> {
  const fileName = basename(path);
  const unreadable = (reason: string): ImportFileText => ({ ok: false, message: `"${nameInMessage(fileName)}" could not be read: ${reason}.` });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable('it is a folder, not a file');
    if (!info.isFile()) return unreadable('it is not a regular file');
    if (info.size > MAX_IMPORT_FILE_BYTES) return unreadable(`it is ${(info.size / 1024 / 1024).toFixed(0)} MB, more than the 50 MB an import reads`);
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(describeFileError(error));
  }
  if (isWorkbook(bytes, extname(fileName).toLowerCase())) {
    return { ok: false, message: `"${nameInMessage(fileName)}" is a spreadsheet workbook, not CSV: save the sheet as CSV (File › Save As) and import that file.` };
  }
  const text = decodeImportBytes(bytes);
  if (text === null) return unreadable('it is not a text file (ARGO results, CSV or TSV)');
  return { ok: true, fileName, text };
}
