import { describe, expect, test } from 'vitest';
import { averageView, formatMetricAverage, groupMonthLines, joinWords, keyedText, NO_BREAK_SPACE, windowTitle } from '../../shared/figure-text';
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
