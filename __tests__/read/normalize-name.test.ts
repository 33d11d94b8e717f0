// Packaged names are normalized for every lookup (each finding's file asks): names already normal are returned as
// they are, and every name comes out as the two replacements always made it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/engine/read/package-view.js';

const slow = (name: string) => name.replace(/\\/g, '/').replace(/^\.\//, '');

describe('normalizeName', () => {
  it('gives what replacing backslashes and a leading ./ gives, for any name', () => {
    const part = fc.constantFrom('.', '/', '\\', './', '.\\', 'a', 'manifest.json', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(part, { maxLength: 6 }).map((p) => p.join(''))), (name) => {
        expect(normalizeName(name)).toBe(slow(name));
      }),
      { numRuns: 500 },
    );
    for (const name of ['./manifest.json', '.\\manifest.json', 'a\\b/c.json', '../x', './/a', 'manifest.json']) expect(normalizeName(name)).toBe(slow(name));
  });
});
