// The CLI as a function of argv and a small I/O surface, so tests run it without a process.
import { resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, formatProblem, loadConfiguration, type ConfigRequest, type Settings } from '../config/index.js';
import { checkPaths, DEFAULT_PATTERNS, loadAllRules, loadRulesFor, type PoolOptions, type TargetSelector } from '../engine/index.js';
import { changedSince, trackedAmong } from '../action/scope/git.js';
import { scopeSelector } from '../action/scope/select.js';
import { mergeReportFiles } from './merge.js';
import { repositoryRoot } from './root.js';
import type { Report } from '../engine/types.js';
import { countLine, JsonPieces, renderJsonChunks, type Chunk, renderMarkdown, renderText, renderWorkflowCommands, suppressedNote } from '../report/index.js';
import { renderRulesMarkdown } from '../report/rules-doc.js';
import { failureReason, type FailOn } from '../shared/fail-on.js';
import { readIfExists } from '../shared/read-if-exists.js';
import { writeBuiltPackages } from '../shared/package-output.js';
import { blocks, writeChunks } from '../shared/write-chunks.js';
import { cliOutputs, OutputRefused, writeOutput, type OutputPolicy } from '../shared/output-path.js';
import { VERSION } from '../version.js';
import { parseCliArgs, USAGE, type Format } from './args.js';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** GITHUB_WORKSPACE, when the CLI runs in a workflow: the repository root. */
  workspace?: string;
  /** The process environment: Agents Toolkit variables are read from it first, as the toolkit does. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Worker threads for runs of many packages (the bin gives one per core; each rebuilds the configuration). */
  pool?: PoolOptions;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`copilot-publish-check: ${parsed.error}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const o = parsed.options;
  if (o.help) {
    io.stdout(USAGE + '\n');
    return EXIT_OK;
  }
  if (o.version) {
    io.stdout(VERSION + '\n');
    return EXIT_OK;
  }
  if (o.listRules) {
    io.stdout(renderRulesMarkdown(await loadAllRules()));
    return EXIT_OK;
  }
  const request: ConfigRequest = { root: io.cwd, file: o.config, writeBaseline: o.writeBaseline };
  const loaded = await loadConfiguration(request, { readFile: readIfExists });
  if (!loaded.ok) {
    for (const p of loaded.problems) io.stderr(`copilot-publish-check: ${formatProblem(p)}\n`);
    return EXIT_USAGE;
  }
  const settings = loaded.settings;
  // Options given on the command line win over the configuration file's defaults.
  const failOn = o.failOn ?? settings?.config?.failOn ?? 'error';
  const audience = o.audience ?? settings?.config?.audience ?? 'both';
  if (o.merge) {
    if (o.writeBaseline !== undefined) {
      io.stderr('copilot-publish-check: --write-baseline checks packages; run it without --merge.\n');
      return EXIT_USAGE;
    }
    // Matrix jobs each check a share of the packages; the last job merges their JSON reports (docs/monorepo.md).
    const merged = await mergeReportFiles(o.paths, io.cwd);
    if (!merged.ok) {
      io.stderr(`copilot-publish-check: ${merged.error}\n`);
      return EXIT_USAGE;
    }
    for (const w of merged.warnings) io.stderr(`copilot-publish-check: ${w}\n`);
    // The merged findings come from other processes: load their rules so annotations and SARIF can name them.
    await loadRulesFor(merged.report.packages.map((p) => p.kind));
    if (!(await written(() => output(merged.report, o.format, { failOn, problems: [], root: io.cwd, cwd: io.cwd }, o.output, io, cliOutputs(io.cwd)), io))) return EXIT_USAGE;
    return verdict(merged.report, failOn, io);
  }
  const named = o.paths.length > 0;
  const inputs = named ? o.paths : [...DEFAULT_PATTERNS];
  // Source paths, SARIF locations and changed files are all relative to the repository root, wherever the CLI runs.
  const root = await repositoryRoot({ cwd: io.cwd, workspace: io.workspace, source: o.source, paths: inputs });
  let select: TargetSelector | undefined;
  let changes: { description: string; files: number } | undefined;
  if (o.changedSince !== undefined) {
    if (o.writeBaseline !== undefined) {
      io.stderr('copilot-publish-check: --write-baseline records every package; run it without --changed-since.\n');
      return EXIT_USAGE;
    }
    const files = await changedSince(root, o.changedSince).catch((e: unknown) => e as Error);
    if (files instanceof Error) {
      io.stderr(`copilot-publish-check: --changed-since ${o.changedSince}: ${files.message} (run it inside a git repository, with a ref git knows).\n`);
      return EXIT_USAGE;
    }
    changes = { description: `changes since ${o.changedSince}, from git`, files: files.length };
    select = scopeSelector({ root, files, description: changes.description }, (paths) => trackedAmong(root, paths));
  }
  // The JSON report's packages are stringified as each is checked, while the others are (JsonPieces).
  let pieces: JsonPieces | undefined;
  const check = () => {
    const ahead = o.format === 'json' ? new JsonPieces() : undefined;
    pieces = ahead;
    return checkPaths(inputs, {
      audience,
      toolVersion: VERSION,
      cwd: io.cwd,
      root,
      source: o.source,
      previous: o.previous,
      review: settings?.review,
      defaults: !named,
      select,
      environment: o.environment,
      processEnv: io.env,
      keepBuilt: o.packageOutput !== undefined,
      pool: io.pool && { ...io.pool, data: request },
      checked: ahead && ((p) => ahead.add(p)),
    });
  };
  let { report, missing, unselected, built } = await check();
  if (o.fix || o.fixDryRun) {
    const fixed = await fix(report, root, o.fixDryRun, io);
    if (o.fixDryRun) {
      if (!o.output) io.stdout(fixed.diff);
      else if (!(await written(() => writeOutput(resolve(io.cwd, o.output!), fixed.diff, cliOutputs(root)), io))) return EXIT_USAGE;
      return verdict(report, failOn, io);
    }
    // What is left is what the run reports.
    if (fixed.changed) {
      ({ report, missing, unselected, built } = await check());
      io.stderr(`copilot-publish-check: checked again after fixing: ${countLine(report.summary)} left.\n`);
    }
  }
  if (settings?.baselineStatus) report.baseline = settings.baselineStatus(report);
  if (changes) report.scope = { mode: 'changed', changes: changes.description, changedFiles: changes.files, outOfScope: unselected.length };
  for (const p of (await settings?.unknownRules()) ?? []) io.stderr(`copilot-publish-check: warning: ${formatProblem(p)}\n`);
  const problems = usageProblems(named, missing, report.packages.length + unselected.length);
  // Each output on its own: one refused (a symbolic link in the repository) is said, and the others are written.
  const outputs = cliOutputs(root);
  let refused = !(await written(() => output(report, o.format, { failOn, problems, root, cwd: io.cwd, pieces }, o.output, io, outputs), io));
  if (o.packageOutput !== undefined) {
    const out = await writeBuiltPackages(built ?? [], resolve(io.cwd, o.packageOutput), root, outputs);
    for (const w of out.written) io.stderr(`copilot-publish-check: wrote ${w}\n`);
    for (const s of out.skipped) io.stderr(`copilot-publish-check: ${s}\n`);
  }
  for (const m of missing) io.stderr(`copilot-publish-check: nothing found at "${m}".\n`);
  if (report.skipped?.length) io.stderr(`copilot-publish-check: skipped ${report.skipped.length} path(s) that are not packages: ${report.skipped.map((s) => `${s.path} (${s.reason})`).join('; ')}.\n`);
  if (changes) io.stderr(`copilot-publish-check: ${report.packages.length} package(s) with a file changed since ${o.changedSince} checked, ${unselected.length} unchanged left out.\n`);
  if ((named && missing.length > 0) || (o.previous !== undefined && missing.includes(o.previous))) return EXIT_USAGE;
  if (report.packages.length + unselected.length === 0) {
    io.stderr(`copilot-publish-check: ${problems.join(' ')}\n`);
    return EXIT_USAGE;
  }
  // Only a run that checked every path it was given writes a baseline.
  if (!(await written(() => writeBaseline(settings, report, io, outputs), io))) refused = true;
  const code = verdict(report, failOn, io);
  return refused ? EXIT_USAGE : code;
}

/** Makes (or, for a dry run, shows) the fixes of a report, saying what was fixed and what cannot be. */
async function fix(report: Report, root: string, dryRun: boolean, io: CliIo): Promise<{ changed: boolean; diff: string }> {
  // Loaded only for --fix and --fix-dry-run.
  const { fixMessages, planRepositoryFixes, unifiedDiff, writeFixes } = await import('./fix/index.js');
  const plan = await planRepositoryFixes(report, root);
  for (const m of fixMessages(plan, dryRun)) io.stderr(`copilot-publish-check: ${m}\n`);
  if (dryRun) return { changed: false, diff: plan.files.map((f) => unifiedDiff(f.path, f.text, f.edits, f.bom)).join('') };
  await writeFixes(plan);
  return { changed: plan.files.length > 0, diff: '' };
}

/** What fails the run besides findings, for the markdown verdict: no package anywhere. */
function usageProblems(named: boolean, missing: readonly string[], found: number): string[] {
  const problems = missing.map((m) => `Nothing found at "${m}".`);
  if (found === 0 && missing.length === 0) {
    problems.push(
      named
        ? 'No package found: give the path of a Teams app zip or folder, a connector folder or a Copilot (Graph) connector definition.'
        : `No package found in the usual places (searched ${DEFAULT_PATTERNS.join(', ')}). Give the path of a Teams app zip or folder, a connector folder or a Copilot (Graph) connector definition.`,
    );
  }
  return problems;
}

/** Runs a write; an output refused by the policy is one message on stderr, and false. */
async function written(write: () => Promise<unknown>, io: CliIo): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (e) {
    if (!(e instanceof OutputRefused)) throw e;
    io.stderr(`copilot-publish-check: not written: ${e.message}.\n`);
    return false;
  }
}

async function writeBaseline(settings: Settings | undefined, report: Report, io: CliIo, outputs: OutputPolicy): Promise<void> {
  const baseline = settings?.newBaseline?.(report);
  if (!baseline) return;
  await writeOutput(resolve(io.cwd, baseline.path), baseline.text, outputs);
  const named = settings?.config?.baseline?.path === baseline.path;
  io.stderr(
    `copilot-publish-check: wrote ${baseline.count} finding${baseline.count === 1 ? '' : 's'} to ${baseline.path}; commit it` +
      (named ? '.\n' : ` and set "baseline: ${baseline.path}" in ${settings?.config?.file ?? DEFAULT_CONFIG_FILE}.\n`),
  );
}

function verdict(report: Report, failOn: FailOn, io: CliIo): number {
  const reason = failureReason(report, failOn);
  if (!reason) return EXIT_OK;
  io.stderr(`copilot-publish-check: ${reason}\n`);
  return EXIT_FINDINGS;
}

interface RenderContext {
  failOn: FailOn;
  problems: string[];
  /** Repository root and working folder: SARIF locations are relative to the root, whatever the working folder. */
  root: string;
  cwd: string;
  /** Packages' pieces of the JSON report made during the run. */
  pieces?: JsonPieces;
}

/** Writes the report in the chosen format to the file, or to stdout; JSON and SARIF in pieces (no giant string). */
async function output(report: Report, format: Format, ctx: RenderContext, file: string | undefined, io: CliIo, outputs: OutputPolicy): Promise<void> {
  const chunks = await render(report, format, ctx);
  if (file) await writeChunks(resolve(io.cwd, file), chunks, outputs);
  else for (const block of blocks(chunks)) io.stdout(block);
}

async function render(report: Report, format: Format, ctx: RenderContext): Promise<Iterable<Chunk>> {
  switch (format) {
    case 'json':
      return renderJsonChunks(report, ctx.pieces);
    case 'markdown': {
      const suppressed = suppressedNote(report);
      return [renderMarkdown(report, { notes: suppressed ? [suppressed] : [], verdict: { failOn: ctx.failOn, problems: ctx.problems } })];
    }
    case 'github':
      return [renderWorkflowCommands(report)];
    case 'sarif':
      // Imported on demand: SARIF fingerprints load node:crypto.
      return (await import('../report/sarif.js')).renderSarifChunks(report, { root: ctx.root, cwd: ctx.cwd });
    default:
      return [renderText(report)];
  }
}
