// The configuration applied to findings: a pure step the engine calls for each package before it evaluates routes
// (CheckOptions.review), so that a suppressed or downgraded error blocks no route. In order: `rules:` (off
// suppresses, a severity replaces the rule's), then the first matching `ignore` entry, then the baseline.
import picomatch from 'picomatch';
import type { Finding, FindingReview } from '../engine/types.js';
import type { BaselineLookup } from './baseline.js';
import { normalizePackagePath } from './paths.js';
import type { Config, IgnoreEntry } from './types.js';

export function createReview(config: Config | undefined, baseline?: BaselineLookup): FindingReview {
  const ignores = (config?.ignore ?? []).map((entry) => ({ entry, matches: ignoreMatcher(entry) }));
  const baselineReason = baseline && (baseline.writing ? `accepted into the new baseline ${baseline.file}` : `known in the baseline ${baseline.file}`);
  return (packagePath, findings) => {
    const path = normalizePackagePath(packagePath);
    const known = baseline?.forPackage(packagePath);
    for (const f of findings) {
      const setting = config?.rules.get(f.ruleId);
      if (setting === 'off') {
        f.suppressed = { kind: 'config', reason: `${f.ruleId} is off in ${config!.file}` };
        continue;
      }
      if (setting && setting !== f.severity) {
        f.originalSeverity = f.severity;
        f.severity = setting;
      }
      const ignore = ignores.find((i) => i.matches(path, f));
      if (ignore) f.suppressed = { kind: 'ignore', reason: ignore.entry.reason };
      else if (known?.(f)) f.suppressed = { kind: 'baseline', reason: baselineReason! };
    }
  };
}

/** An ignore entry matches a finding when each field it sets does: the rule, the package path, the pointer prefix. */
function ignoreMatcher(entry: IgnoreEntry): (packagePath: string, f: Finding) => boolean {
  const path = entry.path === undefined ? undefined : pathMatcher(entry.path);
  const prefix = entry.pointer;
  return (packagePath, f) =>
    (entry.rule === undefined || entry.rule === f.ruleId) &&
    (path === undefined || path(packagePath)) &&
    (prefix === undefined || prefix === '' || f.pointer === prefix || f.pointer.startsWith(`${prefix}/`));
}

/**
 * A package path glob (`*`, `**`, `?`, `[…]`, `{a,b}`), or a path written out in full, which matches itself and what
 * is below it. Parentheses are literal: real connector folders have them ("Asite (Canada)"), and picomatch would
 * read them as a pattern group.
 */
export function pathMatcher(glob: string): (path: string) => boolean {
  const normal = normalizePackagePath(glob).replace(/\/+$/, '');
  const literal = normal.replace(/\/\*\*$/, '');
  const isMatch = picomatch(normal.replace(/[()]/g, '\\$&'), { dot: true });
  return (path) => path === literal || path.startsWith(`${literal}/`) || isMatch(path);
}
