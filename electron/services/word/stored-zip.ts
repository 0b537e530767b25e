// A zip archive of stored (uncompressed) entries, with each entry's CRC-32 from Node's zlib. The
// bundles that export Word documents give it to docx in place of fflate's zipSync
// (scripts/docx-stored-package.mjs): docx's package is unzipped again at once (word-package.ts),
// and fflate's CRC-32, in JavaScript and cold in a command line's first export, was a tenth of
// that export's time. The archive is a whole, valid zip: any unzip reads it and checks it.
import { crc32 } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 2.0: what an archive of stored entries needs. */
const VERSION = 20;
/** Bit 11: names in UTF-8. */
const UTF8_NAMES = 0x0800;
/** 1 January 1980, the first day a zip can say: the archive lives for a moment. */
const DOS_DATE = (1 << 5) | 1;

/** The archive of `files` (name, bytes), in their order. Refuses what a zip without its 64-bit extension cannot hold. */
export function storedZip(files: Iterable<readonly [string, Uint8Array]>): Buffer {
  const pieces: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    if (nameBytes.length > 0xffff) throw new Error(`The Word document's part ${name.slice(0, 80)}… has too long a name to be zipped.`);
    const crc = crc32(data);
    if (data.length >= 0xffffffff || offset >= 0xffffffff) throw new Error(`The Word document's part ${name} is too large to be zipped.`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL_HEADER, 0);
    entry.writeUInt16LE(VERSION, 4);
    entry.writeUInt16LE(VERSION, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(0, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    // Extra field, comment, disk, internal and external attributes: 0.
    entry.writeUInt32LE(offset, 42);
    pieces.push(local, nameBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
    count += 1;
  }
  // 0xffff entries is the 64-bit extension's marker: one fewer at most without it.
  if (count >= 0xffff || offset >= 0xffffffff) throw new Error('The Word document has too many parts, or too large ones, to be zipped.');
  const centralSize = central.reduce((size, piece) => size + piece.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...pieces, ...central, end]);
}
