// The engine's entry point: paths in, Report out. Pure apart from reading the files it is given.
import { detectKind } from './detect/kind.js';
import { teamsCapabilities } from './detect/teams-capabilities.js';
import { sortFindings, toFinding } from './findings.js';
import { consolidate } from './consolidate.js';
import { resolveInputs, type SkippedInput, type Target } from './read/inputs.js';
import type { BuiltFromSource, PackageView, ReadProblem } from './read/package-view.js';
import { readTarget, type ReadOptions } from './read/read-target.js';
import { isInside } from './read/toolkit/files.js';
import { reviseForStandIns } from './read/toolkit/stand-ins.js';
import { resolvePointer } from './json/pointer.js';
import { loadRulesFor, readProblemRules, rulesFor } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { audiencesOf, evaluateRoutes } from './routes/evaluate.js';
import { readPrevious, updateFindings, type PreviousPackage } from './routes/update.js';
import type { AudienceOption, Capability, Finding, FindingReview, PackageReport, Report, RuleMeta } from './types.js';
import { describePackage } from './describe.js';
import { attachSources, builtFrom, builtSources, createSourceFinder, sourceDocs, type SourceFinder } from './source-map/index.js';
import { retargetFixes } from './fix/resolve.js';
import { classifyConnector } from './detect/connector-class.js';
import { mapBounded } from './util/map-bounded.js';
import { loadYamlFor } from './openapi/yaml-library.js';
import { checkInPool, workersFor, type PoolOptions } from './pool/pool.js';

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
  /** Agents Toolkit projects are built for this environment: env/.env.<environment> (default dev). */
  environment?: string;
  /** The process environment, which toolkit variables are read from first (passed in: the engine reads no globals). */
  processEnv?: Readonly<Record<string, string | undefined>>;
  /** Keep the packages built from toolkit projects, so the caller can write them (`package-output`). */
  keepBuilt?: boolean;
  /**
   * Worker threads the edge allows (and the script they run): a run of many packages is shared between them.
   * Not used with `rules` (functions do not cross threads); with `review`, the workers' script rebuilds the same
   * review from `pool.data` (runPoolWorker's setup).
   */
  pool?: PoolOptions;
  /**
   * Told of each package's report once it is final, while the others are still being checked (in any order): an
   * edge prepares its outputs then (the JSON report's pieces) instead of after the last package.
   */
  checked?: (report: PackageReport) => void;
}

/** A package built from a toolkit project, for writing as the zip the toolkit would write. */
export interface BuiltPackage {
  /** The project, as the report names it. */
  path: string;
  /** Where the toolkit writes the zip (absolute). */
  zip: string;
  /** Packaged name → bytes. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Variables that had no real value: a package built with stand-ins must not be published. */
  missing: readonly string[];
  /** Error findings of the package. */
  errors: number;
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
  /** Packages built from toolkit projects, when `keepBuilt` was asked for. */
  built?: BuiltPackage[];
}

export async function checkPaths(inputs: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const { targets: found, missing, skipped } = await resolveInputs(inputs, options.cwd, { defaults: options.defaults, environment: options.environment });
  const sources = createSourceFinder({ cwd: options.cwd, root: options.root, source: options.source });
  // Chosen before anything is checked: checking a thousand connectors to report the one a pull request changed is
  // exactly the cost a scope avoids.
  const targets = options.select ? await options.select(found, { builtFrom: (t) => builtFrom(t, sources) }) : found;
  const chosen = new Set(targets);
  // The published package is read once; a path that names nothing is a usage error like any missing input.
  const previousPackage = options.previous ? await readPrevious(options.previous, options.cwd) : undefined;
  const notFound = options.previous && !previousPackage ? [...missing, options.previous] : missing;
  const read = { cwd: options.cwd, root: options.root, environment: options.environment, processEnv: options.processEnv };
  const built: BuiltPackage[] = [];
  const keep = options.keepBuilt ? (b: BuiltPackage) => built.push(b) : undefined;
  const workers = options.rules ? 0 : workersFor(targets.length, options.pool);
  const packages =
    workers > 0
      ? await checkInPool(
          targets,
          { audience: options.audience, source: options.source, previous: options.previous, read, keepBuilt: !!keep, data: options.pool?.data },
          options.pool!,
          workers,
          {
            built: (b) => keep?.(b),
            failed: (t, why) => checkView(null, [{ ruleId: 'package.zip-corrupt', message: `The package could not be checked: ${why}.` }], t.display, options),
            // The families of rules the workers ran are loaded here while they go on (a failure shows below).
            checked: (p) => {
              void loadRulesFor([p.kind]).catch(() => undefined);
              options.checked?.(p);
            },
          },
        )
      : await mapBounded(targets, options.concurrency ?? 4, async (t) => {
          const report = await checkTarget(t, { ...options, previousPackage, read, keep }, sources);
          options.checked?.(report);
          return report;
        });
  // The rules ran in the workers: their families are loaded here too, so renderers (annotation titles, SARIF rule
  // descriptions) and the configuration's check of rule ids know them as after a run on this thread (most were
  // loaded during the run).
  if (workers > 0) await loadRulesFor(packages.map((p) => p.kind));
  const report = buildReport(packages, options);
  if (skipped.length > 0) report.skipped = skipped.map(toSkipped);
  // In the order of the packages, whichever finished first.
  const order = new Map(packages.map((p, i) => [p.path, i]));
  built.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return { report, missing: notFound, unselected: found.filter((t) => !chosen.has(t)), ...(keep ? { built } : {}) };
}

