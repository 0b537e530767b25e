// Report files on disk: reading with clear messages, atomic saves, and rotated backups.
// Plain Node: the app's main process, the CLI and the tests all use it as is.
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readReportText, writeReportText, type ReadResult } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { writeFileAtomically } from './atomic-write';
import { describeFileError, describeWriteFailure } from './file-errors';

/** Far above any real report (the seed is 5 KB); stops a wrong file from being read whole. */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;
export const BACKUPS_KEPT = 10;

export type FileText = { ok: true; text: string } | { ok: false; message: string };


const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or a one-line reason naming the file. Never throws. */
export async function readReportFileText(path: string): Promise<FileText> {
  const name = basename(path);
  const unreadable = (reason: string): FileText => ({ ok: false, message: `"${name}" could not be read: ${reason}.` });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable('it is a folder, not a file');
    if (!info.isFile()) return unreadable('it is not a regular file');
    if (info.size > MAX_REPORT_FILE_BYTES) {
      return unreadable(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, far too large to be a report (the limit is 20 MB)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(describeFileError(error));
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    // A zip (a .docx renamed) is not UTF-8 either; let the report reader say what it is.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { ok: true, text: new TextDecoder().decode(bytes) };
    return unreadable('it is not UTF-8 text, so it is not a Report Desk report');
  }
}

/**
 * Reads and validates a .rdesk file. Never throws. A problem with the file itself names the
 * file; a problem with its content is the shared reader's message ("Reliability, M5: …").
 */
export async function readReportFile(path: string): Promise<ReadResult> {
  const file = await readReportFileText(path);
  if (!file.ok) return { ok: false, message: file.message, problems: [file.message] };
  return readReportText(file.text);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** YYYYMMDD-HHMMSS in local time: what the person sees in their file browser. */
export function backupStamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function baseName(path: string): string {
  const file = basename(path);
  const extension = extname(file);
  return extension === '' ? file : file.slice(0, -extension.length);
}

interface BackupEntry {
  file: string;
  stamp: string;
  sequence: number;
}

async function backupEntries(backupDir: string, reportPath: string): Promise<BackupEntry[]> {
  const pattern = new RegExp(`^${escapeRegExp(baseName(reportPath))}-(\\d{8}-\\d{6})(?:-(\\d+))?\\.rdesk$`);
  let files: string[];
  try {
    files = await readdir(backupDir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const file of files) {
    const match = pattern.exec(file);
    if (match !== null) entries.push({ file, stamp: match[1]!, sequence: Number(match[2] ?? 1) });
  }
  return entries.sort((a, b) => (a.stamp === b.stamp ? a.sequence - b.sequence : a.stamp < b.stamp ? -1 : 1));
}

/** This report's backups in backupDir (file names), oldest first. */
export async function listBackups(backupDir: string, reportPath: string): Promise<string[]> {
  return (await backupEntries(backupDir, reportPath)).map((entry) => entry.file);
}

/** Copies the current file into backupDir and drops the oldest beyond BACKUPS_KEPT. */
async function backUp(path: string, backupDir: string, newText: string): Promise<void> {
  let current: Buffer;
  try {
    current = await readFile(path);
  } catch {
    return; // Nothing saved there yet: nothing to keep.
  }
  // Saving unchanged work must not push real older versions out of the rotation.
  if (current.equals(Buffer.from(newText, 'utf8'))) return;
  await mkdir(backupDir, { recursive: true });
  const stamp = backupStamp(new Date());
  // Several saves in one second: number them after the highest so far, never reusing a
  // rotated-out name (which would sort the newest backup as the oldest).
  const sameSecond = (await backupEntries(backupDir, path)).filter((entry) => entry.stamp === stamp);
  const sequence = sameSecond.length === 0 ? 1 : Math.max(...sameSecond.map((entry) => entry.sequence)) + 1;
  const name = `${baseName(path)}-${stamp}${sequence === 1 ? '' : `-${sequence}`}.rdesk`;
  await copyFile(path, join(backupDir, name), constants.COPYFILE_EXCL);
  const backups = await listBackups(backupDir, path);
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    await rm(join(backupDir, old), { force: true });
  }
}

/**
 * Validates and writes the report atomically: on any failure the previous file is left
 * byte for byte as it was, and the Error says why in one line naming the file.
 * With backupDir, the file being replaced is first copied there (newest 10 kept).
 */
export async function saveReportFile(path: string, report: Report, options: { backupDir?: string } = {}): Promise<void> {
  const name = basename(path);
  let text: string;
  try {
    text = writeReportText(report);
  } catch (error) {
    throw new Error(`"${name}" was not saved: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (options.backupDir !== undefined) {
    // A backup is a safety net, not the save itself: a broken backup folder must not stop saving.
    await backUp(path, options.backupDir, text).catch(() => undefined);
  }
  try {
    await writeFileAtomically(path, text);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be saved', error));
  }
}
