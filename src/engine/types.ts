// The engine's shared vocabulary. The Report shape is the contract of DESIGN.md §3 (schemaVersion 1).

export type Severity = 'error' | 'warning' | 'notice';
export type Audience = 'single-tenant' | 'multitenant';
export type AudienceOption = Audience | 'both';
export type Kind = 'teams-app' | 'power-platform-connector' | 'graph-connector' | 'unknown';
export type Capability =
  | 'message-extension'
  | 'declarative-agent'
  | 'api-plugin'
  | 'graph-connector'
  | 'bot'
  | 'tab'
  | 'custom-engine-agent';

export type Channel =
  | 'admin-center-integrated-apps'
  | 'partner-center-teams-app'
  | 'power-apps-share'
  | 'partner-center-power-platform-connector'
  | 'github-power-platform-connectors'
  | 'admin-center-graph-connectors'
  | 'none';

export const ALL_AUDIENCES: readonly Audience[] = ['single-tenant', 'multitenant'];

export interface SourceLocation {
  path: string;
  line: number;
  column: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path inside the package ("" for the package itself). */
  file: string;
  /** RFC 6901 pointer into `file` ("" for the whole file). */
  pointer: string;
  line?: number;
  column?: number;
  /** The repository file the packaged file came from, when known. */
  source: SourceLocation | null;
  audiences: Audience[];
  docs: string;
  /** Set when the configuration or the baseline accepts the finding: kept in the report, not counted, not annotated. */
  suppressed?: Suppression;
  /** The rule's severity before the configuration's `rules:` changed it (set only when it did). */
  originalSeverity?: Severity;
  /**
   * The other places of the same defect, when one rule found it several times in one file (additive to contract
   * v1): the finding sits at the first place and its message lists them all; SARIF shows these as related locations.
   */
  related?: RelatedLocation[];
  /** The one right change that removes the finding, when there is one (additive to contract v1; src/engine/fix/). */
  fix?: Fix;
}

/** Another place, in the finding's own file, of a defect reported once. */
export interface RelatedLocation {
  /** RFC 6901 pointer into the finding's `file`. */
  pointer: string;
  line?: number;
  column?: number;
  /** What was found at this place. */
  message: string;
  /** The repository file and position, when known. */
  source?: SourceLocation | null;
}

/**
 * A change to one JSON value of a packaged file, in the terms of JSON Patch (RFC 6902): `replace` the value at
 * `pointer`, `add` the member `pointer` names to its object (`first`: before the other members), `remove` it, or
 * `replace-text`: replace every `find` inside the string at `pointer` with `text` (a placeholder in a template).
 */
export type FixChange =
  | { op: 'replace'; file: string; pointer: string; value: unknown }
  | { op: 'add'; file: string; pointer: string; value: unknown; first?: boolean }
  | { op: 'remove'; file: string; pointer: string }
  | { op: 'replace-text'; file: string; pointer: string; find: string; text: string };

/** A place in a text file: 1-based line and column, and the 0-based offset, in UTF-16 code units after any BOM. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** Replace the text from `start` to `end` (exclusive; equal for an insertion) of the file at `path` with `text`. */
export interface TextEdit {
  path: string;
  start: TextPosition;
  end: TextPosition;
  text: string;
}

/**
 * A finding's fix: what changes (`changes`, in the packaged files) and the text edits that make it, so only the
 * changed value's bytes change. `applicable`: the edits are on repository files (paths relative to the repository
 * root) that `copilot-publish-check --fix` can change; otherwise they are on the packaged files (paths inside the
 * package, a zip whose source is unknown) and `reason` says why they cannot be applied.
 */
export interface Fix {
  /** One line: what the fix does. */
  description: string;
  changes: FixChange[];
  edits: TextEdit[];
  applicable: boolean;
  reason?: string;
}

/** Why a finding does not count: its rule is off (`config`), an `ignore` entry, or the baseline lists it. */
export interface Suppression {
  kind: 'config' | 'ignore' | 'baseline';
  reason: string;
}

/**
 * Marks a package's findings suppressed or changes their severity (the configuration file and the baseline):
 * called once per package before its routes are evaluated, so a suppressed error blocks no route.
 */
export type FindingReview = (packagePath: string, findings: Finding[]) => void;

