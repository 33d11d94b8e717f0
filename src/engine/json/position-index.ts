// Where a JSON pointer sits in a text, from a flat index built in one pass. A syntax tree (momoa) costs about
// 130 bytes and 2 µs per value, and scanning the text for each lookup costs a pass per finding (a 1 MB connector
// with 200 findings: a second); this index is typed columns of 21 bytes per value, and a lookup visits the members
// on the pointer's path (a table for large containers). Lines and columns are momoa's: CR, LF and CRLF end a line;
// columns count UTF-16 code units. The same pass finds what JSON.parse hides or cannot survive, before parsing:
// nesting deeper than a limit, more values than a limit, and repeated keys (JSON.parse keeps the last silently).
// It never throws on any text; positions mean something once JSON.parse has accepted the text.
import type { Position } from './document.js';
import { lastAtOrBefore } from '../util/search.js';
import { StringSkipper } from './strings.js';
import { KeySet, decodeKey, nameAt, type DuplicateKey } from './key-set.js';
import { escapeToken } from './pointer.js';
import type { ChildSpan, TreeSource } from './lazy-tree.js';

export interface JsonPositionIndex {
  /** Offset of the value (or, for the last token with `wantKey`, the key) at the pointer's deepest existing node. */
  offsetOf(tokens: readonly string[], wantKey: boolean): number | undefined;
  /** 1-based line and column of an offset. */
  positionOf(offset: number): Position;
  /**
   * The members of containers from the index, for a syntax tree of the text (lazy-tree.ts; the root's handle is 0),
   * so that fixes find their spans without reading the text again. Undefined for an empty index.
   */
  treeSource(): TreeSource | undefined;
}

const CR = 0x0d;
const QUOTE = 0x22;
const LF = 0x0a;
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** Typed columns that grow by doubling: a value costs 21 bytes, not five boxed array slots. */
class Columns {
  start: Int32Array;
  keyStart: Int32Array;
  keyEnd: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  keyEscaped: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.start = new Int32Array(n);
    this.keyStart = new Int32Array(n);
    this.keyEnd = new Int32Array(n);
    this.firstChild = new Int32Array(n);
    this.nextSibling = new Int32Array(n);
    this.keyEscaped = new Uint8Array(n);
  }
  add(pos: number, keyStart: number, keyEnd: number, escaped: boolean): number {
    if (this.length === this.start.length) this.grow();
    const id = this.length++;
    this.start[id] = pos;
    this.keyStart[id] = keyStart;
    this.keyEnd[id] = keyEnd;
    this.keyEscaped[id] = escaped ? 1 : 0;
    this.firstChild[id] = -1;
    this.nextSibling[id] = -1;
    return id;
  }
  private grow(): void {
    const n = this.start.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.start = widen(this.start);
    this.keyStart = widen(this.keyStart);
    this.keyEnd = widen(this.keyEnd);
    this.firstChild = widen(this.firstChild);
    this.nextSibling = widen(this.nextSibling);
    this.keyEscaped = widen(this.keyEscaped);
  }
}

/** Containers with more children than this get a lookup table on their first lookup, instead of a walk of siblings. */
const CHILDREN_BEFORE_TABLE = 8;

/** Where pointers sit in valid JSON text (no limits; tolerant of any text, but meaningful only for valid JSON). */
export function buildPositionIndex(text: string): JsonPositionIndex {
  return indexJson(text, Infinity, Infinity, 0).index;
}

/** The index and what the same pass finds: depth past a limit, the count of values, repeated keys. */
export interface IndexedJson {
  index: JsonPositionIndex;
  /** Offset of the first bracket past `maxDepth` (the pass stopped there; the index is partial). */
  tooDeepAt?: number;
  /** Commas plus containers, plus one (past `maxValues` the pass stopped; the index is partial). */
  values: number;
  /** Keys repeated within one object, the first `maxDuplicates`, in text order. */
  duplicates: DuplicateKey[];
}

/**
 * One pass over `text`. On any text it never throws, and counts brackets, commas and strings exactly as a scan for
 * structure would (a scalar stops at a bracket or quote, a name is only ever a quoted string), so depth and counts
 * are right before the text is known to be JSON; positions mean something only once JSON.parse has accepted it.
 */
