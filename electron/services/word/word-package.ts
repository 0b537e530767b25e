// The .docx package: docx writes the document with a placeholder paragraph where each block
// written as XML text goes (the performance tables, word-table-xml; the charts' pictures,
// word-charts; the rest of the effort's list); the package is then opened once, the charts'
// images and their relationships added and the report's language added to its properties; the template stage
// (word-template-apply) may then dress it, and it is zipped again: the blocks made row by row as
// the document part is deflated, so no part is ever whole in memory.
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from 'fflate';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as an XML text node or attribute value holds it, escaped as docx escapes its own (the
 * apostrophe too), so that text written here reads the same as the paragraphs docx wrote. The
 * report's texts have passed the Word gate (word-safe-text) as the export began, so only the
 * markup characters are left to escape.
 */
export function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

/** Marks a placeholder's text: characters no report text holds, around the block's number. */
const MARK = '\u2063report-desk-block-';
const MARK_END = '\u2063';

/** A block of WordprocessingML written as text (a table): its pieces made one at a time, as the package is written. */
export interface XmlBlock {
  /** How many pieces it makes (a table's rows): the measure of the export's progress. */
  pieces: number;
  render(): Iterable<string>;
}

/**
 * More paragraphs like the one docx wrote just before the placeholder, each with its own text: the
 * rest of a long list (the effort's people), whose first item docx wrote with its numbering. Each
 * takes that paragraph's properties as the package finally has them (a template's list style
 * included), so it is written as docx would write it, without docx's object tree for every item
 * (a third of a 300-person report's export).
 */
interface MoreLikePrevious {
  texts: readonly string[];
}

/** Blocks of WordprocessingML the document holds in place of the paragraphs docx wrote for them. */
export class XmlBlocks {
  private readonly blocks: (XmlBlock | MoreLikePrevious)[] = [];

  /** A paragraph to put in the document where the block belongs. */
  placeholder(block: XmlBlock): Paragraph {
    return this.markedParagraph(block);
  }

  /** A paragraph to put just after `first` (a paragraph of one plain run): `texts` become paragraphs like it. */
  moreLike(first: Paragraph, texts: readonly string[]): Paragraph[] {
    return texts.length === 0 ? [first] : [first, this.markedParagraph({ texts })];
  }

  private markedParagraph(block: XmlBlock | MoreLikePrevious): Paragraph {
    this.blocks.push(block);
    return new Paragraph({ children: [new TextRun(`${MARK}${this.blocks.length - 1}${MARK_END}`)] });
  }

  /** The pieces of every block: the measure of the export's progress. */
  get pieces(): number {
    return this.blocks.reduce((sum, block) => sum + ('texts' in block ? block.texts.length : block.pieces), 0);
  }

  /**
   * The document's XML with each placeholder paragraph replaced by its block, in one pass, as
   * pieces of text: a block's rows are made as they are written, never one string of them all.
   */
  *fillIn(documentXml: string, rewrite: (xml: string) => string = (xml) => xml): Generator<string> {
    let cursor = 0;
    for (let mark = documentXml.indexOf(MARK); mark !== -1; mark = documentXml.indexOf(MARK, cursor)) {
      const start = documentXml.lastIndexOf('<w:p>', mark);
      const numberEnd = documentXml.indexOf(MARK_END, mark + MARK.length);
      const end = documentXml.indexOf('</w:p>', mark) + '</w:p>'.length;
      const block = this.blocks[Number(documentXml.slice(mark + MARK.length, numberEnd))];
      if (start < cursor || numberEnd === -1 || block === undefined) throw new Error('The Word document lost the place of one of its tables.');
      yield documentXml.slice(cursor, start);
      if ('texts' in block) yield* paragraphsLike(documentXml, start, block.texts);
      else for (const piece of block.render()) yield rewrite(piece);
      cursor = end;
    }
    yield documentXml.slice(cursor);
  }
}

const TEXT_OPENING = '<w:t xml:space="preserve">';
const TEXT_CLOSING = '</w:t></w:r></w:p>';

