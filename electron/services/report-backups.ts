// Backups of a report, kept before a save replaces it: the newest BACKUPS_KEPT of each report in
// the app's Backups folder. Their order is a number in the name, one above the highest there, so
// a clock put back (a new time zone, the hour that repeats when summer time ends) can never make
// the newest look the oldest and be rotated out as it is made; the local time beside it is for
// people. Names: "OLA report-1a2b3c4d-000012-20260109-080503.rdesk".
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, readdir, rm, stat, statfs } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { realTarget, writeFileAtomically } from './atomic-write';
import { errorCode } from './file-errors';

export const BACKUPS_KEPT = 10;
const SEQUENCE_DIGITS = 6;

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
  /** The save order; 0 for a backup named before the order was kept (by its time alone). */
  sequence: number;
  stamp: string;
  /** Several backups of one second, in names without a sequence: "-2", "-3". */
  repeat: number;
}

function byAge(a: BackupEntry, b: BackupEntry): number {
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  if (a.stamp !== b.stamp) return a.stamp < b.stamp ? -1 : 1;
  return a.repeat - b.repeat;
}

/** This report's backups in backupDir, oldest first. */
async function backupEntries(backupDir: string, key: string): Promise<BackupEntry[]> {
  const numbered = new RegExp(`^${escapeRegExp(key)}-(\\d{${SEQUENCE_DIGITS},})-(\\d{8}-\\d{6})\\.rdesk$`);
  const timedOnly = new RegExp(`^${escapeRegExp(key)}-(\\d{8}-\\d{6})(?:-(\\d+))?\\.rdesk$`);
  let files: string[];
  try {
    files = await readdir(backupDir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const file of files) {
    const match = numbered.exec(file);
    if (match !== null) {
      entries.push({ file, sequence: Number(match[1]), stamp: match[2]!, repeat: 1 });
      continue;
    }
    const older = timedOnly.exec(file);
    if (older !== null) entries.push({ file, sequence: 0, stamp: older[1]!, repeat: Number(older[2] ?? 1) });
  }
  return entries.sort(byAge);
}

/** This report's backups in backupDir (file names), oldest first, whichever name reaches the report. */
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

/** Whether the newest backup already holds this content: a save killed after its backup was made. */
async function alreadyKept(newest: string | undefined, target: string, content: Buffer): Promise<boolean> {
  if (newest === undefined) return false;
  const [kept, current] = await Promise.all([stat(newest).catch(() => null), stat(target)]);
  if (kept === null || kept.size !== content.length) return false;
  // A hard link to the file itself: the save that made it never replaced the file.
  if (kept.ino === current.ino && kept.dev === current.dev) return true;
  const bytes = await readFile(newest).catch(() => null);
  return bytes !== null && bytes.equals(content);
}

export interface BackupOptions {
  /** The local time the backup's name shows; the order never depends on it. */
  now?: () => Date;
}

/**
 * Keeps the file about to be replaced in backupDir (newest BACKUPS_KEPT of this report) and
 * returns the backup's path, or null when there was nothing new to keep. A hard link where the
 * file system allows: whole at once, and no room taken from the save, since the old content
 * stays where it is. Elsewhere an atomic copy, only when the disk has room for it and the save.
 * Call it in the file's turn (inFileTurn), with the file's real path.
 */
export async function backUpBeforeSave(target: string, backupDir: string, newText: string, options: BackupOptions = {}): Promise<string | null> {
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
  const stamp = backupStamp((options.now ?? (() => new Date()))());
  let backup: string | null = null;
  // Another process saving this report at the same moment may take a number first: take the next.
  for (let attempt = 0; backup === null && attempt < 5; attempt += 1) {
    const entries = await backupEntries(backupDir, key);
    const newest = entries.at(-1);
    if (await alreadyKept(newest === undefined ? undefined : join(backupDir, newest.file), target, current)) return null;
    const sequence = (newest?.sequence ?? 0) + 1;
    const candidate = join(backupDir, `${key}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}-${stamp}.rdesk`);
    try {
      await link(target, candidate);
      backup = candidate;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      // Another disk, or a file system without hard links (FAT, some network shares).
      if (!(await leavesRoom(backupDir, current.length, Buffer.byteLength(newText)))) return null;
      const { mode } = await stat(target);
      if ((await stat(candidate).catch(() => null)) !== null) continue;
      await writeFileAtomically(candidate, current, { mode: mode & 0o777 });
      backup = candidate;
    }
  }
  if (backup === null) return null;
  const backups = await backupEntries(backupDir, key);
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    await rm(join(backupDir, old.file), { force: true });
  }
  return backup;
}
