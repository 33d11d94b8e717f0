// The action's work, with every effect behind a parameter: the engine runs, then annotations, summary,
// report, SARIF, outputs, the pull-request comment (a seam filled by the comment publisher) and the verdict.
import { isAbsolute, join, resolve } from 'node:path';
import { checkPaths, DEFAULT_PATTERNS, type BuiltPackage, type PoolOptions } from '../engine/index.js';
import { isInside } from '../engine/read/toolkit/files.js';
import { writeBuiltPackages } from '../shared/package-output.js';
import type { Finding, Report } from '../engine/types.js';
import { formatProblem, loadConfiguration, type ConfigRequest, type Settings } from '../config/index.js';
import { fixesNote, JsonPieces, logText, type Chunk, oneLine, omittedSentence, planAnnotations, renderJsonChunks, renderSummary, renderText, suppressedNote, type SourceLinks } from '../report/index.js';
import { failureReason, type FailOn } from '../shared/fail-on.js';
import { readIfExists } from '../shared/read-if-exists.js';
import { writeChunks } from '../shared/write-chunks.js';
import { actionOutputs, type OutputPolicy } from '../shared/output-path.js';
import { VERSION } from '../version.js';
import { ConfigurationError, type ActionInputs } from './inputs.js';
import { describeScope, type ScopePlan } from './scope/index.js';

/** Packages and findings printed in the step's log; the job summary and the JSON report have the rest. */
export const MAX_LOG_PACKAGES = 1_000;
export const MAX_LOG_FINDINGS = 1_000;

