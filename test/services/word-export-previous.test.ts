// The Word export's previous-period column: asked for with exportOptions.includePrevious, shown
// where the report knows its previous period, read back from the real .docx.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { startNextPeriod } from '../../shared/report-building';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { NO_BREAK_SPACE, NO_VALUE } from '../../shared/figure-text';
import type { Report } from '../../shared/report-schema';
import { seedReport } from '../fixtures/seed';
import { performanceRows, runText, type Cell } from '../support/word-xml';

/** A heading as read: "M1" over "average" (the heading split when the columns are narrow) is "M1 average". */
function heading(cell: Cell): string {
  return [...cell.xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((paragraph) => runText(paragraph[0])).join(' ');
}

/** The seed's next period, named, with this period's figures and the previous column asked for or not. */
function nextPeriod(includePrevious: boolean): Report {
  const next = startNextPeriod(seedReport(), { start: null, name: 'July – December 2025' });
  const figures: Record<string, (number | null)[]> = {
    availability: [99.91, 99.62, 97.2, 99.95, 99.88, 99.97],
    reliability: [99.93, 99.8, 99.12, 99.96, 99.9, 99.97],
    'support-lu': [3.1, 1.24, 4.8, 0.9, 2.35, 1.5],
    'support-vu': [0.3, 0.45, 0.8, 1.6, null, 0.2],
  };
  for (const metric of next.metrics) metric.values = figures[metric.id]!;
  next.exportOptions.includePrevious = includePrevious;
  return next;
}

async function documentXml(report: Report): Promise<string> {
  const zip = await JSZip.loadAsync(await buildWordDocument(report, { includeCharts: false }));
  return zip.file('word/document.xml')!.async('string');
}

describe('the previous-period column', () => {
  test('closes the table with each metric’s previous average, a group’s keys on their lines', async () => {
    const rows = performanceRows(await documentXml(nextPeriod(true)));
    expect(rows[0]!.map(heading)).toEqual(['Service level parameter', 'Target', 'M1 average', 'M2 average', 'M3 average', 'M4 average', 'M5 average', 'M6 average', 'Period average', 'Previous period']);
    const byLabel = new Map(rows.slice(1).map((row) => [row[0]!.text, row]));
    expect(byLabel.get('Availability')!.at(-1)!.text).toBe('99.76');
    expect(byLabel.get('Reliability')!.at(-1)!.text).toBe('99.93');
    // The extra column leaves no room for the group's combined cells beside six months: a row per key.
    expect(byLabel.get('lu')!.at(-1)!.text).toBe('1.67');
    expect(byLabel.get('vu')!.at(-1)!.text).toBe('0.87');
    // Every row but the group's name has as many cells as the heading: nothing shifted.
    for (const row of rows) if (row[0]!.text !== 'Support priority') expect(row).toHaveLength(10);
  });

  test('a combined group row gives each key’s previous average on its line', async () => {
    const report = nextPeriod(true);
    for (const metric of report.metrics) metric.values = Array(6).fill(null);
    const group = performanceRows(await documentXml(report)).find((row) => row[0]!.text === 'Support priority')!;
    expect(group.at(-1)!.text).toBe(`lu:${NO_BREAK_SPACE}1.67vu:${NO_BREAK_SPACE}0.87`);
  });

  test('the note under the table says what the column is, naming the period before', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(nextPeriod(true), { includeCharts: false }) });
    expect(value).toContain('Previous period is the average of the period before.');
    expect(value).toContain('Period: July – December 2025');
  });

  test('is left out unless asked for, and when the report knows no previous period', async () => {
    expect(heading(performanceRows(await documentXml(nextPeriod(false)))[0]!.at(-1)!)).toBe('Period average');
    const seed = seedReport();
    seed.exportOptions.includePrevious = true;
    expect(heading(performanceRows(await documentXml(seed))[0]!.at(-1)!)).toBe('Period average');
  });

  test('a metric the previous period did not follow shows a dash', async () => {
    const report = nextPeriod(true);
    report.previous!.metrics = report.previous!.metrics.filter((metric) => metric.id !== 'reliability');
    const rows = performanceRows(await documentXml(report));
    expect(rows.find((row) => row[0]!.text === 'Reliability')!.at(-1)!.text).toBe(NO_VALUE);
  });

  test('a 12-month period keeps the column on its last table, beside the period average', async () => {
    const report = nextPeriod(true);
    report.meta.period.months = 12;
    for (const metric of report.metrics) metric.values = [...metric.values, ...metric.values];
    const xml = await documentXml(report);
    const headings = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => performanceRows(table[0])[0]!.map(heading));
    expect(headings.map((row) => row.at(-1))).toEqual(['M6 average', 'Previous period']);
    expect(headings[1]!.at(-2)).toBe('Period average');
  });
});