export function indexJson(text: string, maxDepth: number, maxValues: number, maxDuplicates: number): IndexedJson {
  // Per value, by id in document order: where it starts, where its member name starts and ends (-1 for the root
  // and array elements), whether that name has escapes, its first child and its next sibling.
  // Room for a value per 32 characters to start with: the connectors of the scale bench average one per 48, and a
  // denser text doubles the columns once or twice.
  const cols = new Columns(Math.min(text.length >> 5, 1 << 20));
  // Open containers, level by level: their id, their last child so far, how many children so far, whether a
  // member name comes next, and the names met (objects; one set per level, reused).
  const open: number[] = [];
  const lastChild: number[] = [];
  const count: number[] = [];
  const expectKey: boolean[] = [];
  const keySets: KeySet[] = [];
  let depth = 0;
  let pendingKey = -1;
  let pendingKeyEnd = -1;
  let pendingEscaped = false;
  let values = 1;
  const duplicates: DuplicateKey[] = [];
  // Where lines start: JSON text breaks lines only between tokens (a string holds no raw CR or LF), so they are
  // found in the same pass.
  const lineStarts = [0];
  const n = text.length;
  const strings = new StringSkipper(text);
  // No closure reads or writes this loop's variables: captured variables would live in a heap context instead of
  // registers, and the loop reads them for every character. The rare work (a repeated key, the result) is in
  // functions of its own, which keeps the optimized loop small to compile.
  let pos = 0;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x3a /* : */) {
      pos++;
      continue;
    }
    if (c === LF || c === CR) {
      pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      lineStarts.push(pos);
      continue;
    }
    const top = depth - 1;
    if (c === 0x2c /* , */) {
      if (++values > maxValues) return indexed(text, cols, lineStarts, values, duplicates, undefined);
      if (top >= 0 && text.charCodeAt(cols.start[open[top]]) === 0x7b) expectKey[top] = true;
      pos++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
      pos++;
      continue;
    }
    if (c === QUOTE && top >= 0 && expectKey[top]) {
      pendingKey = pos;
      pos = strings.end(pos);
      pendingKeyEnd = pos;
      pendingEscaped = strings.escaped;
      expectKey[top] = false;
      if (keySets[top].has(text, pendingKey, pendingKeyEnd, pendingEscaped) && duplicates.length < maxDuplicates) {
        duplicates.push(duplicateAt(text, cols, open, lastChild, count, top, pendingKey, pendingKeyEnd, pendingEscaped));
      }
      continue;
    }
    const opens = c === 0x7b /* { */ || c === 0x5b; /* [ */
    if (opens) {
      if (depth >= maxDepth) return indexed(text, cols, lineStarts, values, duplicates, pos);
      values++;
    }
    const id = cols.add(pos, pendingKey, pendingKeyEnd, pendingEscaped);
    pendingKey = -1;
    if (top >= 0) {
      if (lastChild[top] < 0) cols.firstChild[open[top]] = id;
      else cols.nextSibling[lastChild[top]] = id;
      lastChild[top] = id;
      count[top]++;
    }
    if (opens) {
      open[depth] = id;
      lastChild[depth] = -1;
      count[depth] = 0;
      expectKey[depth] = c === 0x7b;
      if (c === 0x7b) {
        if (keySets[depth]) keySets[depth].clear();
        else keySets[depth] = new KeySet();
      }
      depth++;
      pos++;
    } else if (c === QUOTE) {
      pos = strings.end(pos);
    } else {
      // A scalar (or, in text that is not JSON, anything else) up to the next delimiter, bracket or quote.
      pos++;
      while (pos < n && !endsScalar(text.charCodeAt(pos))) pos++;
    }
  }
  return indexed(text, cols, lineStarts, values, duplicates, undefined);
}

function indexed(text: string, cols: Columns, lineStarts: readonly number[], values: number, duplicates: DuplicateKey[], tooDeepAt: number | undefined): IndexedJson {
  const index = lookup(text, cols, lineStarts);
  return tooDeepAt === undefined ? { index, values, duplicates } : { index, tooDeepAt, values, duplicates };
}

/**
 * A member name repeated in the object open at `level`, with its pointer: each enclosing container's member name
 * (of its last child so far) or element index.
 */
function duplicateAt(text: string, cols: Columns, open: readonly number[], lastChild: readonly number[], count: readonly number[], level: number, keyStart: number, keyEnd: number, escaped: boolean): DuplicateKey {
  let p = '';
  for (let k = 0; k < level; k++) {
    const child = lastChild[k];
    const inObject = text.charCodeAt(cols.start[open[k]]) === 0x7b;
    p += '/' + (inObject ? escapeToken(nameAt(text, cols.keyStart[child], cols.keyEnd[child], cols.keyEscaped[child] === 1)) : String(count[k] - 1));
  }
  const key = nameAt(text, keyStart, keyEnd, escaped);
  return { pointer: p + '/' + escapeToken(key), key, offset: keyStart };
}

