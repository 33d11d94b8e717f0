// The baseline: the findings a repository had when it adopted the check, so that they stop failing while new ones
// still fail. Written by `--write-baseline FILE`, read through the configuration's `baseline:`. Each entry has a
// fingerprint that does not move with lines: the rule, the package path, the file in the package, the JSON pointer
// and, for a finding without a pointer, its message with numbers blanked ("has 401 pixels" and "has 398 pixels" are
// the same finding). Entries are a multiset: three findings with one fingerprint need three entries. Loaded only
// when a baseline is used (node:crypto costs a cold run about 8 ms).
import { createHash } from 'node:crypto';
import { parseJsonDocument } from '../engine/json/document.js';
import { pointer as toPointer } from '../engine/json/pointer.js';
import type { BaselineStatus, Finding, Report } from '../engine/types.js';
import { compareStrings } from '../engine/util/compare.js';
import { normalizePackagePath } from './paths.js';
import type { ConfigProblem, Parsed } from './types.js';

export const BASELINE_VERSION = 1;
/** Hex digits per fingerprint: 64 bits, so that thousands of entries never collide by chance. */
const FINGERPRINT_LENGTH = 16;

/** One finding of the baseline: the fingerprint is what matches; the rest is there to read in a review. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  package: string;
  file: string;
  pointer: string;
  severity: string;
  message: string;
}

export interface Baseline {
  file: string;
  /** Fingerprint counts per package path. */
  byPackage: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** What the review asks of a baseline: per package, whether a finding is known (each entry matches once). */
export interface BaselineLookup {
  file: string;
  /** True while writing a new baseline: every finding that is not otherwise suppressed goes into it. */
  writing: boolean;
  forPackage(packagePath: string): (f: Finding) => boolean;
}

export function normalizeMessage(message: string): string {
  return message.replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

export function baselineFingerprint(packagePath: string, f: Pick<Finding, 'ruleId' | 'file' | 'pointer' | 'message'>): string {
  const key = [f.ruleId, normalizePackagePath(packagePath), f.file, f.pointer, f.pointer ? '' : normalizeMessage(f.message)].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

export function lookupIn(baseline: Baseline): BaselineLookup {
  return {
    file: baseline.file,
    writing: false,
    forPackage(packagePath) {
      const left = new Map(baseline.byPackage.get(normalizePackagePath(packagePath)) ?? []);
      return (f) => {
        if (left.size === 0) return false;
        const fp = baselineFingerprint(packagePath, f);
        const n = left.get(fp) ?? 0;
        if (n > 0) left.set(fp, n - 1);
        return n > 0;
      };
    },
  };
}

/** For `--write-baseline FILE`: every finding left is accepted into the new baseline. */
export function writingTo(file: string): BaselineLookup {
  return { file, writing: true, forPackage: () => () => true };
}

/** The entries of a report for a new baseline: every finding not suppressed by the configuration. */
export function baselineEntries(report: Report): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  for (const p of report.packages) {
    for (const f of p.findings) {
      if (f.suppressed && f.suppressed.kind !== 'baseline') continue;
      entries.push({
        fingerprint: baselineFingerprint(p.path, f),
        ruleId: f.ruleId,
        package: normalizePackagePath(p.path),
        file: f.file,
        pointer: f.pointer,
        severity: f.originalSeverity ?? f.severity,
        message: f.message,
      });
    }
  }
  const key = (e: BaselineEntry) => [e.package, e.ruleId, e.file, e.pointer, e.message].join('\u0000');
  return entries.sort((a, b) => compareStrings(key(a), key(b)));
}

/** The baseline file: one entry per line, sorted, so that a refresh reads as a short diff. */
export function baselineText(entries: readonly BaselineEntry[]): string {
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "copilot-publish-check",\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

export function parseBaseline(text: string, file: string): Parsed<Baseline> {
  // JSON.parse first: a monorepo's baseline can pass the size up to which positions are computed; they are looked up
  // only to say where a problem is.
  const located = (pointer: string, message: string): Parsed<Baseline> => {
    const doc = parseJsonDocument(file, text);
    const at = doc.error ?? doc.locate(pointer) ?? { line: 1, column: 1 };
    return { ok: false, problems: [{ file, line: at.line, column: at.column, message } satisfies ConfigProblem] };
  };
  let root: { version?: unknown; findings?: unknown } | null;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return located('', `the baseline is not valid JSON; write it again with --write-baseline ${file}.`);
  }
  if (!root || typeof root !== 'object' || Array.isArray(root) || root.version !== BASELINE_VERSION || !Array.isArray(root.findings)) {
    return located('', `this is not a baseline of copilot-publish-check (version ${BASELINE_VERSION} with "findings"); write it with --write-baseline ${file}.`);
  }
  const byPackage = new Map<string, Map<string, number>>();
  for (const [i, entry] of root.findings.entries()) {
    const e = entry as Partial<BaselineEntry> | null;
    if (!e || typeof e !== 'object' || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(e.fingerprint) || typeof e.package !== 'string') {
      return located(toPointer('findings', i), `entry ${i + 1} needs a "fingerprint" (16 hex digits) and a "package"; write the file again with --write-baseline ${file}.`);
    }
    const counts = byPackage.get(normalizePackagePath(e.package)) ?? new Map<string, number>();
    counts.set(e.fingerprint, (counts.get(e.fingerprint) ?? 0) + 1);
    byPackage.set(normalizePackagePath(e.package), counts);
  }
  return { ok: true, value: { file, byPackage } };
}

/**
 * Findings the baseline knew, and its entries that no finding of a checked package matches any more (fixed, so the
 * file can be refreshed). Packages this run did not check (another path, another scope) count as neither.
 */
export function baselineStatus(report: Report, baseline: Baseline): BaselineStatus {
  let known = 0;
  let fixed = 0;
  for (const p of report.packages) {
    known += p.findings.filter((f) => f.suppressed?.kind === 'baseline').length;
    const entries = baseline.byPackage.get(normalizePackagePath(p.path));
    if (!entries) continue;
    const found = new Map<string, number>();
    for (const f of p.findings) {
      const fp = baselineFingerprint(p.path, f);
      found.set(fp, (found.get(fp) ?? 0) + 1);
    }
    for (const [fp, n] of entries) fixed += Math.max(0, n - (found.get(fp) ?? 0));
  }
  return { file: baseline.file, known, fixed };
}
