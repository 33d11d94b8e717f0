// The zip reader and the read-problem rules, each with a package that breaks it and one that does not.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import { MAX_ENTRIES, MAX_READ_PROBLEMS } from '../../src/engine/read/limits.js';
import { readTarget } from '../../src/engine/read/read-target.js';
import { readZip } from '../../src/engine/read/zip.js';
import { inflateRawSync } from 'node:zlib';
import { rawZip, zeroBomb } from '../hostile/support/raw-zip.js';
import { goodFiles, Workspace, yazlZip } from '../hostile/support/run.js';

const ws = new Workspace();
afterAll(() => ws.cleanup());
const at = (name: string) => join(ws.dir, name);
const enc = (s: string) => Buffer.from(s);

async function ruleIdsOf(name: string): Promise<string[]> {
  const { report } = await checkPaths([name], { audience: 'both', toolVersion: '0.0.0-test', cwd: ws.dir });
  return report.packages[0].findings.map((f) => f.ruleId);
}

describe('package.zip-corrupt', () => {
  it('breaking: a file that is not a zip', async () => {
    const r = await readZip(at(ws.write('c1.zip', 'not a zip')));
    expect(r.view).toBeNull();
    expect(r.problems).toEqual([{ ruleId: 'package.zip-corrupt', message: expect.stringMatching(/^The file is not a readable zip archive: .+\.$/) }]);
  });

  it('breaking: an entry whose checksum does not match is left out, the others are read', async () => {
    const r = await readZip(at(ws.write('c2.zip', rawZip([{ name: 'a.json', data: enc('{}'), crc: 7 }, { name: 'b.json', data: enc('{}') }]))));
    expect(r.view?.names).toEqual(['b.json']);
    expect(r.problems).toEqual([{ ruleId: 'package.zip-corrupt', file: 'a.json', message: expect.stringContaining('"a.json" fails its CRC-32 check') }]);
  });

  it('breaking: an entry with an unsupported compression method', async () => {
    const zip = rawZip([{ name: 'a.bin', compressed: enc('xx'), declaredSize: 2, method: 12 as 8 }]);
    const r = await readZip(at(ws.write('c3.zip', zip)));
    expect(r.problems[0]).toMatchObject({ ruleId: 'package.zip-corrupt', file: 'a.bin' });
    expect(r.problems[0].message).toMatch(/^"a\.bin" could not be inflated: .*compression method.*12/);
  });

  it('passing: a well-formed archive, stored and deflated entries', async () => {
    const r = await readZip(at(ws.write('c4.zip', await yazlZip({ 'a.json': { data: '{"a":1}', compress: false }, 'b/c.json': '{"b":2}' }))));
    expect(r.problems).toEqual([]);
    expect(r.view?.names).toEqual(['a.json', 'b/c.json']);
    expect(r.view?.text('b/c.json')).toBe('{"b":2}');
    expect(r.view?.container).toBe('zip');
  });
});

