import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { readReportText, writeReportText } from '../../shared/report-file';
import { SCHEMA_VERSION } from '../../shared/report-schema';
import { fixturePath, seedReport, seedText } from '../fixtures/seed';

function readFixture(name: string) {
  return readReportText(readFileSync(fixturePath(name), 'utf8'));
}

describe('reading a report file', () => {
  test('the seed example reads as a current report with its people and figures', () => {
    const result = readReportText(seedText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeNull();
    expect(result.report.effort.people.map((person) => [person.name, person.pm])).toEqual([
      ['Cyril Flieller', 4],
      ['Cyril L’Orphelin', 2],
      ['Pierre Frebault', 6],
    ]);
    expect(result.report.metrics[0]!.values).toEqual([99.94, 99.37, 99.92, 99.98, 99.41, 99.93]);
  });

  test('a format 0 file is brought up to date with the same people, figures and texts', () => {
    const old = JSON.parse(readFileSync(fixturePath('report-v0.rdesk'), 'utf8')) as {
      people: { name: string; pm: number }[];
      metrics: { name: string; values: (number | null)[]; target: number | null; higherIsBetter: boolean }[];
      sections: Record<string, string>;
    };
    const result = readFixture('report-v0.rdesk');
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!result.ok) return;
    const { report } = result;
    expect(report.version).toBe(SCHEMA_VERSION);
    expect(report.meta).toMatchObject({ title: 'Operations Portal OLA report, second half of 2025', organisation: 'CNRS', service: 'EGI Operations Portal' });
    expect(report.meta.period).toEqual({ start: '2025-07', months: 6 });
    expect(report.meta.monthLabels).toBe('month-names');
    expect(report.effort.people.map((person) => ({ name: person.name, pm: person.pm }))).toEqual(old.people);
    expect(report.metrics.map((metric) => metric.name)).toEqual(old.metrics.map((metric) => metric.name));
    expect(report.metrics.map((metric) => metric.values)).toEqual(old.metrics.map((metric) => metric.values));
    expect(report.metrics.map((metric) => metric.target)).toEqual(old.metrics.map((metric) => metric.target));
    expect(report.metrics.map((metric) => metric.direction)).toEqual(['higher-is-better', 'higher-is-better', 'lower-is-better']);
    for (const [id, text] of Object.entries(old.sections)) {
      expect(report.sections[id as keyof typeof report.sections]).toEqual({ text, edited: true });
    }
    // A section format 0 never had is left to the app's draft.
    expect(report.sections.measures.edited).toBe(false);
  });

  test('a file from a newer Report Desk is refused, saying so', () => {
    const result = readFixture('report-from-the-future.rdesk');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/newer Report Desk/);
    expect(result.message).toMatch(/99/);
  });

  test('an empty file is refused as holding no report', () => {
    expect(readReportText('')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(readReportText('  \n')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });

  test('a file cut in half is refused as cut short, not half-read', () => {
    const text = seedText();
    const result = readReportText(text.slice(0, Math.floor(text.length / 2)));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/cut short or damaged/) });
  });

  test('a real Word document renamed .rdesk is recognised as one', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const result = readReportText(new TextDecoder().decode(bytes));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Word document/) });
  });

  test('a word where a figure belongs is named by metric and month', () => {
    const result = readFixture('report-wrong-value.rdesk');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('Reliability, M5: expected a number, got "abc"');
    expect(result.problems).toEqual(['Reliability, M5: expected a number, got "abc"']);
  });

  test('JSON that is not a report is refused for its missing format marker', () => {
    expect(readReportText('{"title": "x"}')).toMatchObject({ ok: false, message: expect.stringMatching(/format marker/) });
    expect(readReportText('[1, 2]')).toMatchObject({ ok: false, message: expect.stringMatching(/format marker/) });
  });

  test('a byte order mark before the JSON is tolerated', () => {
    expect(readReportText(`\uFEFF${seedText()}`).ok).toBe(true);
  });

  test('writing then reading gives the same report back', () => {
    const report = seedReport();
    const again = readReportText(writeReportText(report));
    expect(again).toMatchObject({ ok: true, report });
  });

  test('an invalid report is never written: writing throws a clear message', () => {
    const report = seedReport();
    report.metrics[0]!.values.pop();
    expect(() => writeReportText(report)).toThrow('Availability: has 5 monthly values but the period has 6 months');
  });
});
