// The JSON report and SARIF are written in pieces (a report larger than V8's longest string must still be written);
// the pieces joined must be exactly what JSON.stringify(value, null, 2) gives, whatever the value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText, JsonPieces, jsonChunks, renderJson, renderJsonChunks } from '../../src/report/json.js';
import { cleanPackage, finding, pkg, report as fixtureReport } from './fixture-report.js';
import { renderSarif, sarifLog } from '../../src/report/sarif.js';

describe('JSON in pieces', () => {
  it('joins to JSON.stringify(value, null, 2) for any value and any depth of pieces', () => {
    const withOddMembers = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(undefined, () => 1, Symbol('s'), Number.NaN, -0, new Date(0)),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.oneof(fc.array(withOddMembers), fc.dictionary(fc.string(), withOddMembers)), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a report longer than the longest string V8 can make (22,000 packages once crashed renderJson)', () => {
    // The same package objects again and again: cheap in memory, 600 MB as JSON.
    const one = pkg({ findings: Array.from({ length: 40 }, (_, i) => finding({ message: `finding ${i} ${'x'.repeat(400)}` })) });
    const piece = JSON.stringify(one, null, 2).length;
    const count = Math.ceil(600e6 / piece);
    const big = fixtureReport(Array.from({ length: count }, () => one));
    let length = 0;
    let largest = 0;
    for (const chunk of renderJsonChunks(big) as Generator<string>) {
      length += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    // V8's limit on 64-bit machines is 2^29 - 24 characters.
    expect(length).toBeGreaterThan(2 ** 29);
    expect(largest).toBeLessThan(piece * 2);
  }, 120_000);

  it('gives the report as before, one piece per package', () => {
    const report = fixtureReport([pkg(), cleanPackage(), pkg({ path: 'b.zip' })]);
    expect(renderJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
    const pieces = [...renderJsonChunks(report)];
    const whole = pieces.filter((p) => p.includes('"findings"'));
    expect(whole).toHaveLength(report.packages.length);
  });

  it('uses the pieces of packages made ahead, as UTF-8, and makes the others at the end, for the same text', () => {
    const packages = [pkg(), cleanPackage(), pkg({ path: 'b.zip', findings: [finding({ message: 'ünïcode ✓ "quoted" 😀\n' })] })];
    const report = fixtureReport(packages);
    const plain = [...renderJsonChunks(report)];
    expect(plain.every((c) => typeof c === 'string')).toBe(true);
    const text = (chunks: Iterable<string | Uint8Array>) => [...chunks].map(chunkText).join('');
    const all = new JsonPieces();
    packages.forEach((p) => all.add(p));
    const ahead = [...renderJsonChunks(report, all)];
    expect(ahead.filter((c) => typeof c !== 'string')).toHaveLength(packages.length);
    expect(text(ahead)).toBe(text(plain));
    expect(Buffer.concat(ahead.map((c) => Buffer.from(c as never)))).toEqual(Buffer.from(text(plain)));
    // A budget the first package uses up: the rest are stringified when the report is written.
    const some = new JsonPieces(1);
    packages.forEach((p) => some.add(p));
    expect(some.get(packages[0])).toBeDefined();
    expect(some.get(packages[1])).toBeUndefined();
    expect(text(renderJsonChunks(report, some))).toBe(text(plain));
    // A piece is used only where a package sits: the same object elsewhere in a value is written in full.
    expect([...jsonChunks({ nested: packages[0] }, 2)].join('')).toBe(JSON.stringify({ nested: packages[0] }, null, 2));
  });

  it('gives SARIF as before', () => {
    const report = fixtureReport([pkg(), cleanPackage(), pkg({ path: 'b.zip' })]);
    expect(renderSarif(report)).toBe(JSON.stringify(sarifLog(report), null, 2) + '\n');
  });
});
