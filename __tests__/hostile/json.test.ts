// Hostile and broken JSON in packages: huge, deeply nested, wrongly encoded, with duplicate keys, NaN or
// comments. Each gives a clear finding with a position, nothing crashes, and the good package after it is checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_CHARS, MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../src/engine/read/limits.js';
import { validManifest } from '../helpers/packages.js';
import { CaseTable } from './support/measure.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import { asBytes, findingsWith, goodFiles, READ_PROBLEM_IDS, runCase, warmUp, Workspace, yazlZip, type CaseOutcome } from './support/run.js';

const ws = new Workspace();
const table = new CaseTable('json');
const MEMORY_BOUND_MIB = 200;

beforeAll(async () => {
  await warmUp(ws);
});
afterAll(() => {
  table.write();
  ws.cleanup();
});

/** A Teams zip whose manifest.json is exactly these bytes (icons as in the good package). */
async function teamsZipWithManifest(file: string, manifest: string | Uint8Array): Promise<string> {
  return ws.write(file, await yazlZip({ ...goodFiles(), 'manifest.json': manifest }));
}

/** Deterministic text that does not compress (so the zip ratio limit does not refuse it first). */
function noise(length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let seed = 12345;
  const out = new Array<string>(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = alphabet[(seed >>> 16) % alphabet.length];
  }
  return out.join('');
}

function manifestText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify(validManifest(overrides), null, 2);
}