/**
 * `texts` as paragraphs like the one ending at `end` in `documentXml`: its properties and run are
 * already in their final form (renamed and dressed by a template), so they are copied, not rewritten.
 */
function* paragraphsLike(documentXml: string, end: number, texts: readonly string[]): Generator<string> {
  const start = documentXml.lastIndexOf('<w:p>', end - 1);
  const model = documentXml.slice(start, end);
  const textAt = model.indexOf(TEXT_OPENING);
  if (start === -1 || textAt === -1 || model.indexOf(TEXT_OPENING, textAt + 1) !== -1 || !model.endsWith(TEXT_CLOSING)) {
    throw new Error('The Word document lost the first item of one of its lists.');
  }
  const opening = model.slice(0, textAt + TEXT_OPENING.length);
  for (const text of texts) yield `${opening}${xmlText(text)}${TEXT_CLOSING}`;
}

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/**
 * The charts' images: each a media part and a relationship of the document part, written by
 * completedParts; a figure's drawing, written as XML text (word-charts.ts), names it by the
 * relationship's id. docx never sees them: it would hash each PNG in JavaScript and build an
 * object tree for every drawing (5 ms of a four-chart export, run cold). Named by what the figure
 * draws: one chart shown twice is one image, and one file.
 */
export class FigureImages {
  /** Each image, in the order first asked for; null for one still being drawn. */
  private readonly images: (Buffer | null)[] = [];
  private readonly byKey = new Map<string, number>();

  /** The relationship id of the image named `key`: given now (`png`), or supplied once drawn. */
  relationshipFor(key: string, png: Buffer | null = null): string {
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.images.length;
      this.images.push(png);
      this.byKey.set(key, index);
    }
    return `rIdFigure${index + 1}`;
  }

  /** The image drawn for `key`, where a figure asked for it. */
  supply(key: string, png: Buffer): void {
    const index = this.byKey.get(key);
    if (index !== undefined) this.images[index] = png;
  }

  /** The media parts and the relationships to them, for the document part's relationships. */
  written(): { media: [string, Buffer][]; relationships: string } {
    const media = this.images.map((image, index): [string, Buffer] => {
      if (image === null) throw new Error('The Word document lost one of its chart images.');
      return [`word/media/image${index + 1}.png`, image];
    });
    const relationships = media.map(([name], index) => `<Relationship Id="rIdFigure${index + 1}" Type="${IMAGE_RELATIONSHIP}" Target="${name.slice('word/'.length)}"/>`).join('');
    return { media, relationships };
  }
}

/** What the export reports as it goes, and how it is stopped: an AbortSignal checked between batches. */
export interface PackageWatch {
  /** Pieces of the blocks written so far, of all of them. */
  onPieces?: (written: number, total: number) => void;
  signal?: AbortSignal;
}

/** About this much text is made, encoded and handed to the deflater at a time: small enough to stay in V8's young generation, which is swept often. */
const BATCH_CHARACTERS = 1 << 16;

/**
 * One part deflated as it is made, by Node's zlib off the main thread: the text goes in batches,
 * so the whole part (a hundred megabytes for the largest report's tables) is never in memory, and
 * the event loop turns between batches (the window's progress and cancel are heard).
 */
async function streamedPart(zip: Zip, name: string, pieces: Iterable<string>, countPiece: () => void, signal: AbortSignal | undefined): Promise<void> {
  const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8 };
  zip.add(file);
  const deflater = createDeflateRaw();
  const finished = new Promise<void>((done, fail) => {
    deflater.on('data', (chunk: Buffer) => file.ondata!(null, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length) as Uint8Array<ArrayBuffer>, false));
    deflater.on('end', () => {
      file.ondata!(null, new Uint8Array(0), true);
      done();
    });
    deflater.on('error', fail);
  });
  const write = async (text: string): Promise<void> => {
    const bytes = Buffer.from(text, 'utf8');
    file.crc = crc32(bytes, file.crc);
    file.size += bytes.length;
    if (!deflater.write(bytes)) await once(deflater, 'drain');
  };
  try {
    let batch: string[] = [];
    let batchLength = 0;
    for (const piece of pieces) {
      batch.push(piece);
      batchLength += piece.length;
      countPiece();
      if (batchLength < BATCH_CHARACTERS) continue;
      signal?.throwIfAborted();
      await write(batch.join(''));
      batch = [];
      batchLength = 0;
    }
    await write(batch.join(''));
    signal?.throwIfAborted();
  } catch (error) {
    deflater.destroy();
    throw error;
  }
  deflater.end();
  await finished;
}

