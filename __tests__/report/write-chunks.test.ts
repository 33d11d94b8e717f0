// Files written in pieces: text and pieces already encoded (the JSON report's packages, made during the run) are
// written in order, whatever the block boundaries, with characters of every UTF-8 length among them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOutputs } from '../../src/shared/output-path.js';
import { blocks, writeChunks } from '../../src/shared/write-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'cpc-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new TextEncoder().encode(s)));

describe('writing pieces', () => {
  it('writes text and encoded pieces in order, as one UTF-8 text', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), async (pieces) => {
        const expected = pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
        const file = join(dir, `out-${n++}.json`);
        await writeChunks(file, pieces, cliOutputs(dir));
        expect(readFileSync(file, 'utf8')).toBe(Buffer.from(expected).toString('utf8'));
        expect([...blocks(pieces, 7)].join('')).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('writes pieces larger than a block, and many small ones past several blocks', async () => {
    const big = 'é'.repeat(700_000);
    const pieces = [big, new TextEncoder().encode('✓'.repeat(500_000)), ...Array.from({ length: 3000 }, (_, i) => (i % 2 ? `${i}😀` : new TextEncoder().encode(`${i},`)))];
    const file = join(dir, 'big.json');
    await writeChunks(file, pieces, cliOutputs(dir));
    expect(readFileSync(file, 'utf8')).toBe(pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join(''));
  });
});
