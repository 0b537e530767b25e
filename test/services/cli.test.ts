// Runs the real command line as a child process, on temp copies of real files: the bundle the
// build script makes (dist/cli), as `npm run cli` and the bench run it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { readReportText } from '../../shared/report-file';
import { REPO, cli, expectOneLineFailure, spawnRun } from './cli-run';
import { buildCliBundle } from '../electron/built-bundles';
import { CHART_WORKER, CLI_INPUTS, cliBundleIsCurrent } from '../../scripts/cli-bundle.cjs';
import { ensureCliBundle } from '../../scripts/ensure-cli.cjs';
import { UsageError, parseArguments } from '../../electron/cli-arguments';
import { SEED_PATH, fixturePath, seedText } from '../fixtures/seed';
import { newSection } from '../../shared/sections';

let folder: string;
let seed: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-cli-'));
  seed = join(folder, 'seed.rdesk');
  await copyFile(SEED_PATH, seed);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('reading the command line (in process)', () => {
  test('options may come before or after the file, with a space or an equals sign', () => {
    expect(parseArguments(['export', '--out', 'a.docx', 'r.rdesk'])).toEqual({ command: 'export', file: 'r.rdesk', out: 'a.docx', includeCharts: null, groupStyle: null, referenceDoc: null });
    expect(parseArguments(['export', 'r.rdesk', '--out=a.docx', '--no-charts'])).toEqual({ command: 'export', file: 'r.rdesk', out: 'a.docx', includeCharts: false, groupStyle: null, referenceDoc: null });
    expect(parseArguments(['export', 'r.rdesk', '--group-style', 'sub-rows'])).toMatchObject({ groupStyle: 'sub-rows' });
    expect(() => parseArguments(['export', 'r.rdesk', '--group-style', 'rows'])).toThrow('--group-style takes combined or sub-rows, not "rows"');
    expect(parseArguments(['next-period', 'r.rdesk', '--force', '--out', 'n.rdesk'])).toEqual({ command: 'next-period', file: 'r.rdesk', out: 'n.rdesk', force: true, name: null, start: null });
    expect(parseArguments(['next-period', 'r.rdesk', '--out', 'n.rdesk', '--name', 'S2 2025', '--start', 'July 2025'])).toMatchObject({ name: 'S2 2025', start: '2025-07' });
  });

  test('a file name starting with a dash is taken after --', () => {
    expect(parseArguments(['validate', '--', '-odd.rdesk'])).toEqual({ command: 'validate', file: '-odd.rdesk' });
  });

  test.each([
    [['validate', 'a.rdesk', 'b.rdesk'], /takes one report file, but got 2/],
    [['export', 'r.rdesk', '--out'], /--out needs a file name/],
    [['export', 'r.rdesk', '--out', '--no-charts'], /--out needs a file name/],
    [['export', 'r.rdesk', '--charts', '--no-charts'], /cannot both be given/],
    [['next-period', 'r.rdesk', '--out', 'a', '--out', 'b'], /--out is given twice/],
    [['export', 'r.rdesk', '--force'], /"export" has no option --force/],
    [['--verbose'], /unknown option --verbose \(commands: [^;]*\)$/],
    // A slip is named; a word far from every one is not guessed at.
    [['expot', 'r.rdesk'], /unknown command "expot" \(commands: .*; did you mean export\?\)$/],
    [['--versoin'], /unknown option --versoin \(commands: .*; did you mean --version\?\)$/],
    [['export', 'r.rdesk', '--no-chart'], /"export" has no option --no-chart \(it takes .*; did you mean --no-charts\?\)$/],
    [['publish', 'r.rdesk'], /unknown command "publish" \(commands: [^;]*\)$/],
    [['export', 'r.rdesk', '--x'], /"export" has no option --x \(it takes [^;]*\)$/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});

describe('usage', () => {
  test('--help and no arguments print the usage and succeed', async () => {
    for (const args of [['--help'], []]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: report-desk <command>/);
      expect(run.stdout).toContain('next-period <file.rdesk> --out <new.rdesk>');
    }
  });

  test('an unknown command is a one-line usage error', async () => {
    expectOneLineFailure(await cli('publish', seed), /unknown command "publish"/);
  });

  test('an unknown option is a one-line usage error', async () => {
    expectOneLineFailure(await cli('validate', seed, '--fast'), /"validate" has no option --fast/);
  });
});

describe('validate', () => {
  test('the seed example is valid, and the output says what it holds', async () => {
    const run = await cli('validate', seed);
    expect(run).toEqual({ code: 0, stdout: `${seed}: valid report "Operations Portal OLA report", 6 months, 4 metrics, 6 sections\n`, stderr: '' });
  });

  test('an older format file is valid, with a note that it was migrated', async () => {
    const run = await cli('validate', fixturePath('report-v0.rdesk'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid report "Operations Portal OLA report, second half of 2025", 6 months, 3 metrics, 6 sections\n/);
    expect(run.stdout).toMatch(/note: saved in the older file format 0/);
  });

  test('an empty file fails in one line', async () => {
    const path = join(folder, 'empty.rdesk');
    await writeFile(path, '');
    expectOneLineFailure(await cli('validate', path), /empty\.rdesk: The file is empty/);
  });

  test('a truncated file fails in one line', async () => {
    const path = join(folder, 'truncated.rdesk');
    await writeFile(path, seedText().slice(0, 1500));
    expectOneLineFailure(await cli('validate', path), /truncated\.rdesk: The file is cut short or damaged/);
  });

  test('a Word document renamed .rdesk fails in one line', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    const path = join(folder, 'report.rdesk');
    await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expectOneLineFailure(await cli('validate', path), /This is a Word document/);
  });

  test('a file from a newer Report Desk fails in one line', async () => {
    expectOneLineFailure(await cli('validate', fixturePath('report-from-the-future.rdesk')), /saved by a newer Report Desk/);
  });

  test('a word in a figure is named by metric and month', async () => {
    expectOneLineFailure(await cli('validate', fixturePath('report-wrong-value.rdesk')), /Reliability, M5: expected a number, got text$/);
  });

  test('a missing file is named', async () => {
    expectOneLineFailure(await cli('validate', join(folder, 'Q3.rdesk')), /^report-desk: "Q3\.rdesk" could not be read: no such file\.$/);
  });
});

describe('npm run cli', () => {
  test('reads paths relative to the folder it is typed in, not the package folder', async () => {
    const run = await spawnRun('npm', ['--prefix', REPO, 'run', '-s', 'cli', '--', 'validate', 'seed.rdesk'], folder);
    expect(run).toEqual({ code: 0, stdout: 'seed.rdesk: valid report "Operations Portal OLA report", 6 months, 4 metrics, 6 sections\n', stderr: '' });
  });
});

describe('next-period', () => {
  test('creates the next report and leaves the old file byte for byte', async () => {
    const before = await readFile(seed);
    const out = join(folder, 'next.rdesk');
    const run = await cli('next-period', seed, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Created ${out}: the period after "Operations Portal OLA report" (6 months), figures cleared\n`);
    expect((await readFile(seed)).equals(before)).toBe(true);
    const next = readReportText(await readFile(out, 'utf8'));
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    expect(next.report.metrics.every((metric) => metric.values.every((value) => value === null))).toBe(true);
    expect(next.report.previous?.foreseen).toMatch(/^Except the regular releases/);
  });

  test('refuses an existing --out unless --force, and leaves it alone', async () => {
    const out = join(folder, 'next.rdesk');
    await writeFile(out, 'precious');
    expectOneLineFailure(await cli('next-period', seed, '--out', out), /already exists; choose another name, or add --force/);
    expect(await readFile(out, 'utf8')).toBe('precious');
    expect((await cli('next-period', seed, '--out', out, '--force')).code).toBe(0);
    expect((await readFile(out, 'utf8')).startsWith('{')).toBe(true);
  });

  test('never writes over its input, even with --force', async () => {
    const before = await readFile(seed);
    expectOneLineFailure(await cli('next-period', seed, '--out', seed, '--force'), /is the input report itself/);
    expectOneLineFailure(await cli('next-period', seed, `--out=${join(folder, '.', 'seed.rdesk')}`, '--force'), /is the input report itself/);
    expect((await readFile(seed)).equals(before)).toBe(true);
  });

  test('needs --out', async () => {
    expectOneLineFailure(await cli('next-period', seed), /needs --out/);
  });

  test('--name and --start set the new period, the start month as a person writes it; a month it cannot read is refused', async () => {
    const out = join(folder, 'named.rdesk');
    const run = await cli('next-period', seed, '--out', out, '--name', 'S2 2025', '--start', '07/2025');
    expect(run.stdout).toBe(`Created ${out}: the period after "Operations Portal OLA report" (S2 2025), figures cleared\n`);
    const next = readReportText(await readFile(out, 'utf8'));
    expect(next.ok && next.report.meta.period).toEqual({ start: '2025-07', months: 6, name: 'S2 2025' });
    expectOneLineFailure(await cli('next-period', seed, '--out', join(folder, 'bad.rdesk'), '--start', '13/2025'), /--start: '13\/2025' is not a month Report Desk can read: write it as 07\/2025, 2025-07 or July 2025/);
    expect(existsSync(join(folder, 'bad.rdesk'))).toBe(false);
  });

  test('a bad input file writes nothing', async () => {
    const out = join(folder, 'next.rdesk');
    expectOneLineFailure(await cli('next-period', fixturePath('report-wrong-value.rdesk'), '--out', out), /Reliability, M5/);
    expect(await exists(out)).toBe(false);
  });
});

describe('export', () => {
  test('writes a Word document beside the report by default, with the report in it', async () => {
    const run = await cli('export', seed);
    const out = join(folder, 'seed.docx');
    expect(run).toEqual({ code: 0, stdout: `Exported ${out}\n`, stderr: '' });
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  test('output no one reads (a pipe closed, as by `| head -1`) is dropped quietly, and the document is still written whole', async () => {
    const out = join(folder, 'piped.docx');
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [inject('cliEntry'), 'export', seed, '--out', out, '--no-charts'], { cwd: REPO });
      // The reader goes away before the command says anything.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(zip.file('word/document.xml')).not.toBeNull();
  });

  test.skipIf(!existsSync('/dev/full'))('output that cannot be written (a full disk) is said in one sentence, and the command fails', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [inject('cliEntry'), 'validate', seed], { cwd: REPO, stdio: ['ignore', full, 'pipe'] });
        let stderr = '';
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
      });
      expect(run.stderr).toMatch(/^report-desk: could not write the output: ENOSPC[^\n]*\n$/);
      expect(run.code).toBe(1);
    } finally {
      closeSync(full);
    }
  });

  test('--no-charts gives a document without images', async () => {
    const out = join(folder, 'plain.docx');
    const run = await cli('export', seed, '--out', out, '--no-charts');
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toEqual([]);
  });

  test('--group-style sub-rows gives Support priority a row per priority; the report file is unchanged', async () => {
    const out = join(folder, 'rows.docx');
    const before = await readFile(seed);
    const run = await cli('export', seed, '--out', out, '--no-charts', '--group-style', 'sub-rows');
    expect(run.code).toBe(0);
    const document = await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string');
    // Sub-rows name each key in its own first cell; the combined style writes "lu: 4.42" in month cells.
    expect(document).not.toMatch(/lu:\s4\.42/);
    expect(document).toMatch(/<w:t[^>]*>vu<\/w:t>/);
    expect((await readFile(seed)).equals(before)).toBe(true);
  });

  test('prompts the drafts left are exported as written, with a warning on stderr for each section that has them', async () => {
    const read = readReportText(seedText());
    if (!read.ok) throw new Error(read.message);
    const report = { ...read.report, metrics: read.report.metrics.map((metric, index) => (index === 0 ? { ...metric, values: [97.2, 97.5, 99.5, 99.5, 99.5, 99.5] } : metric)) };
    report.sections = report.sections.map((section) => (section.kind === 'measures' ? { ...section, text: '', edited: false } : section));
    const file = join(folder, 'misses.rdesk');
    await writeFile(file, JSON.stringify(report));
    const out = join(folder, 'misses.docx');
    const run = await cli('export', file, '--out', out, '--no-charts');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Exported ${out}\n`);
    expect(run.stderr).toBe('report-desk: warning: Section 5, Measures planned, still has 2 prompts to complete; the document shows them as written\n');
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('M1 Availability: [describe the measure planned]');
  });

  test('a report of its own shape: next-period keeps it, carries its table for review, and export warns of the table by its number and title', async () => {
    const read = readReportText(seedText());
    if (!read.ok) throw new Error(read.message);
    const risks = { ...newSection('table', { title: 'Risk register', level: 2, columns: ['Risk', 'Owner'], rows: [['Storage vendor', 'Anne']] }), id: 'risks' };
    const shaped = { ...read.report, sections: [...read.report.sections.filter((section) => section.kind !== 'effort' && section.kind !== 'foreseen'), risks] };
    const file = join(folder, 'shaped.rdesk');
    await writeFile(file, JSON.stringify(shaped));
    const next = join(folder, 'next.rdesk');
    expect((await cli('next-period', file, '--out', next)).code).toBe(0);
    const nextRead = readReportText(await readFile(next, 'utf8'));
    if (!nextRead.ok) throw new Error(nextRead.message);
    expect(nextRead.report.sections.map((section) => `${section.level} ${section.title}${section.carried ? ' (carried)' : ''}`)).toEqual([
      '1 General overview of activity in the period',
      '1 Performance against service targets',
      '1 Issues arising in the period',
      '1 Measures planned',
      '2 Risk register (carried)',
    ]);
    const run = await cli('export', next, '--out', join(folder, 'next.docx'), '--no-charts');
    expect(run).toMatchObject({ code: 0, stderr: "report-desk: warning: Section 4.1, Risk register, still holds last period's rows, not yet reviewed; the document shows it as written\n" });
  });

  test('last period\'s Foreseen text carried over and not yet reviewed is warned of, as the prompts are', async () => {
    const next = join(REPO, 'assets/examples/next-period-report.rdesk');
    const out = join(folder, 'next.docx');
    const run = await cli('export', next, '--out', out, '--no-charts');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("report-desk: warning: Section 6, Foreseen activities and changes, still holds last period's text, not yet reviewed; the document shows it as written\n");
  });

  test('a folder that does not exist is named in words, never by a temp file', async () => {
    const run = await cli('export', seed, '--out', join(folder, 'missing', 'seed.docx'));
    expectOneLineFailure(run, /"seed\.docx" could not be exported: its folder does not exist\./);
    expect(run.stderr).not.toMatch(/\.tmp/);
  });

  test('a bad report writes no document', async () => {
    const bad = join(folder, 'bad.rdesk');
    await copyFile(fixturePath('report-wrong-value.rdesk'), bad);
    expectOneLineFailure(await cli('export', bad, '--out', join(folder, 'bad.docx')), /Reliability, M5/);
    expect((await readdir(folder)).sort()).toEqual(['bad.rdesk', 'seed.rdesk']);
  });
});

/** The document's chart images in document order (image1, image2, …). */
async function documentCharts(path: string): Promise<Buffer[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = zip.file(/^word\/media\/image\d+\.png$/).map((file) => file.name);
  names.sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]));
  return Promise.all(names.map((name) => zip.file(name)!.async('nodebuffer')));
}

