// Plain text for people at a terminal or in a log.
import type { Report } from '../engine/types.js';
import { neutralizeWorkflowCommands } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES, countLine, locationOf, packageTitle, verdictLine } from './format.js';

const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' } as const;

export function renderText(report: Report): string {
  const out: string[] = [];
  for (const p of report.packages) {
    out.push(packageTitle(p));
    for (const r of p.routes) {
      const verdict = r.eligible ? 'ready' : `blocked (${r.blockers.length})`;
      out.push(`  ${AUDIENCE_NAMES[r.audience]}: ${CHANNEL_NAMES[r.channel]} — ${verdict}`);
      if (!r.eligible) for (const b of r.blockers.slice(0, 3)) out.push(`      · ${b.message}`);
      if (r.eligible && r.steps[0]) out.push(`      next: ${r.steps[0]}`);
    }
    for (const f of p.findings) {
      out.push(`  ${MARK[f.severity]} ${f.severity} ${f.ruleId} ${locationOf(f)}`);
      out.push(`      ${f.message}`);
    }
    out.push('');
  }
  out.push(verdictLine(report));
  out.push(countLine(report.summary));
  return neutralizeWorkflowCommands(out.join('\n')) + '\n';
}
