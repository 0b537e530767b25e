// The import plan (every cell old → new before anything changes) and applying it as a new report.
import { describe, expect, test } from 'vitest';
import {
  applyImportPlan,
  describeFigureSource,
  figureSource,
  isPlanCurrent,
  planImport,
  proposeChoices,
  summariseImportPlan,
  withoutFigureSource,
  type ImportSource,
} from '../../shared/import';
import { readReportText, writeReportText } from '../../shared/report-file';
import { sectionText } from '../../shared/section-text';
import type { Report } from '../../shared/report-schema';
import { seedReport } from '../fixtures/seed';
import { argoFixture, importFixture, metricId, report2015 } from '../fixtures/import-fixtures';
import { held } from '../support/sections';

const SIX_MONTHS = 'argo-endpoint-group-six-months.xml';

function metricNamed(report: Report, name: string) {
  return report.metrics.find((metric) => metric.name === name)!;
}

function planFor(report: Report, source: ImportSource, importedOn = '2025-07-31') {
  return planImport(report, source, proposeChoices(source, report), importedOn);
}

describe('the plan says what would change, and changes nothing', () => {
  test('figures typed by hand that would be replaced are marked, and so are figures imported before', () => {
    const report = report2015();
    const availability = metricNamed(report, 'Availability');
    availability.values = [99.5, 97.2, null, 99.91, 98, null];
    availability.sources = [{ month: 3, file: 'june.xml', importedOn: '2025-07-01' }];
    const before = structuredClone(report);
    const plan = planFor(report, argoFixture(SIX_MONTHS));
    expect(report).toEqual(before);
    const rows = plan.changes.filter((change) => change.metric === 'Availability').map((change) => [change.monthLabel, change.beforeText, change.afterText, change.kind]);
    expect(rows).toEqual([
      ['Apr 2015', '99.50', '99.999999', 'replaces-typed'],
      ['May 2015', '97.20', '97.20', 'same-value'],
      ['Jun 2015', '—', '100.00', 'fills'],
      ['Jul 2015', '99.91', '99.91', 'same-value'],
    ]);
    expect(plan.changes.find((change) => change.monthLabel === 'Jul 2015' && change.metric === 'Availability')!.previousSource).toEqual({ month: 3, file: 'june.xml', importedOn: '2025-07-01' });
    expect(summariseImportPlan(plan)).toBe('8 figures: 5 into empty cells, 1 replacing a figure typed by hand, 2 the same as the figures there');
  });

  test('a figure imported before and now different is a replaced import, not a typed figure', () => {
    const report = report2015();
    const availability = metricNamed(report, 'Availability');
    availability.values[1] = 97;
    availability.sources = [{ month: 1, file: 'may.xml', importedOn: '2025-06-02' }];
    const change = planFor(report, argoFixture(SIX_MONTHS)).changes.find((one) => one.metric === 'Availability' && one.month === 1)!;
    expect(change).toMatchObject({ kind: 'replaces-imported', before: 97, after: 97.2 });
  });

  test('the same report, source and choices always give the same plan', () => {
    const report = report2015();
    const source = argoFixture(SIX_MONTHS);
    expect(planFor(report, source)).toEqual(planFor(report, source));
  });

  test('a report whose months are only numbered needs to be told which month M1 is', () => {
    const seed = seedReport();
    const source = importFixture('monthly-figures.csv');
    const choices = proposeChoices(source, seed);
    expect(planImport(seed, source, choices, '2025-07-31').nothing).toBe(
      'This report\'s months are numbered M1 … M6 with no first month; say which month M1 is, so the months in "monthly-figures.csv" can be matched to them.',
    );
    const plan = planImport(seed, source, { ...choices, firstMonth: '2015-04' }, '2025-07-31');
    expect(plan.changes.filter((change) => change.metric === 'Availability').map((change) => `${change.monthLabel} ${change.beforeText} → ${change.afterText} ${change.kind}`)).toEqual([
      'M1 99.94 → 99.94 same-value',
      'M2 99.37 → 99.37 same-value',
      'M3 99.92 → 99.999999 replaces-typed',
    ]);
  });

  test('no month of the file in the period is said in one sentence', () => {
    const report = { ...report2015(), meta: { ...report2015().meta, period: { start: '2025-01', months: 6, name: null } } };
    const plan = planFor(report, argoFixture(SIX_MONTHS));
    expect(plan.changes).toEqual([]);
    expect(plan.nothing).toBe('No month in "argo-endpoint-group-six-months.xml" falls in the report\'s period (January – June 2025): it holds February 2015 to July 2015.');
  });

  test('two series sent to one metric are neither imported into it', () => {
    const report = report2015();
    const source = argoFixture(SIX_MONTHS);
    const availability = metricId(report, 'Availability');
    const plan = planImport(report, source, { ...proposeChoices(source, report), mapping: { availability, reliability: availability } }, '2025-07-31');
    expect(plan.problems).toEqual(['"availability" and "reliability" are both set to go into Availability; neither is imported.']);
    expect(plan.nothing).toBe(plan.problems[0]);
  });

  test('ARGO percentages sent to a metric in another unit are imported, with a warning', () => {
    const report = report2015();
    const source = argoFixture(SIX_MONTHS);
    const plan = planImport(report, source, { ...proposeChoices(source, report), mapping: { availability: metricId(report, 'Support priority lu') } }, '2025-07-31');
    expect(plan.problems).toEqual(["ARGO's availability, a percentage, goes into Support priority lu, measured in working days."]);
    expect(plan.changes).toHaveLength(4);
  });
});

