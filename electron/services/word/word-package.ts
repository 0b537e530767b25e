// The .docx package: docx writes the document with a placeholder paragraph where each block
// written as XML text goes (the performance tables, word-table-xml), and a few bytes standing in
// for each chart image; the package is then opened once, the blocks and images put in their
// places and the report's language added to its properties; the template stage
// (word-template-apply) may then dress it, and it is zipped again.
import { crc32, deflateRawSync } from 'node:zlib';
import { Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from 'fflate';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as an XML text node or attribute value holds it. The report's texts have passed the
 * Word gate (word-safe-text) as the export began, so only the markup characters are left to escape.
 */
export function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, (character) => XML_ESCAPES[character]!);
}

/** Marks a placeholder's text: characters no report text holds, around the block's number. */
const MARK = '\u2063report-desk-block-';
const MARK_END = '\u2063';

/** Blocks of WordprocessingML the document holds in place of the paragraphs docx wrote for them. */
export class XmlBlocks {
  private readonly blocks: string[] = [];

  /** A paragraph to put in the document where the block belongs. */
  placeholder(xml: string): Paragraph {
    this.blocks.push(xml);
    return new Paragraph({ children: [new TextRun(`${MARK}${this.blocks.length - 1}${MARK_END}`)] });
  }

  /**
   * The document's XML with each placeholder paragraph replaced by its block, in one pass, as
   * UTF-8: each piece encoded on its own and the bytes joined, never one string of them all.
   */
  fillIn(documentXml: string): Buffer {
    const pieces: string[] = [];
    let cursor = 0;
    for (let mark = documentXml.indexOf(MARK); mark !== -1; mark = documentXml.indexOf(MARK, cursor)) {
      const start = documentXml.lastIndexOf('<w:p>', mark);
      const numberEnd = documentXml.indexOf(MARK_END, mark + MARK.length);
      const end = documentXml.indexOf('</w:p>', mark) + '</w:p>'.length;
      const block = this.blocks[Number(documentXml.slice(mark + MARK.length, numberEnd))];
      if (start < cursor || numberEnd === -1 || block === undefined) throw new Error('The Word document lost the place of one of its tables.');
      pieces.push(documentXml.slice(cursor, start), block);
      cursor = end;
    }
    pieces.push(documentXml.slice(cursor));
    return Buffer.concat(pieces.map((piece) => Buffer.from(piece, 'utf8')));
  }
}

/** Starts the bytes standing in for an image; no PNG starts so (its first byte is 0x89). */
const IMAGE_MARK = '\u2063report-desk-image-';

/**
 * Images docx carries as stand-ins: it would hash each in JavaScript and deflate it again, though
 * a PNG is compressed already, and the package would be inflated once more to be completed.
 */
export class ImageStandIns {
  private readonly images: Buffer[] = [];
  private readonly given = new Map<Buffer, Buffer>();

  /** The bytes to give docx for this image; the same image (one chart twice) gets the same, and one file. */
  standIn(png: Buffer): Buffer {
    let standIn = this.given.get(png);
    if (standIn === undefined) {
      standIn = Buffer.from(`${IMAGE_MARK}${this.images.length}`, 'utf8');
      this.images.push(png);
      this.given.set(png, standIn);
    }
    return standIn;
  }

  /** The image a media part stood in for, or null where the part is not a stand-in. */
  imageFor(part: Uint8Array): Buffer | null {
    if (part.length > 40) return null;
    const text = strFromU8(part);
    if (!text.startsWith(IMAGE_MARK)) return null;
    const image = this.images[Number(text.slice(IMAGE_MARK.length))];
    if (image === undefined) throw new Error('The Word document lost one of its chart images.');
    return image;
  }
}

/**
 * The package's parts zipped again: Node's own zlib deflates (ten times fflate's speed on a
 * table of thousands of rows), fflate writes the archive around what it made. Images are
 * compressed already, and stored.
 */
export function zipParts(parts: Record<string, Uint8Array>): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    const store = name.startsWith('word/media/');
    const file: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: store ? 0 : 8 };
    zip.add(file);
    file.ondata!(null, store ? data.slice() : deflateRawSync(data), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** The package docx packed, with the blocks and images in place and the language in its core properties (docx has no option for it). */
export function completedParts(packed: Buffer, blocks: XmlBlocks, images: ImageStandIns, language: string): Record<string, Uint8Array> {
  const files = unzipSync(packed);
  if (files['word/document.xml'] === undefined || files['docProps/core.xml'] === undefined) throw new Error('The Word document is missing its main part.');
  return Object.fromEntries(
    Object.entries(files).map(([name, data]): [string, Uint8Array] => {
      if (name === 'word/document.xml') return [name, blocks.fillIn(strFromU8(data))];
      if (name.startsWith('word/media/')) return [name, images.imageFor(data) ?? data];
      if (name === 'docProps/core.xml') return [name, strToU8(strFromU8(data).replace('</cp:coreProperties>', `<dc:language>${xmlText(language)}</dc:language></cp:coreProperties>`))];
      return [name, data];
    }),
  );
}
