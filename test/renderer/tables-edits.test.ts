import { describe, expect, test } from 'vitest';
import { presetMetrics } from '../../shared/report-building';
import { addMetrics, moveBlock, moveMetric, removeMetrics, setMonthValue, setTarget, toggleDirection } from '../../renderer/tables/metric-edits';
import { figureAt, hasPerformanceCell, keepUnchangedRows, performanceRows } from '../../renderer/tables/performance-rows';
import { performanceColumns } from '../../renderer/tables/performance-columns';
import { addPerson, describePlan, movePerson, removePerson, renamePerson, setPersonPm, setPlannedPm } from '../../renderer/tables/effort-edits';
import { parseCellEntry, parsePmEntry, pmPlace } from '../../renderer/tables/cell-entry';
import { problemLine, shortProblem } from '../../renderer/document/entries-to-fix';
import { seedReport } from '../fixtures/seed';

const ids = (report: ReturnType<typeof seedReport>) => report.metrics.map((metric) => metric.id);

describe('editing figures and targets', () => {
  test('setting a month changes that value only and leaves the old report as it was', () => {
    const report = seedReport();
    const next = setMonthValue(report, 'availability', 2, 97.2);
    expect(next.metrics[0]!.values).toEqual([99.94, 99.37, 97.2, 99.98, 99.41, 99.93]);
    expect(report.metrics[0]!.values[2]).toBe(99.92);
    expect(next.metrics[1]).toBe(report.metrics[1]);
  });

  test('a cleared month is null, not zero', () => {
    expect(setMonthValue(seedReport(), 'availability', 0, null).metrics[0]!.values[0]).toBeNull();
  });

  test('target and direction change on their metric', () => {
    const next = toggleDirection(setTarget(seedReport(), 'support-vu', 1), 'support-vu');
    expect(next.metrics[3]).toMatchObject({ target: 1, direction: 'higher-is-better' });
    expect(toggleDirection(next, 'support-vu').metrics[3]!.direction).toBe('lower-is-better');
  });

  test('a new target replaces the agreement’s wording of the old one', () => {
    const seed = seedReport();
    expect(seed.metrics[2]).toMatchObject({ target: null, targetLabel: '3.32' });
    expect(setTarget(seed, 'support-lu', 5).metrics[2]).toMatchObject({ target: 5, targetLabel: null });
  });
});

describe('adding, removing and reordering metrics', () => {
  test('a lone metric moves past a whole group, not into it', () => {
    const report = addMetrics(seedReport(), presetMetrics('availability', 6).map((metric) => ({ ...metric, id: 'extra' })));
    expect(ids(moveMetric(report, 'extra', -1))).toEqual(['availability', 'reliability', 'extra', 'support-lu', 'support-vu']);
  });

  test('the Support priority preset completes a group that has some of its rows, in the preset’s order', () => {
    const seed = seedReport();
    const preset = presetMetrics('support-priority', 6);
    const next = addMetrics(seed, preset);
    expect(next.metrics.map((metric) => metric.key ?? metric.name)).toEqual(['Availability', 'Reliability', 'lu', 'u', 'vu', 'tp']);
    // The rows already there are the report's own, figures and all.
    expect(next.metrics[2]).toBe(seed.metrics[2]);
    expect(next.metrics[4]).toBe(seed.metrics[3]);
    expect(addMetrics(next, presetMetrics('support-priority', 6)).metrics).toEqual(next.metrics);
  });

  test('a group row moves within its group only', () => {
    const report = seedReport();
    expect(ids(moveMetric(report, 'support-vu', -1))).toEqual(['availability', 'reliability', 'support-vu', 'support-lu']);
    expect(moveMetric(report, 'support-lu', -1)).toBe(report);
  });

  test('a group moves as a block with all its rows', () => {
    expect(ids(moveBlock(seedReport(), 2, -1))).toEqual(['availability', 'support-lu', 'support-vu', 'reliability']);
  });

  test('moving the first row up changes nothing', () => {
    const report = seedReport();
    expect(moveMetric(report, 'availability', -1)).toBe(report);
  });

  test('removing a group removes each of its rows', () => {
    expect(ids(removeMetrics(seedReport(), ['support-lu', 'support-vu']))).toEqual(['availability', 'reliability']);
  });
});

describe('the rows the performance table shows', () => {
  test('a group gets a heading row, then one row per key, and knows which moves are possible', () => {
    const rows = performanceRows(seedReport().metrics);
    expect(rows.map((row) => (row.kind === 'group' ? `# ${row.group}` : row.label))).toEqual([
      'Availability',
      'Reliability',
      '# Support priority',
      'Support priority lu',
      'Support priority vu',
    ]);
    const [availability, reliability, group, lu, vu] = rows;
    expect(availability).toMatchObject({ canMoveUp: false, canMoveDown: true, metricIndex: 0 });
    expect(reliability).toMatchObject({ canMoveUp: true, canMoveDown: true });
    expect(group).toMatchObject({ kind: 'group', unit: 'working days', canMoveUp: true, canMoveDown: false });
    expect(lu).toMatchObject({ inGroup: true, canMoveUp: false, canMoveDown: true, metricIndex: 2 });
    expect(vu).toMatchObject({ inGroup: true, canMoveUp: true, canMoveDown: false, metricIndex: 3 });
  });
});

