// A PNG from a canvas's pixels, written here rather than by the canvas: Skia's encoder spent
// about half of a chart's time choosing filters and compressing hard, for a file no smaller than
// unfiltered rows deflated at level 3 (a chart is flat colour and thin lines).
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Fast enough that drawing, not encoding, is most of a chart's time; smaller levels buy little speed and cost size. */
const DEFLATE_LEVEL = 3;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The rows with their filter bytes, kept from one image to the next: a fresh 2 MB each time cost more than deflating it. */
let rowsScratch = Buffer.alloc(0);

/** `rgba`: width × height pixels, 4 bytes each, not premultiplied (as getImageData gives them). */
export function encodePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`A ${width} × ${height} image needs ${stride * height} bytes of pixels, not ${rgba.length}.`);
  const pixels = new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const size = (stride + 1) * height;
  if (rowsScratch.length < size) rowsScratch = Buffer.alloc(size);
  const rows = rowsScratch.subarray(0, size);
  // Each row starts with its filter, 0: none.
  for (let row = 0; row < height; row += 1) {
    rows[row * (stride + 1)] = 0;
    rows.set(pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA; compression, filter method and interlace stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })), chunk('IEND', Buffer.alloc(0))]);
}
