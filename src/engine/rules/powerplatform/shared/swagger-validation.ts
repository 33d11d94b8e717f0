// Swagger 2.0 validation with @apidevtools/swagger-parser: the Swagger 2.0 JSON schema (all errors, with pointers)
// and the spec checks it adds (duplicate parameters, path parameters, required properties; it stops at the first).
// Offline: resolution of anything but the document itself is off, and `$ref`s that point outside the document or
// nowhere are replaced by `{}` in the copy validated, so they cannot stop the schema check (the ref rule reports them).
import SwaggerParser from '@apidevtools/swagger-parser';
import { resolvePointer } from '../../../json/pointer.js';
import type { JsonRecord } from '../../../util/values.js';
import { allRefs, refPointer } from './refs.js';
import { operationsOf } from './operations.js';

export interface SwaggerProblem {
  pointer: string;
  message: string;
}

const cache = new WeakMap<JsonRecord, Promise<SwaggerProblem[]>>();
const MAX_SCHEMA_PROBLEMS = 50;

export function validateSwagger(swagger: JsonRecord): Promise<SwaggerProblem[]> {
  let pending = cache.get(swagger);
  if (!pending) {
    pending = run(swagger);
    cache.set(swagger, pending);
  }
  return pending;
}

async function run(swagger: JsonRecord): Promise<SwaggerProblem[]> {
  const copy = structuredClone(swagger);
  for (const { ref, holder } of [...allRefs(copy)]) {
    const target = refPointer(ref);
    if (target === undefined || resolvePointer(copy, target) === undefined) {
      delete holder.$ref;
    }
  }
  try {
    await SwaggerParser.validate(copy as never, { resolve: { external: false, http: false, file: false } } as never);
    return [];
  } catch (e) {
    return describe(swagger, e);
  }
}

interface AjvIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

function describe(swagger: JsonRecord, e: unknown): SwaggerProblem[] {
  const err = e as { message?: string; details?: AjvIssue[] };
  if (Array.isArray(err.details)) return schemaProblems(err.details);
  const message = String(err.message ?? e).replace(/^Validation failed\.\s*/, '');
  return [{ pointer: pointerInMessage(swagger, message), message: `Swagger validation: ${message}` }];
}

// Ajv reports every branch of a oneOf; keep one message per location, preferring specific keywords.
function schemaProblems(issues: AjvIssue[]): SwaggerProblem[] {
  const byPath = new Map<string, AjvIssue[]>();
  for (const issue of issues) {
    const p = issue.instancePath ?? '';
    byPath.set(p, [...(byPath.get(p) ?? []), issue]);
  }
  const paths = [...byPath.keys()];
  const problems: SwaggerProblem[] = [];
  for (const p of paths) {
    // A parent whose children have their own messages adds nothing but "must match exactly one schema".
    if (paths.some((q) => q !== p && q.startsWith(`${p}/`))) continue;
    const list = byPath.get(p)!;
    const best = list.find((i) => i.keyword === 'additionalProperties' || i.keyword === 'required' || i.keyword === 'enum' || i.keyword === 'pattern' || i.keyword === 'type') ?? list[0];
    problems.push({ pointer: p, message: `Swagger 2.0 schema: ${p || '/'} ${explain(best)}.` });
    if (problems.length >= MAX_SCHEMA_PROBLEMS) break;
  }
  return problems;
}

function explain(issue: AjvIssue): string {
  const params = issue.params ?? {};
  if (issue.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `has the unknown member "${params.additionalProperty}" (custom members must start with "x-")`;
  }
  if (issue.keyword === 'enum' && Array.isArray(params.allowedValues)) return `must be one of ${params.allowedValues.map(String).join(', ')}`;
  return issue.message ?? 'is not valid';
}

// swagger-parser's spec messages name the operation as "/paths/{path}/{method}" with the path unescaped.
function pointerInMessage(swagger: JsonRecord, message: string): string {
  const best = operationsOf(swagger)
    .filter((op) => message.includes(`/paths${op.path}/${op.method}`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (best) return best.pointer;
  const def = /\/definitions\/([^\s/]+)/.exec(message);
  return def ? `/definitions/${def[1]}` : '';
}
