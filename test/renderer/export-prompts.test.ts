import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readReportText } from '../../shared/report-file';
import { editSection, refreshDrafts, sectionText } from '../../shared/section-text';
import type { Report } from '../../shared/report-schema';
import { newSection } from '../../shared/sections';
import { findPrompts, promptsLine, promptsQuestion } from '../../renderer/export/prompts';

async function seedReport(): Promise<Report> {
  const read = readReportText(await readFile(new URL('../../assets/examples/seed-report.rdesk', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

function withMisses(report: Report): Report {
  const values = [99.94, 99.37, 97.2, 99.98, 98, 99.93];
  return refreshDrafts({ ...report, metrics: report.metrics.map((metric) => (metric.id === 'availability' ? { ...metric, values } : metric)) });
}

describe('prompts left in the drafts', () => {
  test('the seed has none', async () => {
    expect(findPrompts(await seedReport())).toEqual([]);
  });

  test('the Measures draft leaves one per miss, named by section number and title, the first one located', async () => {
    const report = withMisses(await seedReport());
    const found = findPrompts(report);
    expect(found.map(promptsLine)).toEqual(['Section 5, Measures planned, still has 2 prompts to complete']);
    const { start, end } = found[0]!.first;
    expect(sectionText(report, 'measures').slice(start, end)).toBe('[describe the measure planned]');
  });

  test('once the person writes over them they are gone; their own brackets ([1], [Smith 2020]) are not prompts', async () => {
    const report = editSection(withMisses(await seedReport()), 'measures', 'M3 Availability: new probe [1], as in [Smith 2020].\nM5 Availability: [describe the measure planned]');
    expect(findPrompts(report).map(promptsLine)).toEqual(['Section 5, Measures planned, still has a prompt to complete']);
  });

  test('a table with columns and no rows is named before the export: the document would show its headings alone', async () => {
    const seed = await seedReport();
    const risks = { ...newSection('table', { title: 'Risks', columns: ['Risk', 'Owner'] }), edited: true };
    const found = findPrompts({ ...seed, sections: [...seed.sections, risks] });
    expect(found.map(promptsLine)).toEqual(['Section 7, Risks, has a table with no entries']);
    expect(promptsQuestion(found)).toEqual({ title: 'A table has no entries', message: 'Exported now, the document shows its headings over a row saying there are no entries:' });
  });
});
