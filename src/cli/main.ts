// The CLI as a function of argv and a small I/O surface, so tests run it without a process.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, formatProblem, loadConfiguration, type Settings } from '../config/index.js';
import { checkPaths, DEFAULT_PATTERNS, loadAllRules, loadRulesFor } from '../engine/index.js';
import { mergeReportFiles } from './merge.js';
import type { Report } from '../engine/types.js';
import { renderJson, renderMarkdown, renderText, renderWorkflowCommands, suppressedNote } from '../report/index.js';
import { renderRulesMarkdown } from '../report/rules-doc.js';
import { failureReason, type FailOn } from '../shared/fail-on.js';
import { readIfExists } from '../shared/read-if-exists.js';
import { VERSION } from '../version.js';
import { parseCliArgs, USAGE, type Format } from './args.js';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
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
  const loaded = await loadConfiguration({ root: io.cwd, file: o.config, writeBaseline: o.writeBaseline }, { readFile: readIfExists });
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
    const rendered = await render(merged.report, o.format);
    if (o.output) await writeFile(o.output, rendered);
    else io.stdout(rendered);
    return verdict(merged.report, failOn, io);
  }
  const inputs = o.paths.length > 0 ? o.paths : [...DEFAULT_PATTERNS];
  const { report, missing } = await checkPaths(inputs, { audience, toolVersion: VERSION, cwd: io.cwd, source: o.source, previous: o.previous, review: settings?.review });
  if (settings?.baselineStatus) report.baseline = settings.baselineStatus(report);
  for (const p of (await settings?.unknownRules()) ?? []) io.stderr(`copilot-publish-check: warning: ${formatProblem(p)}\n`);
  const rendered = await render(report, o.format);
  if (o.output) await writeFile(o.output, rendered);
  else io.stdout(rendered);
  for (const m of missing) io.stderr(`copilot-publish-check: ${o.paths.length ? '' : '(default search) '}nothing found at "${m}".\n`);
  if ((o.paths.length > 0 && missing.length > 0) || (o.previous !== undefined && missing.includes(o.previous))) return EXIT_USAGE;
  if (report.packages.length === 0) {
    io.stderr('copilot-publish-check: no package found. Give the path of a Teams app zip or folder, a connector folder or a Copilot (Graph) connector definition.\n');
    return EXIT_USAGE;
  }
  // Only a run that checked every path it was given writes a baseline.
  await writeBaseline(settings, report, io);
  return verdict(report, failOn, io);
}

async function writeBaseline(settings: Settings | undefined, report: Report, io: CliIo): Promise<void> {
  const baseline = settings?.newBaseline?.(report);
  if (!baseline) return;
  const path = resolve(io.cwd, baseline.path);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, baseline.text);
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

async function render(report: Report, format: Format): Promise<string> {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown': {
      const suppressed = suppressedNote(report);
      return renderMarkdown(report, { notes: suppressed ? [suppressed] : [] });
    }
    case 'github':
      return renderWorkflowCommands(report);
    case 'sarif':
      // Imported on demand: SARIF fingerprints load node:crypto.
      return (await import('../report/sarif.js')).renderSarif(report);
    default:
      return renderText(report);
  }
}
