import { describe, expect, test } from 'vitest';
import { formatNumber, formatWithUnit, parseNumberEntry, parseRequiredNumber } from '../../shared/numbers';

describe('reading a typed figure', () => {
  test.each(['99.94', '99,94', '99.94 %', ' 99.94 ', '99,94%', '99.94\u00a0%'])('"%s" reads as 99.94', (raw) => {
    expect(parseNumberEntry(raw)).toEqual({ ok: true, value: 99.94 });
  });

  test.each(['', '   ', '—', '-'])('"%s" is no value (null), never zero', (raw) => {
    expect(parseNumberEntry(raw)).toEqual({ ok: true, value: null });
  });

  test.each(['1e400', 'NaN', 'Infinity', '-Infinity', 'ninety-nine', 'abc', '99,9x', '1,2,3', '99.9.9', '%', '0x10'])(
    '"%s" is refused with a message naming what was typed',
    (raw) => {
      const entry = parseNumberEntry(raw);
      expect(entry.ok).toBe(false);
      if (entry.ok) return;
      expect(entry.message).toContain(`'${raw}'`);
    },
  );

  test('the message says what is wrong, for the caller to say where', () => {
    expect(parseNumberEntry('99,9x')).toEqual({ ok: false, message: "'99,9x' is not a number" });
  });

  test('zero and negative figures are values, kept as typed', () => {
    expect(parseNumberEntry('0')).toEqual({ ok: true, value: 0 });
    expect(parseNumberEntry('-1.5')).toEqual({ ok: true, value: -1.5 });
    expect(parseNumberEntry('.5')).toEqual({ ok: true, value: 0.5 });
  });

  test('full precision is kept as given (ARGO sends 99.99999900000002)', () => {
    expect(parseNumberEntry('99.99999900000002')).toEqual({ ok: true, value: 99.99999900000002 });
  });

  test('a required figure (a target, a PM) refuses an empty entry', () => {
    expect(parseRequiredNumber('')).toEqual({ ok: false, message: 'a number is needed here' });
    expect(parseRequiredNumber('4,5')).toEqual({ ok: true, value: 4.5 });
  });
});

describe('showing a figure', () => {
  test('fixed decimals when the metric has them', () => {
    expect(formatNumber(97.2, 2)).toBe('97.20');
  });

  test('as entered, rounded to at most two places, otherwise', () => {
    expect(formatNumber(99.99999900000002)).toBe('100');
    expect(formatNumber(2.8)).toBe('2.8');
    expect(formatNumber(4.425)).toBe('4.43');
  });

  test('units read naturally: "97.20 %", "2.8 working days", "1 working day"', () => {
    expect(formatWithUnit(97.2, '%', 2)).toBe('97.20 %');
    expect(formatWithUnit(2.8, 'working days')).toBe('2.8 working days');
    expect(formatWithUnit(1, 'working days')).toBe('1 working day');
    expect(formatWithUnit(3, '')).toBe('3');
  });
});

test('halves round away from zero on the digits as typed, where binary arithmetic would round 1.005 down', () => {
  expect(formatNumber(1.005, 2)).toBe('1.01');
  expect(formatNumber(-1.005, 2)).toBe('-1.01');
  expect(formatNumber(0.125)).toBe('0.13');
  expect(formatNumber(1e-9, 2)).toBe('0.00');
  // Tiny values print in exponent form, which the digit shift cannot take: they still round.
  expect(formatNumber(1e-7)).toBe('0');
  expect(formatNumber(-2.5e-7)).toBe('0');
  expect(formatNumber(-0.001, 2)).toBe('0.00');
});

test('only a known plural unit becomes singular after 1: "ms", "Mbps" and "s" stay as they are', () => {
  expect(formatWithUnit(1, 'ms')).toBe('1 ms');
  expect(formatWithUnit(1, 'Mbps')).toBe('1 Mbps');
  expect(formatWithUnit(1, 's')).toBe('1 s');
  expect(formatWithUnit(1, 'Days')).toBe('1 Day');
  expect(formatWithUnit(1, 'tickets')).toBe('1 ticket');
  // English keeps the plural for a figure written with decimals.
  expect(formatWithUnit(1, 'hours', 2)).toBe('1.00 hours');
});

test('a thousands separator next to a decimal one is refused with what to do; a lone comma is a decimal comma', () => {
  expect(parseNumberEntry('1,234.5')).toEqual({ ok: false, message: "'1,234.5': type the number without a thousands separator" });
  expect(parseNumberEntry('1.234,5')).toEqual({ ok: false, message: "'1.234,5': type the number without a thousands separator" });
  expect(parseNumberEntry('99,945')).toEqual({ ok: true, value: 99.945 });
});

test('a figure rounds the same way with fixed decimals as without (2.315 → 2.32 both ways)', () => {
  expect(formatNumber(2.315, null)).toBe('2.32');
  expect(formatNumber(2.315, 2)).toBe('2.32');
});
