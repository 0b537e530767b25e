// The Word export read back for real: mammoth for the text a reader sees, jszip for the XML
// Word and LibreOffice lay out (shading, bold, widths, fields, images).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Report } from '../../shared/report-schema';
import { createReport } from '../../shared/report-building';
import { editSection } from '../../shared/section-text';
import { readReportText } from '../../shared/report-file';
import { buildWordDocument, exportWordFile } from '../../electron/services/word/word-export';
import { COLOUR } from '../../electron/services/word/word-page';
import { MISS_MARKER } from '../../electron/services/word/word-table-content';
import { NO_BREAK_SPACE, NO_VALUE } from '../../shared/figure-text';
import { seedReport } from '../fixtures/seed';
import { performanceRows, runText } from '../support/word-xml';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
// The seed document, copied into the repository so a clone tests alone; the notes' copy beside
// the repository, where present, must still be the same text.
const SEED_TEXT_PATH = resolve(REPO, 'test/fixtures/seed-report.txt');
const NOTES_SEED_TEXT_PATH = resolve(REPO, '../shared/examples/seed-report.txt');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'word-export-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** "lu: 3.32" as the export writes it: the key joined to its value by a no-break space. */
function keyed(text: string): string {
  return text.replaceAll(': ', `:${NO_BREAK_SPACE}`);
}

/** Whitespace collapsed, case folded, "persons :" and "lu:3.32" read as "persons:" and "lu: 3.32". */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*:\s*/g, ': ').trim().toLowerCase();
}

async function parts(buffer: Buffer): Promise<{ zip: JSZip; document: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const document = await zip.file('word/document.xml')!.async('string');
  return { zip, document };
}

/** Availability 97.2 in M3 (target 99), M5 with no value; Support priority vu 2.8 in M2 (target 1). */
function reportWithMisses(): Report {
  const report = createReport({ title: 'Portal report', organisation: 'CNRS', service: 'Operations Portal', months: 6 });
  report.meta.author = 'Jane Coordinator';
  const byName = (name: string) => report.metrics.find((metric) => metric.name === name)!;
  byName('Availability').values = [99.5, 99.9, 97.2, 99.8, null, 99.9];
  byName('Reliability').values = [99.9, 99.9, 99.9, 99.9, 99.9, 99.9];
  byName('Support priority lu').values = [3, 2, 1, 4, 2, 1];
  byName('Support priority vu').values = [0.5, 2.8, null, 0.4, 0.2, 0.1];
  return report;
}

describe('the seed example', () => {
  test.runIf(existsSync(NOTES_SEED_TEXT_PATH))('the seed fixture is the same text as the seed document in the design notes', () => {
    expect(readFileSync(SEED_TEXT_PATH, 'utf8')).toBe(readFileSync(NOTES_SEED_TEXT_PATH, 'utf8'));
  });

  test('the export holds every sentence and figure of the seed document, in section order', async () => {
    if (!existsSync(SEED_TEXT_PATH)) throw new Error(`The seed document's text is missing: expected it at ${SEED_TEXT_PATH}`);
    // A heading's number comes from its style, as Word shows it; the text read back is the
    // heading's own ("Effort"). test/layout checks the numbers as laid out ("1 EFFORT").
    const expected = readFileSync(SEED_TEXT_PATH, 'utf8')
      .split(/\r?\n/)
      .map((line) => normalise(line.replace(/\[bookmark: [^\]]*\]/g, '')).replace(/^\d (?=[a-z])/, ''))
      .filter((line) => line !== '');
    expect(expected.length).toBeGreaterThan(40);

    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(seedReport()) });
    const text = normalise(value);
    let cursor = 0;
    for (const item of expected) {
      const found = text.indexOf(item, cursor);
      expect(found, `"${item}" is missing after position ${cursor}: …${text.slice(cursor, cursor + 120)}…`).toBeGreaterThanOrEqual(0);
      cursor = found + item.length;
    }
  });

  test('the group row holds the target cell and six month cells, each naming every key on its line, vu with "no target" and a dash where it has none', async () => {
    const { document } = await parts(await buildWordDocument(seedReport()));
    const group = performanceRows(document).find((row) => row[0]?.text === 'Support priority')!;
    expect(group.slice(1, 8).map((cell) => cell.text)).toEqual(
      [`lu: 3.32vu: no${NO_BREAK_SPACE}target`, 'lu: 4.42vu: 0.09', 'lu: 0.34vu: 2.8', 'lu: 0.36vu: 0.4', 'lu: 0.52vu: 0.2', 'lu: 2.45vu: —', 'lu: 1.91vu: —'].map(keyed),
    );
    // Two lines in every cell of the row, so each key's line sits level with its target's.
    expect(group.slice(1).map((cell) => cell.xml.match(/<w:p>/g)?.length)).toEqual(Array(8).fill(2));
  });
});

