// The report's sections as a list (file format 3): every older file becomes the six sections it
// had, a bad list is refused with a message naming the section, and the list's numbers are one rule.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readReportText, writeReportText } from '../../shared/report-file';
import { DRAFTED_KINDS, DRAFTED_TITLES, SCHEMA_VERSION, type Report } from '../../shared/report-schema';
import { newSection, sectionNumbers, shownSectionNumbers } from '../../shared/sections';
import { fixturePath, seedReport, seedText } from '../fixtures/seed';

type OldSections = Record<string, { text: string; edited: boolean } | string>;

function oldFile(name: string): { version: number; sections: OldSections; previous?: { foreseen: string } | null } {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as { version: number; sections: OldSections };
}

function read(name: string): Report {
  const result = readReportText(readFileSync(fixturePath(name), 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

/** The problems reading finds in the seed after one change to its JSON. */
function problemsAfter(change: (file: { sections: Record<string, unknown>[] }) => void): string[] {
  const file = JSON.parse(seedText()) as { sections: Record<string, unknown>[] };
  change(file);
  const result = readReportText(JSON.stringify(file));
  return result.ok ? [] : result.problems;
}

const table = (fields: Record<string, unknown>) => ({ id: 'risks', title: 'Risks', kind: 'table', level: 1, text: '', edited: false, carried: false, columns: ['Risk', 'Owner'], rows: [], ...fields });

describe('files of every older format become the six sections they had', () => {
  test.each([
    ['report-v0.rdesk', 0],
    ['report-v1.rdesk', 1],
    ['report-v2.rdesk', 2],
  ])('%s (format %i): the six, in order, with their ids, titles, texts and edited marks', (name, version) => {
    const old = oldFile(name);
    expect(old.version).toBe(version);
    const report = read(name);
    expect(report.version).toBe(SCHEMA_VERSION);
    expect(report.meta.numberSections).toBe(true);
    expect(report.sections.map(({ id, title, kind, level }) => ({ id, title, kind, level }))).toEqual(DRAFTED_KINDS.map((kind) => ({ id: kind, title: DRAFTED_TITLES[kind], kind, level: 1 })));
    for (const section of report.sections) {
      const before = old.sections[section.id];
      // Format 0 kept plain strings, all the person's words; a section it lacked is the app's draft.
      const expected = typeof before === 'string' ? { text: before, edited: true } : before === undefined ? { edited: false } : before;
      expect(section, section.id).toMatchObject(expected);
    }
  });

  test("a Foreseen text still as last period wrote it stays marked for review (format 2 derived the mark); nothing else is carried", () => {
    for (const name of ['report-v1.rdesk', 'report-v2.rdesk']) {
      const report = read(name);
      expect(report.sections.map((section) => section.carried)).toEqual([false, false, false, false, false, true]);
    }
    expect(read('report-v0.rdesk').sections.every((section) => !section.carried)).toBe(true);
  });

  test('a format 2 file without one of its sections is refused, naming it, not read as a report that leaves it out', () => {
    const file = JSON.parse(readFileSync(fixturePath('report-v2.rdesk'), 'utf8')) as { sections: Record<string, unknown> };
    delete file.sections.measures;
    const result = readReportText(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toBe('Section 5 "Measures planned": text is missing');
  });
});

describe('a bad list is refused, each problem naming its section', () => {
  test.each<[string, (file: { sections: Record<string, unknown>[] }) => void, string]>([
    ['a drafted part placed twice', (file) => file.sections.push({ ...file.sections[0], id: 'costs', title: 'Costs' }), 'Section 7 "Costs" is a second effort part, after section 1 "Effort"; a report holds each drafted part once at most'],
    ['an empty title', (file) => (file.sections[3]!.title = '  '), 'Section 4: title cannot be empty'],
    ['an unknown kind', (file) => (file.sections[3]!.kind = 'risks'), 'Section 4 "Issues arising in the period": kind must be one of: text, table, effort, overview, performance, issues, measures, foreseen'],
    ['a sub-section first', (file) => (file.sections[0]!.level = 2), 'Section 1 "Effort" is a sub-section but comes first; the first section must be a section (level 1)'],
    ['a third level', (file) => (file.sections[1]!.level = 3), 'Section 2 "General overview of activity in the period": level must be 1 (a section) or 2 (a sub-section)'],
    ['a row shorter than the columns', (file) => file.sections.splice(3, 0, table({ level: 2, rows: [['a', 'b'], ['c']] })), 'Section 3.1 "Risks": row 2 has 1 cell but the table has 2 columns'],
    ['a table without columns', (file) => file.sections.splice(3, 0, table({ columns: [] })), 'Section 4 "Risks": columns cannot be empty: a table has one column at least'],
    ['a number in a cell', (file) => file.sections.splice(3, 0, table({ columns: ['Risk'], rows: [[5]] })), 'Section 4 "Risks": row 1, column 1: expected text, got a number'],
    ['two sections with one id', (file) => (file.sections[4]!.id = 'issues'), 'Section 5 "Measures planned": has the same id "issues" as section 4 "Issues arising in the period"; each section needs its own id'],
    ['a section without its carried mark', (file) => delete file.sections[2]!.carried, 'Section 3 "Performance against service targets": carried mark is missing'],
    ['text where a section belongs', (file) => (file.sections[1] = 'Overview' as unknown as Record<string, unknown>), 'Section 2: expected a group of fields, got text'],
  ])('%s', (_case, change, expected) => {
    expect(problemsAfter(change)).toEqual([expected]);
  });

  test('a message never quotes the section’s text', () => {
    const secret = 'Confidential: the storage vendor’s offer';
    const [problem] = problemsAfter((file) => Object.assign(file.sections[1]!, { text: secret, level: 7 }));
    expect(problem).toMatch(/^Section 2 /);
    expect(problem).not.toContain(secret);
  });
});

describe('a report of its own shape', () => {
  test('may leave out any drafted part, hold free text and tables, and reads back as written', () => {
    const report = seedReport();
    report.sections = [
      newSection('text', { title: 'Summary', text: 'A quiet quarter.' }),
      report.sections.find((section) => section.kind === 'performance')!,
      newSection('text', { title: 'Incidents', level: 2 }),
      newSection('table', { title: 'Changes delivered', level: 2, columns: ['Change', 'Date'], rows: [['CHG-1', '2025-07-14']] }),
    ];
    const again = readReportText(writeReportText(report));
    expect(again).toMatchObject({ ok: true, migratedFrom: null });
    if (again.ok) expect(again.report.sections).toEqual(report.sections);
  });

  test('a new table has three named columns and rows as long as them', () => {
    const section = newSection('table', { rows: [['a'], ['b', 'c', 'd', 'e']] });
    expect(section).toMatchObject({ kind: 'table', title: 'New table', columns: ['Column 1', 'Column 2', 'Column 3'], rows: [['a', '', ''], ['b', 'c', 'd']] });
    expect(newSection('text').id).not.toBe(newSection('text').id);
  });
});

describe('section numbers, one rule for the window, the drafts and Word', () => {
  test('a section counts on, a sub-section within the section before it', () => {
    expect(sectionNumbers([{ level: 1 }, { level: 2 }, { level: 2 }, { level: 1 }, { level: 1 }, { level: 2 }])).toEqual(['1', '1.1', '1.2', '2', '3', '3.1']);
  });

  test('turned off in the report details, no section shows a number', () => {
    const report = seedReport();
    expect(shownSectionNumbers(report)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(shownSectionNumbers({ ...report, meta: { ...report.meta, numberSections: false } })).toEqual([null, null, null, null, null, null]);
  });
});