function expectRunWentOn(o: CaseOutcome): void {
  expect(o.report.schemaVersion).toBe(1);
  expect(o.report.packages).toHaveLength(2);
  expect(o.good.kind).toBe('teams-app');
  expect(o.good.findings.filter((f) => READ_PROBLEM_IDS.test(f.ruleId))).toEqual([]);
  expect(o.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function only(o: CaseOutcome, ruleId: string) {
  const found = findingsWith(o.bad, ruleId);
  expect(found, `findings: ${JSON.stringify(o.bad.findings.map((f) => [f.ruleId, f.message]))}`).not.toHaveLength(0);
  return found;
}

describe('huge manifests', () => {
  it(`a manifest over ${MAX_JSON_CHARS} characters is not parsed`, async () => {
    const text = manifestText({ description: { short: 'x', full: noise(12 * 1024 * 1024) } });
    const o = await runCase(ws, 'manifest of 12 MiB (one long string)', await teamsZipWithManifest('huge-string.zip', text), table);
    const [f] = only(o, 'package.zip-limit');
    expect(f.file).toBe('manifest.json');
    expect(f.message).toMatch(/manifest\.json was not checked: it is \d+ characters long/);
    expectRunWentOn(o);
  });

  it(`a manifest of 1.9 million tiny values (under ${MAX_JSON_CHARS} characters) is refused by its value count`, async () => {
    const count = Math.floor((MAX_JSON_CHARS - 4096) / 2);
    const text = manifestText({ validDomains: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', `[${noise(count - 1, '0123456789').split('').join(',')},1]`);
    expect(text.length).toBeLessThanOrEqual(MAX_JSON_CHARS);
    const o = await runCase(ws, 'manifest of 4 MiB: 1.9M-element array', await teamsZipWithManifest('huge-array.zip', text), table);
    const [f] = only(o, 'package.zip-limit');
    expect(f.message).toMatch(new RegExp(`manifest\\.json was not checked: it holds more than ${MAX_JSON_VALUES} values`));
    expectRunWentOn(o);
  });

  it(`a manifest of ${MAX_JSON_VALUES - 5000} wrong values is checked, with a bounded number of findings`, async () => {
    const text = manifestText({ validDomains: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', `[${noise(MAX_JSON_VALUES - 5000, '0123456789').split('').join(',')}]`);
    const o = await runCase(ws, `manifest with ${MAX_JSON_VALUES - 5000} wrong array items`, await teamsZipWithManifest('many-values.zip', text), table);
    expect(o.bad.kind).toBe('teams-app');
    const schema = only(o, 'teams.manifest-schema');
    expect(schema.some((f) => f.pointer.startsWith('/validDomains') && typeof f.line === 'number')).toBe(true);
    expect(o.bad.findings.length).toBeLessThan(1000);
    expectRunWentOn(o);
  });
});

describe('huge connector definitions', () => {
  // 10,000, not more: Ajv's own error collection is quadratic here (5,000 wrong properties: 0.1 s, 10,000: 1 s,
  // 20,000: 4.4 s, 45,000: 27 s), an open defect reported to the lead; the grouping of errors no longer adds to it.
  it('a connector swagger with 10,000 wrong properties is checked, with a bounded number of findings', async () => {
    const record = connectorPackage((p) => {
      p.swagger.definitions = { ...(p.swagger.definitions ?? {}), Big: { type: 'object', properties: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`p${i}`, { type: 42 }])) } };
    });
    const o = await runCase(ws, 'connector swagger with 10,000 wrong properties', ws.write('connector-big.zip', await yazlZip(asBytes(record))), table);
    expect(o.bad.kind).toBe('power-platform-connector');
    expect(o.bad.findings.some((f) => f.ruleId === 'powerplatform.swagger-schema')).toBe(true);
    expect(o.bad.findings.length).toBeLessThan(2000);
    expectRunWentOn(o);
  });
});

describe('deep nesting', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('a manifest nested 100,000 levels deep is refused unparsed, with the position where it goes too deep', async () => {
    const text = manifestText({ x: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deep(100_000));
    const o = await runCase(ws, 'manifest nested 100,000 levels', await teamsZipWithManifest('deep.zip', text), table);
    const [f] = only(o, 'package.json-too-deep');
    expect(f.file).toBe('manifest.json');
    expect(f.message).toMatch(new RegExp(`more than ${MAX_JSON_DEPTH} levels`));
    expect(f.line).toBeGreaterThan(1);
    expect(f.column).toBeGreaterThan(MAX_JSON_DEPTH);
    expectRunWentOn(o);
  });

  it('objects nested 100,000 levels deep in a standalone connector file are refused too', async () => {
    const text = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const o = await runCase(ws, 'connector JSON nested 100,000 levels (objects)', ws.write('deep-connector.json', text), table);
    only(o, 'package.json-too-deep');
    expectRunWentOn(o);
  });

  it(`nesting of exactly ${MAX_JSON_DEPTH} levels is read (passing case)`, async () => {
    const text = manifestText({ x: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', deep(MAX_JSON_DEPTH - 1));
    const o = await runCase(ws, `manifest nested ${MAX_JSON_DEPTH} levels (passing case)`, await teamsZipWithManifest('deep-ok.zip', text), table);
    expect(findingsWith(o.bad, 'package.json-too-deep')).toEqual([]);
    expect(o.bad.meta?.name).toBe('Contoso Orders');
    expectRunWentOn(o);
  });
});

describe('encodings', () => {
  it('bytes that are not UTF-8 are an error naming the byte', async () => {
    const text = manifestText();
    const bytes = Buffer.from(text, 'utf8');
    const at = text.indexOf('Contoso Orders');
    bytes[at] = 0xff;
    const o = await runCase(ws, 'manifest not UTF-8 (0xFF)', await teamsZipWithManifest('latin.zip', bytes), table);
    const [f] = only(o, 'package.json-encoding');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(`manifest.json is not valid UTF-8 (byte 0xff at offset ${at}); save it as UTF-8.`);
    expectRunWentOn(o);
  });

  it('UTF-16 with a byte-order mark is read, with a warning', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(manifestText(), 'utf16le')]);
    const o = await runCase(ws, 'manifest UTF-16 LE with BOM', await teamsZipWithManifest('utf16.zip', bytes), table);
    const [f] = only(o, 'package.json-encoding');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/UTF-16 LE with a byte-order mark/);
    expect(o.bad.meta?.name).toBe('Contoso Orders'); // it was read
    expectRunWentOn(o);
  });

  it('UTF-16 without a byte-order mark is named as such', async () => {
    const o = await runCase(ws, 'manifest UTF-16 LE without BOM', await teamsZipWithManifest('utf16-nobom.zip', Buffer.from(manifestText(), 'utf16le')), table);
    expect(only(o, 'package.json-encoding')[0].message).toMatch(/UTF-16 or UTF-32 without a byte-order mark/);
    expectRunWentOn(o);
  });

  it('UTF-8 with a byte-order mark is accepted (passing case)', async () => {
    const o = await runCase(ws, 'manifest UTF-8 with BOM (passing case)', await teamsZipWithManifest('utf8-bom.zip', '\uFEFF' + manifestText()), table);
    expect(findingsWith(o.bad, 'package.json-encoding')).toEqual([]);
    expect(findingsWith(o.bad, 'package.json-parse')).toEqual([]);
    expectRunWentOn(o);
  });
});

describe('duplicate keys, NaN, comments', () => {
  it('a key repeated in one object is reported at the second copy', async () => {
    const text = manifestText().replace('"short": "Contoso Orders",', '"short": "Contoso Orders",\n    "short": "An Evil Twin Name",');
    const o = await runCase(ws, 'manifest with a duplicate key', await teamsZipWithManifest('dup-key.zip', text), table);
    const [f] = only(o, 'package.json-duplicate-key');
    expect(f.pointer).toBe('/name/short');
    expect(f.line).toBe(text.split('\n').findIndex((l) => l.includes('Evil Twin')) + 1);
    expect(f.message).toMatch(/repeats the key "short"/);
    expectRunWentOn(o);
  });

  it('NaN is a syntax error with line and column', async () => {
    const text = manifestText().replace('"accentColor": "#FFFFFF"', '"accentColor": NaN');
    const o = await runCase(ws, 'manifest with NaN', await teamsZipWithManifest('nan.zip', text), table);
    const [f] = only(o, 'package.json-parse');
    const line = text.split('\n').findIndex((l) => l.includes('NaN'));
    expect({ line: f.line, column: f.column }).toEqual({ line: line + 1, column: text.split('\n')[line].indexOf('NaN') + 1 });
    expectRunWentOn(o);
  });

  it('comments are a syntax error with line and column', async () => {
    const text = manifestText().replace('"version": "1.0.0",', '"version": "1.0.0", // bumped by CI\n  /* block */');
    const o = await runCase(ws, 'manifest with comments', await teamsZipWithManifest('comments.zip', text), table);
    const [f] = only(o, 'package.json-parse');
    expect(f.line).toBe(text.split('\n').findIndex((l) => l.includes('// bumped')) + 1);
    expectRunWentOn(o);
  });

  it('a standalone connector file with comments says why it is not recognised', async () => {
    const text = '{\n  // the connection\n  "id": "contosoorders",\n  "name": "Contoso Orders",\n  "description": "Orders"\n}\n';
    const o = await runCase(ws, 'standalone connector JSON with comments', ws.write('connector-comments.json', text), table);
    const [f] = only(o, 'package.unrecognized');
    expect(f.message).toMatch(/is not valid JSON \(Unexpected character '\/' found\.?\)/);
    expect({ line: f.line, column: f.column }).toEqual({ line: 2, column: 3 });
    expectRunWentOn(o);
  });

  it('syntax error messages never quote the file (it may hold secrets)', async () => {
    const text = manifestText({ webApplicationInfo: { id: 'PLACEHOLDER' } }).replace('"PLACEHOLDER"', "'sk-live-SECRET-123'");
    const o = await runCase(ws, 'manifest with a quoted secret in a syntax error', await teamsZipWithManifest('secret-syntax.zip', text), table);
    only(o, 'package.json-parse');
    expect(JSON.stringify(o.bad.findings)).not.toContain('SECRET');
    expectRunWentOn(o);
  });
});

describe('odd values', () => {
  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"manifest"'],
    ['a huge number', '1e999'],
    ['an empty file', ''],
    ['whitespace', '   \n\t  '],
  ])('a manifest that is %s gives findings, not a crash', async (label, text) => {
    const o = await runCase(ws, `manifest is ${label}`, await teamsZipWithManifest(`odd-${label.replace(/\W+/g, '_')}.zip`, text), table);
    expect(o.bad.kind).toBe('teams-app');
    expect(o.bad.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(o.bad.findings.filter((f) => /^Internal error/.test(f.message))).toEqual([]);
    expectRunWentOn(o);
  });

  it('keys with line breaks and control characters reach pointers as they are, in a well-formed report', async () => {
    const text = manifestText().replace('"version": "1.0.0",', '"version": "1.0.0",\n  "d\\r\\n\\u0000/~x": 1,');
    const o = await runCase(ws, 'manifest key with CR, LF, NUL, / and ~', await teamsZipWithManifest('control-key.zip', text), table);
    const f = o.bad.findings.find((x) => x.pointer === '/d\r\n\u0000~1~0x');
    expect(f, JSON.stringify(o.bad.findings.map((x) => [x.ruleId, x.pointer]))).toBeDefined();
    expectWellFormed(o.report);
    expectRunWentOn(o);
  });

  it('__proto__ keys do not pollute Object.prototype', async () => {
    const text = manifestText().replace('{', '{\n  "__proto__": { "polluted": true, "manifestVersion": "9" },\n  "constructor": { "prototype": { "polluted": true } },');
    const o = await runCase(ws, 'manifest with __proto__ and constructor keys', await teamsZipWithManifest('proto.zip', text), table);
    expect(o.bad.kind).toBe('teams-app');
    expect(o.bad.findings.filter((f) => /^Internal error/.test(f.message))).toEqual([]);
    expectRunWentOn(o);
  });
});
