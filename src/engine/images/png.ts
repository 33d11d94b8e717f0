// PNG decoding for icon rules. The header (IHDR) is read by hand first so a file that declares huge
// dimensions is refused before pngjs allocates width × height × 4 bytes for it.
import { PNG } from 'pngjs';
import { inflateSync } from 'node:zlib';

/** Largest side we decode. Teams icons are 192 and 32 pixels; 4096 leaves room for any real source image. */
export const MAX_PNG_SIDE = 4096;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  width: number;
  height: number;
}

export interface PngImage extends PngHeader {
  /** RGBA, 8 bits per channel, row by row; absent when only the header was read (too large to decode). */
  pixels?: Uint8Array;
}

export type PngError =
  /** The bytes are not a PNG at all (another format, or text). */
  | { error: 'not-png'; message: string; format?: string }
  /** The PNG declares dimensions beyond MAX_PNG_SIDE; the header's size is given, the pixels are not decoded. */
  | { error: 'too-large'; message: string; width: number; height: number }
  /** The PNG signature is there but the file cannot be decoded (truncated, bad chunks). */
  | { error: 'corrupt'; message: string; width?: number; height?: number };

export type PngResult = PngImage | PngError;

export function isPngError(r: PngResult): r is PngError {
  return 'error' in r;
}

/** Width and height from the IHDR chunk, without decoding; undefined when the bytes are not a PNG header. */
export function readPngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  // The first chunk must be IHDR: length (4), type "IHDR" (4), then width and height as big-endian uint32.
  if (bytes[12] !== 0x49 || bytes[13] !== 0x48 || bytes[14] !== 0x44 || bytes[15] !== 0x52) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Checks a PNG's structure without inflating it: signature, IHDR first, every chunk inside the file, image data
 * and an end chunk. Gives the size from the header. Much cheaper than readPng (no decompression, no pixels), so
 * rules that only need the size or the format use it.
 */
export function inspectPng(bytes: Uint8Array, maxSide: number = MAX_PNG_SIDE): PngResult {
  const sized = sizedHeader(bytes, maxSide);
  if ('error' in sized) return sized;
  const { width, height } = sized;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let idat = false;
  let iend = false;
  while (offset + 8 <= bytes.length && !iend) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(bytes[offset + 4], bytes[offset + 5], bytes[offset + 6], bytes[offset + 7]);
    if (offset + 12 + length > bytes.length) return { error: 'corrupt', width, height, message: `it is truncated (the ${type} chunk runs past the end of the file)` };
    if (type === 'IDAT') idat = true;
    if (type === 'IEND') iend = true;
    offset += 12 + length;
  }
  if (!idat || !iend) return { error: 'corrupt', width, height, message: `it is truncated (no ${idat ? 'IEND' : 'IDAT'} chunk)` };
  return { width, height };
}

/** The header's size when it is one this tool reads; else the finding-ready error (not a PNG, empty, too large). */
function sizedHeader(bytes: Uint8Array, maxSide: number): { width: number; height: number } | PngResult {
  const header = readPngHeader(bytes);
  if (!header) return notPng(bytes);
  const { width, height } = header;
  if (width === 0 || height === 0) return { error: 'corrupt', width, height, message: `it declares an empty size of ${width}×${height}` };
  if (width > maxSide || height > maxSide) {
    return { error: 'too-large', width, height, message: `it declares ${width}×${height} pixels, beyond the ${maxSide}×${maxSide} this tool decodes` };
  }
  return { width, height };
}

// Several rules may decode the same icon of one package (the connector icon rules do, three times); decoding is
// most of a warm check, so the result is kept for as long as the package's bytes are. Callers only read it.
const decodedByBytes = new WeakMap<Uint8Array, Map<number, PngResult>>();

/** Decodes a PNG to RGBA; never throws. `maxSide` bounds the memory a hostile file can make us allocate. */
export function readPng(bytes: Uint8Array, maxSide: number = MAX_PNG_SIDE): PngResult {
  let bySide = decodedByBytes.get(bytes);
  if (!bySide) decodedByBytes.set(bytes, (bySide = new Map()));
  let result = bySide.get(maxSide);
  if (!result) bySide.set(maxSide, (result = decodePng(bytes, maxSide)));
  return result;
}

function decodePng(bytes: Uint8Array, maxSide: number): PngResult {
  const sized = sizedHeader(bytes, maxSide);
  if ('error' in sized) return sized;
  const { width, height } = sized;
  // pngjs reads past image data that is too short (into uninitialised memory, so the result varied between
  // runs) and inflates data far longer than the image: the inflated length is checked against the header first.
  const dataProblem = imageDataProblem(bytes, width, height);
  if (dataProblem) return { error: 'corrupt', width, height, message: dataProblem };
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, pixels: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  } catch (e) {
    return { error: 'corrupt', width, height, message: `it cannot be decoded (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** RGBA of the pixel at (x, y). */
export function pixelAt(img: Required<PngImage>, x: number, y: number): [number, number, number, number] {
  const i = (y * img.width + x) * 4;
  return [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2], img.pixels[i + 3]];
}

function notPng(bytes: Uint8Array): PngError {
  const format = sniffFormat(bytes);
  return { error: 'not-png', format, message: format ? `it is a ${format} file, not a PNG` : 'it is not a PNG file (no PNG signature)' };
}

function sniffFormat(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'GIF';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'BMP';
  if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'WebP';
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0x01 && b[3] === 0x00) return 'ICO';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 256)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'SVG';
  return undefined;
}

/** Inflated size of the image data a PNG with this header holds: its scanlines, each with a filter byte. */
function expectedImageDataLength(width: number, height: number, colorType: number, bitDepth: number, interlaced: boolean): number | undefined {
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels || ![1, 2, 4, 8, 16].includes(bitDepth)) return undefined;
  const rowBytes = (w: number) => 1 + Math.ceil((w * channels * bitDepth) / 8);
  if (!interlaced) return height * rowBytes(width);
  // Adam7: seven passes over sub-images, each with its own scanlines.
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += h * rowBytes(w);
  }
  return total;
}

/** Why the IDAT data does not fit the header (too short, too long, not zlib), or undefined when it does. */
function imageDataProblem(bytes: Uint8Array, width: number, height: number): string | undefined {
  const expected = expectedImageDataLength(width, height, bytes[25], bytes[24], bytes[28] === 1);
  if (expected === undefined) return `it cannot be decoded (its header declares colour type ${bytes[25]} with bit depth ${bytes[24]})`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    if (at + 12 + length > bytes.length) return `it is truncated (the ${type} chunk runs past the end of the file)`;
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  let inflated: number;
  try {
    inflated = inflateSync(Buffer.concat(parts), { maxOutputLength: expected + 1 }).length;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return `it cannot be decoded (its image data inflates past the ${expected} bytes that ${width}×${height} pixels take)`;
    return `it cannot be decoded (${e instanceof Error ? e.message : String(e)})`;
  }
  return inflated === expected ? undefined : `it cannot be decoded (its image data holds ${inflated} bytes where ${width}×${height} pixels take ${expected})`;
}
