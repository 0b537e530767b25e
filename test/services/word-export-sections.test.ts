// The Word export follows the report's own section list: headings in its order, "1" and "1.1"
// from Heading 1 and 2 (or no numbers, as the report asks), each kind's content where the report
// places it, a table of the person's own as a captioned Word table; and the seed's document says
// every sentence it said before the list existed, in the same order.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { TEXT_WIDTH } from '../../electron/services/word/word-page';
import { findPrompts, promptsWarning } from '../../shared/draft-prompts';
import { setFigureNote } from '../../shared/figure-notes';
import { documentWords } from '../../shared/i18n/document-words';
import type { Report } from '../../shared/report-schema';
import { newSection } from '../../shared/sections';
import { fixturePath, reportWithMisses, seedReport } from '../fixtures/seed';
import { cellsOf, runText } from '../support/word-xml';

async function documentParts(report: Report, includeCharts = false): Promise<{ document: string; styles: string; numbering: string; footnotes: string | null; text: string }> {
  const buffer = await buildWordDocument(report, { includeCharts });
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string): Promise<string | null> => (await zip.file(path)?.async('string')) ?? null;
  const [document, styles, numbering, footnotes] = await Promise.all(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml'].map(part));
  const { value } = await mammoth.extractRawText({ buffer });
  return { document: document!, styles: styles!, numbering: numbering!, footnotes: footnotes ?? null, text: value };
}

/** The headings in document order: their style and text. */
function headings(document: string): { style: string; text: string }[] {
  return [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(Heading\d)"\/>[\s\S]*?<\/w:p>/g)].map((match) => ({ style: match[1]!, text: runText(match[0]) }));
}

/** Sentences as a reader takes them: each line, cut after a full stop or a colon. */
function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.:;])\s+(?=\S)/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence !== '');
}

function styleOf(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)![0];
}

/** A quarterly report of its own shape: no effort section; incidents and changes under service performance. */
function quarterly(): Report {
  const seed = reportWithMisses();
  const performance = seed.sections.find((section) => section.kind === 'performance')!;
  return {
    ...seed,
    sections: [
      { ...newSection('text', { title: 'Summary', text: 'A quiet quarter.' }), id: 'summary' },
      { ...performance, title: 'Service performance' },
      { ...newSection('text', { title: 'Incidents', level: 2, text: 'One storage incident in March.' }), id: 'incidents' },
      {
        ...newSection('table', { title: 'Changes delivered', level: 2, text: 'As the change board recorded them:', columns: ['Change', 'What', 'Status'], rows: [['CHG-101', 'Portal release 5.2 with the new dashboard', 'Delivered'], ['CHG-110', 'Broker probes', 'Postponed']] }),
        id: 'changes',
      },
      { ...newSection('text', { title: 'Plans for next quarter', text: 'Release 5.3.' }), id: 'plans' },
    ],
  };
}

describe("the seed's document, unchanged by the section list", () => {
  test('says every sentence it said before, in order (its text as exported before file format 3)', async () => {
    const before = readFileSync(fixturePath('seed-export-text.txt'), 'utf8');
    const { text } = await documentParts(seedReport(), true);
    expect(sentences(text)).toEqual(sentences(before));
  });
});

