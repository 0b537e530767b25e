// Saving never fails because another save of the same file is under way, never leaks temp
// files, keeps the file's permissions and links, and refuses a read-only file.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dispatchApiCall } from '../../shared/api';
import { readReportText, writeReportText } from '../../shared/report-file';
import { writeFileAtomically } from '../../electron/services/atomic-write';
import { tempOwner } from '../../electron/services/temp-files';
import { describeWriteFailure } from '../../electron/services/file-errors';
import { createRecoveryDrafts } from '../../electron/services/recovery-drafts';
import { createReportApi } from '../../electron/services/report-api';
import { ReadOnlyReportError, readReportFile, saveReportFile } from '../../electron/services/report-files';
import { BACKUPS_KEPT, listBackups } from '../../electron/services/report-backups';
import { seedReport, titledSeed as titled } from '../fixtures/seed';
import { quietPlatform } from '../support/quiet-platform';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'save-safety-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function titleIn(path: string): Promise<string> {
  const read = await readReportFile(path);
  if (!read.ok) throw new Error(read.message);
  return read.report.meta.title;
}

/** The temp files a save leaves beside a file: hidden, ending .tmp. */
async function tempFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
}

/** The state letter /proc gives a process: R running, S sleeping, Z exited but not reaped. */
async function processState(pid: number): Promise<string> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return stat.charAt(stat.lastIndexOf(')') + 2);
}

