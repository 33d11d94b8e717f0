// $ref handling without ever leaving the document: local references resolve in place, anything else
// (another file, an http(s) URL) is listed so a rule can report it. Nothing is fetched or read.
import { escapeToken, resolvePointer } from '../json/pointer.js';

export interface RefSite {
  /** Pointer of the `$ref` member itself (…/$ref). */
  pointer: string;
  ref: string;
  kind: 'local' | 'url' | 'file';
}

/** Every `$ref` string in the document, in document order. */
export function listRefs(root: unknown): RefSite[] {
  const found: RefSite[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((v, i) => visit(v, `${at}/${i}`));
      return;
    }
    for (const [key, v] of Object.entries(node as Record<string, unknown>)) {
      if (key === '$ref' && typeof v === 'string') found.push({ pointer: `${at}/$ref`, ref: v, kind: refKind(v) });
      else visit(v, `${at}/${escapeToken(key)}`);
    }
  };
  visit(root, '');
  return found;
}

export function refKind(ref: string): RefSite['kind'] {
  if (ref.startsWith('#')) return 'local';
  if (/^https?:/i.test(ref)) return 'url';
  return 'file';
}

/** References to other files or URLs: the ones an offline check must report instead of following. */
export function listExternalRefs(root: unknown): RefSite[] {
  return listRefs(root).filter((r) => r.kind !== 'local');
}

/** The target of a local `#/…` reference, or undefined. A fragment that is not valid URI encoding is read as written. */
export function resolveLocalRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let p = ref.slice(1);
  try {
    p = decodeURIComponent(p);
  } catch {
    // as json-schema-ref-parser's safeDecodeURIComponent does
  }
  return resolvePointer(root, p);
}

/** Follows local `$ref`s (at most `depth` hops) until a non-reference value; external ones give undefined. */
export function deref(root: unknown, value: unknown, depth = 16): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) {
    const ref = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>).$ref : undefined;
    if (typeof ref !== 'string') return v;
    v = resolveLocalRef(root, ref);
  }
  return undefined;
}

/** A deep copy with every external `$ref` replaced by an empty schema, so a validator never tries to load it. */
export function withoutExternalRefs<T>(root: T): T {
  const copy = structuredClone(root);
  for (const site of listExternalRefs(copy)) {
    const owner = resolvePointer(copy, site.pointer.slice(0, -'/$ref'.length));
    if (owner && typeof owner === 'object') delete (owner as Record<string, unknown>).$ref;
  }
  return copy;
}

/** Which objects hold no reference, in or below them. */
export interface RefFree {
  has(value: object): boolean;
}

export interface RefAnalysis {
  /**
   * How many values the document would hold once every local `$ref` is replaced by its target, up to the cap (then
   * cap + 1): what a tool that dereferences the whole document builds or walks.
   */
  dereferencedSize: number;
  /** Objects whose `$ref` names nothing in the document, or another document (in document order). */
  broken: object[];
  /** Objects of the document with no `$ref` in or below them: a view that dereferences can give them as they are. */
  refFree: RefFree;
  /** Objects whose `enum` is a long array (schema-check.ts shows Ajv a short one), in document order. */
  longEnums: object[];
}

/** Length from which an `enum` is checked for repeats here rather than by Ajv's comparison of every pair. */
export const LONG_ENUM_ITEMS = 64;

/**
 * One pass over the document and its references (and its long enums, on the way). The dereferenced size is counted without building anything, once
 * per object (a reference counts its target's size), so the pass is linear even when the dereferenced document is
 * exponential (each of 21 schemas naming the next three times: 3^21 values). A reference back to an object being
 * counted (a cycle) counts one, as dereferencing leaves it circular.
 */
export function analyzeRefs(root: unknown, cap: number): RefAnalysis {
  // Each object's size: OPEN while it is being counted, then its size, negated when no reference is in or below it.
  // One map for all three: a lookup on every object met is most of this pass's time.
  const sizes = new Map<object, number>();
  const broken: object[] = [];
  const longEnums: object[] = [];
  const limit = cap + 1;
  // The objects being counted, one level each, in parallel lists (no frame object per object): the object, where its
  // children start in `pending`, its size so far, whether a reference is in or below it, whether it is one.
  const nodes: object[] = [];
  const bases: number[] = [];
  const counted: number[] = [];
  const withRefs: boolean[] = [];
  const isRef: boolean[] = [];
  // The children still to visit of every object being counted: each object's own run, in reverse, so that they come
  // off the end in document order. Explicit, not recursive: chains of references can be longer than the call stack
  // is deep.
  const pending: unknown[] = [];
  const open = (value: object): void => {
    sizes.set(value, OPEN);
    // `in` first, here and in refOf: most objects have neither member, and an absent member is found faster so.
    const list = Array.isArray(value) || !('enum' in value) ? undefined : (value as { enum?: unknown }).enum;
    if (Array.isArray(list) && list.length >= LONG_ENUM_ITEMS) longEnums.push(value);
    const ref = refOf(value);
    const base = pending.length;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push(value[i]);
    } else {
      // A reference stands for its target, then the members beside it.
      if (ref !== undefined) {
        const target = ref.startsWith('#') ? resolveLocalRef(root, ref) : undefined;
        if (target === undefined) broken.push(value);
        else pending.push(target);
      }
      for (const k in value) if (ref === undefined || k !== '$ref') pending.push((value as Record<string, unknown>)[k]);
      reverseFrom(pending, base);
    }
    nodes.push(value);
    bases.push(base);
    counted.push(0);
    withRefs.push(ref !== undefined);
    isRef.push(ref !== undefined);
  };
  let result = 1;
  if (root !== null && typeof root === 'object') open(root);
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    if (pending.length > bases[top]) {
      const child = pending.pop();
      if (child === null || typeof child !== 'object') {
        counted[top] = Math.min(limit, counted[top] + 1);
        continue;
      }
      const known = sizes.get(child);
      if (known === undefined) {
        open(child);
        continue;
      }
      // Counted already (its size, negated when free of references), or a cycle back to an object being counted.
      counted[top] = Math.min(limit, counted[top] + (known === OPEN ? 1 : Math.abs(known)));
      if (known >= 0) withRefs[top] = true;
      continue;
    }
    const node = nodes.pop()!;
    bases.pop();
    const own = counted.pop()!;
    const refs = withRefs.pop()!;
    // A reference is replaced by its target; anything else counts itself.
    const size = Math.min(limit, isRef.pop() ? Math.max(1, own) : own + 1);
    sizes.set(node, refs ? size : -size);
    if (nodes.length > 0) {
      const parent = nodes.length - 1;
      counted[parent] = Math.min(limit, counted[parent] + size);
      withRefs[parent] ||= refs;
    } else result = size;
  }
  const refFree: RefFree = { has: (value) => (sizes.get(value) ?? 0) < 0 };
  return { dereferencedSize: result, broken, refFree, longEnums };
}

/** Reverses `list` from `from` to its end, in place. */
function reverseFrom(list: unknown[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) {
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
}

/** The size of an object while it is being counted (sizes are at least 1). */
const OPEN = 0;

/** The `$ref` string of an object that is a reference (not of an array). */
function refOf(value: object): string | undefined {
  const ref = Array.isArray(value) || !('$ref' in value) ? undefined : (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' ? ref : undefined;
}
