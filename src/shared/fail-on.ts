// When a run fails: shared by the CLI (exit code) and the action (step status).
// A run fails on findings at or above `fail-on`, and also when a requested route is closed by a structural
// fact that no finding carries (a standalone Graph connector asked to go to the store): the user asked for
// that audience and the package cannot go there. Ask for the other audience to accept it.
import type { Report } from '../engine/types.js';

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
    p.routes
      .filter((r) => !r.eligible && r.blockers.length > 0 && r.blockers.every((b) => b.ruleId.startsWith('route.')))
      .map((r) => `${p.path} cannot go ${r.audience === 'multitenant' ? 'to every organisation' : 'to one organisation'}: ${r.blockers[0].message}`),
  );
  if (closed.length > 0 && reasons.length === 0) {
    reasons.push(`${closed.join(' ')} Set audience to the route you intend if this is expected.`);
  }
  return reasons.length > 0 ? reasons.join(' ') : undefined;
}

export function shouldFail(report: Report, failOn: FailOn): boolean {
  return failureReason(report, failOn) !== undefined;
}
