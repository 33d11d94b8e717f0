import { describe, expect, it } from 'vitest';
import { check, findingsOf, outlinePng, png, teamsPackage, validManifest } from '../helpers/packages.js';
import { drawnPng, headerOnlyPng } from './fixtures.js';

describe("'teams.icon-color-size'", () => {
  it('passes a 192×192 color icon', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.icon-color-size')).toEqual([]);
  });
  it('reports the actual size at /icons/color, naming the file', async () => {
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'color.png': png(96, 96) })), 'teams.icon-color-size');
    expect(f).toMatchObject({ severity: 'error', file: 'manifest.json', pointer: '/icons/color' });
    expect(f.line).toBeGreaterThan(1);
    expect(f.message).toContain('color.png');
    expect(f.message).toContain('96×96');
  });
  it('reports a PNG that declares 100,000×100,000 from its header, without decoding it', async () => {
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'color.png': headerOnlyPng(100_000, 100_000) })), 'teams.icon-color-size');
    expect(f.message).toContain('100000×100000');
  });
});

describe("'teams.icon-outline-size'", () => {
  it('passes a 32×32 outline icon', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.icon-outline-size')).toEqual([]);
  });
  it('reports a 20×20 outline icon', async () => {
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'outline.png': png(20, 20, [255, 255, 255, 255]) })), 'teams.icon-outline-size');
    expect(f.pointer).toBe('/icons/outline');
    expect(f.message).toContain('20×20');
  });
});

describe("'teams.icon-color32-size'", () => {
  const m = validManifest({ manifestVersion: '1.21', icons: { color: 'color.png', outline: 'outline.png', color32x32: 'color32.png' } });
  it('passes a 32×32 icons.color32x32', async () => {
    expect(findingsOf(await check(teamsPackage(m, { 'color32.png': png(32, 32) })), 'teams.icon-color32-size')).toEqual([]);
  });
  it('reports another size', async () => {
    const [f] = findingsOf(await check(teamsPackage(m, { 'color32.png': png(64, 64) })), 'teams.icon-color32-size');
    expect(f.pointer).toBe('/icons/color32x32');
  });
});

describe("'teams.icon-not-png'", () => {
  it('passes PNG icons', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.icon-not-png')).toEqual([]);
  });
  it('reports a JPEG named .png and a truncated PNG', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    const report = await check(teamsPackage(validManifest(), { 'color.png': jpeg, 'outline.png': outlinePng().subarray(0, 50) }));
    const found = findingsOf(report, 'teams.icon-not-png');
    expect(found.map((f) => f.pointer)).toEqual(['/icons/color', '/icons/outline']);
    expect(found[0].message).toContain('JPEG');
    expect(found[1].message).toContain('truncated');
    // A file that is not a PNG has no size to report.
    expect(findingsOf(report, 'teams.icon-outline-size')).toEqual([]);
    expect(findingsOf(report, 'teams.icon-color-size')).toEqual([]);
  });
});

describe("'teams.icon-not-png' on damaged image data", () => {
  it('reports a PNG whose chunks are intact but whose pixels do not decode', async () => {
    const bytes = Buffer.from(outlinePng());
    // Corrupt the compressed data inside IDAT, then fix nothing else: the structure still looks right.
    const idat = bytes.indexOf('IDAT');
    bytes.fill(0xff, idat + 6, idat + 30);
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'outline.png': new Uint8Array(bytes) })), 'teams.icon-not-png');
    expect(f.pointer).toBe('/icons/outline');
    expect(f.message).toContain('cannot be decoded');
  });
});

describe("'teams.icon-outline-colors'", () => {
  it('passes white on transparent, with anti-aliased white edges', async () => {
    const edge = drawnPng(32, 32, (x, y) => (x === 4 && y === 4 ? [255, 255, 255, 120] : x > 8 && x < 24 ? [255, 255, 255, 255] : [0, 0, 0, 0]));
    expect(findingsOf(await check(teamsPackage(validManifest(), { 'outline.png': edge })), 'teams.icon-outline-colors')).toEqual([]);
  });
  it('reports the first pixel that is neither white nor transparent, with its RGBA', async () => {
    const icon = drawnPng(32, 32, (x, y) => (x === 5 && y === 3 ? [200, 0, 0, 255] : x === 7 && y === 9 ? [10, 10, 10, 200] : [0, 0, 0, 0]));
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'outline.png': icon })), 'teams.icon-outline-colors');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/icons/outline' });
    expect(f.message).toContain('2 pixels');
    expect(f.message).toContain('(5,3) with RGBA (200,0,0,255)');
  });
});

describe("'teams.icon-color-background'", () => {
  it('passes a solid and a transparent background', async () => {
    const transparent = drawnPng(192, 192, (x, y) => (Math.abs(x - 96) < 40 && Math.abs(y - 96) < 40 ? [0, 90, 200, 255] : [0, 0, 0, 0]));
    for (const color of [png(192, 192), transparent]) {
      expect(findingsOf(await check(teamsPackage(validManifest(), { 'color.png': color })), 'teams.icon-color-background')).toEqual([]);
    }
  });
  it('reports rounded corners', async () => {
    const r = 24;
    const rounded = drawnPng(192, 192, (x, y) => {
      const cx = Math.min(Math.max(x, r), 191 - r);
      const cy = Math.min(Math.max(y, r), 191 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 > r * r ? [0, 0, 0, 0] : [0, 90, 200, 255];
    });
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'color.png': rounded })), 'teams.icon-color-background');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/icons/color', audiences: ['multitenant'] });
    expect(f.message).toContain('rounded corners');
  });
  it('reports corners of different colors', async () => {
    const split = drawnPng(192, 192, (x) => (x < 96 ? [255, 0, 0, 255] : [0, 0, 255, 255]));
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'color.png': split })), 'teams.icon-color-background');
    expect(f.message).toContain('not solid');
  });
});
