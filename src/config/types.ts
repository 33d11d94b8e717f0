// The configuration file (.github/copilot-publish-check.yml) as the rest of the tool sees it, once validated.
import type { AudienceOption, Severity } from '../engine/types.js';
import type { FailOn } from '../shared/fail-on.js';

export type RuleSetting = Severity | 'off';

/** A place in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

export interface IgnoreEntry {
  rule?: string;
  /** Glob of package paths, relative to the repository root. */
  path?: string;
  /** JSON pointer prefix. */
  pointer?: string;
  reason: string;
}

export interface Config {
  /** The file, relative to the repository root (or as named): messages and suppression reasons name it. */
  file: string;
  rules: ReadonlyMap<string, RuleSetting>;
  ignore: readonly IgnoreEntry[];
  /** The baseline file, relative to the repository root, and where the configuration names it. */
  baseline?: { path: string; at: Position };
  audience?: AudienceOption;
  failOn?: FailOn;
  /** Every rule id the file names (under `rules:` and in ignores), where, to tell a typo from a rule. */
  ruleIds: readonly { id: string; at: Position }[];
}

/** Why a configuration or baseline file cannot be used: a usage error (exit code 2) at a place in the file. */
export interface ConfigProblem extends Position {
  file: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] };

/** `file:line:column: message`, as compilers print it (editors and terminals link it). */
export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
