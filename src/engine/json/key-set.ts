// The member names of one JSON object as they are read from its text, to find a name given twice (JSON.parse keeps
// the last value silently; other parsers keep the first or reject the file).
export interface DuplicateKey {
  /** Pointer of the repeated member. */
  pointer: string;
  key: string;
  /** Offset of the second (ignored by this tool: JSON.parse keeps the last) occurrence of the key. */
  offset: number;
}

/** Names an object holds before they are kept as strings in a Set rather than compared in the text. */
const SPANS_BEFORE_SET = 16;

/**
 * The member names of one object. Most objects have a few, so they are compared where they stand in the text
 * (no string is made for them); an object with many, or with a name that has escapes, keeps decoded strings.
 */
export class KeySet {
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
export function nameAt(text: string, start: number, end: number, escaped: boolean): string {
  if (end - start < 2) return '';
  return escaped ? decodeKey(text.slice(start, end)) : text.slice(start + 1, end - 1);
}

export function decodeKey(quoted: string): string {
  try {
    const v: unknown = JSON.parse(quoted);
    return typeof v === 'string' ? v : quoted;
  } catch {
    return quoted;
  }
}