/**
 * The package docx packed, with the charts' images and their relationships added and the
 * language in its core properties (docx has no option for it). The document part keeps its
 * blocks' places: they are made as it is zipped (zipParts), after the template stage
 * (word-template-apply) has dressed the rest.
 */
export function completedParts(packed: Buffer, images: FigureImages, language: string): Record<string, Uint8Array> {
  const files = unzipSync(packed);
  const relationshipsPart = 'word/_rels/document.xml.rels';
  if (files['word/document.xml'] === undefined || files['docProps/core.xml'] === undefined || files[relationshipsPart] === undefined) throw new Error('The Word document is missing its main part.');
  const { media, relationships } = images.written();
  const parts: Record<string, Uint8Array> = { ...files };
  if (media.length > 0) parts[relationshipsPart] = strToU8(strFromU8(files[relationshipsPart]).replace('</Relationships>', `${relationships}</Relationships>`));
  parts['docProps/core.xml'] = strToU8(strFromU8(files['docProps/core.xml']).replace('</cp:coreProperties>', `<dc:language>${xmlText(language)}</dc:language></cp:coreProperties>`));
  for (const [name, png] of media) parts[name] = png;
  return parts;
}

/**
 * A part smaller than this (all but the document part, mostly, and a template's fonts) is deflated
 * at level 1: each deflate sets up its state anew, and at the default level that was 2 ms of an
 * export's two dozen small parts, for a few hundred bytes saved in all.
 */
const SMALL_PART = 64 * 1024;
const FAST_DEFLATE = { level: 1 };

/** How the blocks are written into the document part: what the template renames in them, and the export's watch. */
export interface BlockWriting extends PackageWatch {
  /** The template stage's renaming of styles and lists, applied to the blocks as they are made. */
  rewrite?: (xml: string) => string;
}

/**
 * The package's parts zipped again: Node's own zlib deflates (ten times fflate's speed on a
 * table of thousands of rows), fflate writes the archive around what it made. Images are
 * compressed already, and stored. The document part is written as it is made, its blocks in place.
 */
export async function zipParts(parts: Record<string, Uint8Array>, blocks: XmlBlocks = new XmlBlocks(), writing: BlockWriting = {}): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failed ??= error;
    else chunks.push(chunk);
  });
  const total = blocks.pieces;
  let written = 0;
  let reported = -1;
  const countPiece = (): void => {
    written += 1;
    // A report a hundredth at a time is enough for a progress bar.
    if (writing.onPieces !== undefined && (written === total || Math.floor((100 * written) / total) !== reported)) {
      reported = Math.floor((100 * written) / total);
      writing.onPieces(Math.min(written, total), total);
    }
  };
  for (const [name, data] of Object.entries(parts)) {
    if (name === 'word/document.xml') {
      await streamedPart(zip, name, blocks.fillIn(strFromU8(data), writing.rewrite), countPiece, writing.signal);
      continue;
    }
    const store = name.startsWith('word/media/');
    const file: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: store ? 0 : 8 };
    zip.add(file);
    file.ondata!(null, store ? data.slice() : deflateRawSync(data, data.length < SMALL_PART ? FAST_DEFLATE : undefined), true);
  }
  zip.end();
  if (failed !== null) throw failed;
  return Buffer.concat(chunks);
}