/** A process id that has just ended, as a killed save's would be. */
function endedProcessId(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('saves of one file at once', () => {
  test('20 saves fired at once all succeed, finish in the order asked, and the last is the file', async () => {
    const path = join(folder, 'Q3.rdesk');
    const backups = join(folder, 'backups');
    const finished: number[] = [];
    const saves = Array.from({ length: 20 }, (_, index) =>
      saveReportFile(path, titled(`version ${index + 1}`), { backupDir: backups }).then(() => finished.push(index + 1)),
    );
    const results = await Promise.allSettled(saves);
    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    expect(finished).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(await titleIn(path)).toBe('version 20');
    expect(await readdir(folder)).toEqual(['Q3.rdesk', 'backups']);
    // Every version before the last was kept in turn; the rotation holds the newest ten.
    const kept = await Promise.all((await listBackups(backups, path)).map((name) => titleIn(join(backups, name))));
    expect(kept).toEqual(Array.from({ length: BACKUPS_KEPT }, (_, index) => `version ${20 - BACKUPS_KEPT + index}`));
  });

  test.skipIf(process.platform === 'win32')('saves of one file through several names (links, a roundabout path) finish in the order asked', async () => {
    const real = join(folder, 'Q3.rdesk');
    const link = join(folder, 'Q3 link.rdesk');
    const linkToLink = join(folder, 'Q3 link to link.rdesk');
    await saveReportFile(real, titled('first'));
    await symlink(real, link);
    await symlink(link, linkToLink);
    const names = [linkToLink, real, join(folder, 'elsewhere', '..', 'Q3.rdesk'), link];
    for (let round = 0; round < 25; round += 1) {
      const finished: number[] = [];
      const saves = Array.from({ length: 8 }, (_, index) =>
        saveReportFile(names[(index + round) % names.length]!, titled(`round ${round}, save ${index + 1}`)).then(() => finished.push(index + 1)),
      );
      await Promise.all(saves);
      expect(finished, `round ${round}`).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(await titleIn(real)).toBe(`round ${round}, save 8`);
    }
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  test('20 writes of one file at once (exports, drafts) all land, the last one winning', async () => {
    const path = join(folder, 'out.docx');
    await Promise.all(Array.from({ length: 20 }, (_, index) => writeFileAtomically(path, `content ${index + 1}`)));
    expect(await readFile(path, 'utf8')).toBe('content 20');
    expect(await readdir(folder)).toEqual(['out.docx']);
  });

  test('through main’s dispatch, two saves back to back succeed in each of 200 rounds', async () => {
    const path = join(folder, 'Q3.rdesk');
    const platform = quietPlatform(folder, { savePath: path, backupDir: join(folder, 'Backups') });
    const api = createReportApi(platform);
    expect(await api.saveReport({ report: titled('first'), path: null, saveAs: false })).toEqual({ kind: 'saved', path });
    const failures: unknown[] = [];
    for (let round = 0; round < 200; round += 1) {
      const results = await Promise.all(
        ['a', 'b'].map((which) => dispatchApiCall(api, 'saveReport', [{ report: titled(`round ${round} ${which}`), path, saveAs: false }])),
      );
      failures.push(...results.filter((result) => (result as { kind: string }).kind !== 'saved'));
    }
    expect(failures).toEqual([]);
    expect(await titleIn(path)).toBe('round 199 b');
    expect(await tempFiles(folder)).toEqual([]);
  });
});

describe('temp files', () => {
  test('a temp file left by a killed save is removed by the next save of that file, and only of that file', async () => {
    const path = join(folder, 'Q3.rdesk');
    await saveReportFile(path, titled('before'));
    const dead = endedProcessId();
    const leftover = `.Q3.rdesk.${await tempOwner(dead)}-0123abcd.tmp`;
    const leftoverOldName = `.Q3.rdesk.${dead}-0123abcd.tmp`;
    const othersLeftover = `.other.rdesk.${dead}-0123abcd.tmp`;
    const ownAbandoned = `.Q3.rdesk.${await tempOwner(process.pid)}-89abcdef.tmp`;
    for (const name of [leftover, leftoverOldName, othersLeftover, ownAbandoned]) await writeFile(join(folder, name), 'half a report');
    await saveReportFile(path, titled('after'));
    expect((await readdir(folder)).sort()).toEqual([othersLeftover, 'Q3.rdesk'].sort());
    expect(await titleIn(path)).toBe('after');
  });

  test('a temp file of a save still running in another process is left alone', async () => {
    const path = join(folder, 'Q3.rdesk');
    const running = `.Q3.rdesk.${await tempOwner(process.ppid)}-0123abcd.tmp`;
    const runningOldName = `.Q3.rdesk.${process.ppid}-0123abcd.tmp`;
    for (const name of [running, runningOldName]) await writeFile(join(folder, name), 'being written');
    await saveReportFile(path, titled('mine'));
    expect((await readdir(folder)).sort()).toEqual([running, runningOldName, 'Q3.rdesk'].sort());
  });

  test('a temp named with a live but unrelated process (its pid reused) is removed by the next save, at once', async () => {
    const path = join(folder, 'Q3.rdesk');
    // The live parent's pid, but another start time: the process that wrote it has gone, and the pid was given again.
    const owner = await tempOwner(process.ppid);
    const [pid, start, machine] = owner.split('-');
    const reused = `.Q3.rdesk.${pid}-${start === '1' ? '2' : '1'}-${machine}-0123abcd.tmp`;
    // This process's own pid, from an earlier process that had it.
    const ours = (await tempOwner(process.pid)).split('-');
    const reusedOwn = `.Q3.rdesk.${process.pid}-${ours[1] === '1' ? '2' : '1'}-${ours[2]}-89abcdef.tmp`;
    for (const name of [reused, reusedOwn]) await writeFile(join(folder, name), 'half a report');
    await saveReportFile(path, titled('after'));
    expect(await readdir(folder)).toEqual(['Q3.rdesk']);
  });

  test.skipIf(process.platform !== 'linux')('a temp of a process that has exited but is not reaped yet (a zombie) is removed by the next save', async () => {
    const path = join(folder, 'Q3.rdesk');
    // The shell's child exits at once; the shell becomes `sleep`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((answer) => parent.stdout.once('data', (chunk: Buffer) => answer(chunk.toString()))));
      await expect.poll(() => processState(zombie)).toBe('Z');
      const leftover = `.Q3.rdesk.${await tempOwner(zombie)}-0123abcd.tmp`;
      await writeFile(join(folder, leftover), 'half a report');
      await saveReportFile(path, titled('after'));
      expect(await readdir(folder)).toEqual(['Q3.rdesk']);
    } finally {
      parent.kill();
    }
  });

  test('a temp of another machine (a network folder) is left until it has not changed for ten minutes', async () => {
    const path = join(folder, 'Q3.rdesk');
    const [pid, start, machine] = (await tempOwner(process.pid)).split('-');
    const other = machine === 'abcdef' ? '012345' : 'abcdef';
    const fresh = `.Q3.rdesk.${pid}-${start}-${other}-0123abcd.tmp`;
    const stale = `.Q3.rdesk.${pid}-${start}-${other}-89abcdef.tmp`;
    for (const name of [fresh, stale]) await writeFile(join(folder, name), 'being written elsewhere');
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000);
    await utimes(join(folder, stale), elevenMinutesAgo, elevenMinutesAgo);
    await saveReportFile(path, titled('after'));
    expect((await readdir(folder)).sort()).toEqual([fresh, 'Q3.rdesk'].sort());
  });

  test('a failure names the file, never the temp file the system names', () => {
    const error = Object.assign(new Error("EXDEV: cross-device link not permitted, rename '/r/.Q3.rdesk.12-0a1b2c3d.tmp' -> '/r/Q3.rdesk'"), { code: 'EXDEV' });
    const message = describeWriteFailure('/r/Q3.rdesk', 'could not be saved', error);
    expect(message).toBe('"Q3.rdesk" could not be saved: the system refused it (EXDEV).');
  });
});

describe('permissions, links and read-only files', () => {
  test.skipIf(process.platform === 'win32')('a private (0600) report stays private, and a shared one (0664) stays shared', async () => {
    for (const mode of [0o600, 0o664]) {
      const path = join(folder, `mode-${mode.toString(8)}.rdesk`);
      await saveReportFile(path, titled('first'));
      await chmod(path, mode);
      await saveReportFile(path, titled('second'), { backupDir: join(folder, 'backups') });
      expect((await stat(path)).mode & 0o777).toBe(mode);
      expect(await titleIn(path)).toBe('second');
    }
  });

  test.skipIf(process.platform === 'win32')('a recovery draft is private to the person (0600)', async () => {
    await createRecoveryDrafts(folder).write({ report: seedReport(), path: null });
    const [draft] = await readdir(folder);
    expect((await stat(join(folder, draft!))).mode & 0o777).toBe(0o600);
  });

  test.skipIf(process.platform === 'win32')('saving through a symbolic link writes the file it points to; the link stays a link', async () => {
    await mkdir(join(folder, 'real'));
    const real = join(folder, 'real', 'Q3.rdesk');
    const link = join(folder, 'Q3 link.rdesk');
    await saveReportFile(real, titled('first'));
    await symlink(real, link);
    await saveReportFile(link, titled('second'), { backupDir: join(folder, 'backups') });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await titleIn(real)).toBe('second');
    // The link and the file share one rotation: it is one report.
    expect(await listBackups(join(folder, 'backups'), link)).toEqual(await listBackups(join(folder, 'backups'), real));
    expect(await listBackups(join(folder, 'backups'), real)).toHaveLength(1);
    expect(await tempFiles(folder)).toEqual([]);
    expect(await tempFiles(join(folder, 'real'))).toEqual([]);
  });

  test.skipIf(process.platform === 'win32')('a link to a file not written yet gets the file where it points', async () => {
    const real = join(folder, 'target.rdesk');
    const link = join(folder, 'link.rdesk');
    await symlink(real, link);
    await saveReportFile(link, titled('new'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await titleIn(real)).toBe('new');
  });

  test('a read-only (0444) file is not overwritten; the message offers Save As', async () => {
    const path = join(folder, 'Signed off.rdesk');
    await saveReportFile(path, titled('signed off'));
    await chmod(path, 0o444);
    const before = await readFile(path);
    const saving = saveReportFile(path, titled('changed'), { backupDir: join(folder, 'backups') });
    await expect(saving).rejects.toBeInstanceOf(ReadOnlyReportError);
    await expect(saving).rejects.toThrow('"Signed off.rdesk" was not saved: it is read-only. Use Save As… to keep your work under another name.');
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['Signed off.rdesk']);
    expect(await readdir(join(folder, 'backups')).catch(() => [])).toEqual([]);
  });

  test('a read-only Word document is not overwritten by an export', async () => {
    const path = join(folder, 'Final.docx');
    await writeFile(path, 'the document sent');
    await chmod(path, 0o444);
    await expect(writeFileAtomically(path, 'another')).rejects.toMatchObject({ code: 'EREADONLY' });
    expect(await readFile(path, 'utf8')).toBe('the document sent');
  });
});

