// urlPattern values come from untrusted files: they are compiled (inside try/catch) to prove they are valid
// ECMAScript, and their named groups are read from the source text. They are never executed, so a pattern
// written to backtrack catastrophically costs nothing here.

export type CompiledPattern = { ok: true; groups: string[] } | { ok: false; error: string; tooLong?: true };

/** Longest pattern compiled; Graph has no documented limit, this only bounds the work done on odd input. */
export const MAX_PATTERN_LENGTH = 4096;

// `(?<name>` opens a named group; `(?<=` and `(?<!` are lookbehinds and do not match the name class.
const NAMED_GROUP = /\(\?<([A-Za-z_$][A-Za-z0-9_$]*)>/g;

export function compilePattern(source: string): CompiledPattern {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, error: `${source.length} characters, past the ${MAX_PATTERN_LENGTH} this check compiles`, tooLong: true };
  try {
    new RegExp(source);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e) };
  }
  return { ok: true, groups: [...new Set([...source.matchAll(NAMED_GROUP)].map((m) => m[1]))] };
}

/** The `{name}` placeholders of an itemId template, each once. */
export function itemIdPlaceholders(itemId: string): string[] {
  return [...new Set([...itemId.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]))];
}
