// One iterative pass over JSON text that finds what JSON.parse hides or cannot survive: nesting deeper than a
// limit (checked before parsing, so nothing recursive ever sees it) and duplicate keys (JSON.parse keeps the
// last silently; other parsers keep the first or reject the file). Tolerant of invalid text: it never throws.
import { escapeToken } from './pointer.js';

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
  keys: Set<string> | null;
  /** Current member name (objects): the pointer token of the value being read. */
  token: string;
  /** Current element index (arrays); kept as a number, made a token only when a pointer is needed. */
  index: number;
  expectKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Scans `text`; stops early past `maxDepth` levels or `maxValues` values (then `values` exceeds it). */
export function scanJson(text: string, maxDepth: number, maxValues = Infinity, maxDuplicates = 20): JsonScan {
  const frames: Frame[] = [];
  const duplicates: DuplicateKey[] = [];
  const n = text.length;
  let values = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === BACKSLASH) {
          escaped = true;
          j += 2;
        } else if (d === QUOTE) break;
        else j++;
      }
      const top = frames[frames.length - 1];
      if (top?.keys && top.expectKey) {
        const key = escaped ? decodeKey(text.slice(i, j + 1)) : text.slice(i + 1, j);
        if (top.keys.has(key)) {
          if (duplicates.length < maxDuplicates) {
            duplicates.push({ pointer: path(frames) + '/' + escapeToken(key), key, offset: i });
          }
        } else top.keys.add(key);
        top.token = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      // { or [
      if (frames.length >= maxDepth) return { tooDeepAt: i, duplicates, values };
      values++;
      const object = c === 0x7b;
      frames.push({ keys: object ? new Set() : null, token: '', index: 0, expectKey: object });
    } else if (c === 0x7d || c === 0x5d) {
      frames.pop();
    } else if (c === 0x2c) {
      // ,
      if (++values > maxValues) return { duplicates, values };
      const top = frames[frames.length - 1];
      if (!top) continue;
      if (top.keys) top.expectKey = true;
      else top.index++;
    }
  }
  return { duplicates, values };
}

function path(frames: readonly Frame[]): string {
  // Every frame but the innermost contributes the token of the container it holds.
  let p = '';
  for (let k = 0; k < frames.length - 1; k++) {
    const f = frames[k];
    p += '/' + (f.keys ? escapeToken(f.token) : String(f.index));
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

/** 1-based line and column of an offset (columns count UTF-16 code units, as momoa does). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
