// Finds where a JSON pointer sits by scanning the text, without building a syntax tree. Used for large
// documents, where momoa's tree would cost about 130 bytes of memory and 2 µs per value (a 8 MB array of
// numbers: 1 GB and 15 s). Expects text that JSON.parse accepted and whose depth was checked; never throws.

/** Offset of the value (or, for the last token with `wantKey`, the key) at the pointer's deepest existing node. */
export function locateInText(text: string, tokens: readonly string[], wantKey: boolean): number | undefined {
  let pos = skipWs(text, 0);
  if (pos >= text.length) return undefined;
  let found = pos;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    const last = t === tokens.length - 1;
    const c = text[pos];
    if (c === '{') {
      let hit = -1;
      pos = skipWs(text, pos + 1);
      while (pos < text.length && text[pos] !== '}') {
        const keyStart = pos;
        const keyEnd = skipString(text, pos);
        const key = readKey(text, keyStart, keyEnd);
        pos = skipWs(text, keyEnd);
        pos = skipWs(text, pos + 1); // ':'
        if (key === token) {
          hit = pos;
          found = last && wantKey ? keyStart : pos;
          break;
        }
        pos = skipWs(text, skipValue(text, pos));
        if (text[pos] === ',') pos = skipWs(text, pos + 1);
      }
      if (hit < 0) return found;
      pos = hit;
    } else if (c === '[') {
      const index = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
      if (index < 0) return found;
      pos = skipWs(text, pos + 1);
      let i = 0;
      while (pos < text.length && text[pos] !== ']' && i < index) {
        pos = skipWs(text, skipValue(text, pos));
        if (text[pos] === ',') pos = skipWs(text, pos + 1);
        i++;
      }
      if (i !== index || pos >= text.length || text[pos] === ']') return found;
      found = pos;
    } else {
      return found;
    }
  }
  return found;
}

function skipWs(text: string, pos: number): number {
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    pos++;
  }
  return pos;
}

/** Position just after the string starting at `pos` (a quote). */
function skipString(text: string, pos: number): number {
  let j = pos + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j += 2;
    else if (c === 0x22) return j + 1;
    else j++;
  }
  return j;
}

function readKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return raw.slice(1, -1);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw;
  }
}

/** Position just after the value starting at `pos`; containers are skipped by counting brackets. */
function skipValue(text: string, pos: number): number {
  const c = text[pos];
  if (c === '"') return skipString(text, pos);
  if (c === '{' || c === '[') {
    let depth = 0;
    let j = pos;
    while (j < text.length) {
      const d = text[j];
      if (d === '"') {
        j = skipString(text, j);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return j;
  }
  let j = pos;
  while (j < text.length && !',}] \n\r\t'.includes(text[j])) j++;
  return j;
}
