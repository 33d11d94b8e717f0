// Internal $ref resolution inside one swagger document. External references are never followed (offline always).
import { resolvePointer } from '../../../json/pointer.js';
import { documentObjects, walkObjects, type WalkedNode } from '../../../json/walk.js';
import { asRecord, asString, type JsonRecord } from '../../../util/values.js';

/**
 * Whether an object is a reference. `in` first: most objects are not, and asking objects of every shape for an absent
 * member by value is the slower lookup.
 */
function hasRef(rec: JsonRecord): rec is JsonRecord & { $ref: string } {
  return '$ref' in rec && typeof rec.$ref === 'string';
}

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

/** Every `$ref` string in the document with the object that holds it (its pointer made when asked for). */
export function allRefs(node: unknown, at = ''): Generator<{ ref: string; holder: JsonRecord; readonly pointer: string }> {
  return refsAmong(walkObjects([[node, at]]));
}

/** allRefs of a whole document, from the list of its objects that other rules share (documentObjects). */
export function documentRefs(root: JsonRecord): Generator<{ ref: string; holder: JsonRecord; readonly pointer: string }> {
  return refsAmong(documentObjects(root));
}

/**
 * The `$ref` strings at or under a value, in allRefs' order, for callers that need neither holders nor pointers: a
 * walk that makes no node per object.
 */
export function refStrings(node: unknown): string[] {
  const refs: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
      continue;
    }
    const rec = value as JsonRecord;
    if (hasRef(rec)) refs.push(rec.$ref);
    for (const k in rec) stack.push(rec[k]);
  }
  return refs;
}

function* refsAmong(nodes: Iterable<WalkedNode>): Generator<{ ref: string; holder: JsonRecord; readonly pointer: string }> {
  for (const n of nodes) {
    const rec = asRecord(n.value);
    if (rec && hasRef(rec)) {
      const ref = rec.$ref;
      yield {
        ref,
        holder: rec,
        get pointer() {
          return n.pointer;
        },
      };
    }
  }
}
