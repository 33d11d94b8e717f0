// Folder and single-file reading, input expansion and symbolic links, decoding, the problem cap, CRC-32.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { tableCrc32 } from '../../src/engine/read/crc32.js';
import { readFolder, readSingleFile } from '../../src/engine/read/folder.js';
import { resolveInputs } from '../../src/engine/read/inputs.js';
import { MAX_FOLDER_DEPTH } from '../../src/engine/read/limits.js';
import { decodeBytes } from '../../src/engine/read/package-view.js';
import { ProblemList } from '../../src/engine/read/problems.js';
import { Workspace } from '../hostile/support/run.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());
const at = (...p: string[]) => join(ws.dir, ...p);

describe('readFolder', () => {
  it('reads files in code-point order, skips node_modules and .git, refuses symbolic links', async () => {
    ws.write('pkg/manifest.json', '{}');
    ws.write('pkg/b/x.json', '{}');
    ws.write('pkg/B.json', '{}');
    ws.write('pkg/node_modules/m.js', '');
    ws.write('pkg/.git/config', '[remote]');
    symlinkSync('/etc/passwd', at('pkg/passwd.json'));
    symlinkSync(at('pkg', 'b'), at('pkg/linked-dir'));
    const r = await readFolder(at('pkg'), 'pkg');
    expect(r.view?.names).toEqual(['B.json', 'b/x.json', 'manifest.json']);
    expect(r.problems).toEqual([
      { ruleId: 'package.zip-entry-refused', message: '"linked-dir" is a symbolic link; it was not followed.' },
      { ruleId: 'package.zip-entry-refused', message: '"passwd.json" is a symbolic link; it was not followed.' },
    ]);
  });

  it(`stops at ${MAX_FOLDER_DEPTH} levels of folders`, async () => {
    const deep = Array.from({ length: MAX_FOLDER_DEPTH + 2 }, (_, i) => `d${i}`);
    ws.write(join('deep', ...deep, 'x.json'), '{}');
    ws.write('deep/manifest.json', '{}');
    const r = await readFolder(at('deep'));
    expect(r.view?.names).toEqual(['manifest.json']);
    expect(r.problems).toEqual([{ ruleId: 'package.zip-limit', message: expect.stringMatching(/is nested deeper than 16 folders; it was not read\.$/) }]);
  });

  it('refuses what is not a regular file (a named pipe would block reading forever)', async () => {
    mkdirSync(at('fifo'));
    execFileSync('mkfifo', [at('fifo', 'pipe.json')]);
    const r = await readFolder(at('fifo'));
    expect(r.problems).toEqual([{ ruleId: 'package.zip-entry-refused', message: '"pipe.json" is not a regular file (a device, socket or pipe); it was not read.' }]);
    const single = await readSingleFile(at('fifo', 'pipe.json'), 'pipe.json');
    expect(single.view).toBeNull();
    expect(single.problems[0].ruleId).toBe('package.zip-entry-refused');
  });
});

describe('resolveInputs', () => {
  it('globs do not descend symbolic links to folders', async () => {
    ws.write('repo/appPackage/build/app.zip', 'PK');
    mkdirSync(at('outside/appPackage/build'), { recursive: true });
    writeFileSync(at('outside/appPackage/build/evil.zip'), 'PK');
    symlinkSync(at('outside'), at('repo/linked'));
    const { targets } = await resolveInputs(['**/appPackage/build/*.zip'], at('repo'));
    expect(targets.map((t) => t.display)).toEqual(['appPackage/build/app.zip']);
  });
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', [0x7b, 0x7d], 'utf-8', false],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x7b, 0x7d], 'utf-8', true],
    ['UTF-16 LE with BOM', [0xff, 0xfe, 0x7b, 0, 0x7d, 0], 'utf-16le', true],
    ['UTF-16 BE with BOM', [0xfe, 0xff, 0, 0x7b, 0, 0x7d], 'utf-16be', true],
  ])('%s reads as {}', (_label, bytes, encoding, bom) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual({ text: '{}', encoding, bom });
  });

  it('invalid UTF-8 is marked and decoded with replacement characters', () => {
    expect(decodeBytes(Uint8Array.from([0x22, 0xff, 0x22]))).toEqual({ text: '"\uFFFD"', encoding: 'invalid', bom: false });
  });
});

describe('ProblemList', () => {
  it('lists up to its cap and summarises the rest per rule', () => {
    const list = new ProblemList(2);
    for (const ruleId of ['a', 'b', 'a', 'a', 'b']) list.push({ ruleId, message: ruleId });
    expect(list.toArray()).toEqual([
      { ruleId: 'a', message: 'a' },
      { ruleId: 'b', message: 'b' },
      { ruleId: 'a', message: '2 more problems of this kind were not listed.' },
      { ruleId: 'b', message: '1 more problem of this kind was not listed.' },
    ]);
  });
});

describe('crc32', () => {
  it('the table version agrees with zlib', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => tableCrc32(bytes) === zlibCrc32(bytes) >>> 0));
  });
});
