// A PDF that LibreOffice laid out, read back as a reader would see it, with poppler: its pages
// and their size, the text boxes and images where they are placed, how full each page is, the
// outline (with each heading's level) and the text.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Pixels per inch of the page images the emptiness check reads: enough to see a line of text. */
const CHECK_RESOLUTION = 24;

/** A page's height and its top and bottom margins, in twips. */
export interface PageSpec {
  width: number;
  height: number;
  margin: number;
}

/** A box as pdftohtml places it: pixels at 1.5 per point from the page's top left. */
export interface TextBox {
  page: number;
  left: number;
  right: number;
  text: string;
  font: { family: string; size: number; colour: string };
}

export interface ImageBox {
  page: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** An entry of the PDF's outline; level 1 is a heading of the first level. */
export interface OutlineEntry {
  page: number;
  title: string;
  level: number;
}

export interface PdfPages {
  pages: number;
  /** Page size in points, as pdfinfo gives it. */
  pageSize: { width: number; height: number };
  /** Per page, the images on it (width × height in pixels), as pdfimages lists them. */
  images: string[][];
  /** The images where they are placed; only when asked for (pdftohtml writes each out). */
  imageBoxes: ImageBox[];
  boxes: TextBox[];
  /** Per page, how far down its text area the content reaches (0 to 1). */
  filled: number[];
  outline: OutlineEntry[];
  text: string;
}

/** pdftohtml places things at 1.5 pixels to a point; a twip is a twentieth of a point. */
export const PIXELS_PER_TWIP = 1.5 / 20;

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

function imageBoxes(xml: string): ImageBox[] {
  const boxes: ImageBox[] = [];
  for (const [, number, body] of xml.matchAll(/<page number="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)) {
    for (const [, top, left, width, height] of body!.matchAll(/<image top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)"/g)) {
      boxes.push({ page: Number(number), left: Number(left), right: Number(left) + Number(width), top: Number(top), bottom: Number(top) + Number(height) });
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
function filledShare(bytes: Buffer, page: PageSpec): number {
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

/** Every entry of the PDF's outline in document order, each at the depth its <outline> nests it. */
function outlineOf(xml: string): OutlineEntry[] {
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const entries: OutlineEntry[] = [];
  let level = 0;
  for (const [token, page, title] of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (token === '<outline>') level += 1;
    else if (token === '</outline>') level -= 1;
    else entries.push({ page: Number(page), title: title!.trim(), level });
  }
  return entries;
}

async function pageImages(pdf: string): Promise<Buffer[]> {
  const folder = dirname(pdf);
  const prefix = `${basename(pdf, '.pdf')}-page`;
  await run('pdftoppm', ['-gray', '-r', String(CHECK_RESOLUTION), pdf, join(folder, prefix)]);
  const names = (await readdir(folder)).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.pgm')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(names.map((name) => readFile(join(folder, name))));
}

/** Reads the laid-out PDF; with `placeImages`, where its images are too (pdftohtml writes each beside the PDF). */
export async function readPdfPages(pdf: string, page: PageSpec, placeImages = false): Promise<PdfPages> {
  const [info, xml, text, images, imageList] = await Promise.all([
    run('pdfinfo', [pdf]),
    run('pdftohtml', ['-xml', ...(placeImages ? [] : ['-i']), '-stdout', pdf], { maxBuffer: 64 * 1024 * 1024, cwd: dirname(pdf) }),
    run('pdftotext', [pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }),
    pageImages(pdf),
    run('pdfimages', ['-list', pdf]),
  ]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  const [, pageWidth, pageHeight] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info.stdout) ?? [];
  return {
    pages,
    pageSize: { width: Number(pageWidth), height: Number(pageHeight) },
    images: imagesByPage(imageList.stdout, pages),
    imageBoxes: placeImages ? imageBoxes(xml.stdout) : [],
    boxes: textBoxes(xml.stdout),
    filled: images.map((image) => filledShare(image, page)),
    outline: outlineOf(xml.stdout),
    text: text.stdout,
  };
}
