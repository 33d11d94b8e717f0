// The engine's entry point: paths in, Report out. Pure apart from reading the files it is given.
import { detectKind } from './detect/kind.js';
import { teamsCapabilities } from './detect/teams-capabilities.js';
import { sortFindings, toFinding } from './findings.js';
import { consolidate } from './consolidate.js';
import { resolveInputs, type SkippedInput, type Target } from './read/inputs.js';
import type { PackageView, ReadProblem } from './read/package-view.js';
import { readTarget } from './read/read-target.js';
import { readProblemRules, rulesFor } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { audiencesOf, evaluateRoutes } from './routes/evaluate.js';
import { readPrevious, updateFindings, type PreviousPackage } from './routes/update.js';
import type { AudienceOption, Capability, Finding, FindingReview, PackageReport, Report, RuleMeta } from './types.js';
import { describePackage } from './describe.js';
import { attachSources, builtFrom, createSourceFinder, type SourceFinder } from './source-map/index.js';
import { classifyConnector } from './detect/connector-class.js';
import { loadYamlFor } from './openapi/yaml-library.js';

export const TOOL_NAME = 'copilot-publish-check';

export interface CheckOptions {
  audience: AudienceOption;
  /** Version written into the report's `tool`. */
  toolVersion: string;
  /** Working directory for relative paths and globs. */
  cwd: string;
  /** The rules to run; all of them by default (tests pass subsets). */
  rules?: readonly Rule[];
  /** Packages read at once. */
  concurrency?: number;
  /** The package currently published: each package is checked as an update of it. */
  previous?: string;
  /** Repository folder or manifest the packages were built from, for source mapping. */
  source?: string;
  /** Suppressions and severity changes (the configuration file, the baseline: src/config/), before routes. */
  review?: FindingReview;
  /** Repository root: source paths are relative to it and never outside it (cwd unless told). */
  root?: string;
  /** The inputs are the usual places searched when no path was given: a pattern that finds nothing is not missing. */
  defaults?: boolean;
  /** Chooses which of the packages found are checked (a pull request's scope); every one unless given. */
  select?: TargetSelector;
}

/** What a selector can ask about a package before it is checked. */
export interface SelectContext {
  /** The repository files and folders (absolute paths) the package is built from; undefined when not known. */
  builtFrom(target: Target): Promise<string[] | undefined>;
}

/** Returns the packages to check, out of those found; runs before any package is checked. */
export type TargetSelector = (targets: readonly Target[], context: SelectContext) => Promise<readonly Target[]>;

export interface CheckResult {
  report: Report;
  /** Inputs that named nothing on disk (a usage error for the CLI, exit code 2). */
  missing: string[];
  /** Packages found but left out by `select`. */
  unselected: Target[];
}

export async function checkPaths(inputs: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const { targets: found, missing, skipped } = await resolveInputs(inputs, options.cwd, { defaults: options.defaults });
  const sources = createSourceFinder({ cwd: options.cwd, root: options.root, source: options.source });
  // Chosen before anything is checked: checking a thousand connectors to report the one a pull request changed is
  // exactly the cost a scope avoids.
  const targets = options.select ? await options.select(found, { builtFrom: (t) => builtFrom(t, sources) }) : found;
  const chosen = new Set(targets);
  // The published package is read once; a path that names nothing is a usage error like any missing input.
  const previousPackage = options.previous ? await readPrevious(options.previous, options.cwd) : undefined;
  const notFound = options.previous && !previousPackage ? [...missing, options.previous] : missing;
  const packages = await mapBounded(targets, options.concurrency ?? 4, (t) => checkTarget(t, { ...options, previousPackage }, sources));
  const report = buildReport(packages, options);
  if (skipped.length > 0) report.skipped = skipped.map(toSkipped);
  return { report, missing: notFound, unselected: found.filter((t) => !chosen.has(t)) };
}

function toSkipped(s: SkippedInput): { path: string; reason: string } {
  return { path: s.display, reason: s.reason };
}

/** What checking one package needs: the audience, the rules, and the published package for an update check. */
export type PackageCheckOptions = Pick<CheckOptions, 'audience' | 'rules' | 'review'> & { previousPackage?: PreviousPackage };

export async function checkTarget(target: Target, options: PackageCheckOptions, sources?: SourceFinder): Promise<PackageReport> {
  const started = performance.now();
  const { view, problems } = await readTarget(target);
  const report = await checkView(view, problems, target.display, options);
  if (view && sources) await mapSources(report, target, view, sources);
  report.stats.ms = round(performance.now() - started);
  return report;
}

