// Figures a unit cannot hold: 100.78 % and -2 working days are never a target met. One rule
// (shared/unit-range.ts) says what each unit holds; the drafts, the reader and the import say so.
import { describe, expect, test } from 'vitest';
import { outsideUnit, unitRange } from '../../shared/unit-range';
import { evaluate, findFiguresOutsideUnits, findMisses, metricAverage, summariseMetric } from '../../shared/targets';
import { figureView, unitWarnings } from '../../shared/figure-text';
import { NO_PROBLEMS, draftOverview, draftPerformance, summaryLine } from '../../shared/drafting';
import { readReportText, writeReportText } from '../../shared/report-file';
import { createReport } from '../../shared/report-building';
import { applyImportPlan, planImport, proposeChoices, readImportSource } from '../../shared/import';
import type { Report } from '../../shared/report-schema';
import { seedReport } from '../fixtures/seed';

/** The seed with Availability at 100.78 % in M3 and a very-urgent response of -2 working days in M2. */
function seedWithImpossibleFigures(): Report {
  const report = seedReport();
  report.metrics.find((metric) => metric.id === 'availability')!.values[2] = 100.78;
  const vu = report.metrics.find((metric) => metric.id === 'support-vu')!;
  vu.target = 1;
  vu.values[1] = -2;
  return report;
}

describe('each unit has one range', () => {
  test('a percentage holds 0 to 100; working days, days, hours and PM hold zero and more', () => {
    expect(unitRange('%')).toEqual({ min: 0, max: 100 });
    for (const unit of ['working days', 'Working-days', 'days', 'hours', 'h', 'PM', 'person-months', 'incidents']) expect(unitRange(unit), unit).toEqual({ min: 0, max: null });
  });

  test('the units French and German reports write hold what their English names hold', () => {
    expect([outsideUnit(-2, 'jours ouvrés'), outsideUnit(-2, 'Arbeitstage'), outsideUnit(-1, 'heures'), outsideUnit(-1, 'Stunden'), outsideUnit(100.5, 'pour cent')]).toEqual(['below', 'below', 'below', 'below', 'above']);
    expect([outsideUnit(3, 'jours ouvrés'), outsideUnit(0, 'Personenmonate'), outsideUnit(12, 'utilisateurs')]).toEqual([null, null, null]);
  });

  test('a unit the person made up holds any figure', () => {
    for (const unit of ['', 'score', '°C', 'EUR', 'Mbps']) expect(unitRange(unit), unit).toBeNull();
    expect(outsideUnit(-40, '°C')).toBeNull();
  });

  test('the bounds themselves are held: 0 % and 100 %, 0 working days', () => {
    expect([outsideUnit(0, '%'), outsideUnit(100, '%'), outsideUnit(0, 'working days')]).toEqual([null, null, null]);
    expect([outsideUnit(100.78, '%'), outsideUnit(-0.01, '%'), outsideUnit(-2, 'working days')]).toEqual(['above', 'below', 'below']);
  });
});

