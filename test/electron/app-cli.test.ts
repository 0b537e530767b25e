// `report-desk --cli …`: the built main bundle, loaded against the recording stand-in for
// Electron, runs the real command line on real files before any window, and exits with its status.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createElectronStandIn } from './electron-stand-in';
import { buildBundles, loadBundle, projectRoot } from './built-bundles';

const seedPath = join(projectRoot, 'assets', 'examples', 'seed-report.rdesk');
let folder: string;
let bundleDir: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'app-cli-'));
  bundleDir = await buildBundles(folder);
  process.setMaxListeners(100);
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/** What a stream was given, with each write's callback run as a terminal would. */
function captured(stream: NodeJS.WriteStream): { text: () => string } {
  let text = '';
  vi.spyOn(stream as { write: Write }, 'write').mockImplementation((chunk, ...rest) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  });
  return { text: () => text };
}

/** Launches the app as `report-desk <args>` (from source: `electron . <args>`) and waits for it to exit. */
async function launch(...args: string[]) {
  const standIn = createElectronStandIn(await mkdtemp(join(folder, 'user-')));
  const stdout = captured(process.stdout);
  const stderr = captured(process.stderr);
  loadBundle(join(bundleDir, 'main.cjs'), standIn, ['/opt/electron', '.', ...args]);
  standIn.becomeReady();
  await vi.waitFor(() => expect(standIn.record.exits).toHaveLength(1), { timeout: 30_000, interval: 20 });
  vi.restoreAllMocks();
  return { code: standIn.record.exits[0], stdout: stdout.text(), stderr: stderr.text(), record: standIn.record };
}

describe('report-desk --cli', () => {
  test('validate prints what the report holds and exits 0, with no window and no single-instance lock', async () => {
    const run = await launch('--cli', 'validate', seedPath);
    expect(run).toMatchObject({ code: 0, stdout: `${seedPath}: valid report "Operations Portal OLA report", 6 months, 4 metrics, 6 sections\n`, stderr: '' });
    expect(run.record.windows).toEqual([]);
    expect(run.record.singleInstanceLockAsked).toBe(0);
    expect(run.record.handled).toEqual([]);
  });

  test('a problem is one line on stderr and exit 1', async () => {
    const run = await launch('--cli', 'validate', join(folder, 'Q3.rdesk'));
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: 'report-desk: "Q3.rdesk" could not be read: no such file.\n' });
    expect(run.record.windows).toEqual([]);
  });

  test('--help after --cli is the command line\'s usage, even after a Chromium switch', async () => {
    const run = await launch('--no-sandbox', '--cli', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: report-desk <command>/);
  });

  test('export writes the Word document with its charts, drawn in the main process', async () => {
    const out = join(folder, 'seed.docx');
    const run = await launch('--cli', 'export', seedPath, '--out', out);
    expect(run).toMatchObject({ code: 0, stdout: `Exported ${out}\n`, stderr: '' });
    const bytes = await readFile(out);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('The global effort for CNRS is 12 PM for the last 6 months');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/')).length).toBeGreaterThan(0);
  });
});
