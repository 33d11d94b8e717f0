// Hostile icons: PNGs that lie about their size, declare 100,000 × 100,000 pixels, or hide a decompression
// bomb in their image data. Each gives a finding at the manifest value naming the icon; memory stays bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorPackage } from '../helpers/connector-packages.js';
import { CaseTable } from './support/measure.js';
import { rawPng, rgbaRows } from './support/png-bytes.js';
import { goodFiles, READ_PROBLEM_IDS, runCase, warmUp, Workspace, yazlZip, type CaseOutcome } from './support/run.js';

const ws = new Workspace();
const table = new CaseTable('images');
const MEMORY_BOUND_MIB = 100;

beforeAll(async () => {
  await warmUp(ws);
});
afterAll(() => {
  table.write();
  ws.cleanup();
});

function expectRunWentOn(o: CaseOutcome): void {
  expect(o.report.packages).toHaveLength(2);
  expect(o.good.kind).toBe('teams-app');
  expect(o.good.findings.filter((f) => READ_PROBLEM_IDS.test(f.ruleId))).toEqual([]);
  expect(o.bad.findings.filter((f) => /^Internal error/.test(f.message))).toEqual([]);
  expect(o.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
}

/** Findings about the colour icon: at the manifest value that names it. */
function colorIconFindings(o: CaseOutcome) {
  const found = o.bad.findings.filter((f) => f.file === 'manifest.json' && f.pointer === '/icons/color' && f.severity === 'error');
  expect(found, JSON.stringify(o.bad.findings.map((f) => [f.ruleId, f.pointer, f.message]))).not.toHaveLength(0);
  return found;
}

async function teamsWithColorIcon(file: string, icon: Uint8Array): Promise<string> {
  return ws.write(file, await yazlZip({ ...goodFiles(), 'color.png': icon }));
}

describe('Teams icons', () => {
  it('a PNG declaring 100,000 × 100,000 pixels is refused from its header', async () => {
    const icon = rawPng({ width: 100_000, height: 100_000, idat: rgbaRows(1, 1) });
    const o = await runCase(ws, 'icon declaring 100,000 × 100,000', await teamsWithColorIcon('png-huge.zip', icon), table);
    expect(colorIconFindings(o).map((f) => f.message).join(' ')).toMatch(/100000×100000|100000 × 100000|100,000/);
    expectRunWentOn(o);
  });

  // pngjs alone read past short image data (uninitialised memory), so this once passed or failed at random.
  it('a PNG whose header says 192 × 192 but whose data holds 32 rows is corrupt', async () => {
    const icon = rawPng({ width: 192, height: 192, idat: rgbaRows(192, 32) });
    const o = await runCase(ws, 'icon lying about its size (192×192 header, 32 rows of data)', await teamsWithColorIcon('png-liar.zip', icon), table);
    colorIconFindings(o);
    expectRunWentOn(o);
  });

  it('a truncated PNG is corrupt', async () => {
    const full = rawPng({ width: 192, height: 192, idat: rgbaRows(192, 192) });
    const o = await runCase(ws, 'icon truncated to 100 bytes', await teamsWithColorIcon('png-truncated.zip', full.subarray(0, 100)), table);
    colorIconFindings(o);
    expectRunWentOn(o);
  });

  it('a 192 × 192 PNG whose image data inflates to 64 MiB is not inflated past its size', async () => {
    const block = Buffer.alloc(4 * 1024 * 1024);
    const { deflateSync } = await import('node:zlib');
    const idat = deflateSync(Buffer.concat(Array.from({ length: 16 }, () => block)), { level: 9 }); // 64 MiB
    const icon = rawPng({ width: 192, height: 192, idat });
    const o = await runCase(ws, 'icon whose IDAT inflates to 64 MiB (192×192 header)', await teamsWithColorIcon('png-idat-bomb.zip', icon), table);
    colorIconFindings(o);
    expectRunWentOn(o);
  });

  it('a 4,096 × 4,096 PNG (the largest decoded) stays within the memory bound', async () => {
    const icon = rawPng({ width: 4096, height: 4096, colorType: 0, idat: (await import('node:zlib')).deflateSync(Buffer.alloc(4097 * 4096), { level: 9 }) });
    const o = await runCase(ws, 'icon of 4096×4096 grey (decoded to RGBA)', await teamsWithColorIcon('png-4096.zip', icon), table);
    colorIconFindings(o); // wrong size for a colour icon
    expectRunWentOn(o);
  });

  it('a JPEG named .png is named as such', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
    const o = await runCase(ws, 'JPEG named color.png', await teamsWithColorIcon('png-jpeg.zip', jpeg), table);
    expect(colorIconFindings(o).map((f) => f.message).join(' ')).toMatch(/JPEG/);
    expectRunWentOn(o);
  });
});

describe('Power Platform connector icon', () => {
  it('an icon.png declaring 100,000 × 100,000 pixels gives a finding, and the connector is still checked', async () => {
    const record = connectorPackage((p) => {
      p.files['icon.png'] = rawPng({ width: 100_000, height: 100_000, idat: rgbaRows(1, 1) });
    });
    const files = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'string' || v instanceof Uint8Array ? v : JSON.stringify(v)]));
    const o = await runCase(ws, 'connector icon.png declaring 100,000 × 100,000', ws.write('connector-png.zip', await yazlZip(files)), table);
    expect(o.bad.kind).toBe('power-platform-connector');
    const icon = o.bad.findings.filter((f) => f.ruleId.startsWith('powerplatform.icon'));
    expect(icon.map((f) => f.message).join(' '), JSON.stringify(o.bad.findings.map((f) => [f.ruleId, f.message]))).toMatch(/100000|100,000/);
    expectRunWentOn(o);
  });
});
