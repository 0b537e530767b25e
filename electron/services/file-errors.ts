// File errors in words a person understands ("its folder does not exist"), one phrasing for
// saving, exporting and the command line. Never a system message: those quote paths, temp
// names included.
import { basename } from 'node:path';
import { nameInMessage } from '../../shared/message-names';

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The reason a file operation failed, in words: "no such file", "permission denied". */
export function describeFileError(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EREADONLY':
      return 'it is read-only';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is in use';
    case 'ELOOP':
      return 'its links go round in a circle';
    case 'EIO':
      return 'the disk could not be read or written';
    case undefined:
      return error instanceof Error ? error.message : String(error);
    default:
      return `the system refused it (${code})`;
  }
}

/** '"Q3.docx" could not be exported: its folder does not exist.' — never a temp file's name. */
export function describeWriteFailure(path: string, failure: string, error: unknown): string {
  const reason = errorCode(error) === 'ENOENT' ? 'its folder does not exist' : describeFileError(error);
  return `"${nameInMessage(basename(path))}" ${failure}: ${reason.replace(/\.$/, '')}.`;
}