describe('applying a plan', () => {
  test('gives a new report with the figures in, at the precision given, each with its file and day; the old report is untouched', () => {
    const report = report2015();
    const before = structuredClone(report);
    const plan = planFor(report, argoFixture(SIX_MONTHS), '2025-07-31');
    const next = applyImportPlan(report, plan);
    expect(report).toEqual(before);
    const availability = metricNamed(next, 'Availability');
    expect(availability.values).toEqual([99.99999900000002, 97.2, 100, 99.91, null, null]);
    expect(availability.sources).toEqual([0, 1, 2, 3].map((month) => ({ month, file: SIX_MONTHS, importedOn: '2025-07-31' })));
    expect(describeFigureSource(figureSource(availability, 0)!)).toBe('Imported from argo-endpoint-group-six-months.xml on 31 July 2025');
    expect(figureSource(availability, 4)).toBeNull();
  });

  test('the new report is a valid file that reads back with every figure and source', () => {
    const report = report2015();
    const next = applyImportPlan(report, planFor(report, importFixture('tickets.csv')));
    const reread = readReportText(writeReportText(next));
    if (!reread.ok) throw new Error(reread.message);
    expect(reread.report.metrics).toEqual(next.metrics);
    expect(metricNamed(reread.report, 'Support priority vu').values).toEqual([0.09, 0.4, null, null, null, null]);
  });

  test('importing again replaces the earlier source of each month it fills, and keeps the others', () => {
    const report = report2015();
    const first = applyImportPlan(report, planFor(report, importFixture('figures.tsv'), '2025-06-01'));
    const second = applyImportPlan(first, planFor(first, argoFixture('argo-v3-id-monthly.json'), '2025-07-31'));
    expect(metricNamed(second, 'Availability').sources).toEqual([
      { month: 0, file: 'figures.tsv', importedOn: '2025-06-01' },
      { month: 1, file: 'figures.tsv', importedOn: '2025-06-01' },
      { month: 2, file: 'argo-v3-id-monthly.json', importedOn: '2025-07-31' },
    ]);
  });

  test('untouched drafts follow the imported figures', () => {
    const report = report2015();
    const next = applyImportPlan(report, planFor(report, argoFixture(SIX_MONTHS)));
    expect(sectionText(next, 'issues')).toMatch(/97\.20/);
    expect(held(next, 'issues').text).toBe(sectionText(next, 'issues'));
  });

  test('a plan made before the report was edited is no longer current', () => {
    const report = report2015();
    const plan = planFor(report, argoFixture(SIX_MONTHS));
    expect(isPlanCurrent(report, plan)).toBe(true);
    const edited = structuredClone(report);
    metricNamed(edited, 'Availability').values[0] = 12;
    expect(isPlanCurrent(edited, plan)).toBe(false);
  });

  test('a plan for another report is refused, not half applied', () => {
    const plan = planFor(report2015(), argoFixture(SIX_MONTHS));
    expect(() => applyImportPlan(report2015(), plan)).toThrow(/The import plan is for another report: it has no metric/);
  });

  test('a figure typed over an imported one forgets its source', () => {
    const report = report2015();
    const availability = metricNamed(applyImportPlan(report, planFor(report, argoFixture(SIX_MONTHS))), 'Availability');
    expect(withoutFigureSource(availability, 1).sources.map((source) => source.month)).toEqual([0, 2, 3]);
    expect(withoutFigureSource(availability, 5)).toBe(availability);
  });
});
