// Exported documents as a reader gets them: LibreOffice lays each out as PDF (all in one run,
// which costs far less than one run each), poppler reads the pages, the outline and the text.
// REPORT_DESK_UPDATE_SCREENSHOTS=1 (npm run screenshots) also retakes the README's page images.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { englishWordsIn } from '../support/english-words';
import { personsWords } from '../fixtures/seed-in-language';
import { DRAFTED_KINDS, DRAFTED_TITLES } from '../../shared/report-schema';
import { shownSectionNumbers } from '../../shared/sections';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { PAGE } from '../../electron/services/word/word-page';
import { readWordTemplate } from '../../electron/services/word/word-template-read';
import type { WordTemplate } from '../../electron/services/word/word-template';
import { historyAnnexDocument, layoutDocuments, type LayoutDocument } from './layout-reports';
import { PIXELS_PER_TWIP, readPdfPages, type PdfPages } from './pdf-pages';
import { buildTemplate, layoutTemplates, type TemplateSpec } from '../support/word-templates';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = resolve(REPO, 'assets/screenshots');
/** A page whose content ends above this share of its text area is nearly empty. */
const NEARLY_EMPTY = 0.3;

interface LaidOut extends PdfPages {
  document: LayoutDocument;
  docx: Buffer;
}

/** The app's own page (A4), in twips. */
const APP_PAGE = { width: PAGE.width, height: PAGE.height, margin: PAGE.margin };
/** The history annex's file name, laid out in the same LibreOffice run as the reports. */
const ANNEX = 'history-annex';

let folder: string;
const laidOut = new Map<string, LaidOut>();
let annex: PdfPages & { docx: Buffer };
const documents = layoutDocuments();
const templateSpecs = layoutTemplates();

/** The page's top and bottom margins and height, in twips: the template's, or the app's own. */
function pageOf(document: LayoutDocument): TemplateSpec['page'] {
  return document.template === undefined ? APP_PAGE : templateSpecs[document.template]!.page;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'word-layout-'));
  const docx = new Map<string, Buffer>();
  const templates = new Map<string, WordTemplate>();
  for (const [name, spec] of Object.entries(templateSpecs)) {
    const reading = readWordTemplate(await buildTemplate(spec), `${name}.dotx`);
    if (!reading.ok) throw new Error(reading.problem);
    templates.set(name, reading.template);
  }
  for (const document of documents) {
    const template = document.template === undefined ? null : templates.get(document.template)!;
    const buffer = await buildWordDocument(document.report, { includeCharts: document.includeCharts, template });
    docx.set(document.name, buffer);
    await writeFile(join(folder, `${document.name}.docx`), buffer);
  }
  const annexDocx = await historyAnnexDocument(join(folder, 'history'));
  await writeFile(join(folder, `${ANNEX}.docx`), annexDocx);
  // A profile of its own: another LibreOffice running on the machine would otherwise take the job.
  const laidOutNames = [...documents.map(({ name }) => name), ANNEX];
  await run('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...laidOutNames.map((name) => join(folder, `${name}.docx`))], {
    timeout: 540_000,
  });
  for (const document of documents) {
    laidOut.set(document.name, { document, docx: docx.get(document.name)!, ...(await readPdfPages(join(folder, `${document.name}.pdf`), pageOf(document))) });
  }
  annex = { docx: annexDocx, ...(await readPdfPages(join(folder, `${ANNEX}.pdf`), APP_PAGE, true)) };
  if (process.env.REPORT_DESK_UPDATE_SCREENSHOTS === '1') {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const [name, page, file] of [
      ['seed', 1, 'word-seed-page-1'],
      ['twelve-months', 2, 'word-twelve-months-page-2'],
      ['seed-in-a4-logo', 1, 'word-seed-in-template-page-1'],
      [ANNEX, 1, 'history-annex-page-1'],
      ['template-project', 1, 'word-project-report-page-1'],
      ['seed-figures-french', 1, 'word-seed-french-page-1'],
      ['template-project-french', 1, 'word-project-report-french-page-1'],
    ] as const) {
      await run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', join(folder, `${name}.pdf`), join(folder, file)]);
      await copyFile(join(folder, `${file}.png`), join(SCREENSHOTS, `${file}.png`));
    }
  }
});

