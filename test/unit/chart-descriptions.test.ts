// The words of the charts: one text for the window's charts and Word's captions and alt text.
import { describe, expect, test } from 'vitest';
import { describeEffortChart, describeMetricChart, metricChartCaption, metricChartFigures, metricFigureCaption } from '../../shared/chart-descriptions';
import { newPerson } from '../../shared/report-building';
import { groupMetrics } from '../../shared/targets';
import { reportWithMisses, seedReport } from '../fixtures/seed';

describe('a chart with a target kept as wording', () => {
  const seed = seedReport();
  const support = groupMetrics(seed.metrics)[2]!;

  test('names it as the table shows it, as not checked, and claims no verdict', () => {
    expect(describeMetricChart(seed.meta, support)).toBe('Support priority by month for lu (target 3.32 as agreed, not checked) and vu (no target): values shown');
    expect(metricFigureCaption(seed.meta, support)).toBe('Support priority by month for lu (target 3.32 as agreed, not checked) and vu (no target).');
    expect(metricChartCaption(seed.meta, support)).toEqual({ text: 'No target to check against', missed: false });
  });

  test('gives every figure in its alt text, a month with none as "no value"', () => {
    expect(metricChartFigures(seed.meta, support)).toBe(
      'Support priority lu (target: 3.32 as agreed, not checked): M1 4.42 working days, M2 0.34 working days, M3 0.36 working days, M4 0.52 working days, M5 2.45 working days, M6 1.91 working days. ' +
        'Support priority vu (no target): M1 0.09 working days, M2 2.8 working days, M3 0.4 working days, M4 0.2 working days, M5 no value, M6 no value.',
    );
  });
});

test('a checked target gives its verdict in the caption, with the months that missed', () => {
  const report = reportWithMisses();
  const [availability] = groupMetrics(report.metrics);
  expect(metricFigureCaption(report.meta, availability!)).toBe('Availability by month against the 99 % target: missed in M3.');
  expect(metricChartFigures(report.meta, availability!)).toMatch(/^Availability \(target: ≥ 99 %\): M1 99\.94 %, M2 99\.37 %, M3 97\.20 %/);
});

test('a figure its unit cannot hold is never met: the chart says which month was not checked, in the report\'s language too', () => {
  const report = seedReport();
  report.metrics.find((metric) => metric.id === 'availability')!.values[2] = 100.78;
  const availability = groupMetrics(report.metrics)[0]!;
  expect(describeMetricChart(report.meta, availability)).toBe('Availability by month against the 99 % target: met in every month checked; M3 not checked, outside what the unit can hold');
  const french = { ...report.meta, language: 'fr-FR' };
  expect(describeMetricChart(french, availability).replace(/\u202f/g, ' ')).toContain('atteint chaque mois vérifié ; M3 hors comparaison');
});

test('the effort chart\'s words keep a right-to-left name apart from its figure', () => {
  const report = seedReport();
  report.effort.people = [newPerson('محمد عبد الله', 0.5)];
  expect(describeEffortChart(report)).toBe('Effort by person: \u2068محمد عبد الله\u2069 0.5 PM; total 0.5 PM');
});
