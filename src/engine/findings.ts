// Turns a rule's drafts into report findings: rule metadata, and the line and column of the pointer.
import { packagedFix } from './fix/resolve.js';
import type { PackageView } from './read/package-view.js';
import type { Finding, FindingDraft, RuleMeta } from './types.js';
import { compareStrings } from './util/compare.js';

/** What consolidation needs to know of a finding beyond the report's fields (never written to the report). */
export interface FindingOrigin {
  repeat?: FindingDraft['repeat'];
  restatedBy?: readonly string[];
}

const origins = new WeakMap<Finding, FindingOrigin>();

export function originOf(finding: Finding): FindingOrigin | undefined {
  return origins.get(finding);
}

export function toFinding(rule: Pick<RuleMeta, 'id' | 'severity' | 'audiences' | 'docs' | 'restatedBy'>, draft: FindingDraft, pkg: PackageView | null): Finding {
  const file = draft.file ?? '';
  const pointer = draft.pointer ?? '';
  const finding: Finding = {
    ruleId: rule.id,
    severity: draft.severity ?? rule.severity,
    message: draft.message,
    file,
    pointer,
    source: null,
    audiences: [...(draft.audiences ?? rule.audiences)],
    docs: rule.docs,
  };
  const position = draft.line !== undefined ? { line: draft.line, column: draft.column ?? 1 } : locate(pkg, file, pointer);
  if (position) {
    finding.line = position.line;
    finding.column = position.column;
  }
  if (draft.repeat || rule.restatedBy) origins.set(finding, { repeat: draft.repeat, restatedBy: rule.restatedBy });
  const fix = packagedFix(draft, pkg);
  if (fix) finding.fix = fix;
  return finding;
}

function locate(pkg: PackageView | null, file: string, pointer: string) {
  if (!pkg || !file || !/\.json$/i.test(file) || !pkg.has(file)) return undefined;
  return pkg.json(file)?.locate(pointer);
}

const ORDER = { error: 0, warning: 1, notice: 2 } as const;

/** Errors first, then by file and position, so every output lists findings the same way on every machine. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      compareStrings(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareStrings(a.ruleId, b.ruleId),
  );
}

