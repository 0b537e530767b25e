import { describe, expect, test } from 'vitest';
import { averageView, formatMetricAverage, groupMonthLines, groupTargetLines, isolated, joinWords, keyedText, NO_BREAK_SPACE, NO_TARGET, targetLevel, targetPhrase, windowTitle } from '../../shared/figure-text';
import { summaryLine } from '../../shared/drafting';
import { presetMetrics } from '../../shared/report-building';
import { reportWithMisses } from '../fixtures/seed';

describe('one text for every view of a figure', () => {
  test('the grid reads a period average of 99.999, 99.999 and 99.9995 as the summary and Word read it, never 100.00', () => {
    const [availability] = presetMetrics('availability', 3);
    const metric = { ...availability!, values: [99.999, 99.999, 99.9995] };
    const report = { ...reportWithMisses(), meta: { ...reportWithMisses().meta, period: { start: null, months: 3, name: null } }, metrics: [metric] };
    const grid = averageView(metric).text;
    expect(grid).not.toBe('100.00');
    expect(grid).toBe(formatMetricAverage((99.999 + 99.999 + 99.9995) / 3, metric));
    expect(summaryLine(report, 0)).toContain(`period average ${grid} %`);
  });

  test('a combined group cell names every key in every month, a key without a value with a dash', () => {
    const metrics = presetMetrics('support-priority', 2).map((metric, index) => ({ ...metric, values: index === 0 ? [4.42, 2.35] : index === 2 ? [0.09, null] : [null, null] }));
    expect(groupMonthLines(metrics, 1).map(keyedText)).toEqual([`lu:${NO_BREAK_SPACE}2.35`, `u:${NO_BREAK_SPACE}—`, `vu:${NO_BREAK_SPACE}—`, `tp:${NO_BREAK_SPACE}—`]);
    expect(groupMonthLines(metrics, 0).map((line) => line.state)).toEqual(['met', 'missing', 'met', 'missing']);
  });

  test('lists and the window title read as English does', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['M3'])).toBe('M3');
    expect(joinWords(['M3', 'M4', 'M5'])).toBe('M3, M4 and M5');
    expect(windowTitle('seed-report.rdesk', true)).toBe('seed-report.rdesk • — Report Desk');
    expect(windowTitle('Untitled', false)).toBe('Untitled — Report Desk');
  });
});

describe('one target rule for the table, the charts and their words', () => {
  const [lu] = presetMetrics('support-priority', 6);
  const worded = { ...lu!, target: null, targetLabel: '3.32' };
  const sentence = { ...lu!, target: null, targetLabel: 'next business day' };

  test('a checked target is a level checked; a wording that reads as a number is a level shown, not checked; other wording and none are no level', () => {
    expect(targetLevel(lu!)).toEqual({ value: 5, checked: true });
    expect(targetLevel(worded)).toEqual({ value: 3.32, checked: false });
    expect(targetLevel(sentence)).toBeNull();
    expect(targetLevel({ ...lu!, target: null })).toBeNull();
  });

  test('the words name each as the table shows it', () => {
    expect(targetPhrase(lu!)).toBe('target ≤ 5 working days');
    expect(targetPhrase(worded)).toBe('target 3.32 as agreed, not checked');
    expect(targetPhrase({ ...lu!, target: null })).toBe(NO_TARGET);
  });

  test('a group\'s target cell has a line for every key, "no target" where a key has none, so it lines up with the months', () => {
    const [a, b] = presetMetrics('support-priority', 6);
    expect(groupTargetLines([a!, { ...b!, target: null }]).map(keyedText)).toEqual([`lu:${NO_BREAK_SPACE}5`, `u:${NO_BREAK_SPACE}no target`]);
  });
});

describe('names written right to left', () => {
  test('are isolated from the figures around them; other names are left as typed', () => {
    expect(isolated('محمد عبد الله')).toBe('\u2068محمد عبد الله\u2069');
    expect(isolated('יעל כהן')).toBe('\u2068יעל כהן\u2069');
    expect(isolated('Cyril L’Orphelin')).toBe('Cyril L’Orphelin');
    expect(isolated('Zoë Ærøskøbing')).toBe('Zoë Ærøskøbing');
  });
});
