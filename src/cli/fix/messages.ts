// What --fix and --fix-dry-run say on stderr: what was (or would be) fixed, what is left for another run, and what
// cannot be fixed here and why.
import type { Finding } from '../../engine/types.js';
import { locationOf, plural as count } from '../../report/format.js';
import type { RepositoryFixes } from './plan.js';

/** Most findings named per kind of message; the rest are counted. */
const MAX_NAMED = 10;

export function fixMessages(plan: RepositoryFixes, dryRun: boolean): string[] {
  const out: string[] = [];
  const n = plan.fixed.length + plan.alsoFixed.length;
  const files = plan.files.map((f) => f.path);
  if (n === 0 && plan.overlapping.length === 0 && plan.refused.length === 0) return ['nothing to fix: no finding has a fix.'];
  if (n > 0) out.push(`${dryRun ? 'would fix' : 'fixed'} ${count(n, 'finding')} in ${count(files.length, 'file')}: ${files.join(', ')}${dryRun ? ' (nothing was changed)' : ''}.`);
  if (plan.zips.length > 0 && !dryRun) out.push(`the fixed sources build ${plan.zips.join(', ')}: ${plan.zips.length === 1 ? 'its' : 'their'} findings go when ${plan.zips.length === 1 ? 'it is' : 'they are'} built again.`);
  if (plan.overlapping.length > 0) {
    out.push(`${count(plan.overlapping.length, 'fix', 'fixes')} left for another run: ${plan.overlapping.length === 1 ? 'it changes' : 'they change'} text another fix changes (${named(plan.overlapping)}). Run --fix again.`);
  }
  // One line per reason: a zip without a source is one reason for all its findings.
  const byReason = new Map<string, Finding[]>();
  for (const r of plan.refused) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.finding]);
  for (const [reason, findings] of byReason) out.push(`${count(findings.length, 'fix', 'fixes')} cannot be applied (${named(findings)}): ${reason.replace(/\.$/, '')}.`);
  return out;
}

function named(findings: readonly Finding[]): string {
  const shown = findings.slice(0, MAX_NAMED).map(place);
  return shown.join(', ') + (findings.length > shown.length ? ` and ${findings.length - shown.length} more` : '');
}

function place(f: Finding): string {
  return `${f.ruleId} at ${locationOf(f)}`;
}
