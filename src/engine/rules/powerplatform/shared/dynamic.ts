// The dynamic extensions of a swagger document (x-ms-dynamic-values, -schema, -list, -properties), wherever they
// are written (parameters, definitions, operations' body schemas), and the operations they call.
import { walkObjects } from '../../../json/walk.js';
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
  const uses: DynamicUse[] = [];
  const starts = [[swagger.paths, '/paths'], [swagger.definitions, '/definitions'], [swagger.parameters, '/parameters']] as const;
  // Pointers are made only for the objects that carry an extension (walkObjects).
  for (const node of walkObjects(starts, DYNAMIC_KEYS)) {
    const rec = asRecord(node.value);
    if (!rec) continue;
    for (const key of DYNAMIC_EXTENSIONS) {
      if (rec[key] === undefined) continue;
      const ext = asRecord(rec[key]);
      uses.push({ key, holder: rec, at: node.pointer, ext, operationId: asString(ext?.operationId) });
    }
  }
  cache.set(swagger, uses);
  return uses;
}

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
