import { describe, expect, test } from 'vitest';
import { planImport, proposeChoices, readImportSource, type ImportSource } from '../../shared/import';
import { monthOfCell } from '../../shared/month-cells';
import { importFixture, metricId, report2015 } from '../fixtures/import-fixtures';

const TODAY = '2025-07-31';

function source(fileName: string, text: string): ImportSource {
  const reading = readImportSource(fileName, text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.source;
}

/** The plan with the choices proposed, or with series sent to metrics named by their labels. */
function planOf(imported: ImportSource, metricOf?: Record<string, string | null>) {
  const report = report2015();
  const choices = proposeChoices(imported, report);
  if (metricOf === undefined) return planImport(report, imported, choices, TODAY);
  const mapping = Object.fromEntries(Object.entries(metricOf).map(([series, label]) => [series, label === null ? null : metricId(report, label)]));
  return planImport(report, imported, { ...choices, mapping }, TODAY);
}

describe('months as spreadsheets write them', () => {
  test.each([
    ['2025-07', '2025-07'],
    ['2025-7', '2025-07'],
    ['Jul 2025', '2025-07'],
    ['July 2025', '2025-07'],
    ['Jul-25', '2025-07'],
    ['juil. 2025', '2025-07'],
    ['août 2025', '2025-08'],
    ['07/2025', '2025-07'],
    ['7.2025', '2025-07'],
    ['2025-07-31', '2025-07'],
    ['2025-07-01T00:00:00Z', '2025-07'],
    ['31/07/2025', '2025-07'],
  ])('%s is %s', (cell, month) => {
    expect(monthOfCell(cell)).toBe(month);
  });

  test.each(['Q3 2025', 'Jul 25', '2025-13', '31/02/2025', 'total', ''])('%j is no month', (cell) => {
    expect(monthOfCell(cell)).toBeNull();
  });

  test('a date is read month first only where the column shows it (07/31/2025), else day first, and the plan says so', () => {
    const usa = source('us.csv', 'Date,Availability\n04/30/2015,99.1\n05/01/2015,99.2\n');
    expect(planOf(usa).changes.map((change) => change.monthLabel)).toEqual(['Apr 2015', 'May 2015']);
    const unclear = source('eu.csv', 'Date,Availability\n01/05/2015,99.1\n01/06/2015,99.2\n');
    const plan = planOf(unclear);
    expect(plan.changes.map((change) => change.monthLabel)).toEqual(['May 2015', 'Jun 2015']);
    expect(plan.notes).toContain('Dates such as 03/07/2025 are read day first (3 July 2025), as no date in the file says otherwise.');
  });
});

describe('a spreadsheet saved as CSV', () => {
  test('columns matched to metrics by name, months in every written form, a decimal comma, a words column left out', () => {
    const imported = importFixture('monthly-figures.csv');
    const report = report2015();
    const choices = proposeChoices(imported, report);
    expect(choices.mapping).toEqual({
      'Availability (%)': metricId(report, 'Availability'),
      'Reliability (%)': metricId(report, 'Reliability'),
      lu: metricId(report, 'Support priority lu'),
      vu: metricId(report, 'Support priority vu'),
    });
    const plan = planImport(report, imported, choices, TODAY);
    const availability = plan.changes.filter((change) => change.metric === 'Availability');
    expect(availability.map((change) => [change.monthLabel, change.after, change.given, change.where])).toEqual([
      ['Apr 2015', 99.94, '99,94', 'line 3'],
      ['May 2015', 99.37, '99.37', 'line 4'],
      ['Jun 2015', 99.99999900000002, '99.99999900000002', 'line 5'],
    ]);
    expect(availability[2]!.afterText).toBe('99.999999');
    expect(plan.changes.filter((change) => change.metric === 'Support priority vu').map((change) => change.afterText)).toEqual(['0.09', '2.8', '0.4']);
    expect(plan.outside).toEqual([{ month: '2015-03', label: 'March 2015', series: ['Availability (%)', 'Reliability (%)'] }]);
    expect(plan.notes).toContain('The column "Comments" holds no figures; left out.');
    expect(plan.problems).toEqual([]);
  });

  test('the person can change the matching: a French sheet with semicolons goes where they say', () => {
    const imported = importFixture('figures-fr.csv');
    expect(proposeChoices(imported, report2015()).mapping).toEqual({ Disponibilité: null, Fiabilité: null });
    const plan = planOf(imported, { Disponibilité: 'Availability', Fiabilité: 'Reliability' });
    expect(plan.changes.map((change) => `${change.metric} ${change.monthLabel} ${change.afterText}`)).toEqual([
      'Availability Jul 2015 99.94',
      'Availability Aug 2015 97.20',
      'Reliability Jul 2015 99.90',
      'Reliability Aug 2015 99.10',
    ]);
    expect(plan.notes).toContain('Cells are separated by semicolons.');
  });

  test('a column set to go nowhere is left out and said to be', () => {
    const plan = planOf(importFixture('figures.tsv'), { Availability: 'Availability', Reliability: null });
    expect(plan.changes.map((change) => change.metric)).toEqual(['Availability', 'Availability']);
    expect(plan.notes).toContain('"Reliability" goes into no metric; its figure is left out.');
  });

  test('cells that are not figures, rows without a month and a month given twice are each named with their line', () => {
    const imported = source('odd.csv', 'Month,Availability\n2015-04,n/a\n,99.5\nQ3,99.1\n2015-05,99.2\n2015-05,99.3\n2015-06,"1,234.5"\n');
    const plan = planOf(imported);
    expect(plan.problems).toEqual([
      'Line 3 has figures but no month; left out.',
      'Line 4: "Q3" is not a month (write 2025-07, Jul 2025, 07/2025 or a date); its figures are left out.',
      'Lines 5 and 6 are both May 2015; neither is imported.',
      "Line 2, Availability: 'n/a' is not a number; left out.",
      "Line 7, Availability: '1,234.5': type the number without a thousands separator; left out.",
    ]);
    expect(plan.nothing).toBe('Line 3 has figures but no month; left out.');
  });

  test('quoted cells keep their separators, quotes and line breaks', () => {
    const imported = source('quoted.csv', '"Month","Availability, %","Note"\r\n"2015-04","99,5","a ""quoted""\r\nnote"\r\n2015-05,99.6,\r\n');
    const plan = planOf(imported, { 'Availability, %': 'Availability' });
    expect(plan.changes.map((change) => [change.after, change.where])).toEqual([
      [99.5, 'line 2'],
      [99.6, 'line 4'],
    ]);
  });

  test('a sheet without a month column, or with a quote left open, says what to do', () => {
    expect(readImportSource('a.csv', 'Site,Availability\nCNRS,99\n')).toEqual({
      ok: false,
      message: '"a.csv" has no month column: head one "Month" and write its months as 2025-07, Jul 2025, 07/2025 or a date (its columns: Site, Availability).',
    });
    expect(readImportSource('b.csv', 'Month,Availability\n2015-04,"99\n')).toEqual({ ok: false, message: '"b.csv" could not be read as CSV: line 2: a quote (") opens a cell that is never closed.' });
    expect(readImportSource('c.csv', '\n\n')).toEqual({ ok: false, message: '"c.csv" is empty.' });
  });
});
