// swagger-parser's own Swagger 2.0 spec checks (duplicate operationIds and parameters, path parameters, one body
// parameter, response codes, required properties that exist…), run without dereferencing the whole document first.
//
// swagger-parser's validate() dereferences every $ref of the document before these checks: a pass over every value
// that was the largest cost of checking a connector, and exponential on references that fan out (21 chained schemas
// each naming the next three times never finish). The checks themselves read a few levels only (paths, parameters,
// responses, definitions, allOf chains), so they are given a view of the document that follows local $refs as they
// are read, resolved as json-schema-ref-parser resolves them (chains followed, the members beside a $ref merged with
// its target by the library's own $Ref.dereference), within a budget of references resolved, objects read and
// time. Past the budget the check stops with a BoundExceeded the callers report; nothing is mutated.
// First of all, the size the document would have once dereferenced is counted (linear, nothing is built): past a
// bound no dereferencing tool would finish on it, and that is reported the same way. OpenAPI 3 documents stop
// after that count: swagger-parser has no spec checks for them.
import $Ref from '@apidevtools/json-schema-ref-parser/dist/lib/ref.js';
import { parsePointer } from '../json/pointer.js';
import { MAX_DEREFERENCED_VALUES, MAX_SPEC_CHECK_MS, MAX_SPEC_CHECK_OBJECTS, MAX_SPEC_CHECK_REFS } from '../read/limits.js';
import { analyzeRefs, type RefAnalysis, type RefFree } from './refs.js';

const MAX_REF_NESTING = 32;

/** A check stopped at one of its bounds; `message` says which, for a finding. */
export class BoundExceeded extends Error {}

/** Work done by one check, and its limits (tests pass smaller ones). */
export interface SpecBudget {
  refs: number;
  objects: number;
  started: number;
  maxRefs: number;
  maxObjects: number;
  maxMs: number;
}

export function specBudget(limits: Partial<Pick<SpecBudget, 'maxRefs' | 'maxObjects' | 'maxMs'>> = {}): SpecBudget {
  return { refs: 0, objects: 0, started: performance.now(), maxRefs: MAX_SPEC_CHECK_REFS, maxObjects: MAX_SPEC_CHECK_OBJECTS, maxMs: MAX_SPEC_CHECK_MS, ...limits };
}

type ValidateSpec = (api: unknown) => void;
let validateSpec: ValidateSpec | undefined;

/**
 * Runs swagger-parser's spec checks on `doc` (local $refs followed lazily). Resolves when they pass; rejects with
 * their SyntaxError ("Validation failed. …") on the first failure, or with a BoundExceeded.
 */
export async function checkSpec(doc: object, refs: RefAnalysis = analyzeRefs(doc, MAX_DEREFERENCED_VALUES), budget: SpecBudget = specBudget()): Promise<void> {
  if (refs.dereferencedSize > MAX_DEREFERENCED_VALUES) {
    throw new BoundExceeded(`dereferenced, it would hold more than ${MAX_DEREFERENCED_VALUES.toLocaleString('en')} values (its references multiply: a schema that names another several times, which names another several times…)`);
  }
  validateSpec ??= ((await import('@apidevtools/swagger-parser/lib/validators/spec.js')) as { default: ValidateSpec }).default;
  validateSpec(dereferencedView(doc, budget, refs.refFree));
}

/**
 * A read-only view of `root` in which every local `$ref` reads as its target, resolved on first read. Objects of the
 * document known to hold no reference (`refFree`) are given as they are, without a view.
 */
export function dereferencedView(root: object, budget: SpecBudget, refFree: RefFree = new Set<object>()): object {
  const views = new WeakMap<object, object>();
  // What each reference object reads as, once resolved (reading it again still counts against the budget).
  const targets = new WeakMap<object, unknown>();
  const spend = (what: 'refs' | 'objects') => {
    const limit = what === 'refs' ? budget.maxRefs : budget.maxObjects;
    if (++budget[what] > limit) {
      throw new BoundExceeded(what === 'refs' ? `more than ${limit} references had to be resolved` : `more than ${limit} objects had to be read through its references`);
    }
    if ((budget.refs + budget.objects) % 1024 === 0 && performance.now() - budget.started > budget.maxMs) {
      throw new BoundExceeded(`it took more than ${budget.maxMs} ms`);
    }
  };

  // The value a JSON pointer names, following references met on the way (as the library's Pointer.resolve does).
  // References inside the pointers of references nest; past a depth no real document reaches, they are circular.
  let nesting = 0;
  const at = (tokens: readonly string[]): unknown => {
    if (nesting > MAX_REF_NESTING) return undefined;
    nesting++;
    try {
      return walk(tokens);
    } finally {
      nesting--;
    }
  };
  const walk = (tokens: readonly string[]): unknown => {
    let node: unknown = root;
    for (const token of tokens) {
      node = follow(node);
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    }
    return node;
  };

  // A reference's target, through chains of references; a chain that loops stays the reference it started from.
  const follow = (value: unknown): unknown => {
    if (!isLocalRef(value)) return value;
    spend('refs');
    const known = targets.get(value);
    if (known !== undefined) return known;
    let current: unknown = value;
    const seen = new Set<string>();
    while (isLocalRef(current)) {
      const ref = current.$ref;
      if (seen.has(ref)) {
        current = value;
        break;
      }
      seen.add(ref);
      const target = at(tokensOf(ref));
      if (target === undefined) break;
      // Members beside the $ref extend the target, merged as the library merges them.
      current = Object.keys(current).length > 1 ? $Ref.dereference(current as never, target as never) : target;
    }
    targets.set(value, current);
    return current;
  };

  const view = (value: unknown): unknown => {
    const resolved = follow(value);
    if (resolved === null || typeof resolved !== 'object' || refFree.has(resolved)) return resolved;
    let v = views.get(resolved);
    if (!v) {
      spend('objects');
      v = new Proxy(resolved, {
        get: (target, key) => {
          const raw: unknown = (target as Record<string | symbol, unknown>)[key];
          return raw === null || typeof raw !== 'object' || typeof key === 'symbol' ? raw : view(raw);
        },
        set: () => false,
        deleteProperty: () => false,
        defineProperty: () => false,
      });
      views.set(resolved, v);
    }
    return v;
  };
  return view(root) as object;
}

/** A local JSON-pointer reference, as json-schema-ref-parser's isAllowed$Ref accepts without external resolution. */
function isLocalRef(value: unknown): value is { $ref: string } {
  if (value === null || typeof value !== 'object') return false;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === 'string' && (ref === '#' || ref.startsWith('#/') || /^#%2f/i.test(ref));
}

function tokensOf(ref: string): string[] {
  let p = ref.slice(1);
  try {
    p = decodeURIComponent(p);
  } catch {
    // kept as written, as the library's safeDecodeURIComponent does
  }
  return parsePointer(p);
}
