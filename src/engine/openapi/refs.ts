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

/** The target of a local `#/…` reference, or undefined. */
export function resolveLocalRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let p: string;
  try {
    p = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
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
