// Agents Toolkit (and Teams Toolkit) manifests hold `${{VAR}}` placeholders and `$[file('…')]` calls that the build
// replaces. A template value matches a packaged value when the literal parts agree and each placeholder stands for
// any text.

// A call's arguments stop at the next `[` as well as at `]`: otherwise every `$[f(` of a run is scanned to the end.
const PLACEHOLDER = /\$\{\{\s*[A-Za-z0-9_.-]+\s*\}\}|\$\[ *[a-zA-Z]+\([^[\]]*\) *\]/g;

export type TemplateMatch = 'exact' | 'template' | 'none';

export function hasPlaceholder(value: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(value);
}

/** How a source value (maybe a template) matches a packaged value. */
export function matchTemplate(source: string, packaged: string): TemplateMatch {
  if (source === packaged) return 'exact';
  if (!hasPlaceholder(source)) return 'none';
  return matchesLiterals(source.split(PLACEHOLDER), packaged) ? 'template' : 'none';
}

// The literal parts in order, anything between them: the first as a prefix, the last as a suffix, the others at
// their leftmost place in between (always a correct choice when the gaps match anything). Linear; the RegExp
// ^a[\s\S]*a[\s\S]*…$ it replaces backtracked exponentially on a near miss, and both texts come from the pull request.
function matchesLiterals(literals: readonly string[], value: string): boolean {
  const first = literals[0];
  const last = literals[literals.length - 1];
  if (!value.startsWith(first)) return false;
  let at = first.length;
  for (let i = 1; i < literals.length - 1; i++) {
    const found = value.indexOf(literals[i], at);
    if (found < 0) return false;
    at = found + literals[i].length;
  }
  return value.length - last.length >= at && value.endsWith(last);
}

/** True when `value` has text of its own besides placeholders. */
export function hasLiteral(value: string): boolean {
  return value.replace(PLACEHOLDER, '').trim().length > 0;
}
