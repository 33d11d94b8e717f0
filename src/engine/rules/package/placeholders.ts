// Unresolved build-time placeholders left in packaged files: the Agents Toolkit resolves ${{VAR}} and
// $[file('...')] when it zips the package; older templates used {{VAR}} and <<VAR>>.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { forEachString, isTextFile } from './shared/text-files.js';

// `{{x}}` only with a plain identifier: plugin confirmation texts legitimately use {{function.parameters.x}},
// and Adaptive Card templates use ${x} and {{DATE(...)}}.
const PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}\}|(?<!\$)\{\{\s*[A-Za-z_][A-Za-z0-9_-]*\s*\}\}|<<\s*[A-Za-z_][A-Za-z0-9_ -]*?\s*>>|\$\[file\(\s*['"][^'"\]]*['"]\s*\)\]/g;

/** Every placeholder in `text`, in order, with its offset. */
export function findPlaceholders(text: string): Array<{ token: string; index: number }> {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ token: m[0], index: m.index ?? 0 }));
}

function list(tokens: string[]): string {
  const unique = [...new Set(tokens)];
  return unique.join(', ');
}

export const placeholdersResolved = defineRule({
  id: 'package.unresolved-placeholder',
  title: 'No unresolved placeholders remain in packaged files',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentsToolkitEnvironments,
  description:
    "The Agents Toolkit replaces ${{VAR}} from env/.env.<environment> and inlines $[file('...')] when it builds the zip; a package that still holds them was zipped by hand or with a missing variable, and ships the literal text. Warning, not error: the catalogue infers this from the toolkit (no Microsoft page states that upload rejects it), and where a placeholder breaks a schema constraint (an id that must be a GUID, a URL) teams.manifest-schema already reports the error.",
  *check({ pkg }) {
    for (const name of pkg.names) {
      if (!isTextFile(pkg, name)) continue;
      const text = pkg.text(name) ?? '';
      if (!/\{\{|<<|\$\[file/.test(text)) continue;
      const doc = /\.json$/i.test(name) ? pkg.json(name) : undefined;
      if (doc?.ok) {
        const found: Array<{ at: string; tokens: string[] }> = [];
        forEachString(doc.value, (value, at) => {
          const tokens = findPlaceholders(value).map((p) => p.token);
          if (tokens.length) found.push({ at, tokens });
        });
        for (const { at, tokens } of found) {
          yield { file: name, pointer: at, message: `${name} ${at} holds the unresolved placeholder${tokens.length > 1 ? 's' : ''} ${list(tokens)}.` };
        }
        continue;
      }
      // Not JSON, or JSON that does not parse (placeholders often are why): report by line.
      const lines = text.split(/\r\n|\r|\n/);
      for (let i = 0; i < lines.length; i++) {
        const hits = findPlaceholders(lines[i]);
        if (hits.length === 0) continue;
        yield {
          file: name,
          line: i + 1,
          column: hits[0].index + 1,
          message: `${name} line ${i + 1} holds the unresolved placeholder${hits.length > 1 ? 's' : ''} ${list(hits.map((h) => h.token))}.`,
        };
      }
    }
  },
});