/** Runs the rules over an already-read package: the warm path the benchmark measures. */
export async function checkView(
  view: PackageView | null,
  problems: readonly ReadProblem[],
  displayPath: string,
  options: PackageCheckOptions,
): Promise<PackageReport> {
  const started = performance.now();
  const findings: Finding[] = problems.map((p) => toFinding(problemMeta(p.ruleId), p, view));
  const kind = view ? detectKind(view) : 'unknown';
  const manifest = view && kind === 'teams-app' ? view.json(view.findName('manifest.json') ?? 'manifest.json') : undefined;
  const capabilities: Capability[] = manifest?.ok ? teamsCapabilities(manifest.value, view ?? undefined) : [];
  if (view) {
    const ctx: RuleContext = { pkg: view, kind, capabilities, manifest };
    await loadYamlFor(view);
    for (const rule of options.rules ?? (await rulesFor(kind))) {
      if (!rule.kinds.includes(kind)) continue;
      // One at a time: spreading 100,000 findings into push() overflows the call stack.
      for (const f of await runRule(rule, ctx)) findings.push(f);
    }
    if (options.previousPackage) {
      findings.push(...updateFindings({ view, kind, capabilities, manifest: manifest?.value }, options.previousPackage));
    }
  }
  if (kind === 'unknown' && !findings.some((f) => f.severity === 'error')) {
    findings.push(
      toFinding(
        problemMeta('package.unrecognized'),
        {
          message:
            'No package found here: no manifest.json (Teams app), no apiDefinition.swagger.json or apiProperties.json (Power Platform connector), and no Copilot (Graph) connector definition.',
        },
        view,
      ),
    );
  }
  // Findings that count only for an audience that was not asked for stay out of the report, the counts and the verdict.
  const asked = audiencesOf(options.audience);
  const relevant = consolidate(findings).filter((f) => f.audiences.some((a) => asked.includes(a)));
  options.review?.(displayPath, relevant);
  sortFindings(relevant);
  return {
    path: displayPath,
    kind,
    capabilities,
    meta: view ? describePackage(view, kind, manifest?.value) : undefined,
    routes: evaluateRoutes(
      { kind, capabilities, manifest: manifest?.value, connectorClass: view && kind === 'power-platform-connector' ? classifyConnector(view).connectorClass : undefined },
      options.review ? relevant.filter((f) => !f.suppressed) : relevant,
      options.audience,
    ),
    findings: relevant,
    stats: { files: view?.names.length ?? 0, bytes: view?.totalBytes ?? 0, ms: round(performance.now() - started) },
  };
}

// Source lines are a convenience for annotations: a failure to find them leaves findings on the package.
async function mapSources(report: PackageReport, target: Target, view: PackageView, sources: SourceFinder): Promise<void> {
  // Nothing to place: a clean package does not pay for the repository search.
  if (!report.findings.some((f) => f.file)) return;
  try {
    const files = await sources.filesFor(target, view, report.kind, { id: report.meta?.id, name: report.meta?.name });
    if (files.size > 0) await attachSources(report.findings, view, files);
  } catch {
    // Unreadable repository files: findings keep `source: null`.
  }
}

/**
 * Most findings one rule reports for one package; one more says the rest were not listed. A hostile manifest can
 * hold 100,000 wrong values: each finding costs a position lookup, sorting and report space, and nobody reads them.
 */
const MAX_FINDINGS_PER_RULE = 100;
/** Places one rule may list for repeats of one defect (consolidate.ts makes them one finding each). */
const MAX_PLACES_PER_RULE = 2_000;

// A rule that throws is a bug in this tool, not in the package: it is reported, and the other rules still run.
async function runRule(rule: Rule, ctx: RuleContext): Promise<Finding[]> {
  try {
    const found: Finding[] = [];
    // A repeat of a defect already found becomes a place in its finding, not a finding of its own.
    const summaries = new Set<string>();
    let reported = 0;
    for (const draft of await rule.check(ctx)) {
      const newFinding = !draft.repeat || !summaries.has(draft.repeat.summary);
      if ((newFinding && reported === MAX_FINDINGS_PER_RULE) || found.length === MAX_PLACES_PER_RULE) {
        found.push(toFinding(rule, { message: `${rule.id} has more findings in this package; only the first ${found.length} are listed.`, severity: draft.severity, audiences: draft.audiences }, ctx.pkg));
        break;
      }
      if (newFinding) reported++;
      if (draft.repeat) summaries.add(draft.repeat.summary);
      found.push(toFinding(rule, draft, ctx.pkg));
    }
    return found;
  } catch (e) {
    return [
      toFinding(
        { ...rule, severity: 'warning' },
        { message: `Internal error in rule ${rule.id}; the rule was skipped: ${e instanceof Error ? e.message : String(e)}` },
        ctx.pkg,
      ),
    ];
  }
}

const problemMetaById = new Map<string, RuleMeta>(readProblemRules.map((r) => [r.id, r]));

function problemMeta(id: string): RuleMeta {
  const meta = problemMetaById.get(id);
  if (!meta) throw new Error(`unknown read problem rule ${id}`);
  return meta;
}

export function buildReport(packages: PackageReport[], options: Pick<CheckOptions, 'audience' | 'toolVersion'>): Report {
  // Suppressed findings stay in the report but do not count (nor, through the summary, for fail-on).
  const count = (s: Finding['severity']) => packages.reduce((n, p) => n + p.findings.filter((f) => f.severity === s && !f.suppressed).length, 0);
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    audience: options.audience,
    packages,
    summary: { packages: packages.length, errors: count('error'), warnings: count('warning'), notices: count('notice') },
  };
}

async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
