import { describe, expect, test } from 'vitest';
import { describePeriod, monthColumnHeading, monthLabels, nextPeriodStart } from '../../shared/periods';
import type { ReportMeta } from '../../shared/report-schema';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;
const numbered: PeriodMeta = { period: { start: null, months: 6, name: null }, monthLabels: 'numbered' };
const named = (start: string, months: number): PeriodMeta => ({ period: { start, months, name: null }, monthLabels: 'month-names' });

describe('month labels', () => {
  test('numbered months are M1 … Mn, headed "M1 average" as in the seed', () => {
    expect(monthLabels(numbered)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
    expect(monthColumnHeading(numbered, 0)).toBe('M1 average');
  });

  test('named months run from the start month, across a year boundary', () => {
    expect(monthLabels(named('2025-11', 4))).toEqual(['Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026']);
    expect(monthColumnHeading(named('2025-11', 4), 2)).toBe('Jan 2026');
  });

  test('month names without a start month fall back to numbers', () => {
    expect(monthLabels({ period: { start: null, months: 3, name: null }, monthLabels: 'month-names' })).toEqual(['M1', 'M2', 'M3']);
  });
});

describe('describing a period', () => {
  test('within one year', () => {
    expect(describePeriod(named('2026-01', 6))).toBe('January – June 2026');
  });

  test('across a year boundary', () => {
    expect(describePeriod(named('2025-11', 6))).toBe('November 2025 – April 2026');
  });

  test('one month, and a period with no start month', () => {
    expect(describePeriod(named('2026-03', 1))).toBe('March 2026');
    expect(describePeriod(numbered)).toBe('6 months');
    expect(describePeriod({ period: { start: null, months: 1, name: null } })).toBe('1 month');
  });

  test('the next period starts the month after this one ends', () => {
    expect(nextPeriodStart(named('2026-01', 6))).toBe('2026-07');
    expect(nextPeriodStart(named('2025-07', 12))).toBe('2026-07');
    expect(nextPeriodStart(named('2026-12', 1))).toBe('2027-01');
    expect(nextPeriodStart(numbered)).toBeNull();
  });
});
