// What every output says about fixes: findings that carry one, the command that makes them, and, in the pull-request
// comment, which ones the review already suggests on the changed lines.
import { posix } from 'node:path';
import type { Finding, PackageReport, Report } from '../engine/types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { locationOf, plural } from './format.js';

/** Most fixes listed one per line in the comment and summary; the rest are counted. */
export const MAX_LISTED_FIXES = 10;

interface Fixable {
  finding: Finding;
  pkg: PackageReport;
}

function fixable(report: Report): Fixable[] {
  return report.packages.flatMap((pkg) => pkg.findings.filter((f) => f.fix && !f.suppressed).map((finding) => ({ finding, pkg })));
}

/**
 * The path to give --fix for a package's fixes, one that exists in a developer's clone: a zip is built in the
 * workflow, so its source folder (where its manifest.json comes from; the folder of the files the fixes change
 * otherwise), which the CLI checks as a folder, or builds from source when it is a toolkit project's app folder;
 * a toolkit project, its folder (the report names it by its yml).
 */
function fixPath(pkg: PackageReport, fixes: readonly Finding[]): string {
  if (/(^|\/)(m365agents|teamsapp)(\.[\w-]+)?\.yml$/i.test(pkg.path)) return posix.dirname(pkg.path);
  if (!/\.zip$/i.test(pkg.path)) return pkg.path;
  const manifest = pkg.findings.find((f) => f.file.toLowerCase() === 'manifest.json' && f.source)?.source?.path;
  if (manifest) return posix.dirname(manifest);
  return commonFolder(fixes.flatMap((f) => f.fix!.edits.map((e) => e.path)));
}

function commonFolder(paths: readonly string[]): string {
  const folders = paths.map((p) => posix.dirname(p).split('/'));
  const first = folders[0] ?? [];
  let n = 0;
  while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
  return first.slice(0, n).join('/') || '.';
}

/** Most paths named in a --fix command; more are given as the folders that hold them. */
export const MAX_COMMAND_PATHS = 8;

/**
 * The paths to give --fix for these fixes, each once. Many packages (a run over a repository of connectors) are
 * given as their top-level folders, or as the repository root, so the command stays one a person can copy: --fix
 * finds the packages inside a folder as a run does.
 */
function fixPaths(items: readonly Fixable[]): string[] {
  const byPackage = new Map<PackageReport, Finding[]>();
  for (const x of items) byPackage.set(x.pkg, [...(byPackage.get(x.pkg) ?? []), x.finding]);
  const paths = [...new Set([...byPackage].map(([pkg, fixes]) => fixPath(pkg, fixes)))];
  if (paths.length <= MAX_COMMAND_PATHS) return paths;
  const tops = [...new Set(paths.map((p) => p.split('/')[0]))];
  return tops.length <= MAX_COMMAND_PATHS && !tops.includes('.') ? tops : ['.'];
}

/** A command line a shell runs as written: every package path in single quotes. */
export function fixCommand(paths: readonly string[], dryRun = false): string {
  const quoted = [...new Set(paths)].map((p) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`));
  return ['npx copilot-publish-check', dryRun ? '--fix-dry-run' : '--fix', ...quoted].join(' ');
}

/** One line for the text output, or undefined when nothing has a fix. */
export function fixesLine(report: Report): string | undefined {
  const all = fixable(report);
  const ready = all.filter((x) => x.finding.fix!.applicable);
  if (all.length === 0) return undefined;
  const head = `${plural(all.length, 'finding')} ${all.length === 1 ? 'has' : 'have'} a fix`;
  if (ready.length === 0) return `${head}, in packaged files whose source is not known (see each fix's reason in the JSON report).`;
  return `${head}: ${fixCommand(fixPaths(ready))} makes ${ready.length === all.length ? (all.length === 1 ? 'it' : 'them') : ready.length} (--fix-dry-run shows the diff first).`;
}

export interface FixesNoteOptions {
  /** Findings the pull-request review suggests fixing on the changed lines (this run or an earlier one). */
  suggested?: ReadonlySet<Finding>;
}

/** The markdown note for the job summary and the comment, or undefined when nothing has a fix. */
export function fixesNote(report: Report, options: FixesNoteOptions = {}): string | undefined {
  const all = fixable(report);
  if (all.length === 0) return undefined;
  const suggested = all.filter((x) => options.suggested?.has(x.finding));
  const rest = all.filter((x) => !options.suggested?.has(x.finding));
  const ready = rest.filter((x) => x.finding.fix!.applicable);
  const stuck = rest.filter((x) => !x.finding.fix!.applicable);
  const out = [`🔧 **${plural(all.length, 'finding')} ${all.length === 1 ? 'has' : 'have'} a fix.**`];
  if (suggested.length > 0) out.push(`${suggested.length} ${suggested.length === 1 ? 'is' : 'are'} suggested in the review on the lines this pull request changes: commit ${suggested.length === 1 ? 'it' : 'them'} there.`);
  if (ready.length > 0) {
    const lead = suggested.length > 0 ? `For the other ${ready.length}, run` : 'Run';
    out.push(`${lead} ${codeSpan(fixCommand(fixPaths(ready)))} at the repository root (${codeSpan('--fix-dry-run')} shows the diff first):`);
  }
  const lines = ready.slice(0, MAX_LISTED_FIXES).map((x) => `- ${codeSpan(locationOf(x.finding))} ${codeSpan(x.finding.ruleId)}: ${escapeMarkdown(x.finding.fix!.description)}`);
  if (ready.length > MAX_LISTED_FIXES) lines.push(`- … and ${ready.length - MAX_LISTED_FIXES} more.`);
  const note = [out.join(' '), ...(lines.length > 0 ? ['', ...lines] : [])];
  if (stuck.length > 0) {
    const reasons = [...new Set(stuck.map((x) => x.finding.fix!.reason ?? 'no repository file is known for it'))];
    note.push('', `${plural(stuck.length, 'fix', 'fixes')} cannot be made in the repository: ${escapeMarkdown(reasons[0])}${reasons.length > 1 ? ` (and ${reasons.length - 1} other reason${reasons.length > 2 ? 's' : ''}, in the JSON report)` : ''}`);
  }
  return note.join('\n');
}
