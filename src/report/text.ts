// Plain text for people at a terminal or in a log.
import type { Report, Route } from '../engine/types.js';
import { logText, oneLine } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES, countLine, locationOf, packageTitle, verdictLine } from './format.js';
import { suppressedLine } from './suppressed.js';
import { fixesLine } from './fixes.js';

const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' } as const;

export interface TextOptions {
  /** Most packages listed (all unless told); the verdict and counts below always cover every package. */
  maxPackages?: number;
  /** Most findings listed over all packages (all unless told). */
  maxFindings?: number;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const out: string[] = [];
  const packages = report.packages.slice(0, options.maxPackages ?? Infinity);
  let room = options.maxFindings ?? Infinity;
  for (const p of packages) {
    out.push(packageTitle(p));
    for (const r of p.routes) out.push(...routeLines(r));
    const shown = p.findings.filter((f) => !f.suppressed);
    const listed = shown.slice(0, room);
    for (const f of listed) {
      out.push(`  ${MARK[f.severity]} ${f.severity} ${f.ruleId} ${locationOf(f)}`);
      out.push(`      ${f.message}`);
      if (f.fix) out.push(`      fix: ${f.fix.description}`);
    }
    if (listed.length < shown.length) out.push(`  … and ${shown.length - listed.length} more findings in the JSON report`);
    room -= listed.length;
    out.push('');
  }
  if (packages.length < report.packages.length) out.push(`… and ${report.packages.length - packages.length} more packages in the JSON report`, '');
  out.push(verdictLine(report));
  out.push(countLine(report.summary));
  const suppressed = suppressedLine(report);
  if (suppressed) out.push(suppressed);
  const fixes = fixesLine(report);
  if (fixes) out.push(fixes);
  // Each line is flattened: package text (a name, a path, a message quoting a value) cannot start a line of its own,
  // move the cursor (ESC, CR) or reorder what a reader sees (bidirectional controls).
  return logText(out.map(oneLine).join('\n')) + '\n';
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
