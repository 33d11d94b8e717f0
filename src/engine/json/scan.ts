// One iterative pass over JSON text that finds what JSON.parse hides or cannot survive: nesting deeper than a
// limit (checked before parsing, so nothing recursive ever sees it) and duplicate keys (JSON.parse keeps the
// last silently; other parsers keep the first or reject the file). Tolerant of invalid text: it never throws.
import { escapeToken } from './pointer.js';
import { StringSkipper } from './strings.js';

export interface DuplicateKey {
  /** Pointer of the repeated member. */
  pointer: string;
  key: string;
  /** Offset of the second (ignored by this tool: JSON.parse keeps the last) occurrence of the key. */
  offset: number;
}

export interface JsonScan {
  /** Offset of the first bracket past `maxDepth`, when the text nests too deep (scanning stops there). */
  tooDeepAt?: number;
  /** About how many values the text holds (commas plus containers, plus one): what rules will walk. */
  values: number;
  duplicates: DuplicateKey[];
}

interface Frame {
  /** An object (else an array). */
  object: boolean;
  /** Member names met so far (objects; unused for arrays). */
  keys: KeySet;
  /** Current member name (objects), as its quoted span in the text: the pointer token of the value being read. */
  keyStart: number;
  keyEnd: number;
  keyEscaped: boolean;
  /** Current element index (arrays); kept as a number, made a token only when a pointer is needed. */
  index: number;
  expectKey: boolean;
}

const QUOTE = 0x22;
/** Names an object holds before they are kept as strings in a Set rather than compared in the text. */
const SPANS_BEFORE_SET = 16;

/**
 * The member names of one object. Most objects have a few, so they are compared where they stand in the text
 * (no string is made for them); an object with many, or with a name that has escapes, keeps decoded strings.
 */
class KeySet {
  private spans: number[] = [];
  private set: Set<string> | undefined;

  /** Empties the set for another object (frames are reused, level by level). */
  clear(): void {
    this.spans.length = 0;
    this.set = undefined;
  }

  /** Adds the name quoted at text[start, end); true when the object already had it. */
  has(text: string, start: number, end: number, escaped: boolean): boolean {
    if (!this.set && !escaped && this.spans.length < SPANS_BEFORE_SET * 2) {
      for (let k = 0; k < this.spans.length; k += 2) if (sameText(text, this.spans[k], this.spans[k + 1], start, end)) return true;
      this.spans.push(start, end);
      return false;
    }
    if (!this.set) {
      this.set = new Set();
      for (let k = 0; k < this.spans.length; k += 2) this.set.add(text.slice(this.spans[k] + 1, this.spans[k + 1] - 1));
    }
    const key = nameAt(text, start, end, escaped);
    if (this.set.has(key)) return true;
    this.set.add(key);
    return false;
  }
}

function sameText(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 1; k < aEnd - a - 1; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** The member name quoted at text[start, end) ("" before any name was read). */
function nameAt(text: string, start: number, end: number, escaped: boolean): string {
  if (end - start < 2) return '';
  return escaped ? decodeKey(text.slice(start, end)) : text.slice(start + 1, end - 1);
}

/** Scans `text`; stops early past `maxDepth` levels or `maxValues` values (then `values` exceeds it). */
export function scanJson(text: string, maxDepth: number, maxValues = Infinity, maxDuplicates = 20): JsonScan {
  // frames[0, depth) are the open containers; a frame (and its key set) is reused by the next container opened at
  // its level, so a document with a million objects allocates one frame per level, not one per object.
  const frames: Frame[] = [];
  let depth = 0;
  const duplicates: DuplicateKey[] = [];
  const n = text.length;
  const strings = new StringSkipper(text);
  let values = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // j: the closing quote (or the text's end for an unterminated string).
      const j = strings.end(i) - 1;
      const escaped = strings.escaped;
      const top = depth > 0 ? frames[depth - 1] : undefined;
      if (top?.object && top.expectKey) {
        // The quoted name spans text[i, j + 1); an unterminated one ends at the text's end.
        const end = Math.min(j + 1, n);
        if (top.keys.has(text, i, end, escaped)) {
          if (duplicates.length < maxDuplicates) {
            const key = nameAt(text, i, end, escaped);
            duplicates.push({ pointer: path(text, frames, depth) + '/' + escapeToken(key), key, offset: i });
          }
        }
        top.keyStart = i;
        top.keyEnd = end;
        top.keyEscaped = escaped;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      // { or [
      if (depth >= maxDepth) return { tooDeepAt: i, duplicates, values };
      values++;
      const object = c === 0x7b;
      let frame = frames[depth];
      if (!frame) frames.push((frame = { object, keys: new KeySet(), keyStart: 0, keyEnd: 0, keyEscaped: false, index: 0, expectKey: object }));
      else {
        frame.object = object;
        if (object) frame.keys.clear();
        frame.keyStart = 0;
        frame.keyEnd = 0;
        frame.keyEscaped = false;
        frame.index = 0;
        frame.expectKey = object;
      }
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth > 0) depth--;
    } else if (c === 0x2c) {
      // ,
      if (++values > maxValues) return { duplicates, values };
      if (depth === 0) continue;
      const top = frames[depth - 1];
      if (top.object) top.expectKey = true;
      else top.index++;
    }
  }
  return { duplicates, values };
}

function path(text: string, frames: readonly Frame[], depth: number): string {
  // Every open frame but the innermost contributes the token of the container it holds.
  let p = '';
  for (let k = 0; k < depth - 1; k++) {
    const f = frames[k];
    p += '/' + (f.object ? escapeToken(nameAt(text, f.keyStart, f.keyEnd, f.keyEscaped)) : String(f.index));
  }
  return p;
}

function decodeKey(quoted: string): string {
  try {
    const v: unknown = JSON.parse(quoted);
    return typeof v === 'string' ? v : quoted;
  } catch {
    return quoted;
  }
}

/** 1-based line and column of an offset (as momoa counts: CR, LF and CRLF end a line; columns in UTF-16 code units). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0a || c === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
