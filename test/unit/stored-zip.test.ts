// The stored zip docx's package is written as in the bundles (scripts/docx-stored-package.mjs):
// a whole, valid archive whose checksums a strict reader verifies, read back byte for byte.
import JSZip from 'jszip';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { storedZip } from '../../electron/services/word/stored-zip';

describe('a stored zip of the package’s parts', () => {
  test('reads back byte for byte, its CRC-32s checked, names in UTF-8, empty and binary parts too', async () => {
    const binary = new Uint8Array(70_000).map((_, index) => (index * 31 + 7) % 256);
    const files: [string, Uint8Array][] = [
      ['[Content_Types].xml', new TextEncoder().encode('<?xml version="1.0"?><Types/>')],
      ['word/document.xml', new TextEncoder().encode('<w:document>Disponibilité ≥ 99 %</w:document>')],
      ['word/media/empty.bin', new Uint8Array(0)],
      ['word/media/image1.png', binary],
      ['docProps/über.xml', new TextEncoder().encode('ü')],
    ];
    const zip = storedZip(files);
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(files.map(([name]) => name));
    for (const [name, data] of files) expect(new Uint8Array(await read.file(name)!.async('uint8array')), name).toEqual(data);
    const unzipped = unzipSync(zip);
    for (const [name, data] of files) expect(unzipped[name], name).toEqual(data);
  });

  test('a damaged entry fails the reader’s checksum: the CRC-32 written is the content’s', async () => {
    const zip = storedZip([['a.xml', new TextEncoder().encode('<a>hello</a>')]]);
    const damaged = Buffer.from(zip);
    const at = 30 + 'a.xml'.length + 3;
    damaged[at] = damaged[at]! ^ 0xff;
    await expect(JSZip.loadAsync(damaged, { checkCRC32: true })).rejects.toThrow(/crc32/i);
  });
});