export interface AnnotationProps {
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** The slice of @actions/core the action uses; tests pass a recorder. */
export interface ActionCore {
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** What decides the verdict: fail-on, and what failed the run besides findings. */
export interface VerdictInputs {
  failOn: FailOn;
  problems: string[];
}

/** Posts or updates the pull-request comment, with trusted markdown notes under the verdict; absent where no comment can be made. */
export type CommentPublisher = (report: Report, verdict: VerdictInputs, notes?: readonly string[]) => Promise<void>;

/** Suggests the fixes on a pull request's changed lines in one review; says which findings it suggested. */
export type SuggestionPublisher = (report: Report) => Promise<{ suggested: ReadonlySet<Finding> }>;

export interface RunContext {
  workspace: string;
  tempDir: string;
  core: ActionCore;
  publishComment?: CommentPublisher;
  publishSuggestions?: SuggestionPublisher;
  /** Writes SARIF for the report to a path (the default writes the file). */
  writeSarif?: (report: Report, path: string) => Promise<void>;
  /** Where the job summary links findings' source lines (the commit checked). */
  links?: SourceLinks;
  /** Which packages to check: the ones a change touches, or all (the default when absent). */
  scope?: () => Promise<ScopePlan>;
  /** The process environment: Agents Toolkit variables are read from it first, as the toolkit does. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Worker threads for runs of many packages (each rebuilds the configuration from the same request). */
  pool?: PoolOptions;
}

export async function runAction(inputs: ActionInputs, given: RunContext): Promise<Report> {
  const ctx: RunContext = { ...given, core: logSafeCore(given.core) };
  const { core } = ctx;
  const request: ConfigRequest = { root: ctx.workspace, file: inputs.config };
  const settings = await readSettings(request);
  // Inputs the workflow sets win over the configuration file's defaults.
  const failOn = inputs.failOn ?? settings?.config?.failOn ?? 'error';
  const explicit = inputs.paths.length > 0;
  const scope: ScopePlan = ctx.scope ? await ctx.scope() : { mode: 'all' };
  const packageDir = inputs.packageOutput ? packageOutputDir(inputs.packageOutput, ctx) : undefined;
  // The JSON report's packages are stringified as each is checked, while the others are (JsonPieces).
  const pieces = new JsonPieces();
  const { report, missing, unselected, built } = await checkPaths(explicit ? inputs.paths : [...DEFAULT_PATTERNS], {
    audience: inputs.audience ?? settings?.config?.audience ?? 'both',
    toolVersion: VERSION,
    cwd: ctx.workspace,
    previous: inputs.previous || undefined,
    source: inputs.source || undefined,
    review: settings?.review,
    defaults: !explicit,
    select: scope.mode === 'changed' ? scope.select : undefined,
    environment: inputs.environment,
    processEnv: ctx.env,
    keepBuilt: !!packageDir,
    pool: ctx.pool && { ...ctx.pool, data: request },
    checked: (p) => pieces.add(p),
  });
  if (settings?.baselineStatus) report.baseline = settings.baselineStatus(report);
  const described = describeScope(scope, unselected.length);
  if (described) report.scope = described;
  // The counts and verdicts first: they cost nothing, and a later step that fails must not leave them unset.
  const eligible = (audience: string) =>
    report.packages.length > 0 && report.packages.every((p) => p.routes.some((r) => r.audience === audience && r.eligible));
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('notices', String(report.summary.notices));
  core.setOutput('eligible-single-tenant', String(eligible('single-tenant')));
  core.setOutput('eligible-multitenant', String(eligible('multitenant')));
  const usage = usageProblems(missing, explicit, report, unselected.length);
  const verdict: VerdictInputs = { failOn, problems: usage };
  const problems = verdictProblems(report, usage, failOn);
  // Each output is written on its own: one that fails (a full disk, a report too large for a step summary) is
  // reported and the others are still written.
  // Outputs go to the workspace or RUNNER_TEMP, never through a symbolic link (a pull request can commit one).
  const outputs = actionOutputs(ctx.workspace, ctx.tempDir);
  const step = async (what: string, write: () => unknown): Promise<void> => {
    try {
      await write();
    } catch (e) {
      problems.push(`The ${what} could not be written: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  await step('log', () => core.info(renderText(report, { maxPackages: MAX_LOG_PACKAGES, maxFindings: MAX_LOG_FINDINGS })));
  if (packageDir) await step('package output', () => writePackages(built ?? [], packageDir, ctx, outputs));
  const unknownRules = (await settings?.unknownRules()) ?? [];
  for (const p of unknownRules) core.warning(p.message, { title: 'copilot-publish-check: configuration', file: p.file, startLine: p.line, startColumn: p.column });
  if (described?.mode === 'changed') {
    core.info(`Scope: ${report.packages.length} package(s) with a changed file checked, ${described.outOfScope} out of scope (${described.changedFiles} changed file(s) of ${described.changes}).`);
  }

  // Run-level notices (what a search skipped, a scope that fell back to every package) are annotations too.
  const runNotices = [skippedNotice(report), scopeNotice(report)].filter((n): n is { title: string; message: string } => n !== undefined);
  // GitHub shows 10 annotations of each level per step: one error is kept for setFailed's message, one
  // warning for the comment's, one notice for saying how many findings did not fit.
  let omitted: string | undefined;
  await step('annotations', () => {
    const plan = planAnnotations(report, { error: problems.length > 0 ? 1 : 0, warning: 1 + unknownRules.length, notice: 1 + runNotices.length });
    for (const n of runNotices) core.notice(n.message, { title: n.title });
    for (const a of plan.shown) {
      core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, startColumn: a.startColumn });
    }
    omitted = omittedSentence(plan);
    if (omitted) core.notice(omitted, { title: 'copilot-publish-check: more findings in the job summary' });
  });

  const suppressed = suppressedNote(report);
  const fixes = fixesNote(report);
  const notes = [...(suppressed ? [suppressed] : []), ...(fixes ? [fixes] : []), ...(omitted ? [`> [!NOTE]\n> ${omitted}`] : [])];
  await step('job summary', () => core.writeSummary(renderSummary(report, { links: ctx.links, notes, verdict })));

  const reportPath = absolute(inputs.reportPath || join(ctx.tempDir, 'copilot-publish-check', 'report.json'), ctx.workspace);
  await step('JSON report', async () => {
    await writeOut(reportPath, renderJsonChunks(report, pieces), outputs);
    core.setOutput('report-path', reportPath);
  });
  if (inputs.sarifPath) {
    const sarifPath = absolute(inputs.sarifPath, ctx.workspace);
    await step('SARIF file', async () => {
      await (ctx.writeSarif ?? (async (r, p) => writeOut(p, (await import('../report/sarif.js')).renderSarifChunks(r), outputs)))(report, sarifPath);
      core.setOutput('sarif-path', sarifPath);
    });
  }

  // The review first: the comment lists the fixes it did not suggest.
  let suggested: ReadonlySet<Finding> | undefined;
  if (inputs.suggestions && ctx.publishSuggestions) {
    try {
      suggested = (await ctx.publishSuggestions(report)).suggested;
    } catch (e) {
      core.warning(`The review with suggested fixes could not be written: ${e instanceof Error ? e.message : String(e)}`, { title: 'copilot-publish-check: review failed' });
    }
  }
  if (inputs.comment && ctx.publishComment) {
    try {
      const listed = fixesNote(report, { suggested });
      await ctx.publishComment(report, verdict, listed ? [listed] : []);
    } catch (e) {
      // The comment is a convenience: its failure never hides the verdict.
      core.warning(`The pull-request comment could not be written: ${e instanceof Error ? e.message : String(e)}`, { title: 'copilot-publish-check: comment failed' });
    }
  }

  if (problems.length > 0) core.setFailed(problems.join(' '));
  return report;
}

/**
 * The core with every message made safe for the log: messages carry package text (paths found by a search, names),
 * which must not hold control characters (ESC, NUL, CR), direction-changing ones or workflow commands. Annotation
 * messages keep their line breaks (@actions/core escapes them); titles and files are one line.
 */
function logSafeCore(core: ActionCore): ActionCore {
  const props = (p: AnnotationProps | undefined) => p && { ...p, title: oneLine(p.title), ...(p.file === undefined ? {} : { file: oneLine(p.file) }) };
  return {
    ...core,
    info: (m) => core.info(logText(m)),
    warning: (m, p) => core.warning(logText(m), props(p)),
    error: (m, p) => core.error(logText(m), props(p)),
    notice: (m, p) => core.notice(logText(m), props(p)),
    setFailed: (m) => core.setFailed(logText(m)),
  };
}

/** The configuration file from the workspace (the same file the CLI reads); a mistake in it stops the run. */
async function readSettings(request: ConfigRequest): Promise<Settings | undefined> {
  const loaded = await loadConfiguration(request, { readFile: readIfExists });
  if (loaded.ok) return loaded.settings;
  const first = loaded.problems[0];
  throw new ConfigurationError(`The configuration is not valid: ${formatProblem(first)}${loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : ''}`, loaded.problems);
}

function verdictProblems(report: Report, usage: readonly string[], failOn: FailOn): string[] {
  const problems = [...usage];
  const failure = failureReason(report, failOn);
  if (failure) problems.push(failure);
  return problems;
}

/** What fails the step besides findings: a named path that holds nothing, or no package anywhere. */
function usageProblems(missing: readonly string[], explicit: boolean, report: Report, outOfScope: number): string[] {
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`Nothing found at ${missing.map((m) => `"${m}"`).join(', ')}.`);
  // Packages a pull request does not touch were found all the same: finding none at all is what fails.
  if (report.packages.length === 0 && outOfScope === 0 && missing.length === 0) {
    problems.push(
      explicit
        ? 'No package found at the "path" input: give a Teams app zip or folder, a Power Platform connector folder or a Graph connector JSON file.'
        : `No package found in the usual places (searched ${DEFAULT_PATTERNS.join(', ')}). Set the "path" input to your package: a Teams app zip or folder, a Power Platform connector folder or a Graph connector JSON file.`,
    );
  }
  return problems;
}

/** Most skipped paths named in the notice; the job summary and the JSON report list them all. */
const MAX_SKIPPED_NAMED = 20;

function skippedNotice(report: Report): { title: string; message: string } | undefined {
  const skipped = report.skipped ?? [];
  if (skipped.length === 0) return undefined;
  const named = skipped.slice(0, MAX_SKIPPED_NAMED).map((s) => `${s.path} (${s.reason})`);
  const more = skipped.length > named.length ? `; and ${skipped.length - named.length} more in the job summary` : '';
  return { title: `copilot-publish-check: ${skipped.length} path${skipped.length === 1 ? '' : 's'} skipped, not packages`, message: `Skipped, not packages: ${named.join('; ')}${more}.` };
}

function scopeNotice(report: Report): { title: string; message: string } | undefined {
  const fallback = report.scope?.fallback;
  if (!fallback) return undefined;
  return { title: 'copilot-publish-check: every package was checked', message: `Only the packages the change touches were to be checked, but ${fallback}; every package was checked.` };
}

// The zips go under the workspace or RUNNER_TEMP only: the action writes nowhere else.
function packageOutputDir(dir: string, ctx: RunContext): string {
  const abs = absolute(dir, ctx.workspace);
  if (![ctx.workspace, ctx.tempDir].some((root) => isInside(resolve(root), abs))) {
    throw new ConfigurationError(`Input "package-output" must be a folder in the workspace or under RUNNER_TEMP; got "${dir.slice(0, 200)}".`);
  }
  return abs;
}

async function writePackages(built: readonly BuiltPackage[], dir: string, ctx: RunContext, policy: OutputPolicy): Promise<void> {
  const out = await writeBuiltPackages(built, dir, ctx.workspace, policy);
  for (const w of out.written) ctx.core.info(`Wrote ${oneLine(w)}`);
  for (const s of out.skipped) ctx.core.warning(s, { title: 'copilot-publish-check: package not written' });
  ctx.core.setOutput('packages', out.written.join('\n'));
}

/** Writes text given in pieces (JSON and SARIF are never one string: see renderJsonChunks). */
async function writeOut(path: string, chunks: Iterable<Chunk>, policy: OutputPolicy): Promise<void> {
  await writeChunks(path, chunks, policy);
}

function absolute(path: string, workspace: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path);
}
