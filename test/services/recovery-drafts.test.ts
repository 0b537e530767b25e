import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RECOVERY_FILE_NAME, createRecoveryDrafts } from '../../electron/services/recovery-drafts';
import { seedReport } from '../fixtures/seed';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'recovery-drafts-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const fixedTime = () => new Date('2026-01-15T10:30:00.000Z');

describe('recovery drafts', () => {
  test('unsaved work written before a crash is there to take at the next start, with its file', async () => {
    const recoveryFolder = join(folder, 'Recovery');
    const report = seedReport();
    report.metrics[0]!.values[2] = 97.5;
    await createRecoveryDrafts(recoveryFolder, fixedTime).write({ report, path: '/reports/Q3.rdesk' });

    const afterRestart = createRecoveryDrafts(recoveryFolder);
    expect(await afterRestart.take()).toEqual({ report, path: '/reports/Q3.rdesk', savedAt: '2026-01-15T10:30:00.000Z' });
  });

  test('taking a draft keeps it until it is cleared, so a second crash still finds it', async () => {
    const drafts = createRecoveryDrafts(folder);
    await drafts.write({ report: seedReport(), path: null });
    expect((await drafts.take())?.path).toBeNull();
    expect(await drafts.take()).not.toBeNull();
    await drafts.clear();
    expect(await drafts.take()).toBeNull();
  });

  test('with nothing written there is no draft, and clearing nothing is fine', async () => {
    const drafts = createRecoveryDrafts(join(folder, 'never-made'));
    expect(await drafts.take()).toBeNull();
    await expect(drafts.clear()).resolves.toBeUndefined();
  });

  test('a damaged recovery file is ignored, not fatal, and the next write replaces it', async () => {
    await writeFile(join(folder, RECOVERY_FILE_NAME), '{"format":"report-desk/recovery","path":null,"savedAt":"2026');
    const drafts = createRecoveryDrafts(folder);
    expect(await drafts.take()).toBeNull();
    await drafts.write({ report: seedReport(), path: null });
    expect((await drafts.take())?.report).toEqual(seedReport());
  });

  test('a recovery file whose report is not valid is ignored', async () => {
    const report = { ...seedReport(), metrics: 'none' };
    await writeFile(join(folder, RECOVERY_FILE_NAME), JSON.stringify({ format: 'report-desk/recovery', path: null, savedAt: 'x', report }));
    expect(await createRecoveryDrafts(folder).take()).toBeNull();
  });

  test('writes land whole and in order: the last one wins and no temp file is left', async () => {
    const drafts = createRecoveryDrafts(folder);
    const writes = [1, 2, 3, 4, 5].map((n) => {
      const report = seedReport();
      report.meta.title = `version ${n}`;
      return drafts.write({ report, path: null });
    });
    await Promise.all(writes);
    expect((await drafts.take())?.report.meta.title).toBe('version 5');
    expect(await readdir(folder)).toEqual([RECOVERY_FILE_NAME]);
  });

  test('a write still under way when the work is saved does not bring the draft back', async () => {
    const drafts = createRecoveryDrafts(folder);
    const write = drafts.write({ report: seedReport(), path: null });
    const clear = drafts.clear();
    await Promise.all([write, clear]);
    expect(await drafts.take()).toBeNull();
  });
});
