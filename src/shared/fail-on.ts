// When a run fails: shared by the CLI (exit code) and the action (step status).
// A run fails on findings at or above `fail-on`, and also when a requested route is closed by a structural
// fact that no finding carries (a standalone Graph connector asked to go to the store): the user asked for
// that audience and the package cannot go there. Ask for the other audience to accept it.
import type { PackageReport, Report, Route } from '../engine/types.js';

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

/** Why the run fails, or undefined when it passes. */
export function failureReason(report: Report, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined;
  const { errors, warnings } = report.summary;
  const reasons: string[] = [];
  if (errors > 0 || (failOn === 'warning' && warnings > 0)) {
    reasons.push(`${errors} error(s) and ${warnings} warning(s) found (fail-on: ${failOn}).`);
  }
  const closed = report.packages.flatMap((p) =>
    closedRoutes(p).map((r) => `${p.path} cannot go ${r.audience === 'multitenant' ? 'to every organisation' : 'to one organisation'}: ${r.blockers[0].message}`),
  );
  if (closed.length > 0 && reasons.length === 0) {
    reasons.push(`${closed.join(' ')} Set audience to the route you intend if this is expected.`);
  }
  return reasons.length > 0 ? reasons.join(' ') : undefined;
}

export function shouldFail(report: Report, failOn: FailOn): boolean {
  return failureReason(report, failOn) !== undefined;
}

/** Routes closed by structural facts alone (no finding carries them): asked for, and impossible. */
export function closedRoutes(p: PackageReport): Route[] {
  return p.routes.filter((r) => !r.eligible && r.blockers.length > 0 && r.blockers.every((b) => b.ruleId.startsWith('route.')));
}

/** Findings of a package that count against `fail-on` (errors; errors and warnings for fail-on: warning). */
export function failingFindings(p: PackageReport, failOn: FailOn): number {
  // Suppressed findings (the configuration, the baseline) do not count, as in the summary.
  return p.findings.filter((f) => !f.suppressed && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'))).length;
}

/** Whether a package makes a run fail: findings at or above `fail-on` (errors for never), or a closed route. */
export function packageFails(p: PackageReport, failOn: FailOn): boolean {
  return failingFindings(p, failOn) > 0 || closedRoutes(p).length > 0;
}
