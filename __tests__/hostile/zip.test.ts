// Hostile and broken zip archives: each gives a clear package.* finding, the good package checked after it in
// the same run is still checked, and memory stays bounded. Time and memory go to .tmp/hostile/zip.md.
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, MAX_ENTRY_BYTES } from '../../src/engine/read/limits.js';
import { CaseTable } from './support/measure.js';
import { rawZip, unicodePathExtra, zeroBomb } from './support/raw-zip.js';
import { findingsWith, goodFiles, READ_PROBLEM_IDS, runCase, warmUp, Workspace, yazlZip, type CaseOutcome } from './support/run.js';

const ws = new Workspace();
const table = new CaseTable('zip');
const enc = (s: string) => Buffer.from(s, 'utf8');
const good = () => Object.entries(goodFiles()).map(([name, data]) => ({ name, data: Buffer.from(data) }));
/** Loose memory bound for every case (MiB above the baseline): the budget is 50 MB for a bomb. */
const MEMORY_BOUND_MIB = 100;

beforeAll(async () => {
  await warmUp(ws);
});
afterAll(() => {
  table.write();
  ws.cleanup();
});

/** Every case: the run went on, the good package is clean of read problems, memory stayed bounded. */
function expectRunWentOn(o: CaseOutcome): void {
  expect(o.report.schemaVersion).toBe(1);
  expect(o.report.packages).toHaveLength(2);
  expect(o.good.kind).toBe('teams-app');
  expect(o.good.findings.filter((f) => READ_PROBLEM_IDS.test(f.ruleId))).toEqual([]);
  expect(o.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
}

function expectFinding(o: CaseOutcome, ruleId: string, message: RegExp): void {
  const found = findingsWith(o.bad, ruleId);
  expect(found.map((f) => f.message), `findings: ${JSON.stringify(o.bad.findings.map((f) => [f.ruleId, f.message]))}`).toEqual(
    expect.arrayContaining([expect.stringMatching(message)]),
  );
  for (const f of found) expect(f.severity).toBe('error');
}

describe('zip bombs', () => {
  it('one entry declaring 1 GiB is refused before inflating', async () => {
    const bomb = zeroBomb(Math.floor((2 ** 30 - 1) / 258));
    const zip = rawZip([...good(), { name: 'bomb.bin', compressed: bomb.compressed, declaredSize: bomb.size, crc: 0 }]);
    const o = await runCase(ws, 'bomb: one entry, 1 GiB declared', ws.write('bomb-1g.zip', zip), table);
    expectFinding(o, 'package.zip-limit', /bomb\.bin.*1073741821 bytes/);
    expect(o.bad.kind).toBe('teams-app'); // the rest of the archive was read
    expect(o.bad.stats.bytes).toBeLessThan(MAX_ENTRY_BYTES);
    expectRunWentOn(o);
  });

  it('one entry that lies about its size (declares 1 KiB, inflates to 1 GiB) is cut off', async () => {
    const bomb = zeroBomb(Math.floor((2 ** 30 - 1) / 258));
    const zip = rawZip([{ name: 'liar.bin', compressed: bomb.compressed, declaredSize: 1024, crc: 0 }, ...good()]);
    const o = await runCase(ws, 'bomb: size lie (1 KiB declared, 1 GiB real)', ws.write('bomb-liar.zip', zip), table);
    expectFinding(o, 'package.zip-corrupt', /"liar\.bin" could not be inflated: it inflates to more than the 1024 bytes it declares/);
    expect(o.bad.kind).toBe('teams-app'); // entries after the liar were still read
    expectRunWentOn(o);
  });

  it('an entry compressed far more than real files is refused by ratio', async () => {
    const zip = rawZip([...good(), { name: 'zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) }]);
    const o = await runCase(ws, 'bomb: 8 MiB of zeros (ratio ~1000:1)', ws.write('bomb-ratio.zip', zip), table);
    expectFinding(o, 'package.zip-limit', /zeros\.bin.*compressed \d+:1/);
    expectRunWentOn(o);
  });

  it('many entries: only the first MAX_ENTRIES are read', async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ name: `e/${i}.txt`, data: enc('x') }));
    const o = await runCase(ws, 'bomb: 20,000 entries', ws.write('many-entries.zip', rawZip([...good(), ...entries])), table);
    expectFinding(o, 'package.zip-limit', new RegExp(`20003 entries.*first ${MAX_ENTRIES}`));
    expect(o.bad.stats.files).toBeLessThanOrEqual(MAX_ENTRIES);
    expectRunWentOn(o);
  });

  it('overlapping entries (1,000 records sharing one 1 MiB stream) are stopped by the archive-wide ratio', async () => {
    const kernel = Buffer.alloc(1024 * 1024 - 1);
    const entries = [
      ...good(),
      { name: 'k/0.bin', data: kernel },
      ...Array.from({ length: 999 }, (_, i) => ({ name: `k/${i + 1}.bin`, data: kernel, shareLocalWith: 3 })),
    ];
    const o = await runCase(ws, 'bomb: 1,000 overlapping 1 MiB entries', ws.write('overlap.zip', rawZip(entries)), table);
    expectFinding(o, 'package.zip-limit', /inflate|times|ratio|:1/);
    expect(o.bad.stats.bytes).toBeLessThan(16 * 1024 * 1024);
    expectRunWentOn(o);
  });

  it('nested zips are not opened', async () => {
    const bomb = zeroBomb(Math.floor((2 ** 30 - 1) / 258));
    const inner = rawZip([{ name: 'bomb.bin', compressed: bomb.compressed, declaredSize: bomb.size, crc: 0 }]);
    const middle = await yazlZip(Object.fromEntries(Array.from({ length: 2 }, (_, i) => [`inner${i}.zip`, { data: inner, compress: false }])));
    const outer = await yazlZip({ 'middle.zip': { data: middle, compress: false } });
    const o = await runCase(ws, 'bomb: nested zips (2 × 1 GiB inside)', ws.write('nested.zip', outer), table);
    expectFinding(o, 'package.unrecognized', /No package found/);
    expect(o.bad.stats.files).toBe(1);
    expect(o.bad.stats.bytes).toBe(middle.length);
    expectRunWentOn(o);
  });
});

