import { describe, expect, test } from 'vitest';
import { createReport, resizePeriod, startNextPeriod } from '../../shared/report-building';
import { draftEffort } from '../../shared/drafting';
import { DRAFTED_KINDS, reportSchema } from '../../shared/report-schema';
import { seedReport } from '../fixtures/seed';
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

describe('changing the period length', () => {
  test('keeps the figures of the months that remain and pads new months with no value', () => {
    const seed = seedReport();
    expect(resizePeriod(seed, 3).metrics[0]!.values).toEqual([99.94, 99.37, 99.92]);
    expect(resizePeriod(seed, 8).metrics[0]!.values).toEqual([99.94, 99.37, 99.92, 99.98, 99.41, 99.93, null, null]);
  });
});
