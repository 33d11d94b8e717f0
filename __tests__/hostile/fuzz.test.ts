// Fuzzing: a valid Teams package zip with bytes flipped, cut or inserted, and manifests with values replaced,
// removed or added, and their text damaged. Whatever comes in, checkPaths resolves to a well-formed report
// (schemaVersion 1, every finding complete) and no rule fails internally. Runs are few so `npm test` stays fast;
// set FUZZ_RUNS and FUZZ_SEED to explore more (a failure prints its seed and the shrunk case).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import type { Report } from '../../src/engine/types.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import { asBytes, Workspace, yazlZip } from './support/run.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED === undefined ? 20261125 : Number(process.env.FUZZ_SEED);
const ws = new Workspace();
let validZip: Buffer;
let counter = 0;

beforeAll(async () => {
  validZip = await yazlZip(asBytes(teamsPackage()));
});
afterAll(() => ws.cleanup());

async function checkBytes(bytes: Uint8Array, ext = 'zip'): Promise<Report> {
  const name = ws.write(`fuzz/${counter++}.${ext}`, bytes);
  const { report, missing } = await checkPaths([name], { audience: 'both', toolVersion: '0.0.0-fuzz', cwd: ws.dir });
  expect(missing).toEqual([]);
  return report;
}

/** The contract every report keeps, whatever the input. */
function expectSound(report: Report): void {
  expect(report.schemaVersion).toBe(1);
  expect(report.packages).toHaveLength(1);
  for (const f of report.packages[0].findings) {
    expect(typeof f.ruleId).toBe('string');
    expect(['error', 'warning', 'notice']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
    expect(typeof f.file).toBe('string');
    expect(typeof f.pointer).toBe('string');
    expect(f.audiences.length).toBeGreaterThan(0);
    expect(f.docs).toMatch(/^https:\/\//);
  }
  expectWellFormed(report);
  const internal = report.packages[0].findings.filter((f) => /^Internal error in rule/.test(f.message));
  expect(internal.map((f) => f.message)).toEqual([]);
}

type Mutation = { kind: 'flip'; at: number; mask: number } | { kind: 'truncate'; at: number } | { kind: 'insert'; at: number; bytes: Uint8Array } | { kind: 'overwrite'; at: number; bytes: Uint8Array };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  // Header fields (sizes, offsets, counts) are 2 to 8 bytes: overwrite runs of that length with extremes or noise.
  fc.record({
    kind: fc.constant('overwrite' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.constantFrom(Uint8Array.of(0xff, 0xff, 0xff, 0xff), Uint8Array.of(0, 0, 0, 0), Uint8Array.of(0xff, 0xff)), fc.uint8Array({ minLength: 2, maxLength: 8 })),
  }),
);

function apply(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] ^= m.mask;
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    else out.set(m.bytes.subarray(0, Math.max(0, out.length - at)), at);
  }
  return out;
}

/** A JSON value that stresses rules: wrong types, odd strings, extremes, prototype keys. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, -0, '', ' ', '\u0000', '\uFEFF', '\uD800', '../../etc/passwd', 'C:\\x', '${{TEAMS_APP_ID}}', '#', 'http://', [], {}, [[[]]]),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'length'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

type Path = Array<string | number>;

function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((v, i) => paths(v, [...at, i])) : Object.entries(value).map(([k, v]) => paths(v, [...at, k]));
  return [at, ...children.flat()];
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove && !Array.isArray(node)) delete node[last];
  else if (remove) (node as unknown as unknown[]).splice(Number(last), 1);
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

describe('fuzzing the engine', () => {
  it('zip bytes flipped, cut, inserted or overwritten', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        expectSound(await checkBytes(apply(validZip, mutations)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('manifest values replaced, removed or added', async () => {
    const base = validManifest();
    const all = paths(base);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ path: fc.constantFrom(...all), value: oddValue, remove: fc.boolean(), extraKey: fc.option(fc.string({ maxLength: 12 })) }), { minLength: 1, maxLength: 5 }),
        async (edits) => {
          let manifest: unknown = structuredClone(base);
          for (const e of edits) {
            const target = e.extraKey !== null && e.path.length > 0 ? [...e.path.slice(0, -1), e.extraKey] : e.path;
            try {
              manifest = setAt(manifest as Record<string, unknown>, target, e.value, e.remove);
            } catch {
              // the path no longer exists after an earlier edit: skip this edit
            }
          }
          const zip = await yazlZip(asBytes(teamsPackage(validManifest(), { 'manifest.json': JSON.stringify(manifest, null, 2) ?? 'undefined' })));
          expectSound(await checkBytes(zip));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('manifest text with characters deleted, duplicated or inserted', async () => {
    const text = JSON.stringify(validManifest(), null, 2);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 8 }), insert: fc.constantFrom('', '{', '}', '[', ']', ',', '"', ':', '\\', '//', '/*', 'NaN', '\u0000', '\uFEFF', '"a":1,', '\n') }), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          let t = text;
          for (const e of edits) t = t.slice(0, e.at) + e.insert + t.slice(e.at + e.cut);
          const report = await checkBytes(await yazlZip(asBytes(teamsPackage(validManifest(), { 'manifest.json': t }))));
          expectSound(report);
          // A manifest that does not parse is reported with a position inside the text.
          const parse = report.packages[0].findings.find((f) => f.ruleId === 'package.json-parse' && f.file === 'manifest.json');
          if (parse) expect(parse.line).toBeLessThanOrEqual(t.split('\n').length + 1);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('standalone connector JSON as arbitrary values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        expectSound(await checkBytes(Buffer.from(JSON.stringify(value) ?? 'null'), 'json'));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
