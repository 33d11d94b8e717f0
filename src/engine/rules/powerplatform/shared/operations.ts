// The operations of a swagger document, their parameters (path-level ones merged in, `$ref`s followed) and
// responses, each with the JSON pointer a finding should point at.
import { pointer } from '../../../json/pointer.js';
import { asArray, asRecord, asString, member, type JsonRecord } from '../../../util/values.js';
import { deref } from './refs.js';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

export interface Operation {
  path: string;
  method: string;
  /** `/paths/~1orders/get` */
  pointer: string;
  op: JsonRecord;
  operationId?: string;
  /** A trigger (x-ms-trigger) rather than an action. */
  isTrigger: boolean;
  /** A trigger the service calls back (not polled): it is not a GET. */
  isWebhook: boolean;
}

export interface Parameter {
  /** The parameter object after following `$ref`. */
  param: JsonRecord;
  /** Where the parameter is written in the operation or path item (the `$ref` holder for referenced ones). */
  pointer: string;
  /** Where the parameter's own members are (the target of a `$ref`). */
  valuePointer: string;
  name: string;
  in: string;
}

const cache = new WeakMap<JsonRecord, Operation[]>();

export function operationsOf(swagger: JsonRecord): Operation[] {
  const cached = cache.get(swagger);
  if (cached) return cached;
  const list: Operation[] = [];
  const paths = asRecord(swagger.paths) ?? {};
  for (const [path, item] of Object.entries(paths)) {
    const pathItem = asRecord(item);
    if (!pathItem) continue;
    for (const method of METHODS) {
      const op = asRecord(pathItem[method]);
      if (!op) continue;
      const isTrigger = op['x-ms-trigger'] !== undefined;
      list.push({
        path,
        method,
        pointer: pointer('paths', path, method),
        op,
        operationId: asString(op.operationId),
        isTrigger,
        isWebhook: isTrigger && method !== 'get',
      });
    }
  }
  cache.set(swagger, list);
  return list;
}

export function operationById(swagger: JsonRecord, id: string): Operation | undefined {
  return operationsOf(swagger).find((o) => o.operationId === id);
}

// Operations are made once per document (operationsOf), so their parameters and responses are too: a dozen rules
// ask for them, and each answer builds a pointer per parameter.
const parameterCache = new WeakMap<Operation, readonly Parameter[]>();
const responseCache = new WeakMap<Operation, readonly Response[]>();

/** Operation parameters plus the path item's, an operation-level one overriding a path-level one of the same name and place. */
export function parametersOf(swagger: JsonRecord, operation: Operation): readonly Parameter[] {
  let list = parameterCache.get(operation);
  if (!list) {
    const own = collect(swagger, operation.op.parameters, `${operation.pointer}/parameters`);
    const pathItem = asRecord(asRecord(swagger.paths)?.[operation.path]) ?? {};
    const shared = collect(swagger, pathItem.parameters, pointer('paths', operation.path, 'parameters'));
    list = [...own, ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in))];
    parameterCache.set(operation, list);
  }
  return list;
}

function collect(swagger: JsonRecord, list: unknown, at: string): Parameter[] {
  return asArray(list).flatMap((raw, i) => {
    const p = `${at}/${i}`;
    const { value, pointer: valuePointer } = deref(swagger, raw, p);
    if (!value) return [];
    return [{ param: value, pointer: p, valuePointer, name: asString(value.name) ?? '', in: asString(value.in) ?? '' }];
  });
}

export interface Response {
  code: string;
  response: JsonRecord;
  pointer: string;
  valuePointer: string;
}

export function responsesOf(swagger: JsonRecord, operation: Operation): readonly Response[] {
  let list = responseCache.get(operation);
  if (!list) {
    const responses = asRecord(operation.op.responses) ?? {};
    list = Object.entries(responses).flatMap(([code, raw]) => {
      const p = `${operation.pointer}/responses/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const { value, pointer: valuePointer } = deref(swagger, raw, p);
      return value ? [{ code, response: value, pointer: p, valuePointer }] : [];
    });
    responseCache.set(operation, list);
  }
  return list;
}

/** The `{name}` placeholders of a path template. */
export function pathPlaceholders(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
}

/** The visibility an operation or parameter carries (x-ms-visibility), lower-cased. */
export function visibility(value: JsonRecord): string | undefined {
  return asString(member(value, 'x-ms-visibility'))?.toLowerCase();
}
