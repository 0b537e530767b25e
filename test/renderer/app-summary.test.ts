import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { createReport } from '../../shared/report-building';
import { summaryHeadline } from '../../renderer/summary/summary-counts';
import { describeEffortChart, describeMetricCharts } from '../../shared/chart-descriptions';

async function seedReport(): Promise<Report> {
  const read = readReportText(await readFile(new URL('../../assets/examples/seed-report.rdesk', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

function withValue(report: Report, metricId: string, monthIndex: number, value: number | null): Report {
  return {
    ...report,
    metrics: report.metrics.map((metric) =>
      metric.id === metricId ? { ...metric, values: metric.values.map((old, month) => (month === monthIndex ? value : old)) } : metric,
    ),
  };
}

describe('summary headline', () => {
  test('counts read as words, singular and plural', () => {
    expect(summaryHeadline({ misses: 2, missing: 1, invalid: 1 })).toBe('2 missed targets · 1 month without a value · 1 entry to fix');
    expect(summaryHeadline({ misses: 1, missing: 0, invalid: 3 })).toBe('1 missed target · 0 months without a value · 3 entries to fix');
  });
});

describe('chart descriptions for screen readers', () => {
  test('a metric chart names its target and the months that missed it', async () => {
    const report = withValue(await seedReport(), 'availability', 2, 97.2);
    expect(describeMetricCharts(report)[0]).toBe('Availability by month against the 99 % target: missed in M3');
  });

  test('a chart of a metric that met every month says so, and names months with no value', async () => {
    const report = withValue(await seedReport(), 'reliability', 4, null);
    expect(describeMetricCharts(report)[1]).toBe('Reliability by month against the 99 % target: met in every month with a value; no value in M5');
  });

  test('a group chart names which key missed in which month', async () => {
    const report = createReport();
    const lu = report.metrics.find((metric) => metric.key === 'lu')!;
    const vu = report.metrics.find((metric) => metric.key === 'vu')!;
    const withFigures = withValue(withValue(report, lu.id, 0, 4.4), vu.id, 1, 2.8);
    const descriptions = describeMetricCharts(withFigures);
    expect(descriptions).toHaveLength(3);
    expect(descriptions[2]).toBe('Support priority by month for lu, u, vu and tp against their targets: missed by vu in M2');
  });

  test('a chart with no figures yet says so instead of claiming targets were met', () => {
    expect(describeMetricCharts(createReport())[0]).toBe('Availability by month against the 99 % target: no values yet');
  });

  test('the effort chart lists each person’s PM and the total', async () => {
    expect(describeEffortChart(await seedReport())).toBe('Effort by person: Cyril Flieller 4 PM, Cyril L’Orphelin 2 PM and Pierre Frebault 6 PM; total 12 PM');
  });
});
