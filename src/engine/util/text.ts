// Linear scans over package text where a regular expression would backtrack (issue 20: a run of 400,000 spaces made
// `\s+for\s+[^()]*$` take two minutes), and the cap on what a text rule reads from one field.
import { MAX_FIELD_CHARS } from '../read/limits.js';

/** The text a rule reads from one field: at most MAX_FIELD_CHARS characters, never ending in half a surrogate pair. */
export function fieldText(text: string): string {
  if (text.length <= MAX_FIELD_CHARS) return text;
  const cut = isHighSurrogate(text.charCodeAt(MAX_FIELD_CHARS - 1)) ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS;
  return text.slice(0, cut);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** What `\s` matches, for one UTF-16 unit. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}
const SPACE = /^\s$/;

/** `text` without the characters of `chars` at its end (as `replace(/[…]+$/, '')` would, in one pass). */
export function trimEndOf(text: string, chars: string | ((ch: string) => boolean)): string {
  const drop = typeof chars === 'string' ? (ch: string) => chars.includes(ch) : chars;
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `text` without the characters of `chars` at either end. */
export function trimOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return trimEndOf(text.slice(start), chars);
}

/** The contents of each `(…)` in order, as `/\(([^)]*)\)/g` finds them: from a `(` to the next `)`. */
export function parenthesized(text: string): string[] {
  const out: string[] = [];
  for (let from = 0; ; ) {
    const open = text.indexOf('(', from);
    const close = open < 0 ? -1 : text.indexOf(')', open + 1);
    if (close < 0) return out;
    out.push(text.slice(open + 1, close));
    from = close + 1;
  }
}

/**
 * Whether `name` matches `pattern`, whose `*` stands for any run of characters (as `^a.*b.*c$` would, which
 * backtracks polynomially in the number of stars): the first part is a prefix, the last a suffix, the others are
 * found in order, each at its leftmost place.
 */
export function matchesWildcard(pattern: string, name: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === name;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (const part of parts.slice(1, -1)) {
    if (part === '') continue;
    const found = name.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/** Each line of `text`, without its ending (CRLF, CR or LF). */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const QUOTES = `"'`;
const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/**
 * A one-line YAML value as written after `key:` (`rest` is the line after the colon): an optional opening quote, the
 * value up to a quote or a comment, trailing blanks dropped; undefined when anything but a closing quote, blanks and
 * a comment follows it. A scan: the expression it replaces (a lazy value before `[ \t]*(?:#.*)?$`) was quadratic
 * on a run of blanks.
 */
export function yamlLineValue(rest: string): string | undefined {
  let i = 0;
  while (isBlank(rest[i])) i++;
  if (QUOTES.includes(rest[i] ?? '-')) i++;
  let end = i;
  while (end < rest.length && !`${QUOTES}#`.includes(rest[end])) end++;
  let j = end;
  if (QUOTES.includes(rest[j] ?? '-')) j++;
  while (isBlank(rest[j])) j++;
  if (j < rest.length && rest[j] !== '#') return undefined;
  let valueEnd = end;
  while (valueEnd > i && isBlank(rest[valueEnd - 1])) valueEnd--;
  return rest.slice(i, valueEnd);
}