describe('a figure its unit cannot hold is never a target met', () => {
  const report = seedWithImpossibleFigures();
  const availability = report.metrics[0]!;
  const vu = report.metrics.find((metric) => metric.id === 'support-vu')!;

  test('100.78 % against a ≥ 99 % target, and -2 working days against ≤ 1, are out of range, not met and not missed', () => {
    expect(evaluate(100.78, availability)).toBe('out-of-range');
    expect(evaluate(-2, vu)).toBe('out-of-range');
    expect(findMisses(report)).toEqual([]);
    expect(summariseMetric(availability)).toMatchObject({ monthsMet: 5, monthsWithValue: 6, monthsMissed: 0, monthsOutOfRange: 1 });
  });

  test('it is left out of the period average, which it would otherwise raise', () => {
    const others = availability.values.filter((value, index) => index !== 2) as number[];
    expect(metricAverage(availability)).toBeCloseTo(others.reduce((sum, value) => sum + value, 0) / others.length, 10);
  });

  test('its cell says what is wrong and that it is not checked, marked by more than colour', () => {
    const view = figureView(report.meta, availability, 2);
    expect(view).toMatchObject({ state: 'out-of-range', text: '100.78', icon: '⚠' });
    expect(view.accessibleName).toBe('Availability M3: 100.78 %, more than 100 %, not checked against its target until it is corrected');
    expect(figureView(report.meta, vu, 1).words).toBe('negative, not checked against its target until it is corrected');
  });

  test('the overview no longer says there were no problems, and names each figure with its metric and month', () => {
    const overview = draftOverview(report);
    expect(overview).not.toContain(NO_PROBLEMS);
    expect(overview).toContain('2 figures are outside what their units can hold (M2 Support priority vu: -2 working days is negative; M3 Availability: 100.78 % is more than 100 %)');
  });

  test('the overview writes such a figure as the table does, with its metric\'s decimals', () => {
    const twoPlaces = seedWithImpossibleFigures();
    const availability = twoPlaces.metrics.find((metric) => metric.id === 'availability')!;
    availability.decimals = 2;
    availability.values[2] = 101;
    expect(draftOverview(twoPlaces)).toContain('M3 Availability: 101.00 % is more than 100 %');
  });

  test('in a French or German report, those sentences are in its language', () => {
    const inLanguage = (language: string) => ({ ...report, meta: { ...report.meta, language } });
    const french = `${draftOverview(inLanguage('fr-FR'))}\n${draftPerformance(inLanguage('fr-FR'))}`.replace(/[\u202f\u00a0]/g, ' ');
    expect(french).toContain('2 valeurs sortent de ce que leurs unités permettent');
    expect(french).toContain('100,78 % est supérieur à 100 %');
    expect(french).toContain('est négatif');
    const german = `${draftOverview(inLanguage('de-DE'))}\n${draftPerformance(inLanguage('de-DE'))}`.replace(/\u00a0/g, ' ');
    expect(german).toContain('2 Werte liegen außerhalb dessen, was ihre Einheiten zulassen');
    expect(german).toContain('100,78 % ist größer als 100 %');
    for (const text of [french, german]) expect(text).not.toMatch(/is more than|is negative|not checked|outside what/);
  });

  test('the performance summary counts the month as not met and says why', () => {
    expect(summaryLine(report, 0)).toBe("Availability: target met in 5 of 6 months, period average 99.73 %; M3's 100.78 % is more than 100 %, not checked");
    expect(draftPerformance(report)).toContain("Support priority vu: target met in 3 of 4 months, period average 0.23 working days; M2's -2 working days is negative, not checked");
  });
});

describe('reading a file that holds one', () => {
  test('the file opens, with a warning naming the metric and month of each figure', () => {
    const read = readReportText(writeReportText(seedWithImpossibleFigures()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.metrics[0]!.values[2]).toBe(100.78);
    expect(read.warnings).toEqual([
      'M2 Support priority vu: -2 working days is negative; it is kept, and not checked against its target until it is corrected',
      'M3 Availability: 100.78 % is more than 100 %; it is kept, and not checked against its target until it is corrected',
    ]);
  });

  test('a target its unit cannot hold is named too', () => {
    const report = seedReport();
    report.metrics[0]!.target = 120;
    expect(unitWarnings(report)).toEqual(['Availability target: 120 % is more than 100 %; no figure can be checked against it until it is corrected']);
  });

  test('a file of possible figures opens without a warning', () => {
    const read = readReportText(writeReportText(seedReport()));
    expect(read.ok && read.warnings).toEqual([]);
  });
});

describe('importing one', () => {
  test('a spreadsheet with 100.78 % and -2 working days imports them, each named in a warning, and neither counts as met', () => {
    const report = createReport({ start: '2026-01', months: 3 });
    const read = readImportSource('figures.csv', 'Month,Availability,vu\n2026-01,100.78,-2\n2026-02,99.5,0.5\n');
    if (!read.ok) throw new Error(read.message);
    const plan = planImport(report, read.source, proposeChoices(read.source, report), '2026-04-02');
    expect(plan.warnings).toEqual([
      'Jan 2026 Availability: 100.78 % is more than 100 %; it is imported as given, and not checked against its target until it is corrected',
      'Jan 2026 Support priority vu: -2 working days is negative; it is imported as given, and not checked against its target until it is corrected',
    ]);
    const imported = applyImportPlan(report, plan);
    expect(findFiguresOutsideUnits(imported).map((figure) => figure.monthLabel)).toEqual(['Jan 2026', 'Jan 2026']);
    expect(imported.metrics.flatMap((metric) => metric.values.map((value) => evaluate(value, metric))).filter((state) => state === 'met')).toHaveLength(2);
  });
});
