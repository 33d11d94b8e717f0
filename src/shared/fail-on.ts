// When a run fails: shared by the CLI (exit code) and the action (step status).
import type { Report } from '../engine/types.js';

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

export function shouldFail(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return report.summary.errors + report.summary.warnings > 0;
  return report.summary.errors > 0;
}