export interface Blocker {
  ruleId: string;
  message: string;
}

/** Where each part of a route is documented: `prerequisites[i]` is the link for the route's `prerequisites[i]`. */
export interface RouteDocs {
  /** The Microsoft page that describes the whole route. */
  guide: string;
  prerequisites: string[];
  steps: string[];
}

export interface Route {
  audience: Audience;
  channel: Channel;
  eligible: boolean;
  blockers: Blocker[];
  prerequisites: string[];
  steps: string[];
  /** The one thing to do next: the first step when eligible, the way forward or the fix when blocked. */
  next?: string;
  /** Facts that do not block the route but limit what it gives (for example an app that runs in Teams only). */
  cautions?: Blocker[];
  /** Links for the route and for each prerequisite and step (additive to contract v1). */
  docs?: RouteDocs;
}

export interface PackageStats {
  files: number;
  bytes: number;
  ms: number;
}

export interface PackageReport {
  path: string;
  kind: Kind;
  capabilities: Capability[];
  /** Short facts that renderers show (app name, id, version, …); free-form and optional. */
  meta?: Record<string, string>;
  routes: Route[];
  findings: Finding[];
  stats: PackageStats;
}

export interface ReportSummary {
  packages: number;
  errors: number;
  warnings: number;
  notices: number;
}

/** How the run compared with the baseline: findings it knew, and entries of checked packages no longer found. */
export interface BaselineStatus {
  /** The baseline file, relative to the repository root. */
  file: string;
  known: number;
  fixed: number;
}

/** Which packages a run checked when it was asked to check only what a change touched (additive to contract v1). */
export interface ReportScope {
  /** `changed`: only packages one of whose files changed were checked; `all`: every package found was. */
  mode: 'changed' | 'all';
  /** Where the changed files came from, in words ("pull request #7, from the GitHub API"). */
  changes?: string;
  /** How many files changed. */
  changedFiles?: number;
  /** Packages found but not checked, because none of their files changed. */
  outOfScope: number;
  /** Why every package was checked although only the changed ones were asked for (the changes could not be read). */
  fallback?: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  audience: AudienceOption;
  packages: PackageReport[];
  /** Counts findings that are not suppressed. */
  summary: ReportSummary;
  /** Set when a baseline was used (additive to contract v1). */
  baseline?: BaselineStatus;
  /** Files and folders a search or a glob found that are not packages, left out (additive to contract v1). */
  skipped?: Array<{ path: string; reason: string }>;
  scope?: ReportScope;
}

/** Static description of a rule; `docs/rules.md` is generated from these. */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  audiences: readonly Audience[];
  /** Link to the Microsoft document the rule comes from. */
  docs: string;
  /** Why the rule exists and, for uncertain rules, why this severity. */
  description?: string;
  /** Package kinds this rule runs on. */
  kinds: readonly Kind[];
  /**
   * Rules whose finding at the same file and pointer is this rule's defect said more precisely (for example the
   * schema's pattern error on a value that holds an unresolved placeholder). The engine then reports one finding:
   * theirs, at the higher of the two severities (see consolidate.ts).
   */
  restatedBy?: readonly string[];
}

/** What a rule returns; the engine fills in rule id, severity, audiences, docs and positions. */
export interface FindingDraft {
  message: string;
  file?: string;
  pointer?: string;
  /** Overrides the rule's default severity (for example a legacy violation downgraded to warning). */
  severity?: Severity;
  /** Overrides the rule's audiences. */
  audiences?: readonly Audience[];
  /** Explicit position when no JSON pointer applies (for example a line in a text file). */
  line?: number;
  column?: number;
  /**
   * One defect repeated in several places (per operation, per field): the drafts of one rule in one file with the
   * same `summary` become one finding at the first place. `summary` is the grouped message, `{n}` standing for the
   * number of places; `place` names this place in the list that follows it (for example "GET /orders").
   */
  repeat?: { summary: string; place: string };
  /** The mechanical fix, when there is exactly one right one; never for what needs a person (names, descriptions, icons). */
  fix?: FixDraft;
}

/** A rule's fix: a description and the changes; a change's `file` is the draft's file unless it names another. */
export interface FixDraft {
  description: string;
  changes: Array<DistributiveOmit<FixChange, 'file'> & { file?: string }>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
