import { describe, expect, test } from 'vitest';
import { createReport } from '../../shared/report-building';
import { reportSchema } from '../../shared/report-schema';
import { startMonthFromInput } from '../../renderer/header/start-month';

describe('the start month field', () => {
  test('takes a month the schema accepts, and nothing the schema would refuse', () => {
    expect(startMonthFromInput('2025-01')).toBe('2025-01');
    expect(startMonthFromInput('2025-12')).toBe('2025-12');
    for (const refused of ['', '2025-13', '2025-00', '2025-1', '25-01']) expect(startMonthFromInput(refused)).toBeNull();
  });

  test('whatever it takes still validates as a report', () => {
    const report = createReport();
    for (const typed of ['2025-07', '2025-13']) {
      const start = startMonthFromInput(typed);
      expect(reportSchema.safeParse({ ...report, meta: { ...report.meta, period: { ...report.meta.period, start } } }).success).toBe(true);
    }
  });
});
