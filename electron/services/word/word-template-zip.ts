// A Word template's ZIP package, read with bounds: a template is a file from elsewhere. The
// central directory is read first, and every part's declared size is checked against the
// limits before anything is inflated; each part is then inflated by Node's zlib with its
// declared size as the most it may produce, so a part that claims little and inflates to much
// (a zip bomb) is stopped at once, not after filling the memory.
import { inflateRawSync } from 'node:zlib';

/** The most a template's parts may hold inflated, all together and one by one. */
export const TEMPLATE_LIMITS = {
  file: 32 * 1024 * 1024,
  total: 64 * 1024 * 1024,
  part: 16 * 1024 * 1024,
  parts: 2000,
  /** A part this much larger than its compressed bytes is a bomb, not a document (Word's XML deflates about 10 to 1). */
  ratio: 200,
} as const;

const MEGABYTE = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; message: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MEGABYTE) * 10) / 10} MB`;
}

/** The package's parts as its central directory declares them, refused where the declarations pass the limits. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 22 || data.readUInt32LE(0) !== LOCAL_HEADER) return { ok: false, message: 'it is not a Word document: a .docx or .dotx is a ZIP package, and this file is not one' };
  if (data.length > TEMPLATE_LIMITS.file) return { ok: false, message: `it is ${megabytes(data.length)}, more than the ${megabytes(TEMPLATE_LIMITS.file)} a template may be` };
  let end = -1;
  // The end record is in the last 64 KB (its comment is at most 65,535 bytes).
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65_535); at -= 1) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return { ok: false, message: 'the file is damaged: its ZIP package has no table of contents (is it cut short?)' };
  const count = data.readUInt16LE(end + 10);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, message: 'it is a ZIP64 package, far larger than a Word template is' };
  if (count > TEMPLATE_LIMITS.parts) return { ok: false, message: `it holds ${count} parts, more than the ${TEMPLATE_LIMITS.parts} a template may have` };
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  for (let index = 0, at = directoryOffset; index < count; index += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) return { ok: false, message: 'the file is damaged: its ZIP table of contents is cut or broken' };
    const nameLength = data.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
    };
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (entry.size > TEMPLATE_LIMITS.part) return { ok: false, message: `its part ${entry.name} declares ${megabytes(entry.size)}, more than the ${megabytes(TEMPLATE_LIMITS.part)} a part may hold` };
    if (entry.size > MEGABYTE && entry.size > entry.compressedSize * TEMPLATE_LIMITS.ratio) {
      return { ok: false, message: `its part ${entry.name} would inflate ${Math.round(entry.size / Math.max(1, entry.compressedSize))} times over, as a zip bomb does; refused before inflating` };
    }
    total += entry.size;
    if (total > TEMPLATE_LIMITS.total) return { ok: false, message: `its parts declare more than the ${megabytes(TEMPLATE_LIMITS.total)} a template may hold in all` };
    entries.set(entry.name, entry);
  }
  return { ok: true, entries };
}

export type Inflated = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** One part's bytes, never more than it declared. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Inflated {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER) return { ok: false, message: `the file is damaged: its part ${entry.name} is not where the package says` };
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (compressed.length !== entry.compressedSize) return { ok: false, message: `the file is damaged: its part ${entry.name} is cut short` };
  if (entry.method === 0) {
    return compressed.length === entry.size ? { ok: true, bytes: Buffer.from(compressed) } : { ok: false, message: `the file is damaged: its part ${entry.name} is not the size it declares` };
  }
  if (entry.method !== 8) return { ok: false, message: `its part ${entry.name} is compressed in a way Word does not write (method ${entry.method})` };
  try {
    // One byte more than declared is allowed for, so that a part inflating past its size is told from one that fills it.
    const inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.size + 1) });
    if (inflated.length !== entry.size) return { ok: false, message: `the file is damaged: its part ${entry.name} is not the size it declares` };
    return { ok: true, bytes: inflated };
  } catch (error) {
    const tooLarge = error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE');
    return { ok: false, message: tooLarge ? `its part ${entry.name} inflates past the size it declares, as a zip bomb does; refused` : `the file is damaged: its part ${entry.name} does not inflate` };
  }
}
