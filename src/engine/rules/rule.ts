// What a rule is: metadata plus a function from a read-only context to finding drafts.
import type { JsonDocument } from '../json/document.js';
import type { PackageView } from '../read/package-view.js';
import type { Capability, FindingDraft, Kind, RuleMeta } from '../types.js';

export interface RuleContext {
  readonly pkg: PackageView;
  readonly kind: Kind;
  readonly capabilities: readonly Capability[];
  /** For teams-app packages: manifest.json as parsed (undefined when it is missing). */
  readonly manifest?: JsonDocument;
  /** For a package built from an Agents Toolkit project: its env file's defined variables and substituted files. */
  readonly toolkit?: {
    readonly envFile: string;
    readonly defined: ReadonlySet<string>;
    readonly substituted: ReadonlySet<string>;
  };
}

export interface Rule extends RuleMeta {
  /** Synchronous generators for most rules; a promise where a library is asynchronous (OpenAPI validation). */
  check(ctx: RuleContext): Iterable<FindingDraft> | Promise<Iterable<FindingDraft>>;
}

/** Identity helper that gives rule literals their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Severity-free audiences shorthands used by rule metadata. */
export const BOTH = ['single-tenant', 'multitenant'] as const;
export const MULTITENANT = ['multitenant'] as const;
export const SINGLE_TENANT = ['single-tenant'] as const;

/**
 * One defect judged per route: an error for the multitenant route (certification or store review rejects it) and a
 * warning for a single organisation, where the package still works. Two drafts that differ only in severity and
 * audience, each saying so, since a table row or an annotation shows no audience.
 */
export function errorForStoreWarningForOne(draft: FindingDraft): FindingDraft[] {
  const message = `${draft.message} (An error for every organisation (store), a warning for one organisation.)`;
  return [
    { ...draft, message, audiences: MULTITENANT },
    { ...draft, message, severity: 'warning', audiences: SINGLE_TENANT },
  ];
}
