// Iterative walks over parsed JSON that build a node's JSON pointer only when it is asked for: a large definition
// holds hundreds of thousands of values, and a pointer string made for each one (most never reach a finding) was
// a measurable part of checking it. Last in, first out, as the rules' own stacks walked before.
import { escapeToken } from './pointer.js';

/** An object or array met on a walk, with its pointer made on demand (once). */
export class WalkedNode {
  #pointer: string | undefined;
  constructor(
    readonly value: object,
    private readonly parent: WalkedNode | undefined,
    private readonly key: string | number,
  ) {}

  get pointer(): string {
    this.#pointer ??= this.parent ? `${this.parent.pointer}/${escapeToken(this.key)}` : String(this.key);
    return this.#pointer;
  }
}

/**
 * Every object and array under the starts (each with its pointer), depth first, children in reverse order, as a
 * stack pops them; members named in `skip` are not entered. A node's children are taken after the caller has seen it.
 */
export function* walkObjects(starts: ReadonlyArray<readonly [unknown, string]>, skip?: ReadonlySet<string>): Generator<WalkedNode> {
  const stack: WalkedNode[] = [];
  for (const [value, at] of starts) if (value !== null && typeof value === 'object') stack.push(new WalkedNode(value, undefined, at));
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const value = node.value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v !== null && typeof v === 'object') stack.push(new WalkedNode(v, node, i));
      }
    } else {
      // for…in, not Object.keys: the same members in the same order for parsed JSON (no inherited enumerable
      // members), without an array of names made per object.
      for (const k in value) {
        const v: unknown = (value as Record<string, unknown>)[k];
        if (v !== null && typeof v === 'object' && !skip?.has(k)) stack.push(new WalkedNode(v, node, k));
      }
    }
  }
}

const wholeDocuments = new WeakMap<object, readonly WalkedNode[]>();

/**
 * Every object and array of a whole document, in walkObjects' order (from the root, pointer ""), listed once per
 * document: several rules walk all of a definition, and one list serves them all (pointers made once, too).
 */
export function documentObjects(root: object): readonly WalkedNode[] {
  let list = wholeDocuments.get(root);
  if (!list) {
    list = [...walkObjects([[root, '']])];
    wholeDocuments.set(root, list);
  }
  return list;
}