describe('entry names and kinds that could escape the package', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['../x', '../x', /"\.\.\/x".*outside/],
    ['a/../../x', 'a/../../x', /outside/],
    ['/etc/x', '/etc/x', /"\/etc\/x".*absolute/],
    ['C:\\x', 'C:\\x', /absolute|backslash/],
    ['C:/x', 'C:/x', /absolute/],
    ['backslashes', 'icons\\color.png', /backslash/],
    ['..\\x', '..\\x', /backslash|outside/],
    ['NUL byte', Buffer.from('evil\0.json', 'latin1'), /control|NUL|refused|name/i],
  ];
  it.each(cases)('entry named %s is refused and the rest is read', async (label, name, message) => {
    const zip = rawZip([...good(), { name, data: enc('{"pwned":true}') }]);
    const o = await runCase(ws, `entry name ${label}`, ws.write(`name-${label.replace(/\W+/g, '_')}.zip`, zip), table);
    expectFinding(o, 'package.zip-entry-refused', message);
    expect(o.bad.kind).toBe('teams-app');
    expectRunWentOn(o);
  });

  it('a harmless header name hiding "../x" in a Unicode Path extra field is refused by the name it resolves to', async () => {
    const zip = rawZip([...good(), { name: 'innocent.txt', data: enc('x'), extra: unicodePathExtra('innocent.txt', '../../.github/workflows/x.yml') }]);
    const o = await runCase(ws, 'Unicode Path extra field naming ../../x', ws.write('unicode-path.zip', zip), table);
    expectFinding(o, 'package.zip-entry-refused', /"\.\.\/\.\.\/\.github\/workflows\/x\.yml" points outside/);
    expectRunWentOn(o);
  });

  it('a duplicated entry keeps the first copy', async () => {
    const zip = rawZip([...good(), { name: 'manifest.json', data: enc('{"evil":true}') }]);
    const o = await runCase(ws, 'duplicate manifest.json', ws.write('duplicate.zip', zip), table);
    expectFinding(o, 'package.zip-entry-refused', /"manifest\.json" appears more than once/);
    expect(o.bad.meta?.name).toBe('Contoso Orders');
    expectRunWentOn(o);
  });

  it('a symbolic link entry is refused', async () => {
    const zip = await yazlZip({ ...goodFiles(), 'link.json': { data: '/etc/passwd', mode: 0o120777 } });
    const o = await runCase(ws, 'symlink entry', ws.write('symlink.zip', zip), table);
    expectFinding(o, 'package.zip-entry-refused', /"link\.json" is a symbolic link/);
    expectRunWentOn(o);
  });

  it('an encrypted entry is refused', async () => {
    const zip = rawZip([...good(), { name: 'secret.json', data: enc('{}'), flags: 1 }]);
    const o = await runCase(ws, 'encrypted entry', ws.write('encrypted.zip', zip), table);
    expectFinding(o, 'package.zip-entry-refused', /"secret\.json" is encrypted/);
    expectRunWentOn(o);
  });
});

