import { describe, expect, test } from 'vitest';
import type { Metric } from '../../shared/report-schema';
import { evaluate, findMisses, groupMetrics, summariseMetric, withTarget } from '../../shared/targets';
import { describeEvaluation, describeTarget, formatMetricAverage, formatMetricValue, formatMetricValueWithUnit, targetCellText } from '../../shared/figure-text';
import { createReport, presetMetrics } from '../../shared/report-building';
import { draftIssues } from '../../shared/drafting';
import { reportWithMisses, seedReport } from '../fixtures/seed';

function metric(fields: Partial<Metric>): Metric {
  return {
    id: 'm',
    name: 'Availability',
    unit: '%',
    direction: 'higher-is-better',
    target: 99,
    targetLabel: null,
    decimals: 2,
    group: null,
    key: null,
    values: [],
    notes: [],
    sources: [],
    ...fields,
  };
}

const availability = metric({});
const responseTime = metric({ name: 'Support priority vu', unit: 'working days', direction: 'lower-is-better', target: 1, decimals: null });

describe('the one target rule', () => {
  test('a percentage below its target is a miss, because higher is better', () => {
    expect(evaluate(97.2, availability)).toBe('missed');
    expect(evaluate(99.5, availability)).toBe('met');
  });

  test('a response time above its target is a miss, because lower is better', () => {
    expect(evaluate(2.8, responseTime)).toBe('missed');
    expect(evaluate(0.4, responseTime)).toBe('met');
  });

  test('a figure equal to its target meets it, either way round', () => {
    expect(evaluate(99, availability)).toBe('met');
    expect(evaluate(1, responseTime)).toBe('met');
  });

  test('no value is missing, never a miss, even where zero would be one', () => {
    expect(evaluate(null, availability)).toBe('missing');
    expect(evaluate(null, responseTime)).toBe('missing');
    expect(evaluate(0, availability)).toBe('missed');
  });

  test('a metric without a target is reported, never judged', () => {
    expect(evaluate(50, metric({ target: null }))).toBe('no-target');
  });

  test('the state is said in words for screen readers', () => {
    expect(describeEvaluation('missed', availability)).toBe('below the 99 % target');
    expect(describeEvaluation('missed', responseTime)).toBe('above the 1 working day target');
    expect(describeEvaluation('missing', availability)).toBe('no value');
  });

  test('the target cell shows the agreement label when there is one, else the bare number', () => {
    expect(targetCellText(availability)).toBe('99');
    expect(targetCellText(metric({ target: null, targetLabel: '3.32' }))).toBe('3.32');
    expect(targetCellText(metric({ target: null }))).toBe('');
  });

  test('a number checked against leads; the agreement’s wording follows it only where it says more', () => {
    expect(targetCellText(metric({ target: 1, targetLabel: 'next business day' }))).toBe('1 (next business day)');
    expect(targetCellText(metric({ target: 3.32, targetLabel: '3.32' }))).toBe('3.32');
    expect(describeTarget(metric({ target: 99, targetLabel: '99' }))).toBe('≥ 99 %');
    expect(describeTarget(metric({ target: null, targetLabel: '3.32' }))).toBe('3.32');
  });

  test('a new target drops the wording of the old one, so the document never shows a stale target', () => {
    const worded = metric({ target: null, targetLabel: '3.32' });
    expect(withTarget(worded, 5)).toMatchObject({ target: 5, targetLabel: null });
    expect(targetCellText(withTarget(worded, 5))).toBe('5');
    expect(withTarget(worded, null)).toBe(worded);
  });
});

describe('a metric over the period', () => {
  test('counts months met among months with a value, averages ignoring missing months, finds the worst', () => {
    const summary = summariseMetric({ ...responseTime, values: [0.09, 2.8, 0.4, null, 1, null] });
    expect(summary.monthsWithValue).toBe(4);
    expect(summary.monthsMet).toBe(3);
    expect(summary.monthsMissed).toBe(1);
    expect(summary.monthsMissing).toBe(2);
    expect(summary.average).toBeCloseTo((0.09 + 2.8 + 0.4 + 1) / 4, 10);
    expect(summary.worst).toEqual({ monthIndex: 1, value: 2.8 });
    expect(summary.evaluations).toEqual(['met', 'missed', 'met', 'missing', 'met', 'missing']);
  });

  test('the worst month of a higher-is-better metric is its lowest', () => {
    expect(summariseMetric({ ...availability, values: [99.9, 97.2, 99.1] }).worst).toEqual({ monthIndex: 1, value: 97.2 });
  });

  test('a metric with no values has no average and no worst month', () => {
    const summary = summariseMetric({ ...availability, values: [null, null] });
    expect(summary.average).toBeNull();
    expect(summary.worst).toBeNull();
    expect(summary.monthsWithValue).toBe(0);
  });
});

describe('the report as a whole', () => {
  test('the seed example misses nothing', () => {
    expect(findMisses(seedReport())).toEqual([]);
  });

  test('misses come month by month, in table order', () => {
    const misses = findMisses(reportWithMisses()).map((miss) => `${miss.monthLabel} ${miss.metric.name} ${miss.value}`);
    expect(misses).toEqual(['M2 Support priority vu 2.8', 'M3 Availability 97.2']);
  });

  test('consecutive metrics of a group are gathered under one row', () => {
    const rows = groupMetrics(seedReport().metrics);
    expect(rows.map((row) => [row.group, row.metrics.map((item) => item.id)])).toEqual([
      [null, ['availability']],
      [null, ['reliability']],
      ['Support priority', ['support-lu', 'support-vu']],
    ]);
  });
});

describe('showing a value that missed', () => {
  const availability = { ...presetMetrics('availability', 1)[0]!, values: [98.996] };
  const response = { ...presetMetrics('support-priority', 1).find((metric) => metric.key === 'vu')!, values: [1.004] };

  test('a miss that would round onto its target gets the places it needs to read as a miss', () => {
    expect(formatMetricValue(98.996, availability)).toBe('98.996');
    expect(formatMetricValue(1.004, response)).toBe('1.004');
    expect(formatMetricValueWithUnit(98.996, availability)).toBe('98.996 %');
  });

  test('a met value and a clear miss keep the metric\'s own decimals', () => {
    expect(formatMetricValue(99.004, availability)).toBe('99.00');
    expect(formatMetricValue(97.2, availability)).toBe('97.20');
    expect(formatMetricValue(2.8, response)).toBe('2.8');
  });

  test('a percentage short of 100 never reads as 100, as a month or as the period average', () => {
    expect(formatMetricValue(99.996, availability)).toBe('99.996');
    expect(formatMetricValue(100, availability)).toBe('100.00');
    expect(formatMetricValue(99.9999999, availability)).toBe('99.999999');
    expect(formatMetricAverage(99.997, availability)).toBe('99.997');
    expect(formatMetricAverage(99.5, availability)).toBe('99.50');
  });

  test('the drafted issue names the miss with the places that show it', () => {
    const report = { ...createReport({ months: 1 }), metrics: [availability] };
    expect(draftIssues(report)).toBe('M1: Availability 98.996 % against a target of 99 %');
  });
});
