// Fixtures for the Teams rule tests that the shared builders do not cover.
import { PNG } from 'pngjs';

/** A PNG signature and IHDR chunk declaring the given size, with no image data (a "PNG bomb" header). */
export function headerOnlyPng(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 6;
  return new Uint8Array(b);
}

/** A PNG drawn pixel by pixel. */
export function drawnPng(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const img = new PNG({ width, height });
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) img.data.set(paint(x, y), (y * width + x) * 4);
  return PNG.sync.write(img);
}
