// Internal $ref resolution inside one swagger document. External references are never followed (offline always).
import { resolvePointer } from '../../../json/pointer.js';
import { asRecord, asString, type JsonRecord } from '../../../util/values.js';

export function isInternalRef(ref: string): boolean {
  return ref.startsWith('#');
}

/** The pointer a local `#/a/b` reference names (URI-decoded), or undefined for external references. */
export function refPointer(ref: string): string | undefined {
  if (!isInternalRef(ref)) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

/**
 * Follows `$ref` chains (a bounded number of hops, so loops end) and returns the object and its pointer;
 * an object without `$ref` comes back as is.
 */
export function deref(root: unknown, value: unknown, at: string): { value: JsonRecord | undefined; pointer: string } {
  let current = asRecord(value);
  let pointer = at;
  for (let hops = 0; hops < 16 && current; hops++) {
    const ref = asString(current.$ref);
    if (ref === undefined) break;
    const target = refPointer(ref);
    if (target === undefined) return { value: undefined, pointer };
    current = asRecord(resolvePointer(root, target));
    pointer = target;
  }
  return { value: current, pointer };
}

/** Every `$ref` string in the document with the pointer of the object that holds it. */
export function* allRefs(node: unknown, at = ''): Generator<{ ref: string; holder: JsonRecord; pointer: string }> {
  const stack: Array<[unknown, string]> = [[node, at]];
  while (stack.length) {
    const [value, p] = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push([v, `${p}/${i}`]));
      continue;
    }
    const rec = asRecord(value);
    if (!rec) continue;
    if (typeof rec.$ref === 'string') yield { ref: rec.$ref, holder: rec, pointer: p };
    for (const [k, v] of Object.entries(rec)) {
      if (v !== null && typeof v === 'object') stack.push([v, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
}
