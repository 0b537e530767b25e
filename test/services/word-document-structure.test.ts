// The exported document's structure, read back from the .docx: what Word, LibreOffice and a
// screen reader use beyond the text (language, captions as fields, the running header, figures
// with their alt text, lists, which paragraphs keep with the next).
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import type { Metric, Report } from '../../shared/report-schema';
import { createReport, customMetric, newPerson } from '../../shared/report-building';
import { editSection, emptySectionSentence } from '../../shared/section-text';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { BULLET_LIST, NUMBERING } from '../../electron/services/word/word-styles';
import { xmlText } from '../../electron/services/word/word-package';
import { effortLines } from '../../shared/drafting';
import { seedReport } from '../fixtures/seed';

async function unzip(buffer: Buffer): Promise<{ zip: JSZip; document: string; part: (path: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string) => zip.file(path)!.async('string');
  return { zip, document: await part('word/document.xml'), part };
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((match) => match[0]);
}

function text(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

describe('the report language', () => {
  test('is the language of the styles and of the document properties, en-GB unless the report says otherwise', async () => {
    const seed = await unzip(await buildWordDocument(seedReport(), { includeCharts: false }));
    expect(await seed.part('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    expect(await seed.part('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');

    const french = seedReport();
    french.meta.language = 'fr-FR';
    const exported = await unzip(await buildWordDocument(french, { includeCharts: false }));
    expect(await exported.part('word/styles.xml')).toContain('<w:lang w:val="fr-FR"/>');
    expect(await exported.part('docProps/core.xml')).toContain('<dc:language>fr-FR</dc:language>');
  });
});

describe('captions', () => {
  test('the table and every figure have numbered captions whose numbers are SEQ fields, with their values written in', async () => {
    const { document } = await unzip(await buildWordDocument(seedReport()));
    const captions = paragraphs(document).filter((xml) => /<w:pStyle w:val="(TableCaption|Caption)"\/>/.test(xml));
    expect(captions.map(text)).toEqual([
      'Figure 1: Effort by person, in person-months (PM).',
      'Table 1: Performance against service targets',
      'Figure 2: Availability by month against the 99 % target: met in every month with a value.',
      'Figure 3: Reliability by month against the 99 % target: met in every month with a value.',
      'Figure 4: Support priority by month for lu (target 3.32 as agreed, not checked) and vu (no target).',
    ]);
    for (const caption of captions) expect(caption).toMatch(/<w:fldSimple w:instr=" SEQ (Table|Figure) \\\* ARABIC ">/);
  });

  test('the caption of a table sits above it and keeps with it; a long period names the months of each table', async () => {
    const report = createReport({ months: 12, start: '2025-07' });
    const { document } = await unzip(await buildWordDocument(report, { includeCharts: false }));
    const captions = paragraphs(document).filter((xml) => xml.includes('<w:pStyle w:val="TableCaption"/>'));
    expect(captions.map(text)).toEqual([
      'Table 1: Performance against service targets, Jul 2025 – Dec 2025',
      'Table 2: Performance against service targets, Jan 2026 – Jun 2026 and the period average',
    ]);
    // Each caption keeps with its table: the first through the note under it.
    for (const caption of captions) expect(document.slice(document.indexOf(caption) + caption.length)).toMatch(/^(<w:p><w:pPr><w:pStyle w:val="TableNote"\/>[\s\S]*?<\/w:p>)?<w:tbl>/);
    expect(document).toContain('<w:tblCaption w:val="Table 2: Performance against service targets, Jan 2026 – Jun 2026 and the period average"/>');
  });
});

describe('the figures', () => {
  test('sit each on its own line, no layout table around them, with alt text giving every figure and the target as the table shows it', async () => {
    const { document } = await unzip(await buildWordDocument(seedReport()));
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).not.toContain('<w:drawing>');
    const images = paragraphs(document).filter((xml) => xml.includes('<w:drawing>'));
    expect(images).toHaveLength(4);
    for (const image of images) expect(image.match(/<w:drawing>/g)).toHaveLength(1);
    // Each picture names its image by a relationship of the document part, to a PNG in the package.
    const { part, zip } = await unzip(await buildWordDocument(seedReport()));
    const relationships = await part('word/_rels/document.xml.rels');
    for (const image of images) {
      const id = /<a:blip r:embed="([^"]+)"/.exec(image)![1]!;
      const target = new RegExp(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="([^"]+)"/>`).exec(relationships)![1]!;
      expect((await zip.file(`word/${target}`)!.async('nodebuffer')).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    // Each drawing's id is its figure's number, in this export and in the next one alike.
    const ids = (xml: string) => [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => match[1]);
    expect(ids(document)).toEqual(['1', '2', '3', '4']);
    expect(ids((await unzip(await buildWordDocument(seedReport()))).document)).toEqual(['1', '2', '3', '4']);
    const support = /<wp:docPr [^>]*descr="([^"]*Support priority[^"]*)"/.exec(document)![1]!;
    expect(support).toContain('Support priority lu (target: 3.32 as agreed, not checked): M1 4.42 working days, M2 0.34 working days');
    expect(support).toContain('Support priority vu (no target): M1 0.09 working days');
    expect(support).toContain('M5 no value');
  });

  test('the effort chart is as tall as its people need, whatever their number', async () => {
    const report = seedReport();
    report.effort.people = Array.from({ length: 30 }, (_, index) => newPerson(`Person ${index + 1}`, 1));
    const { document } = await unzip(await buildWordDocument(report));
    const effort = paragraphs(document).find((xml) => xml.includes('descr="Effort by person'))!;
    // 30 people at 22 px each, plus the title and axis, in EMU (9525 a pixel).
    expect(Number(/<wp:extent cx="\d+" cy="(\d+)"\/>/.exec(effort)![1]) / 9525).toBe(90 + 22 * 30);
  });
});

describe('pages', () => {
  test('a running header names the title and period from the second page; the first page has the title block instead', async () => {
    const { document, part, zip } = await unzip(await buildWordDocument(seedReport(), { includeCharts: false }));
    expect(document).toContain('<w:titlePg/>');
    const header = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(document)![1];
    const relations = await part('word/_rels/document.xml.rels');
    const file = new RegExp(`Id="${header}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${header}"`).exec(relations)!;
    expect(text(await part(`word/${file[1] ?? file[2]}`))).toBe('Operations Portal OLA report · 6 months');
    expect(zip.file(/^word\/footer\d*\.xml$/)).toHaveLength(2);
  });

  test('in a long table only the header row keeps with what follows: the table breaks between rows, never pushing its heading onto a page alone', async () => {
    const report = createReport({ months: 6 });
    report.metrics = Array.from({ length: 70 }, (_, index): Metric => ({ ...customMetric(6, { name: `Service ${index + 1}`, unit: '%', direction: 'higher-is-better', target: 99 }), values: Array(6).fill(99.5) }));
    const { document } = await unzip(await buildWordDocument(report, { includeCharts: false }));
    const rows = [...document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows).toHaveLength(71);
    const keeping = rows.flatMap((row, index) => (row.includes('<w:keepNext/>') ? [index] : []));
    expect(keeping).toEqual([0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  test('a short table keeps whole, so it never starts at the foot of a page with two rows', async () => {
    const { document } = await unzip(await buildWordDocument(seedReport(), { includeCharts: false }));
    const rows = [...document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows.map((row) => row.includes('<w:keepNext/>'))).toEqual([true, true, true, false]);
  });

  test('the note on units and marks sits under the caption, above the table, keeping with it', async () => {
    const { document } = await unzip(await buildWordDocument(seedReport(), { includeCharts: false }));
    const caption = paragraphs(document).find((xml) => xml.includes('<w:pStyle w:val="TableCaption"/>'))!;
    const after = document.slice(document.indexOf(caption) + caption.length);
    const note = paragraphs(after)[0]!;
    expect(note).toContain('<w:pStyle w:val="TableNote"/>');
    expect(text(note)).toMatch(/^Availability and Reliability in %, higher is better;/);
    expect(after.slice(note.length).startsWith('<w:tbl>')).toBe(true);
  });
});

describe('text as written', () => {
  test('a right-to-left name is isolated from its person-months; other names are left as typed', async () => {
    const report = seedReport();
    report.effort.people.push(newPerson('محمد عبد الله', 0.5));
    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(report, { includeCharts: false }) });
    expect(value).toContain('\u2068محمد عبد الله\u2069: 0.5 PM');
    expect(value).toContain('Cyril Flieller: 4 PM');
  });

  test('every person of the effort is a list item written as docx writes one, its text as typed', async () => {
    const report = seedReport();
    report.effort.people = ['Ann & Bob <ops>', 'the "core" team', "O'Neil", '  Spaced  out  ', 'Zoë 😀', 'محمد'].map((name, index) => newPerson(name, index + 0.5));
    const { document } = await unzip(await buildWordDocument(report, { includeCharts: false }));
    const lines = effortLines(report);
    const items = paragraphs(document).filter((xml) => xml.includes('<w:numPr>') && lines.map(xmlText).includes(text(xml)));
    expect(items).toHaveLength(lines.length);
    // The same paragraphs, each written by docx itself, in a document of their own.
    const byDocx = await Packer.toBuffer(
      new Document({ numbering: NUMBERING, sections: [{ children: lines.map((line) => new Paragraph({ numbering: { reference: BULLET_LIST, level: 0 }, children: [new TextRun(line)] })) }] }),
    );
    const numId = (xml: string) => /<w:numId w:val="(\d+)"\/>/.exec(xml)![1]!;
    const expected = paragraphs((await unzip(byDocx)).document).map((xml) => xml.replace(`<w:numId w:val="${numId(xml)}"/>`, `<w:numId w:val="${numId(items[0]!)}"/>`));
    expect(items).toEqual(expected);
    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(report, { includeCharts: false }) });
    for (const line of lines) expect(value).toContain(line);
  });

  test('"- " lines are bullets, indented ones a level down, and "1. " lines a numbered list that starts again at 1', async () => {
    const foreseen = ['Plans:', '- release 5.2, with:', '  - the dashboard', '- the database move', 'First list:', '1. test', '2. deploy', 'Second list:', '1. announce', '2025. A year of change.'].join('\n');
    const { document } = await unzip(await buildWordDocument(editSection(seedReport(), 'foreseen', foreseen), { includeCharts: false }));
    const items = paragraphs(document.slice(document.lastIndexOf('<w:p>', document.indexOf('Plans:'))));
    const numbering = items.slice(0, 10).map((xml) => {
      const level = /<w:ilvl w:val="(\d)"\/>/.exec(xml)?.[1];
      const list = /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1];
      return `${text(xml)}${level === undefined ? '' : ` [${level}:${list}]`}`;
    });
    const ids = numbering.map((line) => /:(\d+)\]$/.exec(line)?.[1]);
    expect(numbering.map((line) => line.replace(/:\d+\]$/, ']'))).toEqual([
      'Plans:',
      'release 5.2, with: [0]',
      'the dashboard [1]',
      'the database move [0]',
      'First list:',
      'test [0]',
      'deploy [0]',
      'Second list:',
      'announce [0]',
      '2025. A year of change.',
    ]);
    // The bullets share a list; each numbered list is its own, so the second counts from 1 again.
    expect(ids[1]).toBe(ids[2]);
    expect(ids[5]).toBe(ids[6]);
    expect(ids[8]).not.toBe(ids[5]);
    expect(ids[5]).not.toBe(ids[1]);
  });

  test('a section with nothing to show says so in a sentence instead of leaving its heading bare', async () => {
    const report: Report = { ...createReport({ months: 6 }), metrics: [] };
    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(report) });
    for (const id of ['overview', 'performance', 'foreseen'] as const) expect(value).toContain(emptySectionSentence(id, 'en-GB'));
    expect(value).toContain('Issues arising in the period\n\nN.A');
  });
});