describe('effort', () => {
  test('people are added at the end, renamed, given PM, moved and removed', () => {
    const added = addPerson(seedReport());
    let report = renamePerson(added.report, added.personId, 'Ada Lovelace');
    report = setPersonPm(report, added.personId, 1.5);
    report = movePerson(report, added.personId, -1);
    expect(report.effort.people.map((person) => `${person.name} ${person.pm}`)).toEqual([
      'Cyril Flieller 4',
      'Cyril L’Orphelin 2',
      'Ada Lovelace 1.5',
      'Pierre Frebault 6',
    ]);
    expect(removePerson(report, added.personId).effort.people).toHaveLength(3);
    expect(movePerson(report, 'person-1', -1)).toBe(report);
  });

  test('the plan line says how the total compares with the planned PM', () => {
    const report = seedReport(); // 12 PM in total
    expect(describePlan(report)).toBeNull();
    expect(describePlan(setPlannedPm(report, 12))).toEqual({ text: '12 PM of 12 planned', state: 'on-plan' });
    expect(describePlan(setPlannedPm(report, 10))).toEqual({ text: '12 PM of 10 planned: 2 PM over plan', state: 'over' });
    expect(describePlan(setPlannedPm(report, 13.5))).toEqual({ text: '12 PM of 13.5 planned: 1.5 PM under plan', state: 'under' });
  });

  test('decimal drift in the sum does not make a plan look missed', () => {
    let report = seedReport();
    report = setPersonPm(report, 'person-1', 0.1);
    report = setPersonPm(report, 'person-2', 0.2);
    report = setPersonPm(report, 'person-3', 0);
    expect(describePlan(setPlannedPm(report, 0.3))?.state).toBe('on-plan');
  });
});

describe('reading an entry where it was typed', () => {
  test('a decimal comma is a decimal point', () => {
    expect(parseCellEntry('99,94', { kind: 'month', metricId: 'availability', monthIndex: 0 }, 'M1 Availability')).toEqual({ ok: true, value: 99.94 });
  });

  test('a bad entry names its place in a one-line message and keeps the raw text', () => {
    const at = { kind: 'month', metricId: 'availability', monthIndex: 2 } as const;
    expect(parseCellEntry('99,9x', at, 'M3 Availability')).toEqual({
      ok: false,
      entry: { at, cellId: 'cell-availability-2', place: 'M3 Availability', message: "'99,9x' is not a number", raw: '99,9x' },
    });
    const entry = parseCellEntry('99,9x', at, 'M3 Availability');
    expect(entry.ok ? '' : problemLine(entry.entry)).toBe("M3 Availability: '99,9x' is not a number");
  });

  test('PM cannot be negative, and an empty PM is no effort', () => {
    const place = pmPlace({ name: 'Cyril Flieller' }, 1);
    const at = { kind: 'pm', personId: 'person-1' } as const;
    expect(parsePmEntry('-1', at, place)).toMatchObject({ ok: false, entry: { cellId: 'pm-person-1', place: 'Cyril Flieller PM', message: 'cannot be negative' } });
    expect(parsePmEntry('', at, place)).toEqual({ ok: true, value: 0 });
    expect(parsePmEntry('1,5', at, place)).toEqual({ ok: true, value: 1.5 });
    expect(pmPlace({ name: ' ' }, 2)).toBe('Person 2 PM');
  });

  test('a cell shows the short form of its message under the entry', () => {
    expect(shortProblem({ message: "'99,9x' is not a number", raw: '99,9x' })).toBe('not a number');
    expect(shortProblem({ message: 'cannot be negative', raw: '-1' })).toBe('cannot be negative');
  });
});

describe('the performance grid layout', () => {
  test('a group heading has only its name and row actions; a metric row has every column', () => {
    const report = seedReport();
    const rows = performanceRows(report.metrics);
    const columns = performanceColumns(report.meta);
    expect(columns).toMatchObject({ parameter: 0, target: 2, firstMonth: 3, months: 6, average: 9, met: 10, remove: 13, count: 14 });
    expect(columns.list.map((column) => column.header)).toEqual([
      'Service level parameter',
      'Better when',
      'Target',
      'M1 average',
      'M2 average',
      'M3 average',
      'M4 average',
      'M5 average',
      'M6 average',
      'Period average',
      'Months met',
      'Move up',
      'Move down',
      'Remove',
    ]);
    expect(hasPerformanceCell(rows, columns, 2, columns.firstMonth)).toBe(false);
    expect(hasPerformanceCell(rows, columns, 2, columns.parameter)).toBe(true);
    expect(hasPerformanceCell(rows, columns, 2, columns.remove)).toBe(true);
    expect(hasPerformanceCell(rows, columns, 3, columns.firstMonth)).toBe(true);
    expect(figureAt(rows, columns, 3, columns.firstMonth + 2)).toMatchObject({ kind: 'month', monthIndex: 2, row: { label: 'Support priority lu' } });
    expect(figureAt(rows, columns, 0, columns.target)).toMatchObject({ kind: 'target' });
    expect(figureAt(rows, columns, 0, columns.average)).toBeNull();
  });

  test('the month of a cell is the column’s own, not read back from its id', () => {
    const report = { ...seedReport(), meta: { ...seedReport().meta, period: { start: '2025-01', months: 3, name: null }, monthLabels: 'month-names' as const } };
    const columns = performanceColumns(report.meta);
    expect(columns.list.slice(columns.firstMonth, columns.average).map((column) => (column.kind === 'month' ? [column.monthIndex, column.header] : null))).toEqual([
      [0, 'Jan 2025'],
      [1, 'Feb 2025'],
      [2, 'Mar 2025'],
    ]);
  });

  test('rows that did not change keep their identity, so their memoised components skip the render', () => {
    const report = seedReport();
    const before = performanceRows(report.metrics);
    const edited = setMonthValue(report, 'reliability', 0, 98);
    const after = keepUnchangedRows(before, performanceRows(edited.metrics));
    expect(after.map((row, index) => row === before[index])).toEqual([true, false, true, true, true]);
  });
});
