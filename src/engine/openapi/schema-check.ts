// An API description checked against its JSON schema (a validator compiled by Ajv), in time linear in its size.
// By the draft-04 meta-schema the Swagger 2.0 schema uses, a schema's `enum` has unique items, and Ajv checks that
// of an array whose items have no type by comparing every pair: an enum of 1,675 values took 140 ms, one of 100,000
// would take minutes. Long enums are checked here in one pass instead and shown to Ajv shortened (one value, or the
// two equal ones); the repeat Ajv would have reported is put back into its error with the real indices.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { escapeToken } from '../json/pointer.js';

/** The validator's errors (null when the document is valid); `longEnums` are objects whose `enum` is long. */
export function schemaErrors(validate: ValidateFunction, doc: object, longEnums: readonly object[]): ErrorObject[] | null {
  if (longEnums.length === 0) return validate(doc) ? null : (validate.errors ?? []);
  const repeats = new Map<string, { i: number; j: number }>();
  const holders = new Set(longEnums);
  const shadow = copyShortened(doc, '', holders, repeats);
  if (validate(shadow)) return null;
  return (validate.errors ?? []).map((e) => {
    const repeat = e.keyword === 'uniqueItems' ? repeats.get(e.instancePath) : undefined;
    return repeat ? { ...e, params: repeat, message: `must NOT have duplicate items (items ## ${repeat.j} and ${repeat.i} are identical)` } : e;
  });
}

/** A copy of the document in which each long enum is one value, or its first repeated pair (noted in `repeats`). */
function copyShortened(value: unknown, at: string, holders: ReadonlySet<object>, repeats: Map<string, { i: number; j: number }>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => copyShortened(v, `${at}/${i}`, holders, repeats));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copyShortened(v, `${at}/${escapeToken(k)}`, holders, repeats);
  if (holders.has(value)) {
    const list = (value as { enum: unknown[] }).enum;
    const repeat = lastRepeat(list);
    if (repeat) repeats.set(`${at}/enum`, repeat);
    out.enum = repeat ? [list[repeat.j], list[repeat.i]] : [list[0]];
  }
  return out;
}

/**
 * The pair Ajv reports for a list that repeats a value: the largest index i equal to an earlier item, and the
 * largest such earlier index j (Ajv compares from the end). Items are compared as JSON with sorted keys, which is
 * Ajv's deep equality for JSON values.
 */
export function lastRepeat(list: readonly unknown[]): { i: number; j: number } | undefined {
  const last = new Map<string, number>();
  let found: { i: number; j: number } | undefined;
  list.forEach((item, k) => {
    const key = canonical(item);
    const before = last.get(key);
    if (before !== undefined) found = { i: k, j: before };
    last.set(key, k);
  });
  return found;
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return `${typeof value}:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}
