// An API description checked against its JSON schema (a validator compiled by Ajv), in time linear in its size.
// By the draft-04 meta-schema the Swagger 2.0 schema uses, a schema's `enum` has unique items, and Ajv checks that
// of an array whose items have no type by comparing every pair: an enum of 1,675 values took 140 ms, one of 100,000
// would take minutes. Long enums are checked here in one pass instead and shown to Ajv shortened (one value, or the
// two equal ones); the repeat Ajv would have reported is put back into its error with the real indices.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { resolvePointer } from '../json/pointer.js';

/** The validator's errors (null when the document is valid); `longEnums` are objects whose `enum` is long. */
export function schemaErrors(validate: ValidateFunction, doc: object, longEnums: readonly object[]): ErrorObject[] | null {
  if (longEnums.length === 0) return validate(doc) ? null : (validate.errors ?? []);
  // Each long enum is shown to Ajv as one value, or its last repeated pair, in place, and put back before returning
  // (validation is synchronous, so no other rule sees the document meanwhile): copying a whole definition for its
  // enums cost more than validating it.
  const shortened = new Map<unknown[], { i: number; j: number } | undefined>();
  const holders = longEnums as ReadonlyArray<{ enum: unknown[] }>;
  const lists = holders.map((h) => h.enum);
  try {
    for (const holder of holders) {
      const list = holder.enum;
      const repeat = lastRepeat(list);
      holder.enum = repeat ? [list[repeat.j], list[repeat.i]] : [list[0]];
      shortened.set(holder.enum, repeat);
    }
    if (validate(doc)) return null;
    // A repeat is reported at the enum's own path: the shortened list found there says which one it was.
    return (validate.errors ?? []).map((e) => {
      const repeat = e.keyword === 'uniqueItems' ? shortened.get(resolvePointer(doc, e.instancePath) as unknown[]) : undefined;
      return repeat ? { ...e, params: repeat, message: `must NOT have duplicate items (items ## ${repeat.j} and ${repeat.i} are identical)` } : e;
    });
  } finally {
    holders.forEach((h, k) => (h.enum = lists[k]));
  }
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
