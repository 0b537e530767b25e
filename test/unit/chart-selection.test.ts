// A Word document shows every chart up to a number a reader can take in; past it, the charts
// that show a missed target first, then the others, in table order, and it says so.
import { describe, expect, test } from 'vitest';
import { MOST_DOCUMENT_CHARTS, chartsLeftOutSentence, chartsLeftOutWarning, documentCharts } from '../../shared/chart-selection';
import { createReport, customMetric } from '../../shared/report-building';
import { groupMetrics } from '../../shared/targets';

/** A report of `count` availability metrics, those in `missed` below their 99 % target in M1. */
function metrics(count: number, missed: (index: number) => boolean = () => false) {
  const base = createReport({ months: 3 });
  return {
    ...base,
    metrics: Array.from({ length: count }, (_, index) => ({
      ...customMetric(3, { name: `Service ${index + 1}`, unit: '%', direction: 'higher-is-better' as const, target: 99 }),
      values: [missed(index) ? 95 : 99.5, 99.9, null],
    })),
  };
}

describe('which charts a document shows', () => {
  test(`up to ${MOST_DOCUMENT_CHARTS}, every chart, and nothing is said`, () => {
    const report = metrics(MOST_DOCUMENT_CHARTS);
    const selection = documentCharts(groupMetrics(report.metrics));
    expect(selection.shown).toHaveLength(MOST_DOCUMENT_CHARTS);
    expect(chartsLeftOutSentence(selection)).toBeNull();
    expect(chartsLeftOutWarning(report, true)).toBeNull();
  });

  test('past it, the charts with a miss first, then the first others, kept in table order', () => {
    // Every tenth of 250 missed: 25 with a miss, then the first 75 others.
    const report = metrics(250, (index) => index % 10 === 9);
    const selection = documentCharts(groupMetrics(report.metrics));
    const names = selection.shown.map((row) => row.metrics[0]!.name);
    expect(names).toHaveLength(MOST_DOCUMENT_CHARTS);
    expect(names.filter((name) => Number(name.split(' ')[1]) % 10 === 0)).toHaveLength(25);
    expect(names.slice(0, 3)).toEqual(['Service 1', 'Service 2', 'Service 3']);
    expect(names.at(-1)).toBe('Service 250');
    expect(chartsLeftOutSentence(selection)).toBe(
      'The figures make 250 charts, more than a document can usefully hold: shown below are the 25 that show a missed target and the first 75 of the others, in table order. Every figure is in the tables above.',
    );
  });

  test('with more misses than room, the first of them; a row with no value has no chart; without charts, no warning', () => {
    const report = metrics(1_200, (index) => index >= 1_000);
    report.metrics.push({ ...report.metrics[0]!, id: 'empty', values: [null, null, null] });
    expect(chartsLeftOutWarning(report, true)).toBe(
      "This report's figures make 1,200 charts; the Word document shows 100 of them (the first 100 of the 200 that show a missed target, in table order) and says so. Every figure is in its tables.",
    );
    expect(chartsLeftOutWarning(report, false)).toBeNull();
  });
});
