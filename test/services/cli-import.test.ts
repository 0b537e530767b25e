// The import command through the real command line, on temp copies of real files: a new report
// with the figures in, the old one never changed; one line and nothing written when nothing can be.
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import JSZip from 'jszip';
import { readReportText, writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { importDay } from '../../shared/import';
import { parseArguments } from '../../electron/cli-arguments';
import { SEED_PATH } from '../fixtures/seed';
import { importFixturePath, report2015 } from '../fixtures/import-fixtures';
import { cli, expectOneLineFailure } from './cli-run';

let folder: string;
let report: string;
let reportBytes: Buffer;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-import-'));
  report = join(folder, 'ops-2015.rdesk');
  await writeFile(report, writeReportText(report2015()));
  reportBytes = await readFile(report);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A fixture copied into the temp folder, as a person's download would be. */
async function source(name: string): Promise<string> {
  const path = join(folder, name);
  await copyFile(importFixturePath(name), path);
  return path;
}

async function readReport(path: string): Promise<Report> {
  const read = readReportText(await readFile(path, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

function metric(report: Report, name: string) {
  return report.metrics.find((candidate) => candidate.name === name)!;
}

/** After a failure: the folder holds what it held, and the report is byte for byte as it was. */
async function expectNothingWritten(...expected: string[]): Promise<void> {
  expect((await readdir(folder)).sort()).toEqual(['ops-2015.rdesk', ...expected].sort());
  expect((await readFile(report)).equals(reportBytes)).toBe(true);
}

describe('import writes a new report with the figures in', () => {
  test('ARGO XML for an endpoint group: the months of the period, each with its source; the old report unchanged', async () => {
    const argo = await source('argo-endpoint-group-six-months.xml');
    const out = join(folder, 'with-figures.rdesk');
    const dayBefore = importDay(new Date());
    const run = await cli('import', report, argo, '--out', out);
    const dayAfter = importDay(new Date());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Imported argo-endpoint-group-six-months.xml into ${out}: 8 figures, all into empty cells`);
    expect(lines).toContain('  Availability, Apr 2015: — → 99.999999 (99.99999900000002, GROUP_A / ST01, 2015-04)');
    expect(lines.at(-1)).toBe('  Left out, outside the period (April – September 2015): February 2015, March 2015');
    const next = await readReport(out);
    expect(metric(next, 'Availability').values).toEqual([99.99999900000002, 97.2, 100, 99.91, null, null]);
    const sources = metric(next, 'Reliability').sources;
    expect(sources.map(({ month, file }) => ({ month, file }))).toEqual([0, 1, 2, 3].map((month) => ({ month, file: 'argo-endpoint-group-six-months.xml' })));
    // The day the command ran, even if it ran across midnight.
    for (const source of sources) expect([dayBefore, dayAfter]).toContain(source.importedOn);
    expect((await readFile(report)).equals(reportBytes)).toBe(true);
  });

  test('the v3 JSON example, one group chosen with --group', async () => {
    const out = join(folder, 'st01.rdesk');
    const run = await cli('import', report, await source('argo-v3-group-monthly.json'), '--out', out, '--group', 'GROUP_A/ST01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ARGO results (JSON), monthly, for GROUP_A / ST01 (SITES)');
    expect(metric(await readReport(out), 'Availability').values[2]).toBe(99.99999900000002);
  });

  test('an endpoint by resource id, the only entry, needs no --group', async () => {
    const out = join(folder, 'endpoint.rdesk');
    expect((await cli('import', report, await source('argo-v3-id-monthly.json'), '--out', out)).code).toBe(0);
    expect(metric(await readReport(out), 'Reliability').values[2]).toBe(99.99999900000002);
  });

  test('a French CSV with --map, into the seed report whose months are numbered, with --first-month', async () => {
    const seed = join(folder, 'seed.rdesk');
    await copyFile(SEED_PATH, seed);
    const out = join(folder, 'seed-with-figures.rdesk');
    const run = await cli('import', seed, await source('figures-fr.csv'), '--out', out, '--first-month', '2015-07', '--map', 'Disponibilité=Availability', '--map', 'fiabilite=reliability');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported figures-fr.csv into');
    expect(run.stdout).toContain('4 figures: 3 replacing figures typed by hand, 1 the same as the figure there');
    expect(run.stdout).toContain('  Availability, M2: 99.37 → 97.20 (97,2, line 3, replacing a figure typed by hand)');
    expect(metric(await readReport(out), 'Availability').values).toEqual([99.94, 97.2, 99.92, 99.98, 99.41, 99.93]);
  });

  test('a ticket export in hours, said with --hours and --hours-per-day', async () => {
    const out = join(folder, 'support.rdesk');
    const run = await cli('import', report, await source('tickets-hours.csv'), '--out', out, '--hours', '--hours-per-day', '6');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  Note: Response times in hours are turned into working days at 6 hours a working day.');
    const next = await readReport(out);
    expect(next.metrics.find((one) => one.key === 'vu')!.values[0]).toBe(8 / 6);
    expect(next.metrics.find((one) => one.key === 'lu')!.values[1]).toBe(5);
  });

  test('--force replaces an existing --out; without it the file is left alone', async () => {
    const out = join(folder, 'existing.rdesk');
    await writeFile(out, 'precious');
    const csv = await source('monthly-figures.csv');
    expectOneLineFailure(await cli('import', report, csv, '--out', out), /existing\.rdesk already exists; choose another name, or add --force to replace it$/);
    expect(await readFile(out, 'utf8')).toBe('precious');
    expect((await cli('import', report, csv, '--out', out, '--force')).code).toBe(0);
    expect(metric(await readReport(out), 'Availability').values[0]).toBe(99.94);
  });
});

describe('nothing can be imported: exit 1, one line on stderr, nothing written', () => {
  const out = () => join(folder, 'new.rdesk');

  test('an unknown group', async () => {
    await source('argo-v3-group-monthly.json');
    const run = await cli('import', report, join(folder, 'argo-v3-group-monthly.json'), '--out', out(), '--group', 'ST03');
    expectOneLineFailure(run, /^report-desk: "argo-v3-group-monthly\.json" has no group or endpoint "ST03" \(it holds GROUP_A; GROUP_A \/ ST01; GROUP_A \/ ST02\)$/);
    await expectNothingWritten('argo-v3-group-monthly.json');
  });

  test('several groups and none chosen', async () => {
    const run = await cli('import', report, await source('argo-group-monthly.xml'), '--out', out());
    expectOneLineFailure(run, /holds 3 groups and endpoints; choose one with --group: GROUP_A \(GROUP\); GROUP_A \/ ST01 \(SITES\); GROUP_A \/ ST02 \(SITES\)$/);
    await expectNothingWritten('argo-group-monthly.xml');
  });

  test('no month in the period', async () => {
    const later = join(folder, 'ops-2025.rdesk');
    const report2025 = report2015();
    report2025.meta.period.start = '2025-01';
    await writeFile(later, writeReportText(report2025));
    const run = await cli('import', later, await source('argo-endpoint-group-six-months.xml'), '--out', out());
    expectOneLineFailure(run, /No month in "argo-endpoint-group-six-months\.xml" falls in the report's period \(January – June 2025\): it holds February 2015 to July 2015\.$/);
    await expectNothingWritten('argo-endpoint-group-six-months.xml', 'ops-2025.rdesk');
  });

  test('daily results, asking for monthly granularity', async () => {
    const run = await cli('import', report, await source('argo-v3-group-daily.json'), '--out', out());
    expectOneLineFailure(run, /holds daily results \(2015-06-22 to 2015-06-23\)\. .* Ask ARGO for the same results with granularity=monthly\.$/);
    await expectNothingWritten('argo-v3-group-daily.json');
  });

  test('an unreadable file: missing, a workbook, not text, not JSON', async () => {
    expectOneLineFailure(await cli('import', report, join(folder, 'gone.csv'), '--out', out()), /^report-desk: "gone\.csv" could not be read: no such file\.$/);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    await writeFile(join(folder, 'figures.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    expectOneLineFailure(await cli('import', report, join(folder, 'figures.xlsx'), '--out', out()), /"figures\.xlsx" is a spreadsheet workbook, not CSV: save the sheet as CSV \(File › Save As\) and import that file\.$/);
    await writeFile(join(folder, 'image.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expectOneLineFailure(await cli('import', report, join(folder, 'image.csv'), '--out', out()), /"image\.csv" could not be read: it is not a text file/);
    const asDocumented = await source('argo-v3-id-monthly-as-documented.json');
    expectOneLineFailure(await cli('import', report, asDocumented, '--out', out()), /is not valid JSON \(line 21, column 3: /);
    await expectNothingWritten('argo-v3-id-monthly-as-documented.json', 'figures.xlsx', 'image.csv');
  });

  test('a report whose months are only numbered, without --first-month', async () => {
    const seed = join(folder, 'seed.rdesk');
    await copyFile(SEED_PATH, seed);
    const run = await cli('import', seed, await source('monthly-figures.csv'), '--out', out());
    expectOneLineFailure(run, /seed\.rdesk: the report's months are numbered M1 … M6 with no first month; say which month M1 is with --first-month YYYY-MM$/);
    await expectNothingWritten('seed.rdesk', 'monthly-figures.csv');
  });

  test('no column named like a metric, and --map naming what is not there', async () => {
    const csv = await source('figures-fr.csv');
    expectOneLineFailure(await cli('import', report, csv, '--out', out()), /goes into a metric of the report by its name; say where each goes with --map <series>=<metric> \(it offers Disponibilité, Fiabilité; the report has Availability, /);
    expectOneLineFailure(await cli('import', report, csv, '--out', out(), '--map', 'Uptime=Availability'), /--map Uptime=Availability: "figures-fr\.csv" has no "Uptime" \(it offers Disponibilité, Fiabilité\)$/);
    expectOneLineFailure(await cli('import', report, csv, '--out', out(), '--map', 'Disponibilité=Uptime'), /--map Disponibilité=Uptime: the report has no metric "Uptime" \(its metrics: Availability, Reliability, /);
    await expectNothingWritten('figures-fr.csv');
  });

  test('--out naming the report itself, and a missing --out', async () => {
    const csv = await source('monthly-figures.csv');
    expectOneLineFailure(await cli('import', report, csv, '--out', report, '--force'), /is the input report itself; an import never changes it/);
    expectOneLineFailure(await cli('import', report, csv), /"import" needs --out <new\.rdesk>/);
    await expectNothingWritten('monthly-figures.csv');
  });
});

describe('reading the import command line (in process)', () => {
  test('--map may be given again and again; an empty metric sends a series nowhere', () => {
    expect(parseArguments(['import', 'r.rdesk', 'a.csv', '--out', 'n.rdesk', '--map', 'A (%)=Availability', '--map=Comments=', '--group', 'ST01'])).toEqual({
      command: 'import',
      file: 'r.rdesk',
      source: 'a.csv',
      out: 'n.rdesk',
      force: false,
      group: 'ST01',
      maps: [
        { series: 'A (%)', metric: 'Availability' },
        { series: 'Comments', metric: '' },
      ],
      responseUnit: null,
      hoursPerDay: null,
      firstMonth: null,
    });
  });

  test.each([
    [['import', 'r.rdesk', '--out', 'n.rdesk'], /takes a report file \(\.rdesk\) and the file to import from, but got r\.rdesk/],
    [['import', 'r.rdesk', 'a.csv', '--out', 'n.rdesk', '--map', 'Availability'], /--map takes <series>=<metric>/],
    [['import', 'r.rdesk', 'a.csv', '--out', 'n.rdesk', '--hours', '--working-days'], /cannot both be given/],
    [['import', 'r.rdesk', 'a.csv', '--out', 'n.rdesk', '--hours-per-day', '8'], /--hours-per-day goes with --hours/],
    [['import', 'r.rdesk', 'a.csv', '--out', 'n.rdesk', '--hours', '--hours-per-day', '0'], /--hours-per-day takes the working hours in a day/],
    [['import', 'r.rdesk', 'a.csv', '--out', 'n.rdesk', '--first-month', 'July 2025'], /--first-month takes a month written YYYY-MM/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(message);
  });
});
