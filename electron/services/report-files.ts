// Report files on disk: reading with clear messages, atomic saves, and rotated backups.
// Plain Node: the app's main process, the CLI and the tests all use it as is.
import { readFile, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readReportText, writeReportText, type ReadResult } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { MAX_REPORT_FILE_BYTES, MAX_REPORT_SIZE_TEXT, describeBytes, oversizeReason } from '../../shared/report-size';
import { ReadOnlyFileError, inFileTurn, replaceFile, replaceable } from './atomic-write';
import { backUpBeforeSave, type BackupOptions } from './report-backups';
import { describeFileError, describeWriteFailure } from './file-errors';
import { nameInMessage } from '../../shared/message-names';

export type FileText = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or a one-line reason naming the file. Never throws. `noun`: what the file should be ("report", "template"). */
export async function readReportFileText(path: string, noun = 'report'): Promise<FileText> {
  const name = nameInMessage(basename(path));
  const unreadable = (reason: string): FileText => ({ ok: false, message: `"${name}" could not be read: ${reason}.` });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable('it is a folder, not a file');
    if (!info.isFile()) return unreadable('it is not a regular file');
    if (info.size > MAX_REPORT_FILE_BYTES) {
      return unreadable(`it is ${describeBytes(info.size)}, far too large to be a ${noun} (the limit is ${MAX_REPORT_SIZE_TEXT})`);
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

/** A save refused because the file is read-only: Save As… keeps the work under another name. */
export class ReadOnlyReportError extends Error {}

/**
 * Validates and writes the report atomically: on any failure the previous file is left
 * byte for byte as it was, and the Error says why in one line naming the file.
 * A report larger than the reader opens is refused before anything is written.
 * With backupDir, the file being replaced is first kept there (report-backups.ts).
 * Saves of one file run one after another; a symbolic link is written through to its file,
 * which keeps its permissions; a read-only file is refused with a ReadOnlyReportError.
 */
export async function saveReportFile(path: string, report: Report, options: { backupDir?: string } & BackupOptions = {}): Promise<void> {
  const name = nameInMessage(basename(path));
  let text: string;
  try {
    text = writeReportText(report);
  } catch (error) {
    throw new Error(`"${name}" was not saved: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Refused before anything is written: the app would not open the file again.
  const tooLarge = oversizeReason(Buffer.byteLength(text), 'save', report.wordTemplate);
  if (tooLarge !== null) throw new Error(`"${name}" was not saved: ${tooLarge}.`);
  await inFileTurn(path, async (target) => {
    let backup: string | null = null;
    try {
      await replaceable(target);
      if (options.backupDir !== undefined) {
        // A backup is a safety net, not the save itself: a broken backup folder must not stop saving.
        backup = await backUpBeforeSave(target, options.backupDir, text, options).catch(() => null);
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
