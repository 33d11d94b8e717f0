// Whole-word matching of fixed terms in store text, without Unicode-aware regexes.
// The obvious regex, (?<![\p{L}\p{N}])(a|b|c)(?![\p{L}\p{N}]) with the `iu` flags, makes irregexp build
// case-folded Unicode property classes on first use: 1–3 ms per pattern, about 10 ms of a cold run over the store
// text rules (DESIGN.md §6). Here one plain case-insensitive regex finds where some term starts, each term is
// tried there in order, and the word boundaries are tested on the neighbouring characters.
// Same results as that regex, except that a term is not backtracked into (no term here needs it).

let unicodeWordChar: RegExp | undefined;

/** A letter or a digit of any script (\p{L} or \p{N}), at `index` (a whole code point); false outside the text. */
function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  unicodeWordChar ??= /^[\p{L}\p{N}]$/u;
  return unicodeWordChar.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** The code point that ends just before `index`. */
function isWordCharBefore(text: string, index: number): boolean {
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return isWordCharAt(text, index - (pair ? 2 : 1));
}

/** Every matcher made (they are module constants), so the regex audit test can check the expressions they build. */
export const wordMatchers: WordMatcher[] = [];

export class WordMatcher {
  readonly anyTerm: RegExp;
  readonly terms: readonly RegExp[];

  /** `sources`: regex sources without capturing groups or the `u` flag's syntax, tried in order at each place. */
  constructor(sources: readonly string[], caseSensitive: boolean) {
    const flags = caseSensitive ? '' : 'i';
    this.anyTerm = new RegExp(sources.map((s) => `(?:${s})`).join('|'), `g${flags}`);
    this.terms = sources.map((s) => new RegExp(s, `y${flags}`));
    wordMatchers.push(this);
  }

  /** Distinct whole-word matches in `text`, as written, in order of appearance. */
  matches(text: string): string[] {
    const found = new Set<string>();
    const any = this.anyTerm;
    any.lastIndex = 0;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      const start = m.index;
      const hit = this.at(text, start);
      if (hit !== undefined) found.add(hit);
      any.lastIndex = start + (hit?.length || 1);
    }
    return [...found];
  }

  /** The first term that matches as a whole word starting at `start`, as written. */
  at(text: string, start: number): string | undefined {
    if (isWordCharBefore(text, start)) return undefined;
    for (const term of this.terms) {
      term.lastIndex = start;
      const t = term.exec(text);
      if (t && t[0].length > 0 && !isWordCharAt(text, start + t[0].length)) return t[0];
    }
    return undefined;
  }
}

/** Any of `terms` as whole words; a space in a term matches any run of white space. Case-insensitive unless told. */
export function wordPattern(terms: readonly string[], caseSensitive = false): WordMatcher {
  return new WordMatcher(
    terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')),
    caseSensitive,
  );
}

/** Distinct whole-word matches of `matcher` in `text`, as written. */
export function matchesOf(matcher: WordMatcher, text: string): string[] {
  return matcher.matches(text);
}