/** The charts a folder holds, by file name. */
async function keptCharts(charts: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(charts)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(charts, name))] as const)));
}

describe('export keeps its charts for the next run', () => {
  const exportWith = (charts: string, ...args: string[]) => spawnRun(process.execPath, [inject('cliEntry'), 'export', ...args], REPO, { REPORT_DESK_CHART_CACHE: charts });

  test('the first run draws each chart and keeps it; the next takes every chart from the folder and draws none', async () => {
    const charts = join(folder, 'charts');
    const first = join(folder, 'first.docx');
    expect((await exportWith(charts, seed, '--out', first)).code).toBe(0);
    const kept = await keptCharts(charts);
    expect([...kept.keys()]).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.png$/), expect.anything(), expect.anything(), expect.anything()]);
    expect(new Set((await documentCharts(first)).map((png) => png.toString('base64')))).toEqual(new Set([...kept.values()].map((png) => png.toString('base64'))));
    // Each kept chart swapped for the next one: a run that drew any chart would show it as drawn.
    const names = [...kept.keys()];
    const nextOf = (name: string) => names[(names.indexOf(name) + 1) % names.length]!;
    for (const name of names) await writeFile(join(charts, name), kept.get(nextOf(name))!);
    const second = join(folder, 'second.docx');
    expect((await exportWith(charts, seed, '--out', second)).code).toBe(0);
    const nameOf = (png: Buffer) => names.find((name) => kept.get(name)!.equals(png))!;
    const expected = (await documentCharts(first)).map((png) => kept.get(nextOf(nameOf(png)))!);
    expect(await documentCharts(second)).toEqual(expected);
  });

  test('a changed value draws only its chart; a cut file in the folder is drawn again, never used', async () => {
    const charts = join(folder, 'charts');
    const before = join(folder, 'before.docx');
    expect((await exportWith(charts, seed, '--out', before)).code).toBe(0);
    const kept = await keptCharts(charts);
    const changed = (await readFile(seed, 'utf8')).replace('"pm": 6', '"pm": 7');
    expect(changed).not.toBe(await readFile(seed, 'utf8'));
    const changedPath = join(folder, 'changed.rdesk');
    await writeFile(changedPath, changed);
    // A chart the change leaves alone (the first metric's; the effort chart comes first in the document) is cut.
    const metricChart = (await documentCharts(before))[1]!;
    const firstName = [...kept.keys()].find((name) => kept.get(name)!.equals(metricChart))!;
    await writeFile(join(charts, firstName), kept.get(firstName)!.subarray(0, 100));
    const after = join(folder, 'after.docx');
    expect((await exportWith(charts, changedPath, '--out', after)).code).toBe(0);
    const now = await keptCharts(charts);
    // The effort chart changed: one new file; the cut one is whole again.
    expect(now.size).toBe(kept.size + 1);
    expect(now.get(firstName)).toEqual(kept.get(firstName));
    const [beforeImages, afterImages] = [await documentCharts(before), await documentCharts(after)];
    expect(afterImages.map((png, index) => png.equals(beforeImages[index]!))).toEqual([false, true, true, true]);
  });

  test('REPORT_DESK_CHART_CACHE=off keeps nothing', async () => {
    expect((await exportWith('off', seed, '--out', join(folder, 'off.docx'))).code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual(['off.docx', 'seed.rdesk']);
  });
});

