import { describe, expect, test } from 'vitest';
import { createReport, resizePeriod, startNextPeriod } from '../../shared/report-building';
import { draftEffort } from '../../shared/drafting';
import { DRAFTED_KINDS, reportSchema } from '../../shared/report-schema';
import { seedReport } from '../fixtures/seed';
import { newSection } from '../../shared/sections';
import { confirmCarried, editSection, isCarried } from '../../shared/section-text';
import { editTable } from '../../shared/section-edits';
import { writeTableCells } from '../../shared/table-content';
import { findPrompts, promptsLine } from '../../shared/draft-prompts';
import type { Report } from '../../shared/report-schema';
import { held } from '../support/sections';

const seedForeseen = () => held(seedReport(), 'foreseen').text;

describe('starting the next period', () => {
  test('keeps organisation, service, people, metric definitions and targets', () => {
    const seed = seedReport();
    const next = startNextPeriod(seed);
    expect(next.meta).toEqual(seed.meta);
    expect(next.effort.people.map((person) => [person.id, person.name])).toEqual(seed.effort.people.map((person) => [person.id, person.name]));
    expect(next.effort.plannedPm).toBe(seed.effort.plannedPm);
    expect(next.metrics.map(({ values: _values, ...definition }) => definition)).toEqual(seed.metrics.map(({ values: _values, ...definition }) => definition));
    expect(next.exportOptions).toEqual(seed.exportOptions);
  });

  test('clears every figure to no value, one a month', () => {
    const next = startNextPeriod(seedReport());
    for (const metric of next.metrics) expect(metric.values).toEqual([null, null, null, null, null, null]);
  });

  test("clears each person's person-months, which belong to the period just ended", () => {
    const next = startNextPeriod(seedReport());
    expect(next.effort.people.map((person) => person.pm)).toEqual([0, 0, 0]);
    expect(draftEffort(next)).toBe('The global effort for CNRS is 0 PM for the last 6 months and is distributed over 3 persons:');
  });

  test('moves the start month on by the period length', () => {
    const report = { ...seedReport(), meta: { ...seedReport().meta, period: { start: '2026-01', months: 6, name: null } } };
    expect(startNextPeriod(report).meta.period).toEqual({ start: '2026-07', months: 6, name: null });
    const acrossYear = { ...report, meta: { ...report.meta, period: { start: '2025-10', months: 4, name: null } } };
    expect(startNextPeriod(resizePeriod(acrossYear, 4)).meta.period).toEqual({ start: '2026-02', months: 4, name: null });
  });

  test('a period labelled M1 … Mn only keeps no start month', () => {
    expect(startNextPeriod(seedReport()).meta.period).toEqual({ start: null, months: 6, name: null });
  });

  test('resets every draft, so the sections follow the new (empty) data', () => {
    const next = startNextPeriod(seedReport());
    expect(next.sections.map((section) => section.id)).toEqual(DRAFTED_KINDS);
    for (const section of next.sections) expect(section.edited).toBe(false);
    expect(held(next, 'effort').text).toBe(draftEffort(next));
    // No figures yet, so the overview claims nothing until there are some.
    expect(held(next, 'overview').text).toBe('');
    expect(held(next, 'issues').text).toBe('N.A');
  });

  test('carries the Foreseen text into previous.foreseen and the new Foreseen draft', () => {
    const next = startNextPeriod(seedReport());
    expect(next.previous?.foreseen).toBe(seedForeseen());
    expect(held(next, 'foreseen')).toMatchObject({ text: seedForeseen(), edited: false, carried: true });
  });

  test('leaves the last period\'s report unchanged', () => {
    const seed = seedReport();
    const before = structuredClone(seed);
    const next = startNextPeriod(seed);
    next.effort.people[0]!.pm = 99;
    next.metrics[0]!.values[0] = 1;
    expect(seed).toEqual(before);
  });

  test('the new report is valid', () => {
    expect(reportSchema.safeParse(startNextPeriod(seedReport())).success).toBe(true);
    expect(reportSchema.safeParse(startNextPeriod(createReport({ start: '2026-01' }))).success).toBe(true);
  });
});

