// Agents Toolkit (and Teams Toolkit) manifests hold `${{VAR}}` placeholders that the build replaces. A
// template value matches a packaged value when the literal parts agree and each placeholder stands for any text.

const PLACEHOLDER = /\$\{\{\s*[A-Za-z0-9_.-]+\s*\}\}/g;

export type TemplateMatch = 'exact' | 'template' | 'none';

export function hasPlaceholder(value: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(value);
}

/** How a source value (maybe a template) matches a packaged value. */
export function matchTemplate(source: string, packaged: string): TemplateMatch {
  if (source === packaged) return 'exact';
  if (!hasPlaceholder(source)) return 'none';
  const literal = source.split(PLACEHOLDER).map(escapeRegExp);
  return new RegExp(`^${literal.join('[\\s\\S]*')}$`).test(packaged) ? 'template' : 'none';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
