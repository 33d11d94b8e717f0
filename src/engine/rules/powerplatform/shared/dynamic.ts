// The dynamic extensions of a swagger document (x-ms-dynamic-values, -schema, -list, -properties), wherever they
// are written (parameters, definitions, operations' body schemas), and the operations they call.
import { documentObjects } from '../../../json/walk.js';
import { parsePointer } from '../../../json/pointer.js';
import { asRecord, asString, type JsonRecord } from '../../../util/values.js';
import { visibility, type Operation } from './operations.js';

export const DYNAMIC_EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-schema', 'x-ms-dynamic-list', 'x-ms-dynamic-properties'] as const;
export type DynamicExtension = (typeof DYNAMIC_EXTENSIONS)[number];
const DYNAMIC_KEYS: ReadonlySet<string> = new Set(DYNAMIC_EXTENSIONS);

export interface DynamicUse {
  key: DynamicExtension;
  /** The object that carries the extension (a parameter or a schema). */
  holder: JsonRecord;
  /** Pointer of `holder`. */
  at: string;
  /** The extension's value when it is an object. */
  ext?: JsonRecord;
  /** The operation it calls, when it names one. */
  operationId?: string;
}

const cache = new WeakMap<JsonRecord, DynamicUse[]>();

export function dynamicUses(swagger: JsonRecord): DynamicUse[] {
  const cached = cache.get(swagger);
  if (cached) return cached;
  // From the document's shared list of objects (other rules walk it too): the objects under /paths, /definitions
  // and /parameters, not inside a dynamic extension's own value. In the order of a walk from those three (the last
  // first, each depth first), whatever the order of the document's members.
  const groups: DynamicUse[][] = [[], [], []];
  const nodes = documentObjects(swagger);
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    const rec = asRecord(node.value);
    if (!rec) continue;
    for (let k = 0; k < DYNAMIC_EXTENSIONS.length; k++) {
      const key = DYNAMIC_EXTENSIONS[k];
      // `in` first: most objects have none of the four, and asking for an absent member by its value (a lookup on
      // objects of every shape) took twice as long. The names are not Object.prototype's.
      if (!(key in rec) || rec[key] === undefined) continue;
      const tokens = parsePointer(node.pointer);
      const group = STARTS.indexOf(tokens[0]);
      if (group < 0 || tokens.slice(1).some((t) => DYNAMIC_KEYS.has(t))) break;
      const ext = asRecord(rec[key]);
      groups[group].push({ key, holder: rec, at: node.pointer, ext, operationId: asString(ext?.operationId) });
    }
  }
  const uses = [...groups[2], ...groups[1], ...groups[0]];
  cache.set(swagger, uses);
  return uses;
}

/** Where dynamic extensions are looked for, as a walk would start from them. */
const STARTS = ['paths', 'definitions', 'parameters'];

/**
 * operationIds that other operations call for a dynamic schema (x-ms-dynamic-schema, x-ms-dynamic-properties): their
 * response is a JSON schema the designer reads at design time, so they need no response schema of their own.
 */
export function schemaSuppliers(swagger: JsonRecord): Set<string> {
  return new Set(
    dynamicUses(swagger)
      .filter((u) => (u.key === 'x-ms-dynamic-schema' || u.key === 'x-ms-dynamic-properties') && u.operationId !== undefined)
      .map((u) => u.operationId!),
  );
}

/** operationIds that other operations call for the values of a list (x-ms-dynamic-values, x-ms-dynamic-list). */
export function valueSuppliers(swagger: JsonRecord): Set<string> {
  return new Set(
    dynamicUses(swagger)
      .filter((u) => (u.key === 'x-ms-dynamic-values' || u.key === 'x-ms-dynamic-list') && u.operationId !== undefined)
      .map((u) => u.operationId!),
  );
}

/**
 * Operations no user sees: x-ms-visibility internal (the helpers behind dynamic values and schemas, and the delete
 * operation the platform calls to remove a webhook, which the webhook guide marks internal). Advice about how the
 * designer shows an operation (summary style, parameter labels, descriptions for agents) does not apply to them.
 */
export function isInternal(op: Operation): boolean {
  return visibility(op.op) === 'internal';
}
