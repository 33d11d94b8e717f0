// Where a JSON pointer sits in a text, from a flat index built in one pass. A syntax tree (momoa) costs about
// 130 bytes and 2 µs per value, and scanning the text for each lookup costs a pass per finding (a 1 MB connector
// with 200 findings: a second); this index is five numbers per value, and a lookup visits only the siblings on the
// pointer's path. Lines and columns are momoa's: CR, LF and CRLF end a line; columns count UTF-16 code units.
// Expects text that JSON.parse accepted (and whose depth was checked); never throws.
import type { Position } from './document.js';
import { lastAtOrBefore } from '../util/search.js';
import { StringSkipper } from './strings.js';

export interface JsonPositionIndex {
  /** Offset of the value (or, for the last token with `wantKey`, the key) at the pointer's deepest existing node. */
  offsetOf(tokens: readonly string[], wantKey: boolean): number | undefined;
  /** 1-based line and column of an offset. */
  positionOf(offset: number): Position;
}

const CR = 0x0d;
const QUOTE = 0x22;
const LF = 0x0a;
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

export function buildPositionIndex(text: string): JsonPositionIndex {
  // Per value, by id in document order: where it starts, where its member name starts and ends (-1 for the root
  // and array elements), whether that name has escapes, its first child and its next sibling.
  const start: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const keyEscaped: boolean[] = [];
  const firstChild: number[] = [];
  const nextSibling: number[] = [];
  // Open containers: their id, their last child so far, and whether a member name comes next.
  const open: number[] = [];
  const lastChild: number[] = [];
  const expectKey: boolean[] = [];
  let pendingKey = -1;
  let pendingKeyEnd = -1;
  let pendingEscaped = false;
  // Where lines start: JSON text breaks lines only between tokens (a string holds no raw CR or LF), so they are
  // found in the same pass.
  const lineStarts = [0];
  const n = text.length;
  const strings = new StringSkipper(text);
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
    const top = open.length - 1;
    if (c === 0x2c /* , */) {
      if (top >= 0 && text.charCodeAt(start[open[top]]) === 0x7b) expectKey[top] = true;
      pos++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
      lastChild.pop();
      expectKey.pop();
      pos++;
      continue;
    }
    if (top >= 0 && expectKey[top]) {
      pendingKey = pos;
      pos = strings.end(pos);
      pendingKeyEnd = pos;
      pendingEscaped = strings.escaped;
      expectKey[top] = false;
      continue;
    }
    const id = start.length;
    start.push(pos);
    keyStart.push(pendingKey);
    keyEnd.push(pendingKeyEnd);
    keyEscaped.push(pendingEscaped);
    firstChild.push(-1);
    nextSibling.push(-1);
    pendingKey = -1;
    if (top >= 0) {
      if (lastChild[top] < 0) firstChild[open[top]] = id;
      else nextSibling[lastChild[top]] = id;
      lastChild[top] = id;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      open.push(id);
      lastChild.push(-1);
      expectKey.push(c === 0x7b);
      pos++;
    } else if (c === QUOTE) {
      pos = strings.end(pos);
    } else {
      while (pos < n && !isDelimiter(text.charCodeAt(pos))) pos++;
    }
  }

  const keyIs = (id: number, token: string): boolean => {
    const from = keyStart[id];
    if (keyEscaped[id]) return decodeKey(text.slice(from, keyEnd[id])) === token;
    return keyEnd[id] - from - 2 === token.length && text.startsWith(token, from + 1);
  };

  return {
    offsetOf(tokens, wantKey) {
      if (start.length === 0) return undefined;
      let node = 0;
      let found = start[0];
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t];
        const c = text.charCodeAt(start[node]);
        let child = firstChild[node];
        if (c === 0x7b) {
          while (child >= 0 && !keyIs(child, token)) child = nextSibling[child];
          if (child < 0) return found;
          found = t === tokens.length - 1 && wantKey ? keyStart[child] : start[child];
        } else if (c === 0x5b) {
          if (!ARRAY_INDEX.test(token)) return found;
          for (let i = Number(token); i > 0 && child >= 0; i--) child = nextSibling[child];
          if (child < 0) return found;
          found = start[child];
        } else {
          return found;
        }
        node = child;
      }
      return found;
    },
    positionOf(offset) {
      const line = lastAtOrBefore(lineStarts, offset);
      return { line: line + 1, column: Math.min(offset, text.length) - lineStarts[line] + 1 };
    },
  };
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === LF || c === CR || c === 0x09;
}

function decodeKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted;
  }
}
