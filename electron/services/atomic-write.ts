// Every file the app writes goes through here: a temp file beside the target, flushed, then
// renamed over it, and the folder flushed. A failure at any step leaves the previous file exactly
// as it was and removes only its own temp file; a temp file left by a killed save is removed by
// the next save of that file. Writes to one file run one after another, whatever name they use.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorCode } from './file-errors';
import { inTurn } from './file-turns';

export interface WriteOptions {
  /** Permissions of a file written for the first time (the umask applies); an existing file keeps its own. */
  mode?: number;
}

/** The file is marked read-only: the app does not overwrite it behind the person's back. */
export class ReadOnlyFileError extends Error {
  readonly code = 'EREADONLY';
  constructor(path: string) {
    super(`"${basename(path)}" is read-only`);
  }
}

/** A save still running for longer than this has died with its process, wherever that ran. */
const ABANDONED_TEMP_AGE_MS = 10 * 60 * 1000;
const TEMP_SUFFIX = /^(\d+)-[0-9a-f]{8}\.tmp$/;
const SYMLINK_HOPS = 16;

const ownTemps = new Set<string>();

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Removes temp files of this target that no save is writing any more (their process has gone). */
async function removeAbandonedTemps(target: string): Promise<void> {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = TEMP_SUFFIX.exec(name.slice(prefix.length));
    if (match === null) continue;
    const temp = join(folder, name);
    const pid = Number(match[1]);
    let abandoned = pid === process.pid ? !ownTemps.has(temp) : !isRunning(pid);
    if (!abandoned) {
      const info = await stat(temp).catch(() => null);
      abandoned = info !== null && Date.now() - info.mtimeMs > ABANDONED_TEMP_AGE_MS;
    }
    if (abandoned) await rm(temp, { force: true }).catch(() => undefined);
  }
}

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

/**
 * Runs work in the file's turn, given its real path: work on one file, under any of its names
 * (a link, a relative path), never overlaps, and runs in the order it was asked for.
 */
export function inFileTurn<T>(path: string, work: (target: string) => Promise<T>): Promise<T> {
  // The turn of the name as given is taken at once, so calls keep their order while the real
  // path is looked up; then the real file's turn, in case another name is being written too.
  return inTurn(`name:${resolve(path)}`, async () => {
    const target = await realTarget(path);
    return inTurn(`file:${fileKey(target)}`, () => work(target));
  });
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
  const temp = tempPathFor(target);
  ownTemps.add(temp);
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
  } finally {
    ownTemps.delete(temp);
  }
  await syncFolder(dirname(target));
}

/** Writes the whole file or nothing, in the file's turn. */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  return inFileTurn(path, (target) => replaceFile(target, data, options));
}