describe('package.zip-entry-refused', () => {
  it('breaking: names that climb out, are absolute, use backslashes or hold control characters', async () => {
    const names = ['../x', '/etc/x', 'C:\\x', 'a\\b', 'a/../../x', 'tab\tname'];
    const r = await readZip(at(ws.write('r1.zip', rawZip([...names.map((name) => ({ name, data: enc('x') })), { name: 'ok.txt', data: enc('x') }]))));
    expect(r.view?.names).toEqual(['ok.txt']);
    expect(r.problems.map((p) => p.ruleId)).toEqual(names.map(() => 'package.zip-entry-refused'));
    // Unsafe names appear in messages only, JSON-quoted, never as the finding's file.
    expect(r.problems.every((p) => p.file === undefined)).toBe(true);
    expect(r.problems[5].message).toContain('"tab\\tname"');
  });

  it('breaking: a second copy of a name, even when the first was refused', async () => {
    const zip = rawZip([
      { name: 'a.bin', data: Buffer.alloc(2 * 1024 * 1024) }, // refused by ratio
      { name: 'a.bin', data: enc('sneaky') },
    ]);
    const r = await readZip(at(ws.write('r2.zip', zip)));
    expect(r.view?.names).toEqual([]);
    expect(r.problems.map((p) => p.ruleId)).toEqual(['package.zip-limit', 'package.zip-entry-refused']);
  });

  it('breaking: a symbolic link and an encrypted entry', async () => {
    const zip = rawZip([
      { name: 'link', data: enc('/etc/passwd'), unixMode: 0o120777 },
      { name: 'secret.json', data: enc('{}'), flags: 1 },
    ]);
    const r = await readZip(at(ws.write('r3.zip', zip)));
    expect(r.problems.map((p) => [p.ruleId, p.message])).toEqual([
      ['package.zip-entry-refused', 'The entry "link" is a symbolic link.'],
      ['package.zip-entry-refused', '"secret.json" is encrypted and cannot be read.'],
    ]);
  });

  it('breaking: a target that is itself a symbolic link is not followed', async () => {
    const real = ws.write('real.zip', await yazlZip(goodFiles()));
    symlinkSync(at(real), at('link.zip'));
    const r = await readTarget({ abs: at('link.zip'), display: 'link.zip', type: 'zip' });
    expect(r.view).toBeNull();
    expect(r.problems).toEqual([{ ruleId: 'package.zip-entry-refused', message: 'The path is a symbolic link; it was not followed.' }]);
  });

  it('passing: nested folders, dots inside names and folder entries are fine', async () => {
    const zip = rawZip([{ name: 'a/' }, { name: 'a/b..c.json', data: enc('{}') }, { name: '.well-known/x', data: enc('x') }]);
    const r = await readZip(at(ws.write('r4.zip', zip)));
    expect(r.problems).toEqual([]);
    expect(r.view?.names).toEqual(['a/b..c.json', '.well-known/x']);
  });
});

describe('package.zip-limit', () => {
  it(`breaking: more than ${MAX_ENTRIES} entries; problems past ${MAX_READ_PROBLEMS} are summarised`, async () => {
    const entries = Array.from({ length: MAX_ENTRIES + 50 }, (_, i) => ({ name: i < 40 ? `../${i}` : `f${i}`, data: enc('x') }));
    const r = await readZip(at(ws.write('l1.zip', rawZip(entries))));
    expect(r.view?.names).toHaveLength(MAX_ENTRIES - 40);
    expect(r.problems[0]).toEqual({ ruleId: 'package.zip-limit', message: `The archive declares ${MAX_ENTRIES + 50} entries; only the first ${MAX_ENTRIES} are read.` });
    expect(r.problems).toHaveLength(MAX_READ_PROBLEMS + 1);
    expect(r.problems.at(-1)).toEqual({ ruleId: 'package.zip-entry-refused', message: `${40 - (MAX_READ_PROBLEMS - 1)} more problems of this kind were not listed.` });
  });

  it('breaking: an entry compressed more than the ratio allows', async () => {
    const r = await readZip(at(ws.write('l2.zip', rawZip([{ name: 'z.bin', data: Buffer.alloc(4 * 1024 * 1024) }]))));
    expect(r.problems).toEqual([{ ruleId: 'package.zip-limit', file: 'z.bin', message: expect.stringMatching(/^The entry "z\.bin" is compressed \d+:1; more than 200:1 looks like a zip bomb\.$/) }]);
  });

  it(`passing: exactly ${MAX_ENTRIES} entries, and a 2 MiB entry that does not compress`, async () => {
    const noise = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const entries = [{ name: 'noise.bin', data: noise }, ...Array.from({ length: MAX_ENTRIES - 1 }, (_, i) => ({ name: `f${i}`, data: enc('x') }))];
    const r = await readZip(at(ws.write('l3.zip', rawZip(entries))));
    expect(r.problems).toEqual([]);
    expect(r.view?.names).toHaveLength(MAX_ENTRIES);
  });
});

describe('package.unrecognized', () => {
  it('breaking: a zip with no package in it', async () => {
    expect(await ruleIdsOf(ws.write('u1.zip', await yazlZip({ 'readme.txt': 'hello' })))).toEqual(['package.unrecognized']);
  });

  it('passing: a Teams package', async () => {
    expect(await ruleIdsOf(ws.write('u2.zip', await yazlZip(goodFiles())))).not.toContain('package.unrecognized');
  });
});

describe('test support', () => {
  it('the hand-made deflate bomb really inflates to its size in zeros', () => {
    const bomb = zeroBomb(10_000);
    const out = inflateRawSync(bomb.compressed);
    expect(out.length).toBe(bomb.size);
    expect(out.every((b) => b === 0)).toBe(true);
  });
});
