// Backups keep the ten newest versions of a report, in the order they were saved, whatever the
// clock says: a new time zone or the hour that repeats when summer time ends makes the local
// times in the names go back, never the order. The same content is never kept twice in a row.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKUPS_KEPT, backUpBeforeSave, listBackups } from '../../electron/services/report-backups';
import { readReportFile, saveReportFile } from '../../electron/services/report-files';
import { writeReportText } from '../../shared/report-file';
import { titledSeed as titled } from '../fixtures/seed';

const root = fileURLToPath(new URL('../..', import.meta.url));
let folder: string;
let child: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-backups-'));
  child = join(folder, 'backup-child.cjs');
  await build({ entryPoints: [join(root, 'test', 'support', 'backup-child.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Saves versions v<first> … in a process of its own, in the time zone given. */
function saveInProcess(timeZone: string, path: string, backups: string, first: number, count: number, clock: string[] = []): void {
  execFileSync(process.execPath, [child, path, backups, String(first), String(count), ...clock], { env: { ...process.env, TZ: timeZone }, stdio: 'pipe' });
}

async function keptTitles(backups: string, path: string): Promise<string[]> {
  return Promise.all(
    (await listBackups(backups, path)).map(async (name) => {
      const read = await readReportFile(join(backups, name));
      return read.ok ? read.report.meta.title : read.message;
    }),
  );
}

/** The local times the names show, in the backups' order. */
async function stamps(backups: string, path: string): Promise<string[]> {
  return (await listBackups(backups, path)).map((name) => /-(\d{8}-\d{6})\.rdesk$/.exec(name)![1]!);
}

const versions = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `v${from + index}`);
const goesBack = (times: string[]) => times.some((time, index) => index > 0 && time < times[index - 1]!);

describe('the clock going back loses no backup', () => {
  test('12 saves in Paris, then 3 in New York: the ten newest versions are kept, the last three included', async () => {
    const path = join(folder, 'moved', 'OLA report.rdesk');
    const backups = join(folder, 'moved-backups');
    await mkdir(join(folder, 'moved'));
    saveInProcess('Europe/Paris', path, backups, 1, 12);
    saveInProcess('America/New_York', path, backups, 13, 3);
    // Fifteen saves replaced v1 … v14; the newest ten are kept, in the order saved.
    expect(await keptTitles(backups, path)).toEqual(versions(5, 14));
    // New York's local times are six hours behind Paris's: the names' times go back.
    expect(goesBack(await stamps(backups, path))).toBe(true);
  });

  test('the hour that repeats when summer time ends: ten backups of ten saves are kept, in order', async () => {
    const path = join(folder, 'autumn', 'OLA report.rdesk');
    const backups = join(folder, 'autumn-backups');
    await mkdir(join(folder, 'autumn'));
    // 26 October 2025 in Paris: from 02:30 CEST every six minutes, past 03:00 CEST = 02:00 CET, to 02:30 CET;
    // the first save has nothing to back up, so the backups run from 02:36 CEST to 02:30 CET.
    saveInProcess('Europe/Paris', path, backups, 1, 11, ['2025-10-26T00:30:00Z', '6']);
    const times = await stamps(backups, path);
    expect(times[0]).toBe('20251026-023600');
    expect(times.at(-1)).toBe('20251026-023000');
    expect(goesBack(times)).toBe(true);
    expect(await keptTitles(backups, path)).toEqual(versions(1, 10));
  });
});

describe('the same content is never kept twice in a row', () => {
  test('a save killed after its backup was made: the next save adds no second copy of that version', async () => {
    const path = join(folder, 'killed.rdesk');
    const backups = join(folder, 'killed-backups');
    await saveReportFile(path, titled('v1'), { backupDir: backups });
    await saveReportFile(path, titled('v2'), { backupDir: backups });
    // As a save of v3 killed between its backup and its rename leaves things: v2 kept, and still the file.
    expect(await backUpBeforeSave(path, backups, writeReportText(titled('v3')))).not.toBeNull();
    expect(await keptTitles(backups, path)).toEqual(['v1', 'v2']);
    await saveReportFile(path, titled('v3'), { backupDir: backups });
    expect(await keptTitles(backups, path)).toEqual(['v1', 'v2']);
    await saveReportFile(path, titled('v4'), { backupDir: backups });
    expect(await keptTitles(backups, path)).toEqual(['v1', 'v2', 'v3']);
  });

  test('a copy of the same bytes (not a link) counts as kept too', async () => {
    const path = join(folder, 'copied.rdesk');
    const backups = join(folder, 'copied-backups');
    await saveReportFile(path, titled('v1'), { backupDir: backups });
    await saveReportFile(path, titled('v2'), { backupDir: backups });
    const [v1] = await listBackups(backups, path);
    // The newest backup holds v2's bytes in a file of its own, as a copy to another disk would.
    await writeFile(join(backups, v1!.replace('-000001-', '-000002-')), await readFile(path));
    await saveReportFile(path, titled('v3'), { backupDir: backups });
    expect(await keptTitles(backups, path)).toEqual(['v1', 'v2']);
  });
});

describe('rotation', () => {
  test(`backups named by time alone (before the order was kept) count as older than every new one, and rotate out first`, async () => {
    const path = join(folder, 'older names.rdesk');
    const backups = join(folder, 'older-names-backups');
    await saveReportFile(path, titled('v1'), { backupDir: backups });
    await saveReportFile(path, titled('v2'), { backupDir: backups });
    // The v1 backup renamed as an earlier version named it, with a time far in the future.
    const [named] = await listBackups(backups, path);
    const legacy = named!.replace(/-000001-\d{8}-\d{6}\.rdesk$/, '-29991231-235959.rdesk');
    await rename(join(backups, named!), join(backups, legacy));
    for (let version = 3; version <= BACKUPS_KEPT + 1; version += 1) await saveReportFile(path, titled(`v${version}`), { backupDir: backups });
    expect(await keptTitles(backups, path)).toEqual(versions(1, BACKUPS_KEPT));
    await saveReportFile(path, titled(`v${BACKUPS_KEPT + 2}`), { backupDir: backups });
    expect(await keptTitles(backups, path)).toEqual(versions(2, BACKUPS_KEPT + 1));
  });
});
