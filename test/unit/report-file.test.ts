import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { AREA_WORDS, FIELD_WORDS, SECTION_FIELD_WORDS, readReportText, writeReportText } from '../../shared/report-file';
import { SCHEMA_VERSION, reportSchema, type Report, type ReportWordTemplate } from '../../shared/report-schema';
import { fixturePath, seedReport, seedText } from '../fixtures/seed';
import { held } from '../support/sections';
import { NAME_IN_MESSAGE_MAX, nameInMessage } from '../../shared/message-names';
import { describeWriteFailure } from '../../electron/services/file-errors';

function readFixture(name: string) {
  return readReportText(readFileSync(fixturePath(name), 'utf8'));
}

/** A Word template as a report keeps it (the bytes here are not a real template: the file's reading never reads them). */
const KEPT_TEMPLATE: ReportWordTemplate = {
  fileName: 'EGI OLA report.dotx',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  addedAt: '2026-01-09T08:05:03.000Z',
  lastSeenPath: '/home/anne/Templates/EGI OLA report.dotx',
  base64: 'UEsDBBQAAAAIAA==',
};

/** The problems reading finds in the seed file after one change to its JSON. */
function problemsAfter(change: (file: Report) => void): string[] {
  const file = JSON.parse(seedText()) as Report;
  change(file);
  const result = readReportText(JSON.stringify(file));
  return result.ok ? [] : result.problems;
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

  test('a format 1 file is brought up to date: the same report, with no notes or sources yet, English (UK), and its previous period kept as the Foreseen text it had', () => {
    const old = JSON.parse(readFileSync(fixturePath('report-v1.rdesk'), 'utf8')) as { version: number; metrics: { id: string; values: (number | null)[] }[]; previous: { foreseen: string } };
    expect(old.version).toBe(1);
    const result = readFixture('report-v1.rdesk');
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    const { report } = result;
    expect(report.version).toBe(SCHEMA_VERSION);
    expect(report.meta.language).toBe('en-GB');
    expect(report.meta.period.name).toBeNull();
    expect(report.metrics.map((metric) => [metric.id, metric.values])).toEqual(old.metrics.map((metric) => [metric.id, metric.values]));
    expect(report.metrics.every((metric) => metric.notes.length === 0 && metric.sources.length === 0)).toBe(true);
    expect(report.previous).toEqual({ name: '', foreseen: old.previous.foreseen, metrics: [], people: [], totalPm: null });
    expect(report.exportOptions.includePrevious).toBe(false);
  });

  test('files of formats 0 to 2 carry no Word template: each comes up to date in the app\'s own look', () => {
    for (const name of ['report-v0.rdesk', 'report-v1.rdesk', 'report-v2.rdesk']) {
      const result = readFixture(name);
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.report.wordTemplate, name).toBeNull();
    }
  });

  test('a Word template is kept last in the file, its bytes after its name, digest and places, and reads back as it was', () => {
    const report: Report = { ...seedReport(), wordTemplate: KEPT_TEMPLATE };
    const text = writeReportText(report);
    expect(Object.keys(JSON.parse(text) as object).at(-1)).toBe('wordTemplate');
    expect(text.indexOf('"base64"')).toBeGreaterThan(text.indexOf('"lastSeenPath"'));
    expect(text.trimEnd().endsWith('"base64": "UEsDBBQAAAAIAA=="\n  }\n}')).toBe(true);
    const read = readReportText(text);
    expect(read.ok && read.report.wordTemplate).toEqual(KEPT_TEMPLATE);
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
    expect(report.meta.period).toEqual({ start: '2025-07', months: 6, name: null });
    expect(report.meta.monthLabels).toBe('month-names');
    expect(report.effort.people.map((person) => ({ name: person.name, pm: person.pm }))).toEqual(old.people);
    expect(report.metrics.map((metric) => metric.name)).toEqual(old.metrics.map((metric) => metric.name));
    expect(report.metrics.map((metric) => metric.values)).toEqual(old.metrics.map((metric) => metric.values));
    expect(report.metrics.map((metric) => metric.target)).toEqual(old.metrics.map((metric) => metric.target));
    expect(report.metrics.map((metric) => metric.direction)).toEqual(['higher-is-better', 'higher-is-better', 'lower-is-better']);
    for (const [id, text] of Object.entries(old.sections)) {
      expect(held(report, id)).toMatchObject({ text, edited: true });
    }
    // A section format 0 never had is left to the app's draft.
    expect(held(report, 'measures').edited).toBe(false);
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
    expect(result.message).toBe('Reliability, M5: expected a number, got text');
    expect(result.problems).toEqual(['Reliability, M5: expected a number, got text']);
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

describe('what a problem in a file says', () => {
  test('a negative person-months figure names the person, and says person-months once', () => {
    expect(problemsAfter((file) => (file.effort.people[2]!.pm = -1))).toEqual(['Effort, Pierre Frebault: person-months cannot be negative']);
  });

  test('a person without a name is named by their place in the list', () => {
    const problems = problemsAfter((file) => Object.assign(file.effort.people[2]!, { name: '', pm: -1 }));
    expect(problems).toEqual(['Effort, person 3: person-months cannot be negative']);
  });

  test.each<[string, (file: Report) => void, string]>([
    ['too few months', (file) => (file.meta.period.months = 0), 'Report details: number of months must be a whole number from 1 to 36'],
    ['too many months', (file) => (file.meta.period.months = 40), 'Report details: number of months must be a whole number from 1 to 36'],
    ['a fraction of a decimal place', (file) => (file.metrics[0]!.decimals = 1.5), 'Availability: decimal places must be a whole number from 0 to 6'],
    ['an unknown layout', (file) => Object.assign(file.exportOptions, { groupStyle: 'grouped' }), 'Word export options: grouped metrics layout must be one of: combined, sub-rows'],
    ['an unknown direction', (file) => Object.assign(file.metrics[1]!, { direction: 'up' }), 'Reliability: direction must be one of: higher-is-better, lower-is-better'],
    ["no last period's report", (file) => delete (file as Partial<Report>).previous, "Last period's report is missing"],
    ["last period's report without its text", (file) => Object.assign(file, { previous: { name: 'January – June 2025', metrics: [], people: [], totalPm: 12 } }), "Last period's report: foreseen text is missing"],
    ['a note past the period', (file) => (file.metrics[0]!.notes = [{ month: 6, happened: 'outage', measure: '' }]), "Availability: has a note on month 7, past the period's 6 months"],
    ['two notes on one month', (file) => (file.metrics[0]!.notes = [{ month: 2, happened: 'a', measure: '' }, { month: 2, happened: 'b', measure: '' }]), 'Availability: has two notes on month 3; a month has at most one'],
    ['a language that is not a tag', (file) => (file.meta.language = 'English'), 'Report details: language must be a language tag such as en-GB or fr-FR'],
    ['a number for the target wording', (file) => Object.assign(file.metrics[0]!, { targetLabel: 5 }), 'Availability: target wording: expected text, got a number'],
    ['a number for the key in a group', (file) => Object.assign(file.metrics[2]!, { key: 5 }), 'Support priority lu: name within the group: expected text, got a number'],
    ['an empty id', (file) => (file.metrics[0]!.id = ''), 'Availability: id cannot be empty'],
    ['an empty metric name', (file) => (file.metrics[0]!.name = ''), 'Metric 1: name cannot be empty'],
    ['a negative planned effort', (file) => (file.effort.plannedPm = -2), 'Effort: planned person-months cannot be negative'],
    ['a month that does not exist', (file) => (file.meta.period.start = '2025-13'), 'Report details: start month must be a month written YYYY-MM, such as 2025-07'],
    ['a section without its text', (file) => delete (held(file, 'overview') as Partial<Report['sections'][number]>).text, 'Section 2 "General overview of activity in the period": text is missing'],
    ['a word for the edited mark', (file) => Object.assign(held(file, 'effort'), { edited: 'yes' }), 'Section 1 "Effort": edited mark: expected true or false, got text'],
    ['a word for including charts', (file) => Object.assign(file.exportOptions, { includeCharts: 'yes' }), 'Word export options: include charts: expected true or false, got text'],
    ['a figure written over two lines', (file) => Object.assign(file.metrics[0]!.values, { 4: 'not\nknown' }), 'Availability, M5: expected a number, got text'],
    ['a Word template whose digest is cut short', (file) => (file.wordTemplate = { ...KEPT_TEMPLATE, sha256: 'abc123' }), 'Word template: digest must be a SHA-256 digest (64 hexadecimal digits)'],
    ['a Word template without its content', (file) => delete (Object.assign(file, { wordTemplate: { ...KEPT_TEMPLATE } }).wordTemplate as Partial<ReportWordTemplate>).base64, 'Word template: content is missing'],
  ])('%s is said in plain words, on one line', (_case, change, expected) => {
    expect(problemsAfter(change)[0]).toBe(expected);
  });

  test('a number of months out of range is the one problem, not also one per metric', () => {
    expect(problemsAfter((file) => (file.meta.period.months = 40))).toEqual(['Report details: number of months must be a whole number from 1 to 36']);
  });

  test('a file with only its format and version says which parts are missing', () => {
    const result = readReportText(JSON.stringify({ format: 'report-desk/report', version: SCHEMA_VERSION }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Report details are missing',
      'Effort is missing',
      'Metrics are missing',
      'Sections are missing',
      "Last period's report is missing",
      'Word export options are missing',
      'Word template is missing',
    ]);
  });

  test('every part and field of the report has words a person knows', () => {
    const unnamed: string[] = [];
    function visit(schema: z.ZodType, path: string[]): void {
      if (schema instanceof z.ZodNullable) return visit(schema.unwrap() as z.ZodType, path);
      if (schema instanceof z.ZodArray) return visit(schema.element as z.ZodType, path);
      if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).forEach((option) => visit(option, path));
      if (!(schema instanceof z.ZodObject)) return;
      for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        const words = path.length === 0 ? AREA_WORDS[key] : path.join('.') === 'sections' ? (SECTION_FIELD_WORDS[key] ?? FIELD_WORDS[key]) : FIELD_WORDS[key];
        if (words === undefined) unnamed.push([...path, key].join('.'));
        visit(field, [...path, key]);
      }
    }
    visit(reportSchema, []);
    expect(unnamed).toEqual([]);
  });
});

