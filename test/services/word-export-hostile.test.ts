// Whatever text a report holds, and however large a report the validator accepts, the export
// makes a document whose every part is well-formed XML 1.0, read by a strict parser.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../shared/report-schema';
import { buildWordDocument } from '../../electron/services/word-export';
import { xmlSafeText } from '../../electron/services/word-safe-text';
import { seedReport } from '../fixtures/seed';

/** Every character XML 1.0 forbids, with neighbours it must keep: tab, line breaks, markup characters, an emoji. */
const HOSTILE = 'A\uFFFE\uFFFFB\u0000\u0001\u0008\u000B\u000C\u001F C\uD800D\uDC00E\r\nF\rG\tH <x>&amp;"\' ]]> 😀';

/** What strict parsing of every XML part of the .docx finds wrong, part by part; empty when all is well. */
async function xmlProblems(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const problems: string[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts = Object.values(zip.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name));
  expect(parts.map((part) => part.name)).toContain('word/document.xml');
  for (const part of parts) {
    let text: string;
    try {
      text = utf8.decode(await part.async('uint8array'));
    } catch {
      problems.push(`${part.name}: not UTF-8`);
      continue;
    }
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => problems.push(`${part.name}: ${error.message}`));
    parser.write(text).close();
  }
  return problems;
}

function withHostileText(report: Report): Report {
  const text = (label: string) => `${label} ${HOSTILE}`;
  return {
    ...report,
    meta: { ...report.meta, title: text('Title'), organisation: text('Org'), service: text('Service'), agreement: text('Agreement'), author: text('Author') },
    effort: { ...report.effort, people: report.effort.people.map((person) => ({ ...person, name: text(person.name) })) },
    metrics: report.metrics.map((metric) => ({
      ...metric,
      name: text(metric.name),
      unit: text(metric.unit),
      targetLabel: text('target'),
      group: metric.group === null ? null : text(metric.group),
      key: metric.key === null ? null : text(metric.key),
    })),
    sections: Object.fromEntries(Object.keys(report.sections).map((id) => [id, { text: text(id), edited: true }])) as Report['sections'],
    previous: { foreseen: text('Foreseen') },
  };
}

describe('text XML cannot hold never reaches the document', () => {
  test('the gate drops what XML 1.0 forbids, mends a lone surrogate, and keeps tab, line breaks and the rest', () => {
    expect(xmlSafeText(HOSTILE)).toBe('AB C\uFFFDD\uFFFDE\nF\nG\tH <x>&amp;"\' ]]> 😀');
  });

  test.each([
    ['charts', true],
    ['no charts', false],
  ])('every text field hostile, %s, in either layout of grouped metrics: every part parses strictly', async (_name, includeCharts) => {
    for (const groupStyle of ['combined', 'sub-rows'] as const) {
      const report = withHostileText({ ...seedReport(), exportOptions: { groupStyle, includeCharts } });
      const docx = await buildWordDocument(report);
      expect(await xmlProblems(docx)).toEqual([]);
      const document = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
      expect(document).toContain('Title AB C\uFFFDD\uFFFDE');
      expect(document).toContain('😀');
    }
  }, 120_000);
});

describe('every size the validator accepts exports', () => {
  test('4,000 metrics: no stack overflow, and the document parses', async () => {
    const seed = seedReport();
    const report = { ...seed, metrics: Array.from({ length: 4000 }, (_, index) => ({ ...seed.metrics[0]!, id: `metric-${index}`, name: `Service ${index} availability` })) };
    expect(await xmlProblems(await buildWordDocument(report, { includeCharts: false }))).toEqual([]);
  }, 120_000);

  test('a metric name of 260,000 characters, with its chart', async () => {
    const seed = seedReport();
    const report = { ...seed, metrics: seed.metrics.map((metric, index) => (index === 0 ? { ...metric, name: 'availability '.repeat(20_000) } : metric)) };
    expect(await xmlProblems(await buildWordDocument(report, { includeCharts: true }))).toEqual([]);
  }, 120_000);
});
