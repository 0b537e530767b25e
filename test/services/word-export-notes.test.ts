// Notes on figures in the Word export: a noted value carries a footnote reference, the footnote
// says the figure, what happened and the measure planned. Read back from the real .docx.
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { setFigureNote } from '../../shared/figure-notes';
import { createReport } from '../../shared/report-building';
import { reportWithMisses, seedReport } from '../fixtures/seed';

async function documentParts(buffer: Buffer): Promise<{ document: string; footnotes: Map<string, string> }> {
  const zip = await JSZip.loadAsync(buffer);
  const document = await zip.file('word/document.xml')!.async('string');
  const footnotesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
  const footnotes = new Map(
    [...footnotesXml.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map(([, id = '', xml = '']) => [id, [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('').trim()]),
  );
  return { document, footnotes };
}

/** Each table cell's text, with "[n]" where it refers to footnote n. */
function cellTexts(document: string): string[] {
  return [...document.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, xml = '']) =>
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => (match[2] === undefined ? match[1] : `[${match[2]}]`)).join(''),
  );
}

const OUTAGE = { happened: 'storage outage at the data centre on 12 March', measure: 'second storage controller, in service by June' };

describe('notes on figures in the Word document', () => {
  test('a noted value carries a footnote reference, in table order, and the footnote says the figure and the note', async () => {
    let report = setFigureNote(reportWithMisses(), 'availability', 2, OUTAGE);
    report = setFigureNote(report, 'support-vu', 1, { happened: 'two tickets waited over a holiday weekend', measure: '' });
    const { document, footnotes } = await documentParts(await buildWordDocument(report, { includeCharts: false }));
    const cells = cellTexts(document);
    expect(cells).toContain('97.20*[1]');
    expect(cells).toContain('lu:\u00a00.34vu:\u00a02.8*[2]');
    expect(document.match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(footnotes.get('1')).toBe('Availability M3, 97.20 %: storage outage at the data centre on 12 March. Measure planned: second storage controller, in service by June.');
    expect(footnotes.get('2')).toBe('Support priority vu M2, 2.8 working days: two tickets waited over a holiday weekend.');
    // The reference is Word's own footnote mark, in the superscript style the package defines.
    expect(document).toContain('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>');
    expect(document).toContain('A small number after a value refers to its note at the foot of the page.');
  });

  test('a month with no value can be noted: its dash carries the reference', async () => {
    const report = seedReport();
    report.metrics[1]!.values[3] = null;
    const noted = setFigureNote(report, report.metrics[1]!.id, 3, { happened: 'monitoring down all month', measure: '' });
    const { document, footnotes } = await documentParts(await buildWordDocument(noted, { includeCharts: false }));
    expect(cellTexts(document)).toContain('—[1]');
    expect(footnotes.get('1')).toBe('Reliability M4, no value: monitoring down all month.');
  });

  test('without notes there are no references, no footnotes and no word of them under the table', async () => {
    const { document, footnotes } = await documentParts(await buildWordDocument(seedReport(), { includeCharts: false }));
    expect(document).not.toContain('<w:footnoteReference');
    expect(footnotes.size).toBe(0);
    expect(document).not.toContain('refers to its note');
  });

  test('over a long period shown as several tables, every reference finds its footnote once', async () => {
    let report = createReport({ months: 12 });
    report.metrics = report.metrics.map((metric) => ({ ...metric, values: metric.values.map(() => (metric.unit === '%' ? 99.5 : 1)) }));
    for (const month of [0, 5, 6, 11]) report = setFigureNote(report, report.metrics[0]!.id, month, { happened: `event in month ${month + 1}`, measure: '' });
    const { document, footnotes } = await documentParts(await buildWordDocument(report, { includeCharts: false }));
    expect(document.match(/<w:tbl>/g)!.length).toBeGreaterThan(1);
    const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => match[1]);
    expect(references).toHaveLength(4);
    expect(new Set(references).size).toBe(4);
    expect(references.map((id) => footnotes.get(id!))).toEqual(['M1', 'M6', 'M7', 'M12'].map((month, index) => `Availability ${month}, 99.50 %: event in month ${[1, 6, 7, 12][index]}.`));
  });
});
