// Plain text for people at a terminal or in a log.
import type { Report, Route } from '../engine/types.js';
import { neutralizeWorkflowCommands } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES, countLine, locationOf, packageTitle, verdictLine } from './format.js';
import { suppressedLine } from './suppressed.js';
import { fixesLine } from './fixes.js';

const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' } as const;

export function renderText(report: Report): string {
  const out: string[] = [];
  for (const p of report.packages) {
    out.push(packageTitle(p));
    for (const r of p.routes) out.push(...routeLines(r));
    for (const f of p.findings) {
      if (f.suppressed) continue;
      out.push(`  ${MARK[f.severity]} ${f.severity} ${f.ruleId} ${locationOf(f)}`);
      out.push(`      ${f.message}`);
      if (f.fix) out.push(`      fix: ${f.fix.description}`);
    }
    out.push('');
  }
  out.push(verdictLine(report));
  out.push(countLine(report.summary));
  const suppressed = suppressedLine(report);
  if (suppressed) out.push(suppressed);
  const fixes = fixesLine(report);
  if (fixes) out.push(fixes);
  return neutralizeWorkflowCommands(out.join('\n')) + '\n';
}

// The route part: verdict per audience, the first blockers (or cautions), the next step and where it is documented.
function routeLines(r: Route): string[] {
  const verdict = r.eligible ? (r.cautions?.length ? 'ready, with limits' : 'ready') : `blocked (${r.blockers.length})`;
  const out = [`  ${AUDIENCE_NAMES[r.audience]}: ${CHANNEL_NAMES[r.channel]} — ${verdict}`];
  if (!r.eligible) {
    for (const b of r.blockers.slice(0, 3)) out.push(`      ✖ ${b.ruleId}: ${b.message}`);
    if (r.blockers.length > 3) out.push(`      … and ${r.blockers.length - 3} more`);
  }
  for (const c of r.eligible ? (r.cautions ?? []) : []) out.push(`      ⚠ ${c.ruleId}: ${c.message}`);
  const next = r.next ?? (r.eligible ? r.steps[0] : undefined);
  if (next) out.push(`      next: ${next}`);
  if (r.docs?.guide) out.push(`      guide: ${r.docs.guide}`);
  return out;
}
