import { describe, expect, it } from 'vitest';
import { inspectPng, isPngError, MAX_PNG_SIDE, readPng, readPngHeader } from '../../src/engine/images/png.js';
import { png } from '../helpers/packages.js';
import { headerOnlyPng } from './fixtures.js';

describe('readPng', () => {
  it('decodes a PNG to RGBA pixels', () => {
    const r = readPng(png(3, 2, [1, 2, 3, 4]));
    expect(isPngError(r)).toBe(false);
    if (isPngError(r)) return;
    expect([r.width, r.height, r.pixels?.length]).toEqual([3, 2, 24]);
    expect(Array.from(r.pixels!.subarray(0, 4))).toEqual([1, 2, 3, 4]);
  });
  it('names other formats', () => {
    expect(readPng(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toMatchObject({ error: 'not-png', format: 'JPEG' });
    expect(readPng(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ error: 'not-png', format: 'SVG' });
    expect(readPng(new Uint8Array(0))).toMatchObject({ error: 'not-png' });
  });
  it('refuses huge declared dimensions from the header, before decoding', () => {
    expect(readPngHeader(headerOnlyPng(100_000, 100_000))).toEqual({ width: 100_000, height: 100_000 });
    expect(readPng(headerOnlyPng(100_000, 100_000))).toMatchObject({ error: 'too-large', width: 100_000, height: 100_000 });
    expect(readPng(headerOnlyPng(MAX_PNG_SIDE + 1, 1))).toMatchObject({ error: 'too-large' });
  });
  it('reports a truncated PNG as corrupt, without throwing', () => {
    const bytes = png(16, 16);
    expect(readPng(bytes.subarray(0, 40))).toMatchObject({ error: 'corrupt', width: 16, height: 16 });
  });
});

describe('inspectPng', () => {
  it('gives the size of a well-formed PNG without pixels', () => {
    expect(inspectPng(png(7, 5))).toEqual({ width: 7, height: 5 });
  });
  it('finds truncation and missing chunks from the chunk layout', () => {
    const bytes = png(16, 16);
    expect(inspectPng(bytes.subarray(0, 40))).toMatchObject({ error: 'corrupt', message: expect.stringContaining('truncated') });
    expect(inspectPng(bytes.subarray(0, bytes.length - 12))).toMatchObject({ error: 'corrupt', message: expect.stringContaining('IEND') });
  });
  it('refuses huge dimensions before walking the file', () => {
    expect(inspectPng(headerOnlyPng(100_000, 100_000))).toMatchObject({ error: 'too-large' });
  });
});
