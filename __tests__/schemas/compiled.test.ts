// Validators compiled ahead of time (scripts/compile-schemas.mjs, loaded by validate.ts) must behave exactly as
// Ajv compiling the same schema at run time with Microsoft's options: the same verdict and the same errors
// (keyword, instancePath, schemaPath, params, message) in the same order, for real packages, for targeted
// breakages and for random ones.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script, without types
import { compileSchemaSource, compileSchemas, schemaFiles, SCHEMA_SOURCE } from '../../scripts/compile-schemas.mjs';
import { AJV_OPTIONS, FORMATS, anonymous, compiledFileOf } from '../../src/engine/schemas/ajv-setup.mjs';
import {
  API_PLUGIN_VERSIONS,
  DECLARATIVE_AGENT_VERSIONS,
  TEAMS_MANIFEST_VERSIONS,
  loadSchemaJson,
  schemaFile,
  setSchemaRootDir,
  type SchemaFamily,
} from '../../src/engine/schemas/catalog.js';
import { clearValidatorCache, getValidator, isPrecompiled, loadCompiledValidator, validateAgainst } from '../../src/engine/schemas/validate.js';
import { readTarget } from '../../src/engine/read/read-target.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from '../helpers/corpus.js';

const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

// Compiling all 69 schemas takes many seconds; these cover the oldest and newest of each family, devPreview and
// the versions most corpus packages use.
const SAMPLE: [SchemaFamily, string][] = [
  ...['1.0', '1.16', '1.25', TEAMS_MANIFEST_VERSIONS.at(-2)!, 'devPreview'].map((v): [SchemaFamily, string] => ['teams', v]),
  ['teams-localization', '1.25'],
  ...[DECLARATIVE_AGENT_VERSIONS[0], DECLARATIVE_AGENT_VERSIONS.at(-1)!].map((v): [SchemaFamily, string] => ['declarative-agent', v]),
  ...[API_PLUGIN_VERSIONS[0], API_PLUGIN_VERSIONS.at(-1)!].map((v): [SchemaFamily, string] => ['api-plugin', v]),
];

interface Pair {
  rel: string;
  family: SchemaFamily;
  compiled: ValidateFunction;
  raw: ValidateFunction;
}

let outDir: string;
const pairs: Pair[] = [];

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'compiled-schemas-'));
  const rels = SAMPLE.map(([family, version]) => ({ family, rel: schemaFile(family, version) })).filter((s): s is { family: SchemaFamily; rel: string } => !!s.rel);
  compileSchemas(outDir, SCHEMA_SOURCE, rels.map((r) => r.rel));
  for (const { family, rel } of rels) {
    const source = readFileSync(join(outDir, compiledFileOf(rel)), 'utf8');
    // A separate Ajv instance per schema, built as Microsoft's tooling builds it: the reference behaviour.
    const ajv = new Ajv04({ ...AJV_OPTIONS });
    addFormats(ajv as never, [...FORMATS]);
    pairs.push({ rel, family, compiled: loadCompiledValidator(source, rel), raw: ajv.compile(anonymous(loadSchemaJson(rel))) });
  }
}, 120_000);

afterAll(() => {
  setSchemaRootDir(undefined);
  clearValidatorCache();
  rmSync(outDir, { recursive: true, force: true });
});

function outcome(validate: ValidateFunction, doc: unknown) {
  const valid = validate(doc);
  return { valid, errors: structuredClone(validate.errors ?? null) };
}

function expectSame(pair: Pair, doc: unknown): boolean {
  const raw = outcome(pair.raw, doc);
  const compiled = outcome(pair.compiled, doc);
  // A string comparison first (tens of thousands of comparisons); toEqual only to show a difference.
  if (JSON.stringify(compiled) !== JSON.stringify(raw)) expect(compiled, pair.rel).toEqual(raw);
  return raw.valid;
}

/** Targeted breakages of a document: each kind of keyword the schemas use (required, type, enum, maxLength with
 * astral characters, pattern, format, uniqueItems, additionalProperties, minItems). */
function breakages(doc: Record<string, unknown>): unknown[] {
  const out: unknown[] = [null, [], 'manifest', {}];
  const keys = Object.keys(doc);
  for (const k of keys) {
    const without = { ...doc };
    delete without[k];
    out.push(without);
    for (const v of [1, 'x', '', 'not a uri', 'a@', '\u{1F600}'.repeat(200), [], [1, 1], [{}, {}], {}, null, true]) out.push({ ...doc, [k]: v });
  }
  out.push({ ...doc, notInTheSchema: 1 });
  return out;
}

const samples: Record<string, unknown>[] = [];

