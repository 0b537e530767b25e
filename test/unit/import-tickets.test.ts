import { describe, expect, test } from 'vitest';
import { planImport, proposeChoices, readImportSource, type ImportChoices, type ImportSource } from '../../shared/import';
import { importFixture, metricId, report2015 } from '../fixtures/import-fixtures';

const TODAY = '2025-07-31';

function planOf(imported: ImportSource, change: Partial<ImportChoices> = {}) {
  const report = report2015();
  return planImport(report, imported, { ...proposeChoices(imported, report), ...change }, TODAY);
}

describe('a ticket export', () => {
  test('each priority goes to its Support priority key, lu u vu tp, by name', () => {
    const imported = importFixture('tickets.csv');
    const report = report2015();
    expect(imported).toMatchObject({ kind: 'tickets', columns: { priority: 'Priority', date: 'Date of creation', response: 'Response time (working days)' } });
    expect(proposeChoices(imported, report).mapping).toEqual({
      'less urgent': metricId(report, 'Support priority lu'),
      urgent: metricId(report, 'Support priority u'),
      'very urgent': metricId(report, 'Support priority vu'),
      'top priority': metricId(report, 'Support priority tp'),
    });
  });

  test('the monthly mean response time per priority, from the day each ticket was opened', () => {
    const plan = planOf(importFixture('tickets.csv'));
    expect(plan.changes.map((change) => [change.metric, change.monthLabel, change.after, change.given, change.where])).toEqual([
      ['Support priority lu', 'Apr 2015', 3.25, 'mean of 2 tickets', 'lines 2 and 3'],
      ['Support priority u', 'May 2015', 1, '1 ticket', 'line 5'],
      ['Support priority vu', 'Apr 2015', 0.09, '1 ticket', 'line 4'],
      // Opened 30 May and answered in June: the month it was opened.
      ['Support priority vu', 'May 2015', 0.4, 'mean of 2 tickets', 'lines 8 and 9'],
      ['Support priority tp', 'May 2015', 0.1, '1 ticket', 'line 6'],
    ]);
  });

  test('a month without tickets of a priority gets no value, not zero: its cell is not touched', () => {
    const plan = planOf(importFixture('tickets.csv'));
    expect(plan.changes.some((change) => change.metric === 'Support priority lu' && change.monthLabel === 'May 2015')).toBe(false);
    expect(plan.changes.every((change) => change.after > 0)).toBe(true);
  });

  test('tickets outside the period, without a response, or of another priority are each left out and said to be', () => {
    const plan = planOf(importFixture('tickets.csv'));
    expect(plan.outside).toEqual([{ month: '2015-10', label: 'October 2015', series: ['less urgent'] }]);
    expect(plan.problems).toEqual([
      '1 ticket with the priority "critical" (line 10) left out: the priorities are less urgent, urgent, very urgent and top priority.',
      '1 ticket without a response time (line 7) left out.',
    ]);
  });

  test('response times in hours, as the heading says, become working days at 8 hours a day', () => {
    const imported = importFixture('tickets-hours.csv');
    const plan = planOf(imported);
    expect(plan.description).toBe('Ticket export: 3 tickets, response times in hours');
    expect(plan.changes.map((change) => `${change.metric} ${change.monthLabel} ${change.afterText}`)).toEqual(['Support priority lu May 2015 3.75', 'Support priority vu Apr 2015 1']);
    expect(plan.notes).toContain('Response times in hours are turned into working days at 8 hours a working day.');
    expect(planOf(imported, { hoursPerWorkingDay: 7.5 }).changes.map((change) => change.after)).toEqual([4, 16 / 15]);
  });

  test('the person says the unit; where the heading says otherwise, the plan says so', () => {
    const plan = planOf(importFixture('tickets-hours.csv'), { responseUnit: 'working-days' });
    expect(plan.changes.map((change) => change.after)).toEqual([30, 8]);
    expect(plan.problems).toEqual(['The column "Response time (h)" reads as hours, but its times are taken as working days, as chosen.']);
  });

  test('hours go into a metric kept in hours as they are', () => {
    const report = report2015();
    const vu = report.metrics.find((metric) => metric.key === 'vu')!;
    vu.unit = 'hours';
    const imported = importFixture('tickets-hours.csv');
    const plan = planImport(report, imported, proposeChoices(imported, report), TODAY);
    expect(plan.changes.find((change) => change.metric === 'Support priority vu')!.after).toBe(8);
  });

  test('a priority the report has no metric for is left out, and the plan says so', () => {
    const report = report2015();
    report.metrics = report.metrics.filter((metric) => metric.key !== 'u' && metric.key !== 'tp');
    const imported = importFixture('tickets.csv');
    const plan = planImport(report, imported, proposeChoices(imported, report), TODAY);
    expect(plan.notes).toEqual(['"urgent" goes into no metric; its figure is left out.', '"top priority" goes into no metric; its figure is left out.']);
  });

  test('an export whose tickets all lack something is refused with the first reason', () => {
    expect(readImportSource('t.csv', 'Priority,Created,Response time\nurgent,someday,1\n')).toEqual({
      ok: false,
      message: '"t.csv" holds no ticket with a priority, a date and a response time: 1 ticket without a date that reads as a day (line 2) left out; write dates as 2025-07-14 or 14/07/2025.',
    });
    expect(readImportSource('t.csv', 'Priority,Response time\nurgent,1\n')).toEqual({
      ok: false,
      message: '"t.csv" looks like a ticket export (Priority, Response time) but has no date column to place each ticket in a month.',
    });
  });
});