function toSkipped(s: SkippedInput): { path: string; reason: string } {
  return { path: s.display, reason: s.reason };
}

/** What checking one package needs: the audience, the rules, and the published package for an update check. */
export type PackageCheckOptions = Pick<CheckOptions, 'audience' | 'rules' | 'review'> & {
  previousPackage?: PreviousPackage;
  /** How toolkit projects are read (working folder, repository root, environment, process environment). */
  read?: Pick<CheckOptions, 'cwd' | 'root' | 'environment' | 'processEnv'>;
  /** Receives the package built from a toolkit project. */
  keep?: (built: BuiltPackage) => void;
  /** Set for a package built from source: its findings about stand-in values are revised before the routes. */
  built?: BuiltFromSource;
};

export async function checkTarget(target: Target, options: PackageCheckOptions, sources?: SourceFinder): Promise<PackageReport> {
  const started = performance.now();
  const { view, problems, built } = await readTarget(target, readOptions(target, options.read));
  const report = await checkView(view, problems, target.display, built ? { ...options, built } : options);
  if (built) {
    await placeBuiltFindings(report, view, built, options.read?.root ?? options.read?.cwd ?? target.abs);
    if (view && options.keep) options.keep({ path: target.display, zip: built.zip, files: filesOf(view), missing: built.missing, errors: report.findings.filter((f) => f.severity === 'error').length });
  } else if (view && sources) await mapSources(report, target, view, sources);
  report.stats.ms = round(performance.now() - started);
  return report;
}

// A toolkit project reads files inside the repository only (or inside itself when it lies outside); paths in its
// findings are relative to the repository root.
function readOptions(target: Target, read: PackageCheckOptions['read']): ReadOptions {
  if (target.type !== 'toolkit-project' || !read) return {};
  const repository = read.root ?? read.cwd;
  return { root: isInside(repository, target.abs) ? repository : target.abs, cwd: repository, environment: read.environment, processEnv: read.processEnv };
}

/**
 * Findings of a package built from source go to the source files: each packaged file to the template it came from,
 * through the substitution (same JSON pointer, else same line). A project that could not be built says what to do
 * next on its routes.
 */
async function placeBuiltFindings(report: PackageReport, view: PackageView | null, built: BuiltFromSource, root: string): Promise<void> {
  if (built.notChecked) {
    for (const r of report.routes) {
      r.steps = [built.notChecked];
      r.next = built.notChecked;
    }
  }
  if (!view) return;
  try {
    const files = builtSources(built.origins, root);
    const docs = sourceDocs(view);
    await attachSources(report.findings, view, files, docs);
    // A fix goes to the template, through the substitution: a value the build fills in stays unfixed, with the reason.
    if (report.findings.some((f) => f.fix)) await retargetFixes(report.findings, view, files, docs);
  } catch {
    // Unreadable source files: findings keep `source: null`.
  }
}

function valueAt(view: PackageView, file: string, pointer: string): unknown {
  const doc = /\.json$/i.test(file) ? view.json(file) : undefined;
  return doc?.ok ? resolvePointer(doc.value, pointer) : undefined;
}

function filesOf(view: PackageView): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of view.names) files.set(name, view.bytes(name) as Uint8Array);
  return files;
}

/** Runs the rules over an already-read package: the warm path the benchmark measures. */
export async function checkView(
  view: PackageView | null,
  problems: readonly ReadProblem[],
  displayPath: string,
  options: PackageCheckOptions,
): Promise<PackageReport> {
  const started = performance.now();
  let findings: Finding[] = problems.map((p) => withSource(toFinding(problemMeta(p.ruleId), p, view), p));
  const kind = view ? detectKind(view) : 'unknown';
  const manifest = view && kind === 'teams-app' ? view.json(view.findName('manifest.json') ?? 'manifest.json') : undefined;
  const capabilities: Capability[] = manifest?.ok ? teamsCapabilities(manifest.value, view ?? undefined) : [];
  if (view) {
    const vars = options.built?.variables;
    const toolkit = vars ? { envFile: vars.envFile, defined: new Set(vars.defined), substituted: new Set(vars.substituted) } : undefined;
    const ctx: RuleContext = { pkg: view, kind, capabilities, manifest, ...(toolkit ? { toolkit } : {}) };
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
  // A package built with stand-ins: findings speak of the variables, and none is about a stand-in itself.
  if (view && options.built) findings = reviseForStandIns(findings, options.built.standIns, (f) => (f.file && f.pointer ? valueAt(view, f.file, f.pointer) : undefined));
  if (kind === 'unknown' && !findings.some((f) => f.severity === 'error' || EXPLAINS_UNKNOWN.has(f.ruleId))) {
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

/** Findings that already say why nothing was checked (a TypeSpec agent not compiled yet). */
const EXPLAINS_UNKNOWN = new Set(['package.toolkit-typespec']);

function withSource(f: Finding, p: ReadProblem): Finding {
  if (p.source) f.source = p.source;
  return f;
}

// Source lines are a convenience for annotations: a failure to find them leaves findings on the package.
async function mapSources(report: PackageReport, target: Target, view: PackageView, sources: SourceFinder): Promise<void> {
  // Nothing to place: a clean package does not pay for the repository search.
  if (!report.findings.some((f) => f.file)) return;
  try {
    const files = await sources.filesFor(target, view, report.kind);
    const docs = sourceDocs(view);
    if (files.size > 0) await attachSources(report.findings, view, files, docs);
    // Fixes go where the packaged files came from (or say why they cannot).
    if (report.findings.some((f) => f.fix)) await retargetFixes(report.findings, view, files, docs);
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

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