describe('the next period of a report of its own shape', () => {
  /** The seed's six, with a risk register (a table) under Issues and a free section for the plans. */
  function shaped(): Report {
    const seed = seedReport();
    const risks = { ...newSection('table', { title: 'Risk register', level: 2, text: 'Open risks:', columns: ['Risk', 'Owner'], rows: [['Storage vendor', 'Anne']] }), id: 'risks' };
    const plans = { ...newSection('text', { title: 'Plans', text: 'Release 5.3 in the autumn.' }), id: 'plans' };
    const empty = { ...newSection('text', { title: 'Notes' }), id: 'notes' };
    return { ...seed, sections: [...seed.sections.slice(0, 4), risks, ...seed.sections.slice(4), plans, empty] };
  }

  test('keeps the shape: every section in its place, with its title and level', () => {
    const report = shaped();
    const next = startNextPeriod(report);
    expect(next.sections.map(({ id, title, kind, level }) => ({ id, title, kind, level }))).toEqual(report.sections.map(({ id, title, kind, level }) => ({ id, title, kind, level })));
    expect(reportSchema.safeParse(next).success).toBe(true);
  });

  test("a table's rows and a free section's text carry over as they were, marked for review; an empty section is not marked", () => {
    const next = startNextPeriod(shaped());
    expect(held(next, 'risks')).toMatchObject({ text: 'Open risks:', rows: [['Storage vendor', 'Anne']], carried: true, edited: false });
    expect(held(next, 'plans')).toMatchObject({ text: 'Release 5.3 in the autumn.', carried: true });
    expect(isCarried(next, held(next, 'plans'))).toBe(true);
    expect(held(next, 'notes').carried).toBe(false);
    expect(findPrompts(next).map(promptsLine)).toEqual([
      "Section 4.1, Risk register, still holds last period's rows, not yet reviewed",
      "Section 6, Foreseen activities and changes, still holds last period's text, not yet reviewed",
      "Section 7, Plans, still holds last period's text, not yet reviewed",
    ]);
  });

  test('an edit of a cell, of the text, or Confirm marks it reviewed', () => {
    const next = startNextPeriod(shaped());
    const reviewed = (report: Report, id: string) => !isCarried(report, held(report, id));
    expect(reviewed(editTable(next, 'risks', (table) => writeTableCells(table, { row: 0, column: 1 }, [['Bruno']]).content), 'risks')).toBe(true);
    expect(reviewed(editSection(next, 'plans', 'Release 5.3 in October.'), 'plans')).toBe(true);
    const confirmed = confirmCarried(next, 'risks');
    expect(held(confirmed, 'risks')).toMatchObject({ rows: [['Storage vendor', 'Anne']], carried: false, edited: true });
  });

  test('numbering turned off, the export’s check names sections by their titles', () => {
    const report = shaped();
    const next = startNextPeriod({ ...report, meta: { ...report.meta, numberSections: false } });
    expect(findPrompts(next).map(promptsLine)[0]).toBe("“Risk register” still holds last period's rows, not yet reviewed");
  });

  test('a report without a Foreseen section carries no Foreseen text', () => {
    const seed = seedReport();
    const next = startNextPeriod({ ...seed, sections: seed.sections.filter((section) => section.kind !== 'foreseen') });
    expect(next.previous?.foreseen).toBe('');
  });
});

describe('changing the period length', () => {
  test('keeps the figures of the months that remain and pads new months with no value', () => {
    const seed = seedReport();
    expect(resizePeriod(seed, 3).metrics[0]!.values).toEqual([99.94, 99.37, 99.92]);
    expect(resizePeriod(seed, 8).metrics[0]!.values).toEqual([99.94, 99.37, 99.92, 99.98, 99.41, 99.93, null, null]);
  });
});
