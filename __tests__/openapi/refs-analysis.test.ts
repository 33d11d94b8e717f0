// The reference analysis (sizes once dereferenced, broken references, objects free of references, long enums) is
// one pass that makes nothing per object. It is held here to the pass it replaced, which built a frame and an
// array of children for every object (kept below as the oracle), on generated documents with cycles, chains, broken
// and external references, and on every connector definition of the corpus.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeRefs, LONG_ENUM_ITEMS, resolveLocalRef } from '../../src/engine/openapi/refs.js';
import { CORPUS_DIR, HAS_CORPUS } from '../helpers/corpus.js';

/** Every object of a value (each once), for asking both analyses about each. */
function objectsOf(root: unknown): object[] {
  const out: object[] = [];
  const seen = new Set<object>();
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
    stack.push(...Object.values(v));
  }
  return out;
}

function expectSameAnalysis(doc: unknown, cap: number): void {
  const now = analyzeRefs(doc, cap);
  const before = oracle(doc, cap);
  expect(now.dereferencedSize).toBe(before.dereferencedSize);
  expect(now.broken.length).toBe(before.broken.length);
  expect(now.broken.every((o, i) => o === before.broken[i])).toBe(true);
  expect(now.longEnums.length).toBe(before.longEnums.length);
  expect(now.longEnums.every((o, i) => o === before.longEnums[i])).toBe(true);
  for (const o of objectsOf(doc)) expect(now.refFree.has(o), JSON.stringify(o).slice(0, 200)).toBe(before.refFree.has(o));
}

const name = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const ref = fc.oneof(
  name.map((n) => ({ $ref: `#/definitions/${n}` })),
  fc.constantFrom({ $ref: '#/definitions/missing' }, { $ref: 'other.json#/x' }, { $ref: 42 }, { $ref: '#/definitions/a', description: 'beside' }, { $ref: '#/definitions/b/properties/x' }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.boolean()),
    ref,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('x', 'y', 'items', 'properties', '$ref'), tie('node'), { maxKeys: 3 }),
    fc.integer({ min: 0, max: 3 }).map((k) => ({ enum: Array.from({ length: LONG_ENUM_ITEMS - 1 + k }, (_, i) => i) })),
  ),
})).node;

describe('the reference analysis', () => {
  it('gives what the pass it replaced gave, on generated documents with cycles and broken references', () => {
    fc.assert(
      fc.property(fc.dictionary(name, value, { minKeys: 1, maxKeys: 5 }), value, fc.constantFrom(3, 50, 1e6), (definitions, paths, cap) => {
        expectSameAnalysis({ definitions, paths }, cap);
      }),
      { numRuns: 400 },
    );
    for (const primitive of [null, 3, 'text']) expect(analyzeRefs(primitive, 10).dereferencedSize).toBe(oracle(primitive, 10).dereferencedSize);
  });

  it.skipIf(!HAS_CORPUS)('gives what the pass it replaced gave, on every connector definition of the corpus', () => {
    const root = join(CORPUS_DIR, 'connectors');
    let checked = 0;
    for (const dir of readdirSync(root)) {
      const file = join(root, dir, 'apiDefinition.swagger.json');
      if (!existsSync(file)) continue;
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      expectSameAnalysis(doc, 1e6);
      expectSameAnalysis(doc, 100);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

// The pass as it was before it stopped making a frame and an array of children per object (src/engine/openapi/
// refs.ts at 00170fe), kept as the oracle.
function oracle(root: unknown, cap: number) {
  const OPEN = 0;
  const refOf = (value: object): string | undefined => {
    const r = Array.isArray(value) || !('$ref' in value) ? undefined : (value as { $ref?: unknown }).$ref;
    return typeof r === 'string' ? r : undefined;
  };
  // Each object's size once counted, and OPEN while it is being counted: one map for both, as a lookup on every
  // object met is most of this pass's time.
  const sizes = new Map<object, number>();
  const broken: object[] = [];
  // A Set, not a WeakSet: it lives as long as the analysis, and weak entries cost the collector more (ephemerons).
  const refFree = new Set<object>();
  const longEnums: object[] = [];
  // Explicit stack: chains of references can be longer than the call stack is deep.
  interface Frame {
    node: object;
    children: unknown[];
    next: number;
    size: number;
    refs: boolean;
    /** The node is a reference (it counts as its target). */
    isRef: boolean;
  }
  const stack: Frame[] = [];
  const enter = (value: unknown, into: Frame | undefined): boolean => {
    if (value === null || typeof value !== 'object') {
      if (into) into.size = Math.min(cap + 1, into.size + 1);
      return false;
    }
    const known = sizes.get(value);
    if (known !== undefined) {
      // Counted already, or a cycle back to an object being counted.
      if (into) {
        into.size = Math.min(cap + 1, into.size + (known === OPEN ? 1 : known));
        if (!refFree.has(value)) into.refs = true;
      }
      return false;
    }
    sizes.set(value, OPEN);
    // `in` first, here and in refOf: most objects have neither member, and an absent member is found faster so.
    const list = Array.isArray(value) || !('enum' in value) ? undefined : (value as { enum?: unknown }).enum;
    if (Array.isArray(list) && list.length >= LONG_ENUM_ITEMS) longEnums.push(value);
    const ref = refOf(value);
    let children: unknown[];
    if (ref === undefined) children = Object.values(value);
    else {
      const target = ref.startsWith('#') ? resolveLocalRef(root, ref) : undefined;
      if (target === undefined) broken.push(value);
      const beside = Object.entries(value).filter(([k]) => k !== '$ref').map(([, v]) => v);
      children = target === undefined ? beside : [target, ...beside];
    }
    stack.push({ node: value, children, next: 0, size: 0, refs: ref !== undefined, isRef: ref !== undefined });
    return true;
  };
  let result = 1;
  enter(root, undefined);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      enter(top.children[top.next++], top);
      continue;
    }
    stack.pop();
    // A reference is replaced by its target; anything else counts itself.
    const size = Math.min(cap + 1, top.isRef ? Math.max(1, top.size) : top.size + 1);
    sizes.set(top.node, size);
    if (!top.refs) refFree.add(top.node);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size = Math.min(cap + 1, parent.size + size);
      parent.refs ||= top.refs;
    } else result = size;
  }
  return { dereferencedSize: result, broken, refFree, longEnums };
}