describe('backups', () => {
  test('two reports with one name in two folders keep their own backups', async () => {
    const backups = join(folder, 'backups');
    const [older, newer] = [join(folder, '2024', 'OLA report.rdesk'), join(folder, '2025', 'OLA report.rdesk')];
    await mkdir(join(folder, '2024'));
    await mkdir(join(folder, '2025'));
    await saveReportFile(older, titled('2024 first'), { backupDir: backups });
    await saveReportFile(older, titled('2024 final'), { backupDir: backups });
    for (let version = 1; version <= 12; version += 1) await saveReportFile(newer, titled(`2025 v${version}`), { backupDir: backups });
    const olderBackups = await listBackups(backups, older);
    expect(olderBackups).toHaveLength(1);
    expect(await titleIn(join(backups, olderBackups[0]!))).toBe('2024 first');
    expect(await listBackups(backups, newer)).toHaveLength(BACKUPS_KEPT);
  });

  test.skipIf(process.platform === 'win32')('a backup on the same disk is a hard link to the replaced file: whole at once, and no room taken', async () => {
    const path = join(folder, 'Q3.rdesk');
    const backups = join(folder, 'backups');
    await saveReportFile(path, titled('first'));
    const replaced = await stat(path);
    await saveReportFile(path, titled('second'), { backupDir: backups });
    const [backup] = await listBackups(backups, path);
    const kept = await stat(join(backups, backup!));
    expect(kept.ino).toBe(replaced.ino);
    expect(await readFile(join(backups, backup!), 'utf8')).toBe(writeReportText(titled('first')));
    expect(readReportText(await readFile(path, 'utf8')).ok).toBe(true);
  });

  test('a save that fails leaves no backup behind it', async () => {
    const path = join(folder, 'Q3.rdesk');
    const backups = join(folder, 'backups');
    await saveReportFile(path, titled('first'));
    await chmod(path, 0o444);
    await expect(saveReportFile(path, titled('second'), { backupDir: backups })).rejects.toThrow(/read-only/);
    expect(await listBackups(backups, path)).toEqual([]);
  });
});
