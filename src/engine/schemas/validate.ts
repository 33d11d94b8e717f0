// Schema validation with Ajv, configured as Microsoft's own tooling does (draft-04, allErrors,
// uri/email/regex formats: ajv-setup.mjs). The bundle ships validators compiled ahead of time
// (scripts/compile-schemas.mjs), one file per schema version, read only when a package needs that version;
// compiling Microsoft's Teams schema at run time costs about 300 ms of a cold run. Where no compiled file
// exists (running from the sources, in tests), the schema is compiled here with the same options.
// Either way a validator is made at most once per schema file and process.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as formatsModule from 'ajv-formats/dist/formats.js';
import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import type { ValidateFunction } from 'ajv';
import { AJV_OPTIONS, FORMATS, STANDALONE_RUNTIME, anonymous, compiledFileOf } from './ajv-setup.mjs';
import { loadSchemaJson, schemaFile, schemaRootDir, type SchemaFamily } from './catalog.js';
import { explainErrors, type SchemaIssue } from './explain.js';
import type { FindingDraft } from '../types.js';

export type { SchemaIssue } from './explain.js';

const cache = new Map<string, ValidateFunction>();
// Both packages are CommonJS with a `default` export (the module itself); NodeNext types them as a wrapped namespace.
type Ajv04Class = (typeof import('ajv-draft-04'))['default'];
type AddFormats = (typeof import('ajv-formats'))['default'];
let ajv: InstanceType<Ajv04Class> | undefined;

// Ajv's compiler is required only when a schema has no compiled validator (running from the sources): evaluating
// it at start-up cost every cold run of the bundle 15-20 ms for nothing.
function getAjv(): InstanceType<Ajv04Class> {
  if (!ajv) {
    const require = createRequire(import.meta.url);
    const Ajv04 = (require('ajv-draft-04') as { default: Ajv04Class }).default;
    const addFormats = (require('ajv-formats') as { default: AddFormats }).default;
    ajv = new Ajv04({ ...AJV_OPTIONS });
    addFormats(ajv as never, [...FORMATS]);
  }
  return ajv;
}

export function getValidator(family: SchemaFamily, version: string): ValidateFunction | undefined {
  const rel = schemaFile(family, version);
  if (!rel) return undefined;
  const cached = cache.get(rel);
  if (cached) return cached;
  const compiledPath = join(schemaRootDir(), compiledFileOf(rel));
  const validator = existsSync(compiledPath)
    ? loadCompiledValidator(readFileSync(compiledPath, 'utf8'), compiledPath)
    : getAjv().compile(anonymous(loadSchemaJson(rel)));
  cache.set(rel, validator);
  return validator;
}

/** Forgets the validators made so far (tests that switch the schema root). */
export function clearValidatorCache(): void {
  cache.clear();
  schemaJson.clear();
}

const precompiled = new WeakSet<ValidateFunction>();

/** True when `validate` came from a file compiled ahead of time, not from Ajv at run time. */
export function isPrecompiled(validate: ValidateFunction): boolean {
  return precompiled.has(validate);
}

// The CommonJS modules Ajv's standalone code requires, as `require` would return them. Imported as namespaces
// and unwrapped, because bundlers and Node disagree on what the default import of a CommonJS module is.
const runtimeModules: Record<string, unknown> = {
  'ajv/dist/runtime/ucs2length': { default: cjsDefault<(s: string) => number>(ucs2lengthModule) },
  'ajv/dist/runtime/equal': { default: cjsDefault<(a: unknown, b: unknown) => boolean>(equalModule) },
  'ajv-formats/dist/formats': { fullFormats: cjsExports<{ fullFormats: unknown }>(formatsModule, 'fullFormats').fullFormats },
};
if (STANDALONE_RUNTIME.some((m) => !(m in runtimeModules))) throw new Error('validate.ts lacks a module of STANDALONE_RUNTIME');

/**
 * Turns the source of an Ajv standalone validator (CommonJS) into the validate function. Ajv itself turns the
 * code it generates into a function with `new Function` (ajv/lib/compile); this does the same with code it
 * generated at build time, handing it the few runtime helpers it requires.
 */
export function loadCompiledValidator(source: string, name: string): ValidateFunction {
  const module = { exports: {} as unknown };
  const require = (id: string): unknown => {
    if (!(id in runtimeModules)) throw new Error(`${name} requires "${id}", which is not provided`);
    return runtimeModules[id];
  };
  new Function('require', 'module', 'exports', `${source}\n//# sourceURL=${name}`)(require, module, module.exports);
  if (typeof module.exports !== 'function') throw new Error(`${name} is not an Ajv standalone validator`);
  const validate = module.exports as ValidateFunction;
  precompiled.add(validate);
  return validate;
}

function cjsExports<T>(ns: unknown, member: string): T {
  const n = ns as Record<string, unknown>;
  const d = n.default as Record<string, unknown> | undefined;
  return (d && member in d ? d : n) as T;
}

function cjsDefault<T>(ns: unknown): T {
  // Node: namespace.default is module.exports ({ default: fn }); webpack may hand the function itself.
  let v = (ns as { default?: unknown }).default;
  while (v && typeof v === 'object' && 'default' in v) v = (v as { default: unknown }).default;
  if (typeof v !== 'function') throw new Error('an Ajv runtime helper is not a function');
  return v as T;
}

/**
 * Validates `value`; undefined when no schema exists for that family and version. The errors are explained
 * (explain.ts): oneOf/anyOf branches chosen by what the value was meant to be, messages in words with the value.
 */
export function validateAgainst(family: SchemaFamily, version: string, value: unknown): SchemaIssue[] | undefined {
  const validate = getValidator(family, version);
  if (!validate) return undefined;
  if (validate(value)) return [];
  return explainErrors(validate.errors ?? [], schemaJsonOf(family, version), value);
}

const schemaJson = new Map<string, Record<string, unknown>>();

/** The schema itself, read only when a value fails it: the explanation walks it to choose oneOf/anyOf branches. */
function schemaJsonOf(family: SchemaFamily, version: string): Record<string, unknown> {
  const rel = schemaFile(family, version)!;
  let json = schemaJson.get(rel);
  if (!json) {
    json = loadSchemaJson(rel);
    schemaJson.set(rel, json);
  }
  return json;
}

/** A schema issue as a rule's finding draft in `file`. */
export function issueDraft(file: string, issue: SchemaIssue): FindingDraft {
  return { file, pointer: issue.pointer, message: issue.message, ...(issue.severity ? { severity: issue.severity } : {}) };
}