describe.skipIf(!HAS_CORPUS)('compiled validators on the corpus', () => {
  beforeAll(async () => {
    for (const e of corpusIndex().filter((c) => c.path.startsWith('teams/'))) {
      const { view } = await readTarget({ abs: resolve(CORPUS_DIR, e.path), display: e.path, type: 'zip' });
      for (const name of view?.names ?? []) {
        if (!name.toLowerCase().endsWith('.json')) continue;
        const doc = view!.json(name);
        if (doc?.ok && doc.value && typeof doc.value === 'object' && !Array.isArray(doc.value)) samples.push(doc.value as Record<string, unknown>);
      }
    }
  }, 120_000);

  it('match raw Ajv on every JSON document of every corpus package, against every sampled schema', () => {
    expect(samples.length).toBeGreaterThan(30);
    let valid = 0;
    for (const pair of pairs) for (const doc of samples) if (expectSame(pair, doc)) valid++;
    // Some documents must pass and many fail, or the comparison proves little.
    expect(valid).toBeGreaterThan(5);
  });

  it('match raw Ajv on targeted breakages of the corpus documents', () => {
    // Each document against the schemas of its own family, which is where its breakages produce deep errors.
    const familyOf = (doc: Record<string, unknown>): SchemaFamily =>
      'manifestVersion' in doc ? 'teams' : 'instructions' in doc ? 'declarative-agent' : 'functions' in doc || 'runtimes' in doc ? 'api-plugin' : 'teams-localization';
    let compared = 0;
    const perFamily = new Map<SchemaFamily, number>();
    for (const doc of samples) {
      // Four documents per family keep the run short; the corpus test above covers every document unbroken.
      const n = perFamily.get(familyOf(doc)) ?? 0;
      if (n >= 4) continue;
      perFamily.set(familyOf(doc), n + 1);
      for (const pair of pairs.filter((p) => p.family === familyOf(doc))) {
        for (const broken of breakages(doc)) expectSame(pair, broken);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(12);
  });
});

describe('compiled validators', () => {
  it('cover every schema the catalog can name', () => {
    const files = new Set(schemaFiles());
    const named = [
      ...TEAMS_MANIFEST_VERSIONS.flatMap((v) => [schemaFile('teams', v), schemaFile('teams-localization', v)]),
      ...DECLARATIVE_AGENT_VERSIONS.map((v) => schemaFile('declarative-agent', v)),
      ...API_PLUGIN_VERSIONS.map((v) => schemaFile('api-plugin', v)),
    ].filter((r): r is string => !!r);
    expect(named.length).toBeGreaterThan(60);
    expect(named.filter((r) => !files.has(r))).toEqual([]);
  });

  it('are generated deterministically', () => {
    const rel = schemaFile('api-plugin', API_PLUGIN_VERSIONS.at(-1)!)!;
    expect(compileSchemaSource(rel)).toBe(compileSchemaSource(rel));
  });

  it('match raw Ajv on the example manifest and its breakages', async () => {
    const { view } = await readTarget({ abs: resolve('examples/teams/contoso-orders-message-extension'), display: 'x', type: 'folder' });
    const doc = view!.json('manifest.json');
    expect(doc?.ok).toBe(true);
    const manifest = (doc as { value: Record<string, unknown> }).value;
    for (const pair of pairs.filter((p) => p.family === 'teams')) {
      for (const broken of [manifest, ...breakages(manifest)]) expectSame(pair, broken);
    }
  });

  it('match raw Ajv on random values placed anywhere in a manifest', () => {
    const teams = pairs.filter((p) => p.family === 'teams');
    const base = { manifestVersion: '1.25', id: '00000000-0000-0000-0000-000000000000', version: '1.0.0', name: { short: 'a', full: 'b' }, developer: { name: 'c', websiteUrl: 'https://a.example', privacyUrl: 'https://a.example/p', termsOfUseUrl: 'https://a.example/t' }, description: { short: 'd', full: 'e' }, icons: { color: 'color.png', outline: 'outline.png' }, accentColor: '#FFFFFF', composeExtensions: [{ botId: '00000000-0000-0000-0000-000000000000', commands: [{ id: 'x', title: 'y' }] }] };
    const keys = ['id', 'version', 'name', 'developer', 'description', 'icons', 'accentColor', 'composeExtensions', 'validDomains', 'webApplicationInfo', 'copilotAgents', 'localizationInfo'];
    fc.assert(
      fc.property(fc.constantFrom(...teams), fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (pair, key, value) => {
        expectSame(pair, { ...base, [key]: value });
      }),
      { numRuns: 300, seed: 20260125 },
    );
  });

  it('are what validateAgainst uses when the schema root holds them, with the same issues', () => {
    // A schema root with the JSON schemas (the catalog reads them to know which versions exist) and the compiled files.
    cpSync(join(SCHEMA_SOURCE, 'teams'), join(outDir, 'teams'), { recursive: true, filter: (src) => !src.endsWith('.cjs') });
    cpSync(join(SCHEMA_SOURCE, 'copilot'), join(outDir, 'copilot'), { recursive: true });
    const manifest = { manifestVersion: '1.25', id: 'not-a-guid', name: { short: '\u{1F600}'.repeat(40) }, extra: true };
    clearValidatorCache();
    const fromSource = validateAgainst('teams', '1.25', manifest);
    expect(isPrecompiled(getValidator('teams', '1.25')!)).toBe(false);
    setSchemaRootDir(outDir);
    clearValidatorCache();
    try {
      expect(isPrecompiled(getValidator('teams', '1.25')!)).toBe(true);
      expect(compiledFileOf(schemaFile('teams', '1.25')!)).toMatch(/\.cjs$/);
      expect(validateAgainst('teams', '1.25', manifest)).toEqual(fromSource);
      expect(fromSource!.length).toBeGreaterThan(3);
    } finally {
      setSchemaRootDir(undefined);
      clearValidatorCache();
    }
  });
});