describe('the bundle npm run cli runs', () => {
  test('counts as current until a file it was built from changes; then it is rebuilt before it runs', async () => {
    // A copy of its own: the other tests run the one built for the whole run.
    const bundle = await buildCliBundle(folder);
    const dir = dirname(bundle);
    expect(await cliBundleIsCurrent(dir)).toBe(true);
    // As after an edit, a pull or npm install: one input no longer matches what the bundle was built from.
    const record = JSON.parse(await readFile(join(dir, CLI_INPUTS), 'utf8')) as { inputs: { path: string; mtimeMs: number }[] };
    expect(record.inputs.map((input) => input.path)).toEqual(
      expect.arrayContaining(['electron/cli.ts', 'electron/cli-import.ts', 'electron/services/charts/chart-worker.ts', 'shared/report-schema.ts', 'package-lock.json']),
    );
    record.inputs[0]!.mtimeMs -= 1000;
    await writeFile(join(dir, CLI_INPUTS), JSON.stringify(record));
    expect(await cliBundleIsCurrent(dir)).toBe(false);
    expect(await ensureCliBundle(dir)).toBe(bundle);
    expect(await cliBundleIsCurrent(dir)).toBe(true);
    expect((await spawnRun(process.execPath, [bundle, 'validate', seed], REPO)).code).toBe(0);
  });

  test('a missing bundle, or one without its chart worker, is never current', async () => {
    expect(await cliBundleIsCurrent(join(folder, 'never-built'))).toBe(false);
    const dir = dirname(await buildCliBundle(folder));
    await rm(join(dir, CHART_WORKER));
    expect(await cliBundleIsCurrent(dir)).toBe(false);
  }, 60_000);
});
