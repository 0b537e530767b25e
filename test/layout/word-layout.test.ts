// Exported documents as a reader gets them: LibreOffice lays each out as PDF (all in one run,
// which costs far less than one run each), poppler reads the pages, the outline and the text.
// REPORT_DESK_UPDATE_SCREENSHOTS=1 (npm run screenshots) also retakes the README's page images.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
import { layoutDocuments, type LayoutDocument } from './layout-reports';
import { buildTemplate, layoutTemplates, type TemplateSpec } from '../support/word-templates';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = resolve(REPO, 'assets/screenshots');
/** Pixels per inch of the page images the emptiness check reads: enough to see a line of text. */
const CHECK_RESOLUTION = 24;
/** A page whose content ends above this share of its text area is nearly empty. */
const NEARLY_EMPTY = 0.3;

interface LaidOut {
  document: LayoutDocument;
  docx: Buffer;
  pages: number;
  /** Page size in points, as pdfinfo gives it. */
  pageSize: { width: number; height: number };
  /** Per page, the images on it (width × height in pixels), as pdfimages lists them. */
  images: string[][];
  /** The PDF's text boxes, as pdftohtml places them (pixels at 1.5 per point), with their font's family, size and colour. */
  boxes: TextBox[];
  /** Per page, how far down its text area the content reaches (0 to 1). */
  filled: number[];
  outline: { page: number; title: string }[];
  text: string;
}

interface TextBox {
  page: number;
  left: number;
  right: number;
  text: string;
  font: { family: string; size: number; colour: string };
}

let folder: string;
const laidOut = new Map<string, LaidOut>();
const documents = layoutDocuments();
const templateSpecs = layoutTemplates();

/** The page's top and bottom margins and height, in twips: the template's, or the app's own. */
function pageOf(document: LayoutDocument): TemplateSpec['page'] {
  return document.template === undefined ? { width: PAGE.width, height: PAGE.height, margin: PAGE.margin } : templateSpecs[document.template]!.page;
}

function textBoxes(xml: string): TextBox[] {
  const fonts = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(\d+)" family="([^"]+)" color="([^"]+)"\/>/g)].map(([, id, size, family, colour]) => [id!, { family: family!.replace(/^[A-Z]{6}\+/, ''), size: Number(size), colour: colour! }]));
  const boxes: TextBox[] = [];
  for (const [, number, body] of xml.matchAll(/<page number="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)) {
    for (const [, left, width, font, text] of body!.matchAll(/<text top="\d+" left="(-?\d+)" width="(\d+)" height="\d+" font="(\d+)">([\s\S]*?)<\/text>/g)) {
      boxes.push({ page: Number(number), left: Number(left), right: Number(left) + Number(width), text: text!.replace(/<[^>]+>/g, ''), font: fonts.get(font!)! });
    }
  }
  return boxes;
}

function imagesByPage(list: string, pages: number): string[][] {
  const images: string[][] = Array.from({ length: pages }, () => []);
  for (const [, page, width, height] of list.matchAll(/^\s*(\d+)\s+\d+\s+image\s+(\d+)\s+(\d+)/gm)) images[Number(page) - 1]?.push(`${width}×${height}`);
  return images;
}

/** The page as a greyscale PGM image: rows of bytes, 0 black to 255 white. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a greyscale PGM image.');
  const [whole, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(whole.length) };
}

/** How far down the text area (between the top and bottom margins) the page's last dark pixel is. */
function filledShare(bytes: Buffer, page: TemplateSpec['page']): number {
  const { width, height, pixels } = readPgm(bytes);
  const margin = Math.round((page.margin / page.height) * height);
  const top = margin;
  const bottom = height - margin;
  let last = top;
  for (let row = top; row < bottom; row += 1) {
    for (let column = 0; column < width; column += 1) {
      if (pixels[row * width + column]! < 160) {
        last = row;
        break;
      }
    }
  }
  return (last - top) / (bottom - top);
}

/** Every entry of the PDF's outline in document order, sub-sections (nested outlines) among them. */
function outlineOf(xml: string): { page: number; title: string }[] {
  const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(([, page, title]) => ({ page: Number(page), title: title!.trim() }));
}

async function pageImages(pdf: string, prefix: string): Promise<Buffer[]> {
  await run('pdftoppm', ['-gray', '-r', String(CHECK_RESOLUTION), pdf, prefix]);
  const names = (await readdir(folder)).filter((name) => name.startsWith(`${prefix.split('/').at(-1)!}-`) && name.endsWith('.pgm')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(names.map((name) => readFile(join(folder, name))));
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
  // A profile of its own: another LibreOffice running on the machine would otherwise take the job.
  await run('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...documents.map(({ name }) => join(folder, `${name}.docx`))], {
    timeout: 540_000,
  });
  for (const document of documents) {
    const pdf = join(folder, `${document.name}.pdf`);
    const [info, xml, text, images, imageList] = await Promise.all([
      run('pdfinfo', [pdf]),
      run('pdftohtml', ['-xml', '-i', '-stdout', pdf], { maxBuffer: 64 * 1024 * 1024 }),
      run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }),
      pageImages(pdf, join(folder, `${document.name}-page`)),
      run('pdfimages', ['-list', pdf]),
    ]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    const [, pageWidth, pageHeight] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info.stdout) ?? [];
    laidOut.set(document.name, {
      document,
      docx: docx.get(document.name)!,
      pages,
      pageSize: { width: Number(pageWidth), height: Number(pageHeight) },
      images: imagesByPage(imageList.stdout, pages),
      boxes: textBoxes(xml.stdout),
      filled: images.map((image) => filledShare(image, pageOf(document))),
      outline: outlineOf(xml.stdout),
      text: text.stdout,
    });
  }
  if (process.env.REPORT_DESK_UPDATE_SCREENSHOTS === '1') {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const [name, page, file] of [
      ['seed', 1, 'word-seed-page-1'],
      ['twelve-months', 2, 'word-twelve-months-page-2'],
      ['seed-in-a4-logo', 1, 'word-seed-in-template-page-1'],
      ['template-project', 1, 'word-project-report-page-1'],
      ['seed-figures-french', 1, 'word-seed-french-page-1'],
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

describe('every exported document, laid out by LibreOffice', () => {
  test.each(names)('%s: every XML part of the .docx parses', async (name) => {
    const zip = await JSZip.loadAsync(laid(name).docx);
    const parts = Object.keys(zip.files).filter((path) => /\.(xml|rels)$/.test(path));
    expect(parts).toContain('word/document.xml');
    for (const path of parts) {
      const parser = new SaxesParser({ xmlns: true });
      let problem: string | null = null;
      parser.on('error', (error) => {
        problem ??= error.message;
      });
      parser.write(await zip.file(path)!.async('string')).close();
      expect(problem, `${path} does not parse`).toBeNull();
    }
  });

  test('every document validates against the ECMA-376 transitional schemas', async () => {
    expect(describeProblems(await schemaProblems(names.map((name) => ({ name, docx: laid(name).docx }))))).toEqual([]);
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
  ] as const)('%s: what was filled in is there, in order, and none of the template\'s starter text', (name, expected) => {
    const text = normalise(laid(name).text);
    let cursor = 0;
    for (const phrase of expected) {
      const found = text.indexOf(phrase, cursor);
      expect(found, `"${phrase}" is missing after position ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = found + phrase.length;
    }
    expect(text).not.toContain('[for each major incident');
    expect(text).not.toContain('[describe the measure planned]');
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

/** pdftohtml places text at 1.5 pixels to a point; a twip is a twentieth of a point. */
const PIXELS_PER_TWIP = 1.5 / 20;

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
