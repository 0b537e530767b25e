// A save killed at any moment leaves the report whole, old or new, and the next save leaves no
// temp file behind. A child process saves through the app's own save function in a loop; it is
// killed with SIGKILL at a random moment, again and again.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readReportFile, saveReportFile } from '../../electron/services/report-files';
import { listBackups } from '../../electron/services/report-backups';
import { writeReportText } from '../../shared/report-file';
import { killTestVersions } from '../support/kill-test-reports';
import { testSize } from '../support/test-sizes';

const KILLS = testSize(200, 1000);
const root = fileURLToPath(new URL('../..', import.meta.url));
let folder: string;
let child: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'killed-saves-'));
  child = join(folder, 'saving-child.cjs');
  await build({ entryPoints: [join(root, 'test', 'support', 'saving-child.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface WaitingSaver {
  /** Tells it to start saving, kills it `delayMs` later, and resolves once it has died. */
  killWhileSaving(delayMs: number): Promise<void>;
}

/** A child saving process, started and loaded, waiting for its go. */
function startSaver(path: string, backupDir: string): WaitingSaver {
  const saver = spawn(process.execPath, [child, path, backupDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  saver.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const died = new Promise<void>((done, fail) =>
    saver.on('exit', (code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`the saving child stopped by itself (${code}): ${errors}`)))),
  );
  return {
    killWhileSaving(delayMs) {
      saver.stdout.once('data', () => setTimeout(() => saver.kill('SIGKILL'), delayMs));
      saver.stdin.write('go\n');
      return died;
    },
  };
}

const isTemp = (name: string) => name.endsWith('.tmp');

test(`${KILLS} saves killed at random moments: the report is always whole, and the next save leaves no temp file`, async () => {
  const versions = killTestVersions();
  const texts = versions.map(writeReportText);
  const reportFolder = join(folder, 'reports');
  const backupDir = join(folder, 'backups');
  const path = join(reportFolder, 'Large report.rdesk');
  await mkdir(reportFolder, { recursive: true });
  await writeFile(path, texts[0]!);
  // How long one save takes here, so kills spread over a few saves' time.
  const started = performance.now();
  await saveReportFile(join(folder, 'timing.rdesk'), versions[1]!);
  const saveMs = Math.max(2, performance.now() - started);

  // Children start a few rounds ahead: Node takes longer to start than a kill round.
  const waiting = Array.from({ length: 3 }, () => startSaver(path, backupDir));
  const checkedBackups = new Set<string>();
  let kills = 0;
  let tempsLeftByKills = 0;
  let tempsLeftAfterNextSave = 0;
  const damaged: string[] = [];
  const backupsMade = new Set<string>();
  let repeats = 0;
  for (let round = 0; round < KILLS; round += 1) {
    const saver = waiting.shift()!;
    if (round + waiting.length + 1 < KILLS) waiting.push(startSaver(path, backupDir));
    await saver.killWhileSaving(Math.random() * 3 * saveMs);
    kills += 1;
    // Byte for byte one of the versions saved: the old one or the new one, never a mix or a part.
    const text = await readFile(path, 'utf8');
    if (!texts.includes(text)) damaged.push(`after kill ${kills}: ${text.length} bytes, not a version saved`);
    tempsLeftByKills += (await readdir(reportFolder)).filter(isTemp).length;
    // Every backup is a whole report, under its real name or not at all (and never changes after).
    for (const name of await readdir(backupDir).catch(() => [])) {
      if (isTemp(name) || checkedBackups.has(name)) continue;
      checkedBackups.add(name);
      const backup = await readReportFile(join(backupDir, name));
      if (!backup.ok) damaged.push(`backup ${name} after kill ${kills}: ${backup.message}`);
    }
    await saveReportFile(path, versions[round % versions.length]!, { backupDir });
    tempsLeftAfterNextSave += (await readdir(reportFolder)).filter(isTemp).length;
    // A kill between a backup and its save leaves the file as that backup holds it: no save may keep it again.
    const backups = await listBackups(backupDir, path);
    for (const [index, name] of backups.entries()) {
      if (index === 0 || backupsMade.has(name)) continue;
      backupsMade.add(name);
      if ((await readFile(join(backupDir, name), 'utf8')) === (await readFile(join(backupDir, backups[index - 1]!), 'utf8'))) repeats += 1;
    }
  }
  console.log(
    `Kill test: ${kills} kills, ${kills - damaged.length} left a whole report; temp files left by the kills ${tempsLeftByKills}, after the next save ${tempsLeftAfterNextSave}; ${backupsMade.size} backups made, ${repeats} repeating the one before.`,
  );
  expect(damaged).toEqual([]);
  expect(repeats).toBe(0);
  expect(kills).toBe(KILLS);
  expect(tempsLeftAfterNextSave).toBe(0);
}, 600_000);
