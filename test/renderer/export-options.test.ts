import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { combinedLayoutHint, groupExample, withExportOptions } from '../../renderer/export/export-options';
import { tableRows } from '../../electron/services/word/word-table-content';
import { groupMetrics } from '../../shared/targets';

async function seedReport(): Promise<Report> {
  const read = readReportText(await readFile(new URL('../../assets/examples/seed-report.rdesk', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

describe('the Word export options', () => {
  test('show what each layout makes of the report’s first group, from its first month with figures, as Word writes the cell', async () => {
    // Each key joined to its value by a no-break space, as the combined cell writes it.
    expect(groupExample(await seedReport())).toEqual({ group: 'Support priority', keys: 'lu, vu', keyCount: 2, cell: 'lu:\u00a04.42  vu:\u00a00.09' });
  });

  test('a key with no value in that month reads "—", as in the Word document, not left out', async () => {
    const seed = await seedReport();
    const vuMissing = { ...seed, metrics: seed.metrics.map((metric) => (metric.key === 'vu' ? { ...metric, values: metric.values.map(() => null) } : metric)) };
    expect(groupExample(vuMissing)?.cell).toBe('lu:\u00a04.42  vu:\u00a0—');
  });

  test('a group without figures yet is named without a made-up cell; a report without groups has no example', async () => {
    const seed = await seedReport();
    const empty = { ...seed, metrics: seed.metrics.map((metric) => ({ ...metric, values: metric.values.map(() => null) })) };
    expect(groupExample(empty)).toEqual({ group: 'Support priority', keys: 'lu, vu', keyCount: 2, cell: null });
    expect(groupExample({ ...seed, metrics: seed.metrics.filter((metric) => metric.group === null) })).toBeNull();
  });

  test('side by side says up to two metrics share a row, and a group of three that the export gives it a row each', async () => {
    const seed = await seedReport();
    const lu = seed.metrics.find((metric) => metric.key === 'lu')!;
    const threeKeys = { ...seed, metrics: [...seed.metrics, { ...lu, id: 'support-priority-mu', key: 'mu' }] };
    // What the export does with these groups, side by side chosen.
    const combinedRows = (report: Report): boolean[] => tableRows(report, groupMetrics(report.metrics), true).flatMap((row) => (row.kind === 'metric' ? [row.combined] : []));
    expect(combinedRows(seed)).toContain(true);
    expect(combinedRows(threeKeys)).not.toContain(true);

    expect(combinedLayoutHint(groupExample(seed))).toBe(
      'Support priority: “lu:\u00a04.42  vu:\u00a00.09” in each month. Up to 2 metrics of a group share a row; a larger group, or a period too long for them side by side, gets a row for each.',
    );
    expect(combinedLayoutHint(groupExample(threeKeys))).toMatch(/^Support priority has 3 metrics, so a row for each \(lu, vu, mu\)\. Up to 2 metrics of a group share a row/);
  });

  test('an option changes only itself', async () => {
    const seed = await seedReport();
    const next = withExportOptions(seed, { includeCharts: false });
    expect(next.exportOptions).toEqual({ groupStyle: 'combined', includeCharts: false, includePrevious: false });
    expect(next.metrics).toBe(seed.metrics);
  });
});
