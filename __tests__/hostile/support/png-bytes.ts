// PNG files built chunk by chunk, so a test can make one that lies: a header that declares a size its data
// does not hold, 100,000 × 100,000 pixels, or image data that inflates far past what the header implies.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([len, typeAndData, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface RawPng {
  width: number;
  height: number;
  /** Colour type (6 = RGBA, 0 = grey); bit depth is 8. */
  colorType?: number;
  /** zlib-compressed image data as written in IDAT (default: none). */
  idat?: Uint8Array;
}

export function rawPng({ width, height, colorType = 6, idat = new Uint8Array() }: RawPng): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}

/** Filtered scanlines for a `width` × `rows` RGBA image, every pixel transparent, zlib-compressed. */
export function rgbaRows(width: number, rows: number): Buffer {
  return deflateSync(Buffer.alloc((width * 4 + 1) * rows));
}