afterAll(async () => {
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

function laid(name: string): LaidOut {
  const result = laidOut.get(name);
  if (result === undefined) throw new Error(`${name} was not laid out.`);
  return result;
}

const names = documents.map(({ name }) => name);

/** The XML parts of the .docx that do not parse, each with its first problem. */
async function unparsedParts(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((path) => /\.(xml|rels)$/.test(path));
  if (!parts.includes('word/document.xml')) return ['word/document.xml is missing'];
  const problems: string[] = [];
  for (const path of parts) {
    const parser = new SaxesParser({ xmlns: true });
    let problem: string | null = null;
    parser.on('error', (error) => {
      problem ??= error.message;
    });
    parser.write(await zip.file(path)!.async('string')).close();
    if (problem !== null) problems.push(`${path}: ${problem}`);
  }
  return problems;
}

describe('every exported document, laid out by LibreOffice', () => {
  test.each(names)('%s: every XML part of the .docx parses', async (name) => {
    expect(await unparsedParts(laid(name).docx)).toEqual([]);
  });

  test('every document, the history annex among them, validates against the ECMA-376 transitional schemas', async () => {
    const all = [...names.map((name) => ({ name, docx: laid(name).docx })), { name: ANNEX, docx: annex.docx }];
    expect(describeProblems(await schemaProblems(all))).toEqual([]);
  });

  test.each(names)('%s: the page count stays within its bounds', (name) => {
    const { pages, document } = laid(name);
    expect(pages).toBeGreaterThanOrEqual(document.pages.least);
    expect(pages).toBeLessThanOrEqual(document.pages.most);
  });

  test.each(names)('%s: no page before the last is nearly empty', (name) => {
    const { filled, pages } = laid(name);
    expect(filled).toHaveLength(pages);
    const nearlyEmpty = filled.slice(0, -1).flatMap((share, index) => (share < NEARLY_EMPTY ? [`page ${index + 1} is ${Math.round(share * 100)} % filled`] : []));
    expect(nearlyEmpty).toEqual([]);
  });

  test.each(names)('%s: the section headings, numbered "1", "2.1" as the window numbers them (or by the template\'s own heading numbering), are the PDF outline, in order', (name) => {
    const { outline, document } = laid(name);
    const numbers = shownSectionNumbers(document.report);
    const numbered = (index: number) => (document.headingNumber === undefined ? (numbers[index] ?? '') : document.headingNumber(index));
    expect(outline.map(({ title }) => title)).toEqual(document.report.sections.map((section, index) => `${numbered(index)} ${section.title}`.trim()));
    const pages = outline.map(({ page }) => page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});

/** Whitespace collapsed, case folded, "persons :" and "lu:3.32" read as "persons:" and "lu: 3.32". */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*:\s*/g, ': ').trim().toLowerCase();
}

describe('the seed, as a reader sees it', () => {
  test('the section headings read as the seed writes them, "1 EFFORT" to "6 FORESEEN ACTIVITIES AND CHANGES", numbered by their style', () => {
    const text = normalise(laid('seed').text);
    let cursor = 0;
    for (const [index, kind] of DRAFTED_KINDS.entries()) {
      const heading = `${index + 1} ${DRAFTED_TITLES[kind].toLowerCase()}`;
      const found = text.indexOf(heading, cursor);
      expect(found, `"${heading}" is missing after position ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = found + heading.length;
    }
    // The seed document's other lines, its table's figures among them, are checked in document order by word-export.test.ts.
  });

  test('the running header names the report and its period from the second page, not over the title', () => {
    const pages = laid('seed').text.split('\f');
    expect(pages[0]).not.toContain('Operations Portal OLA report · 6 months');
    expect(pages[1]).toContain('Operations Portal OLA report · 6 months');
  });

  test('a right-to-left name reads before its person-months, as typed, not after them', () => {
    // poppler writes the marks of the order it found; without them the line reads as laid out.
    const text = laid('unicode-names').text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    // The report is written in French: its figures take a decimal comma.
    expect(text).toMatch(/محمد عبد الله\s?: \d([.,]\d)? PM/);
    expect(text).not.toMatch(/\d :\s*محمد/);
  });
});

describe('a new report from each shipped template, filled in, as a reader sees it', () => {
  test.each([
    ['template-egi-ola', ['1 effort', '3 performance against service targets', 'availability m3, 98.42 %: the database host failed', '6 foreseen activities and changes']],
    ['template-quarterly', ['service targets were missed in feb 2026', '3 incidents', 'chg-209', '5 plans for next quarter']],
    ['template-project', ['2.1 wp1 project management', 'against 36 pm planned', 'partner 1 (coordinator): 14.5 pm', 'ms3 first user workshop m9 ahead', '6 deviations from the work plan', '7 corrective actions']],
    ['template-project-french', ['2.1 wp1 gestion du projet', 'pour 36 pm prévus', 'partenaire 1 (coordinateur): 14,5 pm', 'ms3 premier atelier utilisateurs m9 en avance', '6 écarts par rapport au plan de travail', '7 actions correctives']],
  ] as const)('%s: what was filled in is there, in order, and none of the template\'s starter text', (name, expected) => {
    const text = normalise(laid(name).text);
    let cursor = 0;
    for (const phrase of expected) {
      const found = text.indexOf(phrase, cursor);
      expect(found, `"${phrase}" is missing after position ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = found + phrase.length;
    }
    for (const starter of ['[for each major incident', '[describe the measure planned]', '[les objectifs de la période', '[décrire la mesure prévue]']) expect(text).not.toContain(starter);
  });
});

describe('the seed’s figures in French and in German, as a reader sees them', () => {
  const cases = [
    { name: 'seed-figures-french', language: 'fr-FR', headings: ['1 effort', '2 vue d’ensemble de l’activité sur la période', '3 performance au regard des objectifs de service', '6 activités et changements prévus'], footer: /Page 1 sur \d/, caption: /Tableau 1\s*:\s*Performance/ },
    { name: 'seed-figures-german', language: 'de-DE', headings: ['1 aufwand', '2 überblick über die tätigkeiten im berichtszeitraum', '3 leistung gemessen an den servicezielen', '6 vorgesehene tätigkeiten und änderungen'], footer: /Seite 1 von \d/, caption: /Tabelle 1: Leistung/ },
  ] as const;

  test.each(cases)('$name: its headings, captions and footer in its language, and no word of the English catalogue on any page', ({ name, language, headings, footer, caption }) => {
    const { text } = laid(name);
    const read = normalise(text);
    let cursor = 0;
    for (const heading of headings) {
      const found = read.indexOf(heading, cursor);
      expect(found, `"${heading}" is missing after position ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = found + heading.length;
    }
    expect(text).toMatch(footer);
    expect(text.replace(/\s+/g, ' ')).toMatch(caption);
    expect(englishWordsIn(text, personsWords(language))).toEqual([]);
  });
});

describe('notes on figures, as a reader sees them', () => {
  test('each noted value carries a footnote number, and its footnote is at the foot of the table\'s page, in table order', () => {
    const [first] = laid('noted-misses').text.split('\f');
    const page = normalise(first!);
    // The missed figures with their reference numbers, in table order (Reliability M5 is number 2;
    // poppler reads its plain superscript as a line of its own, beside the figure).
    expect(page).toMatch(/97\.20\*\s?1/);
    expect(page).toMatch(/2\.8\*\s?3/);
    const notes = ['availability m3, 97.20 %: storage outage', '2 reliability m5, 99.95 %: probe moved', '3 support priority vu m2, 2.8 working days: two tickets waited'];
    const places = notes.map((note) => page.indexOf(note));
    expect(places.every((place) => place > page.indexOf('measures planned'))).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});

/** The seed document's own sentences (its prose lines, not its flattened table), as normalise() reads them. */
function seedSentences(): string[] {
  return readFileSync(resolve(REPO, 'test/fixtures/seed-report.txt'), 'utf8')
    .split(/\r?\n/)
    // The numbered headings are the outline's to check: a template may number them its own way.
    .filter((line) => !line.startsWith('\t') && line.trim().length > 40 && !/^\d \S/.test(line))
    .map((line) => normalise(line.replace(/\[bookmark: [^\]]*\]/g, '')));
}

const TEMPLATE_LAYOUTS = [
  { name: 'seed-in-a4-logo', size: { width: 595.3, height: 841.9 }, logo: true },
  { name: 'seed-in-letter-landscape', size: { width: 792, height: 612 }, logo: false },
  { name: 'seed-in-french', size: { width: 595.3, height: 841.9 }, logo: true },
  { name: 'seed-in-numbered-headings', size: { width: 595.3, height: 841.9 }, logo: false },
] as const;


describe('the seed in an organisation\'s Word template, as a reader sees it', () => {
  test.each(TEMPLATE_LAYOUTS)('$name: the template\'s page size', ({ name, size }) => {
    const { pageSize } = laid(name);
    expect(pageSize.width).toBeCloseTo(size.width, 0);
    expect(pageSize.height).toBeCloseTo(size.height, 0);
  });

  test.each(TEMPLATE_LAYOUTS)('$name: the header\'s logo on every page after the first, none on the first', ({ name, logo }) => {
    const { images, pages } = laid(name);
    expect(pages).toBeGreaterThanOrEqual(2);
    const logos = images.map((onPage) => onPage.filter((image) => image === '240×80').length);
    expect(logos).toEqual(logo ? [0, ...Array<number>(pages - 1).fill(1)] : Array<number>(pages).fill(0));
  });

  test.each(TEMPLATE_LAYOUTS)('$name: the section headings are set in the template\'s heading 1 (its font and colour), at the outline\'s first level', ({ name }) => {
    const { boxes, outline } = laid(name);
    // Only the first level: a heading at another level would nest in an <outline> of its own.
    expect(outline).toHaveLength(6);
    for (const kind of DRAFTED_KINDS) {
      const heading = boxes.find((box) => box.text.trim().endsWith(DRAFTED_TITLES[kind]));
      expect(heading, `"${DRAFTED_TITLES[kind]}" is not in the PDF`).toBeDefined();
      expect(heading!.font).toMatchObject({ family: expect.stringMatching(/^LiberationSans/), colour: '#00603b', size: 23 });
    }
  });

  test.each(TEMPLATE_LAYOUTS)('$name: nothing, the tables included, reaches past the template\'s text width', ({ name }) => {
    const { boxes, document, pageSize } = laid(name);
    const margin = pageOf(document).margin * PIXELS_PER_TWIP;
    const pageWidth = pageSize.width * 1.5;
    // Two pixels of slack: pdftohtml rounds each box's place and width.
    const outside = boxes.filter((box) => box.left < margin - 2 || box.right > pageWidth - margin + 2).map((box) => `page ${box.page}: "${box.text}" ${box.left}–${box.right}`);
    expect(outside).toEqual([]);
    const table = boxes.filter((box) => box.text.trim() === 'average');
    expect(Math.max(...table.map((box) => box.right))).toBeGreaterThan(pageWidth - margin - 60);
  });

  test.each(TEMPLATE_LAYOUTS)('$name: every sentence of the seed is there, in order', ({ name }) => {
    const text = normalise(laid(name).text);
    let cursor = 0;
    for (const sentence of seedSentences()) {
      const found = text.indexOf(sentence, cursor);
      expect(found, `"${sentence}" is missing after position ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = found + sentence.length;
    }
  });

  test('the footer counts the pages of the template: "Page 1 of n" to "Page n of n"', () => {
    const { text, pages } = laid('seed-in-a4-logo');
    const counted = text.split('\f').slice(0, pages).map((page) => /Page (\d+) of (\d+)/.exec(page)?.slice(1).join('/'));
    expect(counted).toEqual(Array.from({ length: pages }, (_, index) => `${index + 1}/${pages}`));
  });
});

describe('a service\'s history annex (six semesters), as a reader sees it', () => {
  const pageWidth = () => annex.pageSize.width * 1.5;
  const margin = PAGE.margin * PIXELS_PER_TWIP;

  test('its pages are A4, three of them, none but the last nearly empty, every XML part parsing', async () => {
    expect(annex.pageSize.width).toBeCloseTo(595.3, 0);
    expect(annex.pageSize.height).toBeCloseTo(841.9, 0);
    expect(annex.pages).toBeGreaterThanOrEqual(3);
    expect(annex.pages).toBeLessThanOrEqual(4);
    expect(annex.filled.slice(0, -1).filter((share) => share < NEARLY_EMPTY)).toEqual([]);
    expect(await unparsedParts(annex.docx)).toEqual([]);
  });

  test('its parts are the outline\'s first level, numbered; each metric, and each metric with measures, at the second', () => {
    expect(annex.outline.map(({ level, title }) => `${level} ${title}`)).toEqual([
      '1 1 Reports read',
      '1 2 Performance over the years',
      '2 Availability (formerly Service availability)',
      '2 Reliability',
      '2 Support priority vu',
      '1 3 Consecutive misses',
      '1 4 Effort',
      '1 5 Issues and measures',
      '2 Availability',
    ]);
    const pages = annex.outline.map(({ page }) => page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  test('a chart for each metric, as wide as the text and not past it', () => {
    const textWidth = pageWidth() - 2 * margin;
    expect(annex.imageBoxes).toHaveLength(3);
    for (const chart of annex.imageBoxes) {
      expect(chart.left).toBeGreaterThanOrEqual(margin - 2);
      expect(chart.right).toBeLessThanOrEqual(pageWidth() - margin + 2);
      expect(chart.right - chart.left).toBeGreaterThan(textWidth * 0.95);
    }
  });

  test('nothing, the per-period tables included, reaches past the text width; a figure with its unit stays on one line', () => {
    const outside = annex.boxes.filter((box) => box.left < margin - 2 || box.right > pageWidth() - margin + 2).map((box) => `page ${box.page}: "${box.text}" ${box.left}–${box.right}`);
    expect(outside).toEqual([]);
    // The table spans the text width: its last column starts in the right third.
    const worst = annex.boxes.filter((box) => box.text.trim() === 'Worst month');
    expect(worst).toHaveLength(3);
    for (const box of worst) expect(box.left).toBeGreaterThan(margin + ((pageWidth() - 2 * margin) * 2) / 3);
    // Support priority vu's average and worst month, in working days: neither cell wraps.
    expect(annex.text).toContain('0.67 working days');
    expect(annex.text).toContain('Apr 2023: 1.4 working days');
  });

  test('the measures after misses are listed by metric, each with its period, month and figure; a miss without one says so', () => {
    const text = normalise(annex.text);
    const issues = text.slice(text.indexOf('5 issues and measures'));
    const listed = [
      'january – june 2023, mar 2023 (97.50 %, below the 98 % target): storage outage at the data centre. measure: second storage array ordered.',
      'january – june 2025, may 2025 (98.20 %, below the 99 % target): certificate expired on the portal front end. measure: expiry alerts added to monitoring.',
      'january – june 2025, jun 2025 (97.90 %, below the 99 % target): database migration overran. no measure noted.',
      'july – december 2025, jul 2025 (98.70 %, below the 99 % target): database replica lagged behind after the migration. measure: replica monitoring with alerts.',
    ];
    const places = listed.map((item) => issues.indexOf(item));
    expect(places.every((place) => place > 0), `not all of ${JSON.stringify(listed)} are in ${issues}`).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });
});
