import { describe, expect, test } from 'vitest';
import { choosePeriod, periodName, proposeNextPeriod, startOfPeriodName } from '../../shared/period-choice';
import { readMonthInput } from '../../shared/month-cells';
import { startNextPeriod } from '../../shared/report-building';
import { describePeriod } from '../../shared/periods';
import { seedReport } from '../fixtures/seed';

const numbered = (name: string | null, months = 6) => ({ period: { start: null, months, name }, monthLabels: 'numbered' as const });

describe('the period Start Next Period proposes', () => {
  test('a report with a start month moves on by its length, across a year', () => {
    expect(proposeNextPeriod({ period: { start: '2025-01', months: 6, name: null }, monthLabels: 'month-names' })).toEqual({ start: '2025-07', months: 6, name: null });
    expect(proposeNextPeriod({ period: { start: '2025-10', months: 4, name: null }, monthLabels: 'month-names' })).toEqual({ start: '2026-02', months: 4, name: null });
  });

  test('a report labelled M1 … M6 whose name reads as months is given the next months’ name', () => {
    expect(proposeNextPeriod(numbered('January – June 2025'))).toEqual({ start: null, months: 6, name: 'July – December 2025' });
    expect(proposeNextPeriod(numbered('July – December 2025'))).toEqual({ start: null, months: 6, name: 'January – June 2026' });
    expect(proposeNextPeriod(numbered('Oct 2025 - Jan 2026', 4))).toEqual({ start: null, months: 4, name: 'February – May 2026' });
    expect(proposeNextPeriod(numbered('juillet – décembre 2025'))).toEqual({ start: null, months: 6, name: 'January – June 2026' });
  });

  test('a name that does not read as months, or spans another length, proposes no name: the person is asked', () => {
    expect(proposeNextPeriod(numbered('S2 2025'))).toEqual({ start: null, months: 6, name: null });
    expect(proposeNextPeriod(numbered('January – March 2025'))).toEqual({ start: null, months: 6, name: null });
    // The seed: numbered months, no name, no start.
    expect(proposeNextPeriod(seedReport().meta)).toEqual({ start: null, months: 6, name: null });
  });

  test('names are read to their first month only when they span the period exactly', () => {
    expect(startOfPeriodName('November 2025 – April 2026', 6)).toBe('2025-11');
    expect(startOfPeriodName('November – April 2026', 6)).toBe('2025-11');
    expect(startOfPeriodName('July 2025', 1)).toBe('2025-07');
    expect(startOfPeriodName('July 2025', 6)).toBeNull();
    expect(startOfPeriodName('Second semester 2025', 6)).toBeNull();
  });

  test('the confirmed period keeps a name of its own, and drops one that only repeats its start month', () => {
    expect(choosePeriod(6, null, '  July – December 2025 ')).toEqual({ start: null, months: 6, name: 'July – December 2025' });
    expect(choosePeriod(6, '2025-07', 'July – December 2025')).toEqual({ start: '2025-07', months: 6, name: null });
    expect(choosePeriod(6, '2025-07', 'S2 2025')).toEqual({ start: '2025-07', months: 6, name: 'S2 2025' });
    expect(choosePeriod(6, null, '   ')).toEqual({ start: null, months: 6, name: null });
  });

  test('a period is known by its own name, else its months', () => {
    expect(periodName({ start: '2025-07', months: 6, name: null })).toBe('July – December 2025');
    expect(periodName({ start: '2025-07', months: 6, name: 'S2' })).toBe('S2');
    expect(periodName({ start: null, months: 6, name: null })).toBeNull();
  });
});

describe('starting the next period as the person confirmed it', () => {
  test('the seed’s next period takes the name given, keeps its numbered months, and the title block reads it', () => {
    const next = startNextPeriod(seedReport(), { start: null, name: 'July – December 2025' });
    expect(next.meta.period).toEqual({ start: null, months: 6, name: 'July – December 2025' });
    expect(next.meta.monthLabels).toBe('numbered');
    expect(describePeriod(next.meta)).toBe('July – December 2025');
  });

  test('a start month given to a numbered report is kept without renaming its months', () => {
    const next = startNextPeriod(seedReport(), { start: '2025-07', name: null });
    expect(next.meta.period).toEqual({ start: '2025-07', months: 6, name: null });
    expect(next.meta.monthLabels).toBe('numbered');
    expect(describePeriod(next.meta)).toBe('July – December 2025');
  });
});

describe('a start month as a person types it', () => {
  test.each([
    ['07/2025', '2025-07'],
    ['7/2025', '2025-07'],
    ['2025-07', '2025-07'],
    ['July 2025', '2025-07'],
    ['jul 2025', '2025-07'],
    ['juillet 2025', '2025-07'],
    [' 12/2026 ', '2026-12'],
  ])('"%s" is %s', (typed, month) => {
    expect(readMonthInput(typed)).toEqual({ ok: true, month });
  });

  test('nothing typed is no start month', () => {
    expect(readMonthInput('  ')).toEqual({ ok: true, month: null });
  });

  test.each(['13/2025', '2025-00', 'Julio', 'next July', '31/07/2025', '2025'])('"%s" is refused, saying how to write a month', (typed) => {
    const read = readMonthInput(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toBe(`'${typed}' is not a month Report Desk can read: write it as 07/2025, 2025-07 or July 2025.`);
  });
});
