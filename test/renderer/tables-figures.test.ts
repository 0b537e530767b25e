import { describe, expect, test } from 'vitest';
import { monthCellView, targetCellView } from '../../renderer/tables/figure-views';
import { averageView, monthsMetView } from '../../shared/figure-text';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import { presetMetrics } from '../../shared/report-building';

describe('what a month cell shows and says', () => {
  test('a miss has its icon and words, not only a colour', () => {
    const report = reportWithMisses();
    const view = monthCellView(report.meta, report.metrics[0]!, 2, undefined);
    expect(view).toEqual({ state: 'missed', text: '97.20', icon: '▼', words: 'below the 99 % target', accessibleName: 'Availability M3: 97.20 %, below the 99 % target', note: null });
  });

  test('a response time above its target is flagged upwards, because lower is better', () => {
    const report = reportWithMisses();
    const view = monthCellView(report.meta, report.metrics[3]!, 1, undefined);
    expect(view).toMatchObject({ state: 'missed', icon: '▲', accessibleName: 'Support priority vu M2: 2.8 working days, above the 1 working day target' });
  });

  test('a met value says so to screen readers only, without an icon', () => {
    const report = seedReport();
    expect(monthCellView(report.meta, report.metrics[0]!, 0, undefined)).toMatchObject({
      state: 'met',
      icon: '',
      accessibleName: 'Availability M1: 99.94 %, meets the 99 % target',
    });
  });

  test('a missing value is an em dash that says "no value"', () => {
    const report = seedReport();
    expect(monthCellView(report.meta, report.metrics[3]!, 4, undefined)).toEqual({
      state: 'missing',
      text: '—',
      icon: '',
      words: 'no value',
      accessibleName: 'Support priority vu M5: no value',
      note: null,
    });
  });

  test('an entry to fix shows the raw text with a warning icon', () => {
    const report = seedReport();
    const problem = { at: { kind: 'month', metricId: 'availability', monthIndex: 2 } as const, cellId: 'cell-availability-2', place: 'M3 Availability', message: "'99,9x' is not a number", raw: '99,9x' };
    expect(monthCellView(report.meta, report.metrics[0]!, 2, problem)).toMatchObject({ state: 'invalid', text: '99,9x', icon: '⚠' });
  });

  test('months are named by their start month when the report has one', () => {
    const report = seedReport();
    report.meta.period.start = '2026-01';
    report.meta.monthLabels = 'month-names';
    expect(monthCellView(report.meta, report.metrics[0]!, 2, undefined).accessibleName).toMatch(/^Availability Mar 2026: /);
  });
});

describe('target, average and months met', () => {
  test('the target shows its direction as ≥ or ≤ and says it in words', () => {
    const report = reportWithMisses();
    expect(targetCellView(report.metrics[0]!, undefined)).toMatchObject({ text: '≥ 99', accessibleName: 'Availability target: at least 99 %' });
    expect(targetCellView(report.metrics[3]!, undefined)).toMatchObject({ text: '≤ 1', accessibleName: 'Support priority vu target: at most 1 working day' });
  });

  test('a wording without a number is shown but marked as not checked', () => {
    expect(targetCellView(seedReport().metrics[2]!, undefined)).toMatchObject({
      text: '3.32',
      note: 'not checked',
      explanation: "The agreement's wording; give a number to check against.",
      accessibleName: "Support priority lu target: 3.32, not checked: the agreement's wording; give a number to check against",
    });
  });

  test('a wording is shown under the number, unless it only repeats it', () => {
    const lu = seedReport().metrics[2]!;
    expect(targetCellView({ ...lu, target: 5, targetLabel: 'Medium' }, undefined)).toMatchObject({ text: '≤ 5', note: 'Medium', accessibleName: 'Support priority lu target: at most 5 working days (Medium)' });
    expect(targetCellView({ ...lu, target: 3.32 }, undefined)).toMatchObject({ text: '≤ 3.32', note: '' });
  });

  test('no target is a dash', () => {
    expect(targetCellView(seedReport().metrics[3]!, undefined)).toMatchObject({ text: '—', accessibleName: 'Support priority vu target: none' });
  });

  test('the period average uses two places unless the metric sets its own', () => {
    const report = seedReport();
    expect(averageView(report.metrics[0]!).text).toBe('99.76');
    expect(averageView(report.metrics[3]!).text).toBe('0.87');
  });

  test('months met counts the months with a value', () => {
    const report = reportWithMisses();
    expect(monthsMetView(report.metrics[0]!)).toMatchObject({ text: '5 of 6', anyMissed: true });
    expect(monthsMetView(report.metrics[3]!)).toMatchObject({ text: '3 of 4', accessibleName: 'Support priority vu: target met in 3 of 4 months' });
    expect(monthsMetView(seedReport().metrics[2]!).text).toBe('no target');
  });
});

test('a miss that would round onto its target shows the places that make it a miss, in the cell and its name', () => {
  const availability = { ...presetMetrics('availability', 1)[0]!, values: [98.996] };
  const view = monthCellView({ period: { start: null, months: 1, name: null }, monthLabels: 'numbered' }, availability, 0, undefined);
  expect(view.text).toBe('98.996');
  expect(view.accessibleName).toBe('Availability M1: 98.996 %, below the 99 % target');
});