describe('broken archives', () => {
  it('a truncated archive (first half) is corrupt', async () => {
    const zip = await yazlZip(goodFiles());
    const o = await runCase(ws, 'truncated to half', ws.write('truncated-half.zip', zip.subarray(0, zip.length >> 1)), table);
    expectFinding(o, 'package.zip-corrupt', /not a readable zip/);
    expectRunWentOn(o);
  });

  it('an archive missing its last bytes is corrupt', async () => {
    const zip = await yazlZip(goodFiles());
    const o = await runCase(ws, 'truncated by 5 bytes', ws.write('truncated-tail.zip', zip.subarray(0, zip.length - 5)), table);
    expectFinding(o, 'package.zip-corrupt', /not a readable zip/);
    expectRunWentOn(o);
  });

  it('an archive whose middle is cut out is corrupt', async () => {
    const zip = await yazlZip(goodFiles());
    const cut = Buffer.concat([zip.subarray(0, 100), zip.subarray(200)]);
    const o = await runCase(ws, 'middle cut out', ws.write('truncated-middle.zip', cut), table);
    expectFinding(o, 'package.zip-corrupt', /./);
    expectRunWentOn(o);
  });

  it('an archive that declares more entries than it holds is corrupt, and what was read is kept', async () => {
    const zip = rawZip(good(), { declaredEntryCount: 60_000 });
    const o = await runCase(ws, 'entry count lie (60,000 declared, 3 real)', ws.write('count-lie.zip', zip), table);
    expectFinding(o, 'package.zip-corrupt', /damaged/);
    expect(o.bad.kind).toBe('teams-app');
    expectRunWentOn(o);
  });

  it('a bad checksum is reported for that entry', async () => {
    const zip = rawZip([...good(), { name: 'bad-crc.json', data: enc('{"a":1}'), crc: 1234 }]);
    const o = await runCase(ws, 'bad CRC-32', ws.write('bad-crc.zip', zip), table);
    expectFinding(o, 'package.zip-corrupt', /bad-crc\.json/);
    expect(o.bad.kind).toBe('teams-app');
    expectRunWentOn(o);
  });

  it('a text file named .zip is not a zip', async () => {
    const o = await runCase(ws, 'text file named .zip', ws.write('not-a.zip', 'manifest.json: this is not a zip\n'), table);
    expectFinding(o, 'package.zip-corrupt', /not a readable zip/);
    expectRunWentOn(o);
  });

  it('an empty file named .zip is not a zip', async () => {
    const o = await runCase(ws, 'zero-byte .zip', ws.write('zero.zip', ''), table);
    expectFinding(o, 'package.zip-corrupt', /not a readable zip/);
    expectRunWentOn(o);
  });

  it('an empty archive holds no package', async () => {
    const o = await runCase(ws, 'empty archive', ws.write('empty.zip', await yazlZip({})), table);
    expectFinding(o, 'package.unrecognized', /No package found/);
    expectRunWentOn(o);
  });

  it('an archive file past MAX_ARCHIVE_BYTES is not opened', async () => {
    const name = ws.write('huge-archive.zip', 'PK');
    truncateSync(join(ws.dir, name), 65 * 1024 * 1024); // sparse: costs no disk
    const o = await runCase(ws, 'archive file of 65 MiB', name, table);
    expectFinding(o, 'package.zip-limit', /archive is \d+ bytes/);
    expectRunWentOn(o);
  });
});

describe('zip64', () => {
  it('a well-formed zip64 package is read like any other', async () => {
    const o = await runCase(ws, 'valid zip64 package (passing case)', ws.write('zip64.zip', await yazlZip(goodFiles(), { forceZip64: true })), table);
    expect(o.bad.kind).toBe('teams-app');
    expect(o.bad.findings.filter((f) => READ_PROBLEM_IDS.test(f.ruleId))).toEqual([]);
    expectRunWentOn(o);
  });

  it('a zip64 entry declaring 2^52 bytes is refused', async () => {
    const zip = rawZip([...good(), { name: 'huge64.bin', data: enc('tiny'), declaredSize: 2 ** 52, zip64: true }], { zip64Eocd: true });
    const o = await runCase(ws, 'zip64 entry declaring 2^52 bytes', ws.write('zip64-huge.zip', zip), table);
    expectFinding(o, 'package.zip-limit', /huge64\.bin/);
    expectRunWentOn(o);
  });

  it('a zip64 end record declaring 2^40 entries is refused without iterating them', async () => {
    const zip = rawZip(good(), { zip64Eocd: true, declaredEntryCount: 2 ** 40 });
    const o = await runCase(ws, 'zip64 EOCD declaring 2^40 entries', ws.write('zip64-count.zip', zip), table);
    expectFinding(o, 'package.zip-limit', /entries/);
    expectRunWentOn(o);
  });
});
