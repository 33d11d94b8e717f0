// Every error Ajv reports for a corpus manifest against Microsoft's schema of its version must appear among our
// teams.manifest-schema findings at the same pointer (and we report nothing the schema does not).
import { basename, resolve } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkView } from '../../src/engine/check.js';
import { manifestSchema } from '../../src/engine/rules/teams/schema.js';
import { readTarget } from '../../src/engine/read/read-target.js';
import { loadSchemaJson, schemaFile } from '../../src/engine/schemas/catalog.js';
import { escapeToken } from '../../src/engine/json/pointer.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from '../helpers/corpus.js';
import { teamsPackage, validManifest, check } from '../helpers/packages.js';

const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

// A separate Ajv instance, configured like Microsoft's toolkit (draft-04, all errors), so the comparison does not
// reuse the validator under test.
const ajv = new Ajv04({ allErrors: true, strict: false, validateSchema: false });
addFormats(ajv as never, ['uri', 'email', 'regex', 'uuid']);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function rawErrors(manifest: Record<string, unknown>): ErrorObject[] {
  const rel = schemaFile('teams', String(manifest.manifestVersion));
  if (!rel) return [];
  let validate = compiled.get(rel);
  if (!validate) {
    const schema = loadSchemaJson(rel);
    delete schema.$id;
    delete schema.id;
    validate = ajv.compile(schema);
    compiled.set(rel, validate);
  }
  return validate(manifest) ? [] : [...(validate.errors ?? [])];
}

/** Where an error belongs: the missing or extra property itself, else the offending value. */
function expectedPointer(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required' && typeof p.missingProperty === 'string') return `${e.instancePath}/${escapeToken(p.missingProperty)}`;
  if (e.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string') return `${e.instancePath}/${escapeToken(p.additionalProperty)}`;
  return e.instancePath;
}

async function compare(files: Parameters<typeof teamsPackage>[1] | undefined, manifest: Record<string, unknown>) {
  const report = await check(teamsPackage(manifest, files ?? {}), { rules: [manifestSchema] });
  const ours = new Set(report.findings.filter((f) => f.ruleId === 'teams.manifest-schema').map((f) => f.pointer));
  const expected = new Set(rawErrors(manifest).map(expectedPointer));
  return { ours, expected };
}

describe("'teams.manifest-schema' matches raw Ajv", () => {
  it('on a manifest with many kinds of schema error', async () => {
    const m = validManifest({ id: 'nope', accentColor: 'red', extra: 1, developer: { name: 'x' }, validDomains: 'a' });
    const { ours, expected } = await compare(undefined, m);
    expect(expected.size).toBeGreaterThan(4);
    expect([...ours].sort()).toEqual([...expected].sort());
  });

  describe.skipIf(!HAS_CORPUS)('on every corpus manifest', () => {
    const entries = corpusIndex().filter((e) => e.path.startsWith('teams/'));
    const manifests = new Map<string, Record<string, unknown>>();
    const ours = new Map<string, Set<string>>();
    beforeAll(async () => {
      for (const e of entries) {
        const { view, problems } = await readTarget({ abs: resolve(CORPUS_DIR, e.path), display: e.path, type: 'zip' });
        const doc = view?.json('manifest.json');
        if (!view || !doc?.ok) continue;
        manifests.set(basename(e.path), doc.value as Record<string, unknown>);
        const report = await checkView(view, problems, e.path, { audience: 'both', rules: [manifestSchema] });
        ours.set(basename(e.path), new Set(report.findings.filter((f) => f.ruleId === 'teams.manifest-schema').map((f) => f.pointer)));
      }
    }, 120_000);

    it('finds the parseable manifests and some schema errors among them', () => {
      expect(manifests.size).toBe(entries.length - 1);
      const total = [...manifests.values()].reduce((n, m) => n + rawErrors(m).length, 0);
      expect(total).toBeGreaterThan(5);
    });

    it.each(entries.map((e) => basename(e.path)).filter((n) => !n.startsWith('tab-meeting')))('%s', (pkg) => {
      const expected = new Set(rawErrors(manifests.get(pkg)!).map(expectedPointer));
      expect([...(ours.get(pkg) ?? [])].sort()).toEqual([...expected].sort());
    });
  });
});
