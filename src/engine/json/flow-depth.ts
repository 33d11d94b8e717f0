// Nesting depth of the bracket ("flow") collections in YAML or JSON-like text, found without parsing. The
// `yaml` parser recurses per level and needs seconds for 100,000 levels before it overflows the stack, so YAML
// is checked with this first. Quoted scalars and comments are skipped; the count errs towards deeper, never shallower.

/** Offset of the first `[` or `{` that opens a collection deeper than `maxDepth`, or undefined. */
export function flowTooDeepAt(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  // The last character that was not a space: a quote opens a scalar only where a value can start.
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if (c === ']' || c === '}') {
      if (depth > 0) depth--;
    } else if ((c === '"' || c === "'") && ':-[{,?\n'.includes(prev)) {
      i = skipQuoted(text, i, c);
    } else if (c === '#' && (prev === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    }
    if (c !== ' ' && c !== '\t' && c !== '\r') prev = c;
  }
  return undefined;
}

// Index of the closing quote (or the end of text). In YAML, '' escapes a single quote and \ escapes in "...".
function skipQuoted(text: string, start: number, quote: string): number {
  for (let j = start + 1; j < text.length; j++) {
    const d = text[j];
    if (quote === '"' && d === '\\') j++;
    else if (d === quote) {
      if (quote === "'" && text[j + 1] === "'") j++;
      else return j;
    }
  }
  return text.length;
}
