// Every JSON schema a swagger document holds (definitions, body parameters, responses, their properties and
// items, all the way down) with its pointer, so schema rules see each schema once, where it is written.
import { asArray, asRecord, type JsonRecord } from '../../../util/values.js';
import { escapeToken } from '../../../json/pointer.js';
import { operationsOf } from './operations.js';
import { refPointer, refStrings } from './refs.js';

/**
 * A schema where it is written. Its pointer is made when read: a large definition holds tens of thousands of
 * schemas, few of which reach a finding, and a pointer string made for each cost about 100 MB of allocation over the
 * 990 connectors of the scale bench.
 */
export class SchemaSite {
  #pointer: string | undefined;
  constructor(
    readonly schema: JsonRecord,
    // The site that holds this schema, the member that leads from it ("/properties", "/items") and the name or
    // index in that member, if any; for a schema at the top, its whole pointer (and no parent).
    private readonly parent: SchemaSite | undefined,
    private readonly via: string,
    private readonly key: string | number | undefined,
    /** Where the schema is used: request bodies and definitions count as input, responses as output. */
    readonly role: 'definition' | 'request' | 'response',
    /** The name of the property this schema describes, when it is one. */
    readonly property: string | undefined,
    /** True when the parent object lists this property in `required`. */
    readonly required: boolean,
  ) {}

  get pointer(): string {
    if (this.#pointer === undefined) {
      const at = this.parent ? this.parent.pointer + this.via : this.via;
      this.#pointer = this.key === undefined ? at : `${at}/${typeof this.key === 'number' ? this.key : escapeToken(this.key)}`;
    }
    return this.#pointer;
  }

  /** The pointer's last two tokens, as written in it (escaped), without making the pointer. */
  lastTokens(): [string, string] {
    if (this.key !== undefined) return [this.via.slice(1), typeof this.key === 'number' ? String(this.key) : escapeToken(this.key)];
    if (this.parent) return [this.parent.lastTokens()[1], this.via.slice(1)];
    const tokens = this.via.split('/');
    return [tokens[tokens.length - 2] ?? '', tokens[tokens.length - 1]];
  }
}

const cache = new WeakMap<JsonRecord, SchemaSite[]>();

export function schemasOf(swagger: JsonRecord): SchemaSite[] {
  const cached = cache.get(swagger);
  if (cached) return cached;
  const sites: SchemaSite[] = [];
  for (const [schema, p, role] of schemaRoots(swagger)) walk(schema, p, undefined, role, undefined, false, sites, 0);
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
function walk(value: unknown, via: string, key: string | number | undefined, role: SchemaSite['role'], property: string | undefined, required: boolean, out: SchemaSite[], depth: number, parent?: SchemaSite): void {
  const schema = asRecord(value);
  if (!schema || depth > 64) return;
  const site = new SchemaSite(schema, parent, via, key, role, property, required);
  out.push(site);
  // Each member asked with `in` first: most schemas are leaves without them, and an absent member is found faster so
  // (none of these names is Object.prototype's).
  const properties = 'properties' in schema ? asRecord(schema.properties) : undefined;
  if (properties) {
    // A short list is searched; a long one (a hostile file can list thousands) becomes a set.
    const list = Array.isArray(schema.required) ? schema.required : EMPTY;
    const set = list.length > 16 ? new Set(list) : undefined;
    for (const name of Object.keys(properties)) {
      walk(properties[name], '/properties', name, role, name, set ? set.has(name) : list.includes(name), out, depth + 1, site);
    }
  }
  if ('items' in schema) {
    if (Array.isArray(schema.items)) schema.items.forEach((it, i) => walk(it, '/items', i, role, undefined, false, out, depth + 1, site));
    else walk(schema.items, '/items', undefined, role, undefined, false, out, depth + 1, site);
  }
  if ('additionalProperties' in schema && asRecord(schema.additionalProperties)) walk(schema.additionalProperties, '/additionalProperties', undefined, role, undefined, false, out, depth + 1, site);
  if ('allOf' in schema) asArray(schema.allOf).forEach((s, i) => walk(s, '/allOf', i, role, undefined, false, out, depth + 1, site));
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
    for (const ref of refStrings(queue[i])) {
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
