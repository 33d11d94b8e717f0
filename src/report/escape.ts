// Package text is untrusted (it comes from pull requests). These keep it inert in each output.

/**
 * C0/C1 controls (but tab, LF and CR, handled apart): NUL, ESC (terminal escape sequences) and the rest; directional
 * marks, overrides and isolates (U+200E/F, U+061C, U+202A–E, U+2066–9), which reorder what a reader sees; and the
 * Unicode line and paragraph separators.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Longest untrusted value shown in markdown; longer ones end in "…". */
export const MAX_MARKDOWN_VALUE = 1_000;

/** One line of plain text, whatever its length: line breaks as spaces, no control or direction-changing characters. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(INVISIBLE, '');
}

/**
 * Text for a workflow log, several lines allowed: no CR (a bare one rewrites the line a terminal shows), no control
 * or direction-changing characters, and no workflow command (see neutralizeWorkflowCommands). Package text inside
 * should already be on one line (oneLine), so it cannot start a line of its own.
 */
export function logText(text: string): string {
  return neutralizeWorkflowCommands(text.replace(/\r\n?/g, '\n').replace(INVISIBLE, ''));
}

/** One line of plain text: no line breaks, no control or direction-changing characters, at most `max` characters. */
export function cleanText(text: string, max = MAX_MARKDOWN_VALUE): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  // Never cut a surrogate pair in half.
  const cut = /[\ud800-\udbff]/.test(flat[max - 1] ?? '') ? max - 1 : max;
  return `${flat.slice(0, cut)}…`;
}

/**
 * Markdown inline text (also safe in a table cell): no HTML, no table breaks, no @mentions or #references,
 * no links, images or autolinks, no emphasis or headings forged from package text.
 */
export function escapeMarkdown(text: string, max = MAX_MARKDOWN_VALUE): string {
  return (
    cleanText(text, max)
      // HTML first, so the entities it writes are not escaped again; `&` also disarms &#64; and friends.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
      // A zero-width space stops mentions (@user, @org/team), issue references and autolinks; `\@` would not.
      .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
      .replace(/\\#(?=\d)/g, '\\#\u200b')
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}\u200b${m.slice(3)}`)
  );
}

/**
 * An inline code span around untrusted text: fenced with more backticks than any run inside, so the
 * span cannot end early. In a table cell, `|` is escaped too (GitHub splits cells even inside code).
 */
export function codeSpan(text: string, inTable = false): string {
  let clean = breakHtmlComments(cleanText(text, MAX_MARKDOWN_VALUE));
  if (inTable) clean = clean.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * `<!--` and `-->` broken with a zero-width space. A code span shows them as written, but they stay in the raw body,
 * where the comment's hidden markers live: a file named "<!-- copilot-publish-check:comment key=… -->.json" must not
 * put one there. (escapeMarkdown writes `<` and `>` as entities, which does the same.)
 */
export function breakHtmlComments(text: string): string {
  return text.replace(/<!--/g, '<\u200b!--').replace(/-->/g, '--\u200b>');
}

/** A URL path from a repository path: every segment percent-encoded, parentheses too (they end markdown links). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * Plain text printed to a workflow log: a line starting with `::` (after any whitespace the runner trims)
 * or holding `##[` anywhere would be read as a workflow command, so those markers are broken with a
 * zero-width space wherever they occur.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}