function lookup(text: string, cols: Columns, lineStarts: readonly number[]): JsonPositionIndex {
  const { start, keyStart, keyEnd, keyEscaped, firstChild, nextSibling } = cols;

  const keyOf = (id: number): string => {
    const quoted = text.slice(keyStart[id], keyEnd[id]);
    return keyEscaped[id] ? decodeKey(quoted) : quoted.slice(1, -1);
  };
  const keyIs = (id: number, token: string): boolean => {
    const from = keyStart[id];
    if (keyEscaped[id]) return decodeKey(text.slice(from, keyEnd[id])) === token;
    return keyEnd[id] - from - 2 === token.length && text.startsWith(token, from + 1);
  };
  // Lookup tables of large containers, made on their first lookup: member name → id (the first of a repeated
  // name, as the walk of siblings finds it), or the ids of the elements in order.
  const members = new Map<number, Map<string, number>>();
  const elements = new Map<number, Int32Array>();
  const countChildren = (node: number): number => {
    let k = 0;
    for (let child = firstChild[node]; child >= 0 && k <= CHILDREN_BEFORE_TABLE; child = nextSibling[child]) k++;
    return k;
  };
  const memberOf = (node: number, token: string): number => {
    let table = members.get(node);
    if (!table && countChildren(node) > CHILDREN_BEFORE_TABLE) {
      table = new Map();
      for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) {
        const key = keyOf(child);
        if (!table.has(key)) table.set(key, child);
      }
      members.set(node, table);
    }
    if (table) return table.get(token) ?? -1;
    let child = firstChild[node];
    while (child >= 0 && !keyIs(child, token)) child = nextSibling[child];
    return child;
  };
  const elementOf = (node: number, i: number): number => {
    let table = elements.get(node);
    if (!table && i > CHILDREN_BEFORE_TABLE) {
      const ids: number[] = [];
      for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) ids.push(child);
      table = Int32Array.from(ids);
      elements.set(node, table);
    }
    if (table) return i < table.length ? table[i] : -1;
    let child = firstChild[node];
    for (let k = i; k > 0 && child >= 0; k--) child = nextSibling[child];
    return child;
  };

  return {
    offsetOf(tokens, wantKey) {
      if (cols.length === 0) return undefined;
      let node = 0;
      let found = start[0];
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t];
        const c = text.charCodeAt(start[node]);
        let child: number;
        if (c === 0x7b) {
          child = memberOf(node, token);
          if (child < 0) return found;
          found = t === tokens.length - 1 && wantKey ? keyStart[child] : start[child];
        } else if (c === 0x5b) {
          if (!ARRAY_INDEX.test(token)) return found;
          child = elementOf(node, Number(token));
          if (child < 0) return found;
          found = start[child];
        } else {
          return found;
        }
        node = child;
      }
      return found;
    },
    positionOf,
    treeSource() {
      if (cols.length === 0) return undefined;
      return {
        children(_start, end, node) {
          const out: ChildSpan[] = [];
          for (let child = firstChild[node]; child >= 0; child = nextSibling[child]) {
            // A value ends before the space and comma that lead to the next member's name (or element), or, the
            // last one, before the space and bracket that close its container.
            const next = nextSibling[child];
            const childEnd = next >= 0 ? endBefore(text, keyStart[next] >= 0 ? keyStart[next] : start[next], true) : endBefore(text, end - 1, false);
            out.push({ keyStart: keyStart[child], keyEnd: keyEnd[child], keyEscaped: keyEscaped[child] === 1, start: start[child], end: childEnd, handle: child });
          }
          return out;
        },
        at(offset) {
          return { ...positionOf(offset), offset };
        },
      };
    },
  };

  function positionOf(offset: number): Position {
    const line = lastAtOrBefore(lineStarts, offset);
    return { line: line + 1, column: Math.min(offset, text.length) - lineStarts[line] + 1 };
  }
}

/** Where the value before the token at `at` ends: back over space (and, between members, a comma and space). */
function endBefore(text: string, at: number, comma: boolean): number {
  let j = at - 1;
  while (j > 0 && isSpace(text.charCodeAt(j))) j--;
  if (comma) {
    j--;
    while (j > 0 && isSpace(text.charCodeAt(j))) j--;
  }
  return j + 1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === LF || c === CR;
}

function endsScalar(c: number): boolean {
  return c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === LF || c === CR || c === 0x09 || c === 0x7b || c === 0x5b || c === QUOTE || c === 0x3a;
}
