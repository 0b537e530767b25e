// The temp files a save writes beside its file, and who owns them. A temp's name carries its
// owner: the process id, the process's start time (from /proc, where the system has it) and a
// hash of the machine's name. A pid alone is not an owner: a pid is reused, a dead process
// may linger unreaped as a zombie, and on a network folder it may be another machine's. So the
// next save of a file removes at once a temp whose process has gone, is a zombie or is another
// process under the same pid; only a temp of another machine's, which cannot be asked, waits
// until it has not changed for ten minutes.
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './file-errors';

/** A save still running for longer than this has died with its process, wherever that ran. */
const ABANDONED_TEMP_AGE_MS = 10 * 60 * 1000;
/** "<pid>-<start>-<machine>-<random>.tmp"; start "0" where the system does not say. */
const TEMP_SUFFIX = /^(\d+)-([0-9a-z]+)-([0-9a-f]{6})-[0-9a-f]{8}\.tmp$/;
/** Named by the pid alone, by earlier versions. */
const PID_ONLY_TEMP_SUFFIX = /^(\d+)-[0-9a-f]{8}\.tmp$/;
const UNKNOWN_START = '0';

interface ProcessFacts {
  /** The start time in clock ticks after boot, base 36; UNKNOWN_START where the system has no /proc. */
  start: string;
  /** Exited, waiting for its parent to reap it: it writes nothing any more. */
  zombie: boolean;
}

/**
 * What /proc says of a process: null when there is no such process, undefined where the
 * system has no /proc (macOS, Windows) to ask.
 */
async function processFacts(pid: number): Promise<ProcessFacts | null | undefined> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return undefined;
    return (await stat('/proc/self/stat').catch(() => null)) === null ? undefined : null;
  }
  return parseStat(text);
}

/** Fields after the command's name (which may hold spaces and brackets): state first, start time 20th. */
function parseStat(text: string): ProcessFacts | undefined {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [state, start] = [fields[0], fields[19]];
  if (state === undefined || start === undefined || !/^\d+$/.test(start)) return undefined;
  return { start: BigInt(start).toString(36), zombie: state === 'Z' || state === 'X' };
}

function ownStart(): string {
  try {
    return parseStat(readFileSync('/proc/self/stat', 'utf8'))?.start ?? UNKNOWN_START;
  } catch {
    return UNKNOWN_START;
  }
}

/**
 * This machine and this process, as temps name them: worked out on first use, not as the module
 * loads. The command line's start-up snapshot loads it at build time, and would otherwise keep
 * the building process's pid for every command started from it; and most commands write nothing.
 */
let owner: { machine: string; process: string } | undefined;

/**
 * FNV-1a, 32 bits, as 6 hex digits: a name for the machine, not a secret, so no node:crypto,
 * whose loading is 3 ms of a command's start. (Versions before named it by SHA-256: a temp one of
 * them left on this machine reads as another machine's, and waits its ten minutes.)
 */
function machineTag(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

/** 8 hex digits, different for each temp of this process (the count) and unlikely to meet another's. */
let tempsNamed = 0;
function tempTag(): string {
  tempsNamed = (tempsNamed + 1) & 0xffff;
  return (Math.floor(Math.random() * 0x10000) * 0x10000 + tempsNamed).toString(16).padStart(8, '0');
}

function ownerNow(): { machine: string; process: string } {
  if (owner === undefined) {
    const machine = machineTag(hostname());
    owner = { machine, process: `${process.pid}-${ownStart()}-${machine}` };
  }
  return owner;
}

/** How a temp file names the process writing it; the tests name temps of other processes by it. */
export async function tempOwner(pid: number): Promise<string> {
  const facts = await processFacts(pid);
  return `${pid}-${facts?.start ?? UNKNOWN_START}-${ownerNow().machine}`;
}

const ownTemps = new Set<string>();

/** A new temp file's path beside the target, owned by this process while `write` runs. */
export async function withTempPath<T>(target: string, write: (temp: string) => Promise<T>): Promise<T> {
  const temp = join(dirname(target), `.${basename(target)}.${ownerNow().process}-${tempTag()}.tmp`);
  ownTemps.add(temp);
  try {
    return await write(temp);
  } finally {
    ownTemps.delete(temp);
  }
}

function answersSignals(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Whether the save that wrote this temp is over: its process gone, a zombie, or another process with its pid. */
async function ownerHasGone(temp: string, pid: number, start: string | null, machine: string | null): Promise<boolean> {
  if (machine !== null && machine !== ownerNow().machine) return false; // Another machine's: only its age tells.
  if (pid === process.pid && (start === null || `${pid}-${start}-${machine}` === ownerNow().process)) return !ownTemps.has(temp);
  const facts = await processFacts(pid);
  if (facts === undefined) return !answersSignals(pid);
  if (facts === null || facts.zombie) return true;
  return start !== null && start !== UNKNOWN_START && start !== facts.start;
}

/** Removes temp files of this target that no save is writing any more. */
export async function removeAbandonedTemps(target: string): Promise<void> {
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
    const suffix = name.slice(prefix.length);
    const owned = TEMP_SUFFIX.exec(suffix);
    const pidOnly = owned === null ? PID_ONLY_TEMP_SUFFIX.exec(suffix) : null;
    if (owned === null && pidOnly === null) continue;
    const temp = join(folder, name);
    let abandoned =
      owned !== null ? await ownerHasGone(temp, Number(owned[1]), owned[2]!, owned[3]!) : await ownerHasGone(temp, Number(pidOnly![1]), null, null);
    if (!abandoned) {
      const info = await stat(temp).catch(() => null);
      abandoned = info !== null && Date.now() - info.mtimeMs > ABANDONED_TEMP_AGE_MS;
    }
    if (abandoned) await rm(temp, { force: true }).catch(() => undefined);
  }
}
