// Every JSON schema a swagger document holds (definitions, body parameters, responses, their properties and
// items, all the way down) with its pointer, so schema rules see each schema once, where it is written.
import { asArray, asRecord, type JsonRecord } from '../../../util/values.js';
import { escapeToken } from '../../../json/pointer.js';
import { operationsOf } from './operations.js';
import { allRefs, refPointer } from './refs.js';

export interface SchemaSite {
  schema: JsonRecord;
  pointer: string;
  /** Where the schema is used: request bodies and definitions count as input, responses as output. */
  role: 'definition' | 'request' | 'response';
  /** The name of the property this schema describes, when it is one. */
  property?: string;
  /** True when the parent object lists this property in `required`. */
  required: boolean;
}

const cache = new WeakMap<JsonRecord, SchemaSite[]>();

export function schemasOf(swagger: JsonRecord): SchemaSite[] {
  const cached = cache.get(swagger);
  if (cached) return cached;
  const sites: SchemaSite[] = [];
  for (const [schema, p, role] of schemaRoots(swagger)) walk(schema, p, role, undefined, false, sites, 0);
  cache.set(swagger, sites);
  return sites;
}

/** The schemas written directly in the document's definitions, parameters and responses (not those inside them). */
function schemaRoots(swagger: JsonRecord): Array<[unknown, string, SchemaSite['role']]> {
  const roots: Array<[unknown, string, SchemaSite['role']]> = [];
  for (const [name, s] of Object.entries(asRecord(swagger.definitions) ?? {})) roots.push([s, `/definitions/${escapeToken(name)}`, 'definition']);
  for (const [name, p] of Object.entries(asRecord(swagger.parameters) ?? {})) {
    roots.push([asRecord(p)?.schema, `/parameters/${escapeToken(name)}/schema`, 'request']);
  }
  for (const [name, r] of Object.entries(asRecord(swagger.responses) ?? {})) {
    roots.push([asRecord(r)?.schema, `/responses/${escapeToken(name)}/schema`, 'response']);
  }
  for (const op of operationsOf(swagger)) {
    asArray(op.op.parameters).forEach((p, i) => roots.push([asRecord(p)?.schema, `${op.pointer}/parameters/${i}/schema`, 'request']));
    for (const [code, r] of Object.entries(asRecord(op.op.responses) ?? {})) {
      roots.push([asRecord(r)?.schema, `${op.pointer}/responses/${escapeToken(code)}/schema`, 'response']);
    }
  }
  return roots;
}

const EMPTY: readonly unknown[] = [];

// Depth-bounded: schemas are trees here because `$ref`s are not followed.
function walk(value: unknown, p: string, role: SchemaSite['role'], property: string | undefined, required: boolean, out: SchemaSite[], depth: number): void {
  const schema = asRecord(value);
  if (!schema || depth > 64) return;
  out.push({ schema, pointer: p, role, property, required });
  const properties = asRecord(schema.properties);
  if (properties) {
    // A short list is searched; a long one (a hostile file can list thousands) becomes a set.
    const list = Array.isArray(schema.required) ? schema.required : EMPTY;
    const req: { has(name: string): boolean } = list.length > 16 ? new Set(list) : { has: (name) => list.includes(name) };
    for (const name of Object.keys(properties)) {
      walk(properties[name], `${p}/properties/${escapeToken(name)}`, role, name, req.has(name), out, depth + 1);
    }
  }
  if (Array.isArray(schema.items)) schema.items.forEach((it, i) => walk(it, `${p}/items/${i}`, role, undefined, false, out, depth + 1));
  else walk(schema.items, `${p}/items`, role, undefined, false, out, depth + 1);
  if (asRecord(schema.additionalProperties)) walk(schema.additionalProperties, `${p}/additionalProperties`, role, undefined, false, out, depth + 1);
  asArray(schema.allOf).forEach((s, i) => walk(s, `${p}/allOf/${i}`, role, undefined, false, out, depth + 1));
}

const requestCache = new WeakMap<JsonRecord, Set<string>>();

/**
 * Pointers (`/definitions/name`) of the definitions a request body can reach through `$ref`s, directly or through
 * other definitions. A definition only responses use is output, whatever its name.
 */
export function requestDefinitions(swagger: JsonRecord): Set<string> {
  const cached = requestCache.get(swagger);
  if (cached) return cached;
  const reached = new Set<string>();
  // The request schemas as written (the schemas inside them are walked with them, so each object is walked once).
  const queue = schemaRoots(swagger)
    .filter(([schema, , role]) => role === 'request' && asRecord(schema))
    .map(([schema]) => schema as JsonRecord);
  for (let i = 0; i < queue.length && reached.size < 10_000; i++) {
    for (const { ref } of allRefs(queue[i])) {
      const target = refPointer(ref);
      const name = target && /^\/definitions\/[^/]+$/.test(target) ? target : undefined;
      if (!name || reached.has(name)) continue;
      reached.add(name);
      const def = asRecord(asRecord(swagger.definitions)?.[decodeToken(name.slice('/definitions/'.length))]);
      if (def) queue.push(def);
    }
  }
  requestCache.set(swagger, reached);
  return reached;
}

function decodeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * A schema's place in words, for lists of places: `/paths/~1orders/get/responses/200/schema/properties/lines/items`
 * reads "GET /orders, 200 response: lines[]", `/definitions/Order/properties/id` reads "Order: id".
 */
export function schemaPlace(pointer: string): string {
  const tokens = pointer.split('/').slice(1).map(decodeToken);
  let head: string;
  if (tokens[0] === 'paths' && tokens.length >= 3) head = `${tokens[2].toUpperCase()} ${tokens.splice(0, 3)[1]}`;
  else head = tokens.splice(0, 2)[1] ?? '';
  const context: string[] = [];
  let property = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'responses' || t === 'parameters') context.push(t === 'responses' ? `${tokens[++i]} response` : `parameter ${tokens[++i]}`);
    else if (t === 'properties') property += `${property ? '.' : ''}${tokens[++i] ?? ''}`;
    else if (t === 'items') property += property ? '[]' : 'items';
    else if (t !== 'schema') property += `${property ? '.' : ''}${t}`;
  }
  return [[head, ...context].join(', '), property].filter(Boolean).join(': ');
}
