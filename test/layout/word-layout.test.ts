// Exported documents as a reader gets them: LibreOffice lays each out as PDF (all in one run,
// which costs far less than one run each), poppler reads the pages, the outline and the text.
// REPORT_DESK_UPDATE_SCREENSHOTS=1 (npm run screenshots) also retakes the README's page images.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRAFTED_KINDS, DRAFTED_TITLES } from '../../shared/report-schema';
import { shownSectionNumbers } from '../../shared/sections';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { PAGE } from '../../electron/services/word/word-page';
import { layoutDocuments, type LayoutDocument } from './layout-reports';

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
  /** Per page, how far down its text area the content reaches (0 to 1). */
  filled: number[];
  outline: { page: number; title: string }[];
  text: string;
}

let folder: string;
const laidOut = new Map<string, LaidOut>();
const documents = layoutDocuments();

/** The page as a greyscale PGM image: rows of bytes, 0 black to 255 white. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a greyscale PGM image.');
  const [whole, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(whole.length) };
}

/** How far down the text area (between the top and bottom margins) the page's last dark pixel is. */
function filledShare(bytes: Buffer): number {
  const { width, height, pixels } = readPgm(bytes);
  const margin = Math.round((PAGE.margin / PAGE.height) * height);
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
  for (const document of documents) {
    const buffer = await buildWordDocument(document.report, { includeCharts: document.includeCharts });
    docx.set(document.name, buffer);
    await writeFile(join(folder, `${document.name}.docx`), buffer);
  }
  // A profile of its own: another LibreOffice running on the machine would otherwise take the job.
  await run('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...documents.map(({ name }) => join(folder, `${name}.docx`))], {
    timeout: 540_000,
  });
  for (const document of documents) {
    const pdf = join(folder, `${document.name}.pdf`);
    const [info, xml, text, images] = await Promise.all([
      run('pdfinfo', [pdf]),
      run('pdftohtml', ['-xml', '-i', '-stdout', pdf], { maxBuffer: 64 * 1024 * 1024 }),
      run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }),
      pageImages(pdf, join(folder, `${document.name}-page`)),
    ]);
    laidOut.set(document.name, {
      document,
      docx: docx.get(document.name)!,
      pages: Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]),
      filled: images.map(filledShare),
      outline: outlineOf(xml.stdout),
      text: text.stdout,
    });
  }
  if (process.env.REPORT_DESK_UPDATE_SCREENSHOTS === '1') {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const [name, page, file] of [
      ['seed', 1, 'word-seed-page-1'],
      ['twelve-months', 2, 'word-twelve-months-page-2'],
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

  test.each(names)('%s: the section headings, numbered "1", "2.1" as the window numbers them, are the PDF outline, in order', (name) => {
    const { outline, document } = laid(name);
    const numbers = shownSectionNumbers(document.report);
    expect(outline.map(({ title }) => title)).toEqual(document.report.sections.map((section, index) => `${numbers[index] ?? ''} ${section.title}`.trim()));
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
    expect(text).toMatch(/محمد عبد الله: \d(\.\d)? PM/);
    expect(text).not.toMatch(/\d :\s*محمد/);
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
