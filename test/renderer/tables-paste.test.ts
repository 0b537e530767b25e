import { describe, expect, test } from 'vitest';
import { isBlockPaste, parseTsv } from '../../renderer/tables/tsv-paste';
import { applyPaste, pasteLabel, pasteSummary } from '../../renderer/tables/metric-paste';
import { problemLine } from '../../renderer/document/entries-to-fix';
import { applyEffortPaste } from '../../renderer/tables/effort-paste';
import { seedReport } from '../fixtures/seed';

describe('reading a block copied from a spreadsheet', () => {
  test('Excel rows end in \\r\\n with a trailing newline; no empty row is made of it', () => {
    expect(parseTsv('99,94\t99,37\r\n99,84\t99,92\r\n')).toEqual([
      ['99,94', '99,37'],
      ['99,84', '99,92'],
    ]);
  });

  test('LibreOffice rows end in \\n; empty cells stay empty strings in place', () => {
    expect(parseTsv('1\t\t3\n\t5\n')).toEqual([
      ['1', '', '3'],
      ['', '5'],
    ]);
  });

  test('a quoted cell keeps its tab, newline and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"say ""hi"""\n"two\nlines"\tx')).toEqual([
      ['a\tb', 'say "hi"'],
      ['two\nlines', 'x'],
    ]);
  });

  test('a quote inside an unquoted cell is just a character', () => {
    expect(parseTsv('5"\t6')).toEqual([['5"', '6']]);
  });

  test('blank lines at the end are padding, not a row to clear', () => {
    expect(parseTsv('1\t2\n\n\n')).toEqual([['1', '2']]);
    expect(parseTsv('')).toEqual([]);
  });

  test('one value (even with its trailing newline) is not a block; tabs or rows are', () => {
    expect(isBlockPaste('99,94')).toBe(false);
    expect(isBlockPaste('99,94\r\n')).toBe(false);
    expect(isBlockPaste('99,94\t99,37')).toBe(true);
    expect(isBlockPaste('1\n2')).toBe(true);
  });
});

describe('applying a pasted block to the performance figures', () => {
  test('rows go to the following metrics and columns to the following months, decimal commas and % accepted', () => {
    const report = seedReport();
    const outcome = applyPaste(report, { metricIndex: 0, column: 1 }, parseTsv('98,5\t99.1 %\n97,25\t\n'));
    expect(outcome.written).toBe(4);
    expect(outcome.problems).toEqual([]);
    expect(outcome.report.metrics[0]!.values.slice(0, 4)).toEqual([99.94, 98.5, 99.1, 99.98]);
    expect(outcome.report.metrics[1]!.values.slice(0, 4)).toEqual([99.94, 97.25, null, 99.98]);
  });

  test('a figure its unit cannot hold (100.78 %, -2 working days) is pasted as an entry to fix, as a word is; the report keeps the old figure', () => {
    const outcome = applyPaste(seedReport(), { metricIndex: 0, column: 3 }, parseTsv('100,78\t99.5\n\t\n\t\n-2\t0.5\n'));
    expect(outcome.problems.map(problemLine)).toEqual(['M4 Availability: 100.78 % is more than 100 %', 'M4 Support priority vu: -2 working days is negative']);
    expect(outcome.report.metrics[0]!.values.slice(3, 5)).toEqual([99.98, 99.5]);
    expect(outcome.report.metrics[3]!.values.slice(3, 5)).toEqual([seedReport().metrics[3]!.values[3], 0.5]);
  });

  test('a blank pasted cell clears the month to no value, never zero', () => {
    const outcome = applyPaste(seedReport(), { metricIndex: 0, column: 0 }, [['']]);
    expect(outcome.report.metrics[0]!.values[0]).toBeNull();
  });

  test('the original report is left untouched', () => {
    const report = seedReport();
    applyPaste(report, { metricIndex: 0, column: 0 }, [['1', '2']]);
    expect(report.metrics[0]!.values[0]).toBe(99.94);
  });

  test('cells beyond the last month or the last metric are ignored and counted', () => {
    const report = seedReport(); // 4 metrics, 6 months
    const outcome = applyPaste(report, { metricIndex: 3, column: 4 }, [
      ['1', '2', '3', ''],
      ['4', '5'],
    ]);
    expect(outcome.written).toBe(2);
    expect(outcome.ignored).toBe(3);
    expect(outcome.report.metrics[3]!.values.slice(4)).toEqual([1, 2]);
    expect(pasteSummary(outcome)).toBe('Pasted 2 values. 3 values did not fit in the table and were ignored.');
  });

  test('an entry that is not a number is kept as a problem naming its place; the report keeps the old figure', () => {
    const report = seedReport();
    const outcome = applyPaste(report, { metricIndex: 0, column: 1 }, [['99,9x', '99,5']]);
    expect(outcome.problems).toEqual([
      { at: { kind: 'month', metricId: 'availability', monthIndex: 1 }, cellId: 'cell-availability-1', place: 'M2 Availability', message: "'99,9x' is not a number", raw: '99,9x' },
    ]);
    expect(outcome.report.metrics[0]!.values[1]).toBe(99.37);
    expect(outcome.report.metrics[0]!.values[2]).toBe(99.5);
    expect(outcome.settledCellIds).toEqual(['cell-availability-2']);
    expect(pasteSummary(outcome)).toBe('Pasted 1 value. 1 entry could not be read as a number and is marked for fixing.');
  });

  test('a block started on a target cell fills the target, then the first months', () => {
    const outcome = applyPaste(seedReport(), { metricIndex: 2, column: 'target' }, [['4,5', '1', '2']]);
    const lu = outcome.report.metrics[2]!;
    expect(lu.target).toBe(4.5);
    // The seed's wording "3.32" described the old target; it goes with it.
    expect(lu.targetLabel).toBeNull();
    expect(lu.values.slice(0, 3)).toEqual([1, 2, 0.36]);
  });

  test('a group row is named with its group in the message, and nothing written leaves the same report', () => {
    const report = seedReport();
    const outcome = applyPaste(report, { metricIndex: 3, column: 2 }, [['abc']]);
    expect(problemLine(outcome.problems[0]!)).toBe("M3 Support priority vu: 'abc' is not a number");
    expect(outcome.report).toBe(report);
  });

  test('the undo label counts the values', () => {
    expect(pasteLabel(1)).toBe('Paste 1 value');
    expect(pasteLabel(12)).toBe('Paste 12 values');
  });
});

describe('pasting names and person-months into the effort table', () => {
  test('names and PM fill the following people; decimal commas accepted; extra rows counted, nobody added', () => {
    const outcome = applyEffortPaste(seedReport(), { row: 1, column: 0 }, parseTsv('Ada Lovelace\t2,5\r\nGrace Hopper\t3\r\nAlan Turing\t1\r\n'));
    expect(outcome.report.effort.people.map((person) => `${person.name} ${person.pm}`)).toEqual(['Cyril Flieller 4', 'Ada Lovelace 2.5', 'Grace Hopper 3']);
    expect(outcome.ignored).toBe(2);
    expect(outcome.written).toBe(4);
  });

  test('a PM that is not a number is kept as a problem for that person', () => {
    const report = seedReport();
    const outcome = applyEffortPaste(report, { row: 0, column: 1 }, [['4,x']]);
    expect(outcome.report).toBe(report);
    expect(outcome.problems.map(problemLine)).toEqual(["Cyril Flieller PM: '4,x' is not a number"]);
  });
});
