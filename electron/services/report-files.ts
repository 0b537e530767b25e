// Report files on disk: reading with clear messages, atomic saves, and rotated backups.
// Plain Node: the app's main process, the CLI and the tests all use it as is.
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, readdir, rm, stat, statfs } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readReportText, writeReportText, type ReadResult } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { ReadOnlyFileError, inFileTurn, realTarget, replaceFile, replaceable, writeFileAtomically } from './atomic-write';
import { describeFileError, describeWriteFailure } from './file-errors';

/** Far above any real report (the seed is 5 KB); stops a wrong file from being read whole. */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;
export const BACKUPS_KEPT = 10;

export type FileText = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or a one-line reason naming the file. Never throws. `noun`: what the file should be ("report", "template"). */
export async function readReportFileText(path: string, noun = 'report'): Promise<FileText> {
  const name = basename(path);
  const unreadable = (reason: string): FileText => ({ ok: false, message: `"${name}" could not be read: ${reason}.` });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable('it is a folder, not a file');
    if (!info.isFile()) return unreadable('it is not a regular file');
    if (info.size > MAX_REPORT_FILE_BYTES) {
      return unreadable(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, far too large to be a ${noun} (the limit is 20 MB)`);
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
    return unreadable(`it is not UTF-8 text, so it is not a Report Desk ${noun}`);
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

/**
 * What a report's backups are named by: its name, for the person, and a digest of its full real
 * path, so 2024/OLA report.rdesk and 2025/OLA report.rdesk never share one rotation.
 */
function backupKey(realPath: string): string {
  const place = process.platform === 'win32' || process.platform === 'darwin' ? realPath.toLowerCase() : realPath;
  return `${baseName(realPath)}-${createHash('sha256').update(place).digest('hex').slice(0, 8)}`;
}

interface BackupEntry {
  file: string;
  stamp: string;
  sequence: number;
}

async function backupEntries(backupDir: string, key: string): Promise<BackupEntry[]> {
  const pattern = new RegExp(`^${escapeRegExp(key)}-(\\d{8}-\\d{6})(?:-(\\d+))?\\.rdesk$`);
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
  return (await backupEntries(backupDir, backupKey(await realTarget(reportPath)))).map((entry) => entry.file);
}

/** Room a copy may take on the backup's disk and still leave the save its own, with a margin. */
async function leavesRoom(backupDir: string, copyBytes: number, saveBytes: number): Promise<boolean> {
  try {
    const disk = await statfs(backupDir);
    return disk.bavail * disk.bsize > copyBytes + 2 * saveBytes + 1024 * 1024;
  } catch {
    return false;
  }
}

/**
 * Keeps the file about to be replaced in backupDir (newest BACKUPS_KEPT of this report) and
 * returns the backup's path, or null when there was nothing new to keep. A hard link where the
 * file system allows: whole at once, and no room taken from the save, since the old content
 * stays where it is. Elsewhere an atomic copy, only when the disk has room for it and the save.
 */
async function backUp(target: string, backupDir: string, newText: string): Promise<string | null> {
  let current: Buffer;
  try {
    current = await readFile(target);
  } catch {
    return null; // Nothing saved there yet: nothing to keep.
  }
  // Saving unchanged work must not push real older versions out of the rotation.
  if (current.equals(Buffer.from(newText, 'utf8'))) return null;
  await mkdir(backupDir, { recursive: true });
  const key = backupKey(target);
  const stamp = backupStamp(new Date());
  // Several saves in one second: number them after the highest so far, never reusing a
  // rotated-out name (which would sort the newest backup as the oldest).
  let sequence = 0;
  for (const entry of await backupEntries(backupDir, key)) if (entry.stamp === stamp && entry.sequence > sequence) sequence = entry.sequence;
  sequence += 1;
  const backup = join(backupDir, `${key}-${stamp}${sequence === 1 ? '' : `-${sequence}`}.rdesk`);
  try {
    await link(target, backup);
  } catch {
    // Another disk, or a file system without hard links (FAT, some network shares).
    if (!(await leavesRoom(backupDir, current.length, Buffer.byteLength(newText)))) return null;
    const { mode } = await stat(target);
    await writeFileAtomically(backup, current, { mode: mode & 0o777 });
  }
  const backups = await backupEntries(backupDir, key);
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    await rm(join(backupDir, old.file), { force: true });
  }
  return backup;
}

/** A save refused because the file is read-only: Save As… keeps the work under another name. */
export class ReadOnlyReportError extends Error {}

/**
 * Validates and writes the report atomically: on any failure the previous file is left
 * byte for byte as it was, and the Error says why in one line naming the file.
 * With backupDir, the file being replaced is first kept there (newest 10 kept).
 * Saves of one file run one after another; a symbolic link is written through to its file,
 * which keeps its permissions; a read-only file is refused with a ReadOnlyReportError.
 */
export async function saveReportFile(path: string, report: Report, options: { backupDir?: string } = {}): Promise<void> {
  const name = basename(path);
  let text: string;
  try {
    text = writeReportText(report);
  } catch (error) {
    throw new Error(`"${name}" was not saved: ${error instanceof Error ? error.message : String(error)}`);
  }
  await inFileTurn(path, async (target) => {
    let backup: string | null = null;
    try {
      await replaceable(target);
      if (options.backupDir !== undefined) {
        // A backup is a safety net, not the save itself: a broken backup folder must not stop saving.
        backup = await backUp(target, options.backupDir, text).catch(() => null);
      }
      await replaceFile(target, text);
    } catch (error) {
      // The file is unchanged, so its backup repeats it (and, as a hard link, would follow it).
      if (backup !== null) await rm(backup, { force: true }).catch(() => undefined);
      if (error instanceof ReadOnlyFileError) {
        throw new ReadOnlyReportError(`"${name}" was not saved: it is read-only. Use Save As… to keep your work under another name.`);
      }
      throw new Error(describeWriteFailure(path, 'could not be saved', error));
    }
  });
}