describe('figures that missed their target', () => {
  test('exactly the missed cells are shaded, bold and marked; a month with no value shows a dash', async () => {
    const { document } = await parts(await buildWordDocument(reportWithMisses()));
    const rows = performanceRows(document);
    const body = rows.slice(1);
    const shaded = body.flatMap((row) => row.filter((cell) => cell.fill === COLOUR.missFill.toUpperCase()).map((cell) => cell.text));
    // Support priority has four keys: a row each, so only vu's M2 is shaded.
    expect(shaded).toEqual([`97.20${MISS_MARKER}`, `2.8${MISS_MARKER}`]);
    expect(document.split(`w:fill="${COLOUR.missFill}"`).length - 1).toBe(2);

    const availability = body.find((row) => row[0]?.text === 'Availability')!;
    expect(availability[4]!.boldTexts).toEqual([`97.20${MISS_MARKER}`]);
    expect(availability[6]!.text).toBe(NO_VALUE);
    const vu = body.find((row) => row[0]?.text === 'vu')!;
    expect(vu[3]!.boldTexts).toEqual([`2.8${MISS_MARKER}`]);

    const markedOrBold = body.flatMap((row) => row.slice(1)).filter((cell) => cell.text.includes(MISS_MARKER) || cell.boldTexts.length > 0);
    expect(markedOrBold.map((cell) => cell.text)).toEqual(shaded);
  });

  test('in a combined cell only the line that missed is shaded, bold and marked, not the cell', async () => {
    const report = seedReport();
    report.metrics.find((metric) => metric.key === 'vu')!.target = 1;
    const { document } = await parts(await buildWordDocument(report));
    const m2 = performanceRows(document).find((row) => row[0]?.text === 'Support priority')![3]!;
    expect(m2.text).toBe(keyed(`lu: 0.34vu: 2.8${MISS_MARKER}`));
    const [lu, vu] = [...m2.xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
    expect(/<w:tcPr>[\s\S]*?w:fill=/.exec(m2.xml.slice(0, m2.xml.indexOf('</w:tcPr>') + 9))).toBeNull();
    expect(lu).not.toContain('w:fill=');
    expect(vu).toContain(`w:fill="${COLOUR.missFill}"`);
    expect(m2.boldTexts).toEqual([keyed(`vu: 2.8${MISS_MARKER}`)]);
  });

  test('the next-period example shades exactly its two misses, and its drafts name them', async () => {
    const read = readReportText(readFileSync(resolve(REPO, 'assets/examples/next-period-report.rdesk'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const buffer = await buildWordDocument(read.report);
    const body = performanceRows((await parts(buffer)).document).slice(1);
    const shaded = body.flatMap((row) => row.flatMap((cell, column) => (cell.fill === COLOUR.missFill.toUpperCase() ? [`${row[0]!.text} column ${column}: ${cell.text}`] : [])));
    // Columns: parameter, target, M1 … M6 (M3 is column 4, M4 column 5), period average.
    expect(shaded).toEqual([`Availability column 4: 97.20${MISS_MARKER}`, `Support priority column 5: ${keyed(`lu: 0.9vu: 1.6${MISS_MARKER}`)}`]);
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('Service targets were missed in M3 (Availability) and M4 (Support priority vu).');
    expect(value).toContain('M3: Availability 97.20 % against a target of 99 %');
    expect(value).toContain('M4: Support priority vu 1.6 working days against a target of 1 working day');
  });

  test('the drafted Issues section names the miss, and the note under the table explains the marks', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(reportWithMisses()) });
    expect(value).toContain('M3: Availability 97.20 % against a target of 99 %');
    expect(value).toContain('M2: Support priority vu 2.8 working days against a target of 1 working day');
    expect(value).toContain('Availability and Reliability in %, higher is better; Support priority in working days, lower is better.');
    expect(value).toContain(`Shaded bold values marked ${MISS_MARKER} missed their target.`);
  });
});

describe('the document Word, LibreOffice and Google Docs lay out', () => {
  test('every table width is in twips, with a fixed layout, never a percentage', async () => {
    const { document } = await parts(await buildWordDocument(reportWithMisses()));
    expect(document).not.toContain('w:type="pct"');
    const cells = document.match(/<w:tc>/g) ?? [];
    const tables = document.match(/<w:tbl>/g) ?? [];
    expect(cells.length).toBeGreaterThan(30);
    expect(document.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)).toHaveLength(cells.length);
    expect(document.match(/<w:tblW w:type="dxa" w:w="\d+"\/>/g)).toHaveLength(tables.length);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    expect(document).toMatch(/<w:gridCol w:w="\d+"\/>/);
  });

  test('the file names its title and author, and the footer counts pages with fields', async () => {
    const { zip } = await parts(await buildWordDocument(reportWithMisses()));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Portal report</dc:title>');
    expect(core).toContain('<dc:creator>Jane Coordinator</dc:creator>');
    const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((file) => file.async('string')));
    const footer = footers.join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(runText(footer)).toContain('Page ');
  });

  test('charts are PNG images when included, and absent when the option or the report says no', async () => {
    const withCharts = (await parts(await buildWordDocument(seedReport()))).zip.file(/^word\/media\/.*\.png$/);
    // Availability, Reliability, Support priority and the effort chart.
    expect(withCharts).toHaveLength(4);
    const bytes = await withCharts[0]!.async('nodebuffer');
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');

    const off = await parts(await buildWordDocument(seedReport(), { includeCharts: false }));
    expect(off.zip.file(/^word\/media\//)).toHaveLength(0);
    expect(off.document).not.toContain('<w:drawing>');

    const report = seedReport();
    report.exportOptions.includeCharts = false;
    expect((await parts(await buildWordDocument(report))).zip.file(/^word\/media\//)).toHaveLength(0);
  });

  test('the same chart twice is one image file, shown in both places', async () => {
    const report = seedReport();
    const availability = report.metrics.find((metric) => metric.name === 'Availability')!;
    // A second metric whose chart is the same picture: its name and figures are Availability's.
    report.metrics.push({ ...availability, id: 'availability-again', values: [...availability.values] });
    const { zip, document } = await parts(await buildWordDocument(report));
    expect(zip.file(/^word\/media\/.*\.png$/)).toHaveLength(4);
    expect(document.match(/<w:drawing>/g)).toHaveLength(5);
  });

  test('a metric with no value at all gets no chart', async () => {
    const report = seedReport();
    report.metrics.find((metric) => metric.name === 'Reliability')!.values = Array(6).fill(null);
    const { zip } = await parts(await buildWordDocument(report));
    expect(zip.file(/^word\/media\/.*\.png$/)).toHaveLength(3);
  });

  test('the sub-rows style gives the group its own row and a row per key', async () => {
    const report = reportWithMisses();
    report.exportOptions.groupStyle = 'sub-rows';
    const rows = performanceRows((await parts(await buildWordDocument(report))).document);
    expect(rows.map((row) => row[0]!.text)).toEqual(['Service level parameter', 'Availability', 'Reliability', 'Support priority', 'lu', 'u', 'vu', 'tp']);
    const vu = rows[6]!;
    expect(vu.map((cell) => cell.text)).toEqual(['vu', '1', '0.5', `2.8${MISS_MARKER}`, NO_VALUE, '0.4', '0.2', '0.1', '0.80']);
    expect(vu[3]!.fill).toBe(COLOUR.missFill.toUpperCase());
  });

  test('narrative line breaks become paragraphs, an empty line space above the next one, and "- " or "• " lines real list items', async () => {
    const report = editSection(reportWithMisses(), 'overview', 'First line\nSecond line\n\n- restarted the portal\n• checked the database\nDone.');
    const { document } = await parts(await buildWordDocument(report));
    const paragraphs = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((match) => match[0]);
    const start = paragraphs.findIndex((xml) => runText(xml) === 'First line');
    const overview = paragraphs.slice(start, start + 5);
    expect(overview.map(runText)).toEqual(['First line', 'Second line', 'restarted the portal', 'checked the database', 'Done.']);
    expect(overview.map((xml) => xml.includes('<w:numPr>'))).toEqual([false, false, true, true, false]);
    // The gap is space before the paragraph after it, not an empty paragraph.
    expect(overview.map((xml) => /<w:spacing w:before="\d+"\/>/.test(xml))).toEqual([false, false, true, false, false]);
  });

  test('a report with no metrics exports its sections without an empty table or charts', async () => {
    const report = seedReport();
    report.metrics = [];
    const { zip, document } = await parts(await buildWordDocument(report));
    expect(document).not.toContain('Service level parameter');
    expect(zip.file(/^word\/media\//)).toHaveLength(1);
    const { value } = await mammoth.extractRawText({ buffer: await buildWordDocument(report) });
    expect(value).toContain('Foreseen activities and changes');
  });

  test('the six sections are real Heading 1 paragraphs at outline level 1, numbered 1 to 6 by the style, as in the seed', async () => {
    const { zip, document } = await parts(await buildWordDocument(seedReport()));
    const headings = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>/g)].map((match) => runText(match[0]));
    expect(headings).toEqual([
      'Effort',
      'General overview of activity in the period',
      'Performance against service targets',
      'Issues arising in the period',
      'Measures planned',
      'Foreseen activities and changes',
    ]);
    const styles = await zip.file('word/styles.xml')!.async('string');
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
    expect(heading1).toContain('<w:keepNext/>');
    const numberId = /<w:numId w:val="(\d+)"\/>/.exec(heading1)![1];
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const abstractId = new RegExp(`<w:num w:numId="${numberId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)![1];
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    expect(abstract).toMatch(/<w:lvl w:ilvl="0"[^>]*>[\s\S]*?<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="%1"\/>/);
  });
});

describe('writing the file', () => {
  test('the export is written whole, as a readable .docx', async () => {
    const path = join(folder, 'report.docx');
    await exportWordFile(path, seedReport());
    const { value } = await mammoth.extractRawText({ buffer: await readFile(path) });
    expect(value).toContain('The global effort for CNRS is 12 PM');
    expect(await readdir(folder)).toEqual(['report.docx']);
  });

  test('a folder that does not exist is refused, and nothing is written', async () => {
    await expect(exportWordFile(join(folder, 'gone', 'report.docx'), seedReport())).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });


  test('a write that fails after the build leaves what was there and no temporary file behind', async () => {
    // A folder with the file's name: the build succeeds, the final rename cannot replace it.
    const path = join(folder, 'taken.docx');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    await expect(exportWordFile(path, seedReport())).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['taken.docx']);
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
  });
});
