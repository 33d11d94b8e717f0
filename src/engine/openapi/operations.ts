// The operations of an API description, with their pointers, for Swagger 2.0 and OpenAPI 3.x alike.
import { pointer } from '../json/pointer.js';
import { asArray, asRecord, asString, type JsonRecord } from '../util/values.js';
import { deref } from './refs.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ApiParameter {
  name: string;
  in: string;
  required: boolean;
  hasDefault: boolean;
  /** Pointer of the parameter as written (the $ref site when it is a reference). */
  pointer: string;
  value: JsonRecord;
}

export interface ApiOperation {
  path: string;
  method: HttpMethod;
  operationId?: string;
  /** Pointer of the operation object: /paths/~1items/get. */
  pointer: string;
  operation: JsonRecord;
  /** Path-level and operation-level parameters merged (operation wins), local $refs followed. */
  parameters: ApiParameter[];
}

/** Every operation under `paths`, in document order. Never throws on odd shapes. */
export function listOperations(root: unknown): ApiOperation[] {
  const paths = asRecord(asRecord(root)?.paths);
  if (!paths) return [];
  const ops: ApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = asRecord(deref(root, rawItem));
    if (!item) continue;
    const itemPointer = pointer('paths', path);
    const shared = readParameters(root, item.parameters, `${itemPointer}/parameters`);
    for (const method of HTTP_METHODS) {
      const operation = asRecord(item[method]);
      if (!operation) continue;
      const opPointer = `${itemPointer}/${method}`;
      const own = readParameters(root, operation.parameters, `${opPointer}/parameters`);
      const merged = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      ops.push({ path, method, operationId: asString(operation.operationId), pointer: opPointer, operation, parameters: merged });
    }
  }
  return ops;
}

function readParameters(root: unknown, list: unknown, at: string): ApiParameter[] {
  return asArray(list).flatMap((raw, i) => {
    const p = asRecord(deref(root, raw));
    const name = asString(p?.name);
    if (!p || !name) return [];
    const schema = asRecord(deref(root, p.schema));
    return [{ name, in: asString(p.in) ?? '', required: p.required === true, hasDefault: p.default !== undefined || schema?.default !== undefined, pointer: `${at}/${i}`, value: p }];
  });
}

/** Operations by operationId (the first one wins when ids repeat). */
export function operationsById(root: unknown): Map<string, ApiOperation> {
  const map = new Map<string, ApiOperation>();
  for (const op of listOperations(root)) if (op.operationId && !map.has(op.operationId)) map.set(op.operationId, op);
  return map;
}

/** Property names of the JSON request body (OpenAPI 3 requestBody or Swagger 2 `in: body`), local $refs followed. */
export function requestBodyProperties(root: unknown, op: ApiOperation): string[] {
  const body3 = asRecord(deref(root, op.operation.requestBody));
  const schema3 = asRecord(asRecord(asRecord(body3?.content)?.['application/json'])?.schema);
  const body2 = op.parameters.find((p) => p.in === 'body')?.value.schema;
  const schema = asRecord(deref(root, schema3 ?? body2));
  return Object.keys(asRecord(schema?.properties) ?? {});
}

/** Server base URLs with their pointers: OpenAPI 3 `servers[].url` (document, path and operation level) or Swagger 2 scheme + host. */
export function serverUrls(root: unknown): Array<{ url: string; pointer: string }> {
  const r = asRecord(root);
  if (!r) return [];
  const out: Array<{ url: string; pointer: string }> = [];
  const fromServers = (list: unknown, at: string) =>
    asArray(list).forEach((s, i) => {
      const url = asString(asRecord(s)?.url);
      if (url !== undefined) out.push({ url, pointer: `${at}/${i}/url` });
    });
  fromServers(r.servers, '/servers');
  for (const [path, item] of Object.entries(asRecord(r.paths) ?? {})) {
    const it = asRecord(item);
    fromServers(it?.servers, `${pointer('paths', path)}/servers`);
    for (const m of HTTP_METHODS) fromServers(asRecord(it?.[m])?.servers, `${pointer('paths', path)}/${m}/servers`);
  }
  if (typeof r.swagger === 'string' && typeof r.host === 'string') {
    const schemes = asArray(r.schemes).filter((s): s is string => typeof s === 'string');
    const base = asString(r.basePath) ?? '';
    // Without `schemes` the API uses the scheme the document was served with: nothing to judge offline.
    schemes.forEach((s, i) => out.push({ url: `${s}://${r.host}${base}`, pointer: `/schemes/${i}` }));
  }
  return out;
}

