// docs/rules.md, generated from the rules' own metadata.
import { readProblemRules } from '../engine/index.js';
import type { RuleMeta } from '../engine/types.js';
import { ROUTE_RULES } from '../engine/routes/route-rules.js';

/** `allRules`: every rule of every family (loadAllRules); read problems and route facts are added here. */
export function renderRulesMarkdown(allRules: readonly RuleMeta[]): string {
  const rules: RuleMeta[] = [...readProblemRules, ...allRules, ...ROUTE_RULES];
  const families = new Map<string, RuleMeta[]>();
  for (const r of rules) {
    const family = r.id.split('.')[0];
    families.set(family, [...(families.get(family) ?? []), r]);
  }
  const out = [
    '# Rules',
    '',
    `Generated from the rules' metadata by \`npm run docs\`; do not edit by hand. ${rules.length} rules.`,
    '',
    'Severity: **error** blocks upload or submission, or breaks a certification policy; **warning**: store review is',
    'likely to reject it, or it will misbehave in Copilot; **notice**: advice. Audiences: the routes a rule counts for.',
    '',
  ];
  for (const [family, list] of families) {
    out.push(`## ${family}`, '', '| Rule | Severity | Audiences | Kinds | What it checks |', '|---|---|---|---|---|');
    for (const r of list.sort((a, b) => a.id.localeCompare(b.id))) {
      const what = [r.title, r.description].filter(Boolean).join('. ').replace(/\|/g, '\\|').replace(/\n/g, ' ');
      out.push(`| [\`${r.id}\`](${r.docs}) | ${r.severity} | ${r.audiences.join(', ')} | ${r.kinds.join(', ')} | ${what} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