describe('a report of its own shape', () => {
  test('its headings come in the list’s order, sections as Heading 1 and sub-sections as Heading 2', async () => {
    const { document } = await documentParts(quarterly());
    expect(headings(document)).toEqual([
      { style: 'Heading1', text: 'Summary' },
      { style: 'Heading1', text: 'Service performance' },
      { style: 'Heading2', text: 'Incidents' },
      { style: 'Heading2', text: 'Changes delivered' },
      { style: 'Heading1', text: 'Plans for next quarter' },
    ]);
  });

  test('Heading 1 and 2 are outline levels 1 and 2, numbered "1" and "1.1" by one list; numbering off, neither carries a number', async () => {
    const { styles, numbering } = await documentParts(quarterly());
    const [heading1, heading2] = [styleOf(styles, 'Heading1'), styleOf(styles, 'Heading2')];
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
    expect(heading2).toContain('<w:outlineLvl w:val="1"/>');
    const numberId = /<w:numId w:val="(\d+)"\/>/.exec(heading1)![1];
    expect(heading2).toContain(`<w:numId w:val="${numberId}"/>`);
    expect(heading2).toContain('<w:ilvl w:val="1"/>');
    const abstractId = new RegExp(`<w:num w:numId="${numberId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)![1];
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    expect(abstract).toMatch(/<w:lvl w:ilvl="1"[^>]*>[\s\S]*?<w:lvlText w:val="%1\.%2"\/>/);

    const report = quarterly();
    const off = await documentParts({ ...report, meta: { ...report.meta, numberSections: false } });
    expect(styleOf(off.styles, 'Heading1')).not.toContain('<w:numPr>');
    expect(styleOf(off.styles, 'Heading2')).not.toContain('<w:numPr>');
    expect(headings(off.document).map((heading) => heading.text)).toEqual(headings((await documentParts(report)).document).map((heading) => heading.text));
  });

  test('a table of the person’s own is a Word table after its text and its caption (Table n, a SEQ field), its widths in twips filling the page', async () => {
    const { document, text } = await documentParts(quarterly());
    expect(sentences(text).slice(sentences(text).indexOf('Changes delivered'), sentences(text).indexOf('Plans for next quarter'))).toEqual([
      'Changes delivered',
      'As the change board recorded them:',
      // mammoth reads a field's result as nothing: "Table 2" reads "Table ".
      'Table :',
      'Changes delivered',
      'Change', 'What', 'Status',
      'CHG-101', 'Portal release 5.2 with the new dashboard', 'Delivered',
      'CHG-110', 'Broker probes', 'Postponed',
    ]);
    // The performance table is Table 1, this one Table 2: one sequence of captions.
    expect(document).toMatch(/<w:fldSimple w:instr=" SEQ Table \\\* ARABIC ">[\s\S]*?2[\s\S]*?<\/w:fldSimple>[\s\S]*?Changes delivered/);
    const table = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]).find((xml) => xml.includes('CHG-101'))!;
    expect(table).toContain('<w:tblCaption w:val="Table 2: Changes delivered"/>');
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(3);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
    // The column of sentences is the widest; the header row repeats on every page.
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.map((row) => cellsOf(row).map((cell) => cell.text))).toEqual([['Change', 'What', 'Status'], ['CHG-101', 'Portal release 5.2 with the new dashboard', 'Delivered'], ['CHG-110', 'Broker probes', 'Postponed']]);
    for (const row of rows) expect([...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((match) => Number(match[1]))).toEqual(widths);
  });

  test('a table with columns and no rows yet shows its headings over one row across them saying so, in the report’s language; the export check names it', async () => {
    const base = quarterly();
    const report: Report = {
      ...base,
      meta: { ...base.meta, language: 'fr-FR' },
      sections: base.sections.map((section) => (section.kind === 'table' ? { ...section, rows: [] } : section)),
    };
    const { document } = await documentParts(report);
    const table = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]).find((xml) => xml.includes('Changes delivered'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows.map((row) => cellsOf(row).map((cell) => cell.text))).toEqual([['Change', 'What', 'Status'], ['Aucune entrée.']]);
    expect(rows[1]).toContain(`<w:tcW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:gridSpan w:val="3"/>`);
    const found = findPrompts(report).filter((section) => section.kind === 'empty');
    expect(found.map((section) => promptsWarning(section, documentWords('fr-FR')))).toEqual([
      'La section 2.2, Changes delivered, contient un tableau encore vide\u202f; le document n’en montre que les en-têtes, suivis de «\u202fAucune entrée.\u202f»',
    ]);
    expect(promptsWarning(found[0]!, documentWords('en-GB'))).toBe('Section 2.2, Changes delivered, has a table with no entries; the document shows its headings over “No entries.”');
    expect(promptsWarning(found[0]!, documentWords('de-DE'))).toBe('Abschnitt 2.2, Changes delivered, enthält eine Tabelle ohne Einträge; das Dokument zeigt nur ihre Kopfzeile mit „Keine Einträge.“');
    // A table with rows is no such finding.
    expect(findPrompts(base).filter((section) => section.kind === 'empty')).toEqual([]);
  });

  test('no effort section, no people and no effort chart; the performance table and its charts where the report places them', async () => {
    const { text } = await documentParts(quarterly(), true);
    expect(text).not.toContain('The global effort');
    expect(text).not.toContain('Effort by person');
    expect(text).toContain('Service level parameter');
    expect(text).toMatch(/Figure : Availability by month/);
  });

  test('no performance section: no performance table, no metric charts, and its notes are no footnotes', async () => {
    const noted = setFigureNote(reportWithMisses(), 'availability', 2, { happened: 'storage outage', measure: 'a second controller' });
    const withoutPerformance = { ...noted, sections: noted.sections.filter((section) => section.kind !== 'performance') };
    const { text, footnotes } = await documentParts(withoutPerformance, true);
    expect(text).not.toContain('Service level parameter');
    expect(text).not.toMatch(/Figure : Availability/);
    expect(text).toContain('Effort by person');
    expect(footnotes ?? '').not.toContain('storage outage');
    // The issues drafted from the misses stay: they are their own section.
    expect(text).toContain('M3: Availability 97.20 % against a target of 99 %: storage outage');
  });
});
