// Schema validation with Ajv, configured as Microsoft's own tooling does (draft-04, allErrors,
// uri/email/regex formats). Validators are compiled lazily and cached per schema file.
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { loadSchemaJson, schemaFile, type SchemaFamily } from './catalog.js';
import { escapeToken } from '../json/pointer.js';

export interface SchemaIssue {
  /** Pointer of the offending value: for `required`, the missing property; for additionalProperties, the extra one. */
  pointer: string;
  message: string;
  keyword: string;
  /** True when the pointer names a property that does not exist (required). */
  missing: boolean;
}

const cache = new Map<string, ValidateFunction>();
// Both packages are CommonJS with a `default` export; under NodeNext the namespace arrives wrapped.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;
let ajv: InstanceType<typeof Ajv04> | undefined;

function getAjv(): InstanceType<typeof Ajv04> {
  if (!ajv) {
    ajv = new Ajv04({ allErrors: true, strict: false, strictTypes: false, validateSchema: false });
    addFormats(ajv as never, ['uri', 'email', 'regex', 'uuid']);
  }
  return ajv;
}

export function getValidator(family: SchemaFamily, version: string): ValidateFunction | undefined {
  const rel = schemaFile(family, version);
  if (!rel) return undefined;
  const cached = cache.get(rel);
  if (cached) return cached;
  const schema = loadSchemaJson(rel);
  // Several versions share one $id; without it each compiles as its own schema.
  delete schema.$id;
  delete schema.id;
  const compiled = getAjv().compile(schema);
  cache.set(rel, compiled);
  return compiled;
}

/** Validates `value`; undefined when no schema exists for that family and version. */
export function validateAgainst(family: SchemaFamily, version: string, value: unknown): SchemaIssue[] | undefined {
  const validate = getValidator(family, version);
  if (!validate) return undefined;
  if (validate(value)) return [];
  return dedupe((validate.errors ?? []).map(toIssue));
}

export function toIssue(e: ErrorObject): SchemaIssue {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required' && typeof params.missingProperty === 'string') {
    return {
      pointer: `${e.instancePath}/${escapeToken(params.missingProperty)}`,
      message: `${describe(e.instancePath)} is missing the required property "${params.missingProperty}".`,
      keyword: e.keyword,
      missing: true,
    };
  }
  if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return {
      pointer: `${e.instancePath}/${escapeToken(params.additionalProperty)}`,
      message: `${describe(e.instancePath)} has the property "${params.additionalProperty}", which the schema does not allow.`,
      keyword: e.keyword,
      missing: false,
    };
  }
  const detail =
    e.keyword === 'enum' && Array.isArray(params.allowedValues)
      ? `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
      : e.message ?? e.keyword;
  return { pointer: e.instancePath, message: `${describe(e.instancePath)} ${detail}.`, keyword: e.keyword, missing: false };
}

function describe(instancePath: string): string {
  return instancePath === '' ? 'The document' : `"${instancePath}"`;
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.pointer}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
