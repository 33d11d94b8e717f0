// Unresolved build-time placeholders left in packaged files: the Agents Toolkit resolves ${{VAR}} and
// $[file('...')] when it zips the package; older templates used {{VAR}} and <<VAR>>. In the values the app runs on
// (ids, domains, endpoints, auth registrations) a placeholder breaks the app; elsewhere it only ships odd text.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import type { PackageView } from '../../read/package-view.js';
import type { FindingDraft, FixDraft } from '../../types.js';
import type { RuleContext } from '../rule.js';
import { jsonValueRole, yamlValueRoles } from './shared/functional-values.js';
import { forEachString, isTextFile } from './shared/text-files.js';

// `{{x}}` only with a plain identifier: plugin confirmation texts legitimately use {{function.parameters.x}},
// and Adaptive Card templates use ${x} and {{DATE(...)}}.
const PLACEHOLDER = /\$\{\{\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}\}|(?<!\$)\{\{\s*[A-Za-z_][A-Za-z0-9_-]*\s*\}\}|<<\s*[A-Za-z_][A-Za-z0-9_\s-]*>>|\$\[file\(\s*['"][^'"\]]*['"]\s*\)\]/g;

/** Every placeholder in `text`, in order, with its offset. */
export function findPlaceholders(text: string): Array<{ token: string; index: number }> {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ token: m[0], index: m.index ?? 0 }));
}

function list(tokens: string[]): string {
  return [...new Set(tokens)].join(', ');
}

interface Hit {
  draft: FindingDraft;
  /** A value the app runs on (functional-values.ts). */
  functional: boolean;
  /** The placeholders of a JSON string value (the draft's pointer); absent for hits by line. */
  tokens?: string[];
}

const scans = new WeakMap<PackageView, Hit[]>();

/** The placeholder the toolkit replaces (fx-core: `${{NAME}}`, spaces allowed inside the braces). */
const TOOLKIT_PLACEHOLDER = /^\$\{\{ *[a-zA-Z_][a-zA-Z0-9_]* *\}\}$/;

/**
 * In a package built from a toolkit project: a placeholder the toolkit does not recognise ({{NAME}}, <<NAME>>,
 * ${{ NAME }} with a tab) in a file it substitutes, naming a variable the env file sets, is that variable written the
 * wrong way; the fix writes it as ${{NAME}} in the template. A correct ${{NAME}} left in a file the toolkit packages
 * as it is (a card, a tool list) has no such fix: only the value itself would do, and that is per environment.
 */
function toolkitFix(ctx: RuleContext, file: string, pointer: string, tokens: readonly string[]): FixDraft | undefined {
  const t = ctx.toolkit;
  if (!t || !t.substituted.has(file)) return undefined;
  const wrong = [...new Set(tokens)].flatMap((token) => {
    const name = /^(?:\$?\{\{|<<)\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\}\}|>>)$/.exec(token)?.[1];
    return name && t.defined.has(name) && !TOOLKIT_PLACEHOLDER.test(token) ? [{ token, name }] : [];
  });
  if (wrong.length === 0) return undefined;
  return {
    description: `Write ${wrong.map((w) => `${w.token} as \${{${w.name}}}`).join(', ')}, the placeholder the toolkit fills in (${t.envFile} sets ${wrong.map((w) => w.name).join(', ')}).`,
    changes: wrong.map((w) => ({ op: 'replace-text' as const, pointer, find: w.token, text: `\${{${w.name}}}` })),
  };
}

/** The scan's drafts, with the toolkit's fix on those that have one. */
function withFixes(ctx: RuleContext, hits: readonly Hit[]): Hit[] {
  if (!ctx.toolkit) return [...hits];
  return hits.map((h) => {
    const { file, pointer } = h.draft;
    const fix = file && pointer !== undefined && h.tokens ? toolkitFix(ctx, file, pointer, h.tokens) : undefined;
    return fix ? { ...h, draft: { ...h.draft, fix } } : h;
  });
}

/** Every placeholder in the package, found once for both rules. */
function placeholderHits(pkg: PackageView): Hit[] {
  const cached = scans.get(pkg);
  if (cached) return cached;
  const hits: Hit[] = [];
  for (const name of pkg.names) {
    if (!isTextFile(pkg, name)) continue;
    const text = pkg.text(name) ?? '';
    if (!/\{\{|<<|\$\[file/.test(text)) continue;
    const doc = /\.json$/i.test(name) ? pkg.json(name) : undefined;
    if (doc?.ok) {
      forEachString(doc.value, (value, at) => {
        const tokens = findPlaceholders(value).map((p) => p.token);
        if (tokens.length === 0) return;
        const role = jsonValueRole(name, doc.value, at);
        hits.push({ functional: role !== undefined, tokens, draft: { file: name, pointer: at, message: message(`${name} ${at}`, tokens, role) } });
      });
      continue;
    }
    // Not JSON (YAML OpenAPI descriptions), or JSON that does not parse (placeholders often are why): report by line.
    const lines = text.split(/\r\n|\r|\n/);
    const roles = yamlValueRoles(pkg, name);
    for (let i = 0; i < lines.length; i++) {
      const found = findPlaceholders(lines[i]);
      if (found.length === 0) continue;
      const role = roles.get(i + 1);
      hits.push({
        functional: role !== undefined,
        draft: { file: name, line: i + 1, column: found[0].index + 1, message: message(`${name} line ${i + 1}`, found.map((h) => h.token), role) },
      });
    }
  }
  scans.set(pkg, hits);
  return hits;
}

function message(where: string, tokens: string[], role: string | undefined): string {
  const what = `${where} holds the unresolved placeholder${tokens.length > 1 ? 's' : ''} ${list(tokens)}`;
  return role ? `${what}; this is the ${role}, so the app cannot work until the build fills it in.` : `${what}.`;
}

export const placeholdersResolved = defineRule({
  id: 'package.unresolved-placeholder',
  title: 'No unresolved placeholders remain in packaged files',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentsToolkitEnvironments,
  description:
    "The Agents Toolkit replaces ${{VAR}} from env/.env.<environment> and inlines $[file('...')] when it builds the zip; a package that still holds them was zipped by hand or with a missing variable, and ships the literal text. " +
    'A warning for text fields (names, descriptions, cards): the catalogue infers this from the toolkit, and no Microsoft page states that upload rejects it. Placeholders in the values the app runs on are package.unresolved-placeholder-functional\'s, an error.',
  *check(ctx) {
    for (const hit of withFixes(ctx, placeholderHits(ctx.pkg))) if (!hit.functional) yield hit.draft;
  },
});

export const placeholdersFunctional = defineRule({
  id: 'package.unresolved-placeholder-functional',
  title: 'No unresolved placeholders remain in ids, domains, endpoints or auth registrations',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentsToolkitEnvironments,
  description:
    'A ${{VAR}}, {{VAR}} or <<VAR>> left in a value the app runs on breaks it whatever the upload says: the app id, botId, validDomains, webApplicationInfo id and resource, tab and connector URLs, the Graph connector notificationUrl, ' +
    'agent connector servers and their referenceId, API key registrations, plugin runtime URLs and reference_id, and OpenAPI servers (or a Swagger host). Copilot calls the literal text, or Teams cannot find the bot. ' +
    'An error, not a warning: nothing about the app works until the build fills these in. (A toolkit project checked from source reports its unset variables itself.)',
  *check(ctx) {
    for (const hit of withFixes(ctx, placeholderHits(ctx.pkg))) if (hit.functional) yield hit.draft;
  },
});
