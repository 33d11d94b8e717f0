// What JSON.parse hides or cannot survive, found before parsing in the pass that indexes positions
// (position-index.ts): nesting deeper than a limit (so nothing recursive ever sees it), more values than a limit,
// and duplicate keys (JSON.parse keeps the last silently; other parsers keep the first or reject the file).
// Tolerant of invalid text: it never throws.
import { indexJson } from './position-index.js';

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

/** Scans `text`; stops early past `maxDepth` levels or `maxValues` values (then `values` exceeds it). */
export function scanJson(text: string, maxDepth: number, maxValues = Infinity, maxDuplicates = 20): JsonScan {
  const { tooDeepAt, values, duplicates } = indexJson(text, maxDepth, maxValues, maxDuplicates);
  return tooDeepAt === undefined ? { values, duplicates } : { tooDeepAt, values, duplicates };
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
