import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readReportText, writeReportText } from '../../shared/report-file';
import { findMisses, findMissingValues, totalPm } from '../../shared/targets';
import { describeMiss } from '../../shared/drafting';
import { metricLabel } from '../../shared/figure-text';
import { seedReport } from '../fixtures/seed';
import { held } from '../support/sections';

const NEXT_PERIOD = fileURLToPath(new URL('../../assets/examples/next-period-report.rdesk', import.meta.url));

describe('the next-period example (scripts/make-examples.ts)', () => {
  const result = readReportText(readFileSync(NEXT_PERIOD, 'utf8'));

  test('is a valid current report', () => {
    expect(result).toMatchObject({ ok: true, migratedFrom: null });
  });

  test('shows an availability miss, a very urgent response over 1 working day, and one month with no value', () => {
    if (!result.ok) throw new Error(result.message);
    expect(findMisses(result.report).map(describeMiss)).toEqual([
      'M3: Availability 97.20 % against a target of 99 %',
      'M4: Support priority vu 1.6 working days against a target of 1 working day',
    ]);
    expect(findMissingValues(result.report).map((missing) => `${missing.monthLabel} ${missing.metric.name}`)).toEqual(['M5 Support priority vu']);
  });

  test('uses the Medium support targets, not the seed\'s 3.32 label', () => {
    if (!result.ok) throw new Error(result.message);
    const support = result.report.metrics.filter((metric) => metric.group === 'Support priority');
    expect(support.map((metric) => [metric.key, metric.target, metric.targetLabel])).toEqual([
      ['lu', 5, null],
      ['vu', 1, null],
    ]);
  });

  test('carries last period\'s Foreseen text as context, with the same people', () => {
    if (!result.ok) throw new Error(result.message);
    const seed = seedReport();
    expect(result.report.previous?.foreseen).toBe(held(seed, 'foreseen').text);
    expect(result.report.previous?.people.map((person) => [person.name, person.pm])).toEqual(seed.effort.people.map((person) => [person.name, person.pm]));
    expect(result.report.previous?.metrics.map((metric) => metric.label)).toEqual(seed.metrics.map((metric) => metricLabel(metric)));
    expect(result.report.effort.people.map((person) => person.name)).toEqual(seed.effort.people.map((person) => person.name));
    expect(totalPm(result.report)).toBe(12);
  });
});

describe('both examples are current', () => {
  test.each(['seed-report.rdesk', 'next-period-report.rdesk'])('%s is written as the app writes it today, its drafts up to date', (name) => {
    const text = readFileSync(fileURLToPath(new URL(`../../assets/examples/${name}`, import.meta.url)), 'utf8');
    const read = readReportText(text);
    if (!read.ok) throw new Error(read.message);
    expect(writeReportText(read.report)).toBe(text);
  });
});
