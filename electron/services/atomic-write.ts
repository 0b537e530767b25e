// Every file the app writes goes through here: a temp file beside the target, flushed, then
// renamed over it, and the folder flushed. A failure at any step leaves the previous file exactly
// as it was and removes only its own temp file; a temp file left by a killed save is removed by
// the next save of that file. Writes to one file run one after another, whatever name they use.
import type { Stats } from 'node:fs';
import { open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorCode } from './file-errors';
import { nameInMessage } from '../../shared/message-names';
import { inTurn } from './file-turns';
import { removeAbandonedTemps, withTempPath } from './temp-files';

export interface WriteOptions {
  /** Permissions of a file written for the first time (the umask applies); an existing file keeps its own. */
  mode?: number;
}

/** The file is marked read-only: the app does not overwrite it behind the person's back. */
export class ReadOnlyFileError extends Error {
  readonly code = 'EREADONLY';
  constructor(path: string) {
    super(`"${nameInMessage(basename(path))}" is read-only`);
  }
}

const SYMLINK_HOPS = 16;

/**
 * Where a write to `path` really lands: through symbolic links (a dangling one too) to the file
 * they name, so a link stays a link and its target gets the new content.
 */
export async function realTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hop = 0; hop < SYMLINK_HOPS; hop += 1) {
    try {
      return await realpath(current);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') return current;
    }
    let link: string;
    try {
      link = await readlink(current);
    } catch {
      // Not there yet: a new file in its folder, named by the folder's real path.
      const folder = await realpath(dirname(current)).catch(() => dirname(current));
      return join(folder, basename(current));
    }
    current = resolve(dirname(current), link);
  }
  return current;
}

/** One key per file on disk; case-insensitive file systems are the default on Windows and macOS. */
function fileKey(realPath: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? realPath.toLowerCase() : realPath;
}

// Names are looked up one at a time, in the order the calls came, and each call joins its
// file's turn as soon as its name is known: so work reaching one file by several names (a link,
// a relative path) still runs in the order it was asked for.
let lookingUp: Promise<unknown> = Promise.resolve();

/**
 * Runs work in the file's turn, given its real path: work on one file, under any of its names,
 * never overlaps, and runs in the order it was asked for.
 */
export function inFileTurn<T>(path: string, work: (target: string) => Promise<T>): Promise<T> {
  const target = lookingUp.then(() => realTarget(path));
  lookingUp = target.catch(() => undefined);
  return target.then((real) => inTurn(`file:${fileKey(real)}`, () => work(real)));
}

function isReadOnly(info: Stats): boolean {
  // Root may write anything: the file's own marks say whether it is meant to change.
  return (info.mode & 0o222) === 0;
}

async function existing(target: string): Promise<Stats | null> {
  try {
    return await stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Flushes the folder entry of a rename, where the system allows it (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder this way; the rename itself is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The file as it is before a write replaces it (null: not there yet); refuses a folder or a read-only file. */
export async function replaceable(target: string): Promise<Stats | null> {
  const before = await existing(target);
  if (before?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (before !== null && isReadOnly(before)) throw new ReadOnlyFileError(target);
  return before;
}

/** Replaces the file at its real path now; call it inside the file's turn (inFileTurn). */
export async function replaceFile(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const before = await replaceable(target);
  await removeAbandonedTemps(target);
  await withTempPath(target, async (temp) => {
    let handle;
    try {
      // An existing file's copy stays private until it has the file's own permissions.
      handle = await open(temp, 'wx', before === null ? (options.mode ?? 0o666) : 0o600);
      await handle.writeFile(data);
      if (before !== null) await handle.chmod(before.mode & 0o7777);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await rename(temp, target);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
  });
  await syncFolder(dirname(target));
}

/** Writes the whole file or nothing, in the file's turn. */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  return inFileTurn(path, (target) => replaceFile(target, data, options));
}