describe('ids, which edits find rows by', () => {
  test('two metrics with the same id are refused, naming both', () => {
    expect(problemsAfter((file) => (file.metrics[1]!.id = 'availability'))).toEqual([
      'Reliability: has the same id "availability" as Availability; each metric needs its own id',
    ]);
    expect(problemsAfter((file) => (file.metrics[3]!.id = 'support-lu'))).toEqual([
      'Support priority vu: has the same id "support-lu" as Support priority lu; each metric needs its own id',
    ]);
  });

  test('two people with the same id are refused, naming both', () => {
    expect(problemsAfter((file) => (file.effort.people[2]!.id = 'person-1'))).toEqual([
      'Effort, Pierre Frebault: has the same id "person-1" as Cyril Flieller; each person needs their own id',
    ]);
  });

  test('a report with two rows of one id is never written', () => {
    const report = seedReport();
    report.effort.people[1]!.id = 'person-1';
    expect(() => writeReportText(report)).toThrow('Effort, Cyril L’Orphelin: has the same id "person-1" as Cyril Flieller; each person needs their own id');
  });
});

describe('the reader answers every file with a sentence, never a JavaScript error', () => {
  test.each(['2025', '', '2025-7', 'July'])('month names with a start of "%s" and a wrong figure: both problems, in words', (start) => {
    const problems = problemsAfter((file) => {
      Object.assign(file.meta, { monthLabels: 'month-names' });
      Object.assign(file.meta.period, { start });
      Object.assign(file.metrics[1]!.values, { 4: 'n/a' });
    });
    expect(problems).toEqual([
      'Report details: start month must be a month written YYYY-MM, such as 2025-07',
      'Reliability, M5: expected a number, got text',
    ]);
  });

  test('a file that is not JSON is described by where it breaks, never quoted', () => {
    const secret = 'PRIVATE KEY do-not-show-me';
    for (const text of [secret, `{"format": "report-desk/report", "note": ${secret}}`, `{"a":\n  1,\n  ${secret}}`]) {
      const result = readReportText(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toMatch(/^The file is cut short or damaged: it is not complete JSON \(/);
      expect(result.message).not.toMatch(/PRIVATE|KEY|do-not/);
    }
    expect(readReportText('{"a":\n  1,\n  x}')).toMatchObject({ message: 'The file is cut short or damaged: it is not complete JSON (the problem is at line 3, column 3).' });
    expect(readReportText('{"a": [1, 2')).toMatchObject({ message: expect.stringContaining('(it ends too soon)') });
  });

  test('a format 0 file whose lists are not lists says so, about the file', () => {
    for (const people of ['Ann', 42, [null], [['Ann', 4]]]) {
      const result = readReportText(JSON.stringify({ format: 'report-desk/report', version: 0, periodMonths: 6, people }));
      expect(result).toEqual({
        ok: false,
        message: 'This report uses file format 0 and could not be brought up to date: its people are not a list of entries.',
        problems: ['This report uses file format 0 and could not be brought up to date: its people are not a list of entries.'],
      });
    }
  });

  test('a duplicate id at the end of a long list is still found', () => {
    const problems = problemsAfter((file) => {
      const template = file.metrics[0]!;
      file.metrics = Array.from({ length: 5000 }, (_, index) => ({ ...template, id: `m${index}`, name: `Metric ${index}` }));
      file.metrics[4999]!.id = 'm0';
    });
    expect(problems).toEqual(['Metric 4999: has the same id "m0" as Metric 0; each metric needs its own id']);
  });
});

describe('a message quotes a name cut to a readable length', () => {
  test('a 5,000,000-character metric name with one bad value gives a message of one short line', () => {
    const name = `Availability of the ${'very '.repeat(1_000_000)}long service`;
    const [problem, ...others] = problemsAfter((file) => {
      file.metrics[0]!.name = name;
      (file.metrics[0]!.values as unknown[])[4] = '99,9x';
    });
    expect(others).toEqual([]);
    expect(problem!.length).toBeLessThan(160);
    expect(problem).toMatch(/^Availability of the very very .*…, M5: expected a number, got text$/);
  });

  test('a long person name, a duplicated long id and a long file name are cut the same way', () => {
    const person = problemsAfter((file) => {
      file.effort.people[0]!.name = 'Pierre '.repeat(100_000);
      (file.effort.people[0]! as { pm: unknown }).pm = 'six';
    })[0]!;
    expect(person.length).toBeLessThan(160);
    expect(person).toContain('…');
    const id = 'x'.repeat(1_000_000);
    const duplicate = problemsAfter((file) => {
      file.metrics[0]!.id = id;
      file.metrics[1]!.id = id;
    })[0]!;
    expect(duplicate.length).toBeLessThan(260);
    expect(describeWriteFailure(`/r/${'Q'.repeat(250)}.rdesk`, 'could not be saved', Object.assign(new Error('x'), { code: 'EACCES' }))).toBe(
      `"${'Q'.repeat(59)}…" could not be saved: permission denied.`,
    );
  });

  test(`names up to ${NAME_IN_MESSAGE_MAX} characters are quoted whole; a line break becomes a space; an override is isolated`, () => {
    expect(nameInMessage('A'.repeat(NAME_IN_MESSAGE_MAX))).toBe('A'.repeat(NAME_IN_MESSAGE_MAX));
    expect(nameInMessage('A'.repeat(NAME_IN_MESSAGE_MAX + 1))).toBe(`${'A'.repeat(NAME_IN_MESSAGE_MAX - 1)}…`);
    expect(nameInMessage('Line one\r\n  line two')).toBe('Line one line two');
    expect(nameInMessage('😀'.repeat(100))).toBe(`${'😀'.repeat(NAME_IN_MESSAGE_MAX - 1)}…`);
    expect(nameInMessage('Avail\u202e')).toBe('\u2068Avail\u202e\u2069');
  });
});
