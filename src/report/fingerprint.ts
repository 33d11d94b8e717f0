// Stable identities for findings, so two runs can be compared (the pull-request comment's "what changed")
// and code scanning can follow an alert across commits (SARIF partialFingerprints). A finding is the same
// when its rule, package, file and JSON pointer are (or, without a pointer, its message); repeats are numbered.
import { createHash } from 'node:crypto';
import type { Finding, PackageReport, Report } from '../engine/types.js';

/** Hex digits kept per fingerprint: 48 bits, ample for the findings of one pull request. */
export const FINGERPRINT_LENGTH = 12;

export interface FingerprintedFinding {
  packagePath: string;
  finding: Finding;
  fingerprint: string;
}

/**
 * `place` names a package in the fingerprint: its report path unless told (SARIF passes the repository-relative
 * path, so a report made from another working folder gives the same fingerprints).
 */
export function fingerprintFindings(report: Report, place: (p: PackageReport) => string = (p) => p.path): FingerprintedFinding[] {
  const seen = new Map<string, number>();
  const out: FingerprintedFinding[] = [];
  for (const p of report.packages) {
    const where = place(p);
    for (const f of p.findings) {
      const key = [f.ruleId, where, f.file, f.pointer || f.message].join('\u0000');
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, FINGERPRINT_LENGTH);
      out.push({ packagePath: p.path, finding: f, fingerprint });
    }
  }
  return out;
}
