// Markdown for the job summary and the pull-request comment, in the order a reviewer reads: the verdict, a table of
// the packages that fail, each failing package's routes and findings, one line per clean package, and the
// prerequisites and steps once per route kind. Every package string is escaped; outputs are kept under GitHub's
// limits (1 MiB per step summary, 65,536 characters per comment) by cutting at a line.
import type { Finding, PackageReport, Report } from '../engine/types.js';
import { packageFails, type FailOn } from '../shared/fail-on.js';
import { codeSpan, encodePath, escapeMarkdown } from './escape.js';
import { AUDIENCE_NAMES, countLine, plural, verdictLine, verdictOf } from './format.js';
import { publishingGuide, routeLines } from './route-card.js';

export const ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' } as const;

/** GitHub refuses step summaries over 1 MiB (bytes). */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

/** Longest first-error text in the table of failing packages. */
const MAX_FIRST_ERROR = 160;
/** Most skipped paths named in the comment's line about them (the summary lists all). */
const MAX_SKIPPED_INLINE = 5;

/** Where findings link to: a file view of the repository at one commit. */
export interface SourceLinks {
  serverUrl: string;
  repository: string;
  /** Commit (or ref) the lines are shown at: the pull request's head commit. */
  ref: string;
}

export interface MarkdownOptions {
  /** Heading level of the title (2 unless told). */
  heading?: number;
  /** Most findings listed per package before "and N more". */
  maxFindingsPerPackage?: number;
  /** Link each finding with a source to its line at a commit. */
  links?: SourceLinks;
  /** Marks the finding (true: "new since the last run"). */
  isNew?: (f: Finding) => boolean;
  /**
   * Trusted lines added below the verdict (already markdown): what changed since the last run, annotations that did
   * not fit, findings suppressed by configuration. Each is its own paragraph.
   */
  notes?: readonly string[];
  /** What decides the verdict: fail-on (error unless told) and what failed the run besides findings. */
  verdict?: { failOn: FailOn; problems?: readonly string[] };
  /**
   * The short form (the pull-request comment): notices are counted, not listed, skipped paths are summed up in a
   * line, and the steps carry no per-item links. The job summary has everything.
   */
  brief?: boolean;
  /**
   * The rest is left out once the text passes this many characters: a caller that cuts the text at a limit (the job
   * summary, the comment) gets the same result without rendering 20,000 packages it would cut.
   */
  stopAfterChars?: number;
}

export function renderMarkdown(full: Report, options: MarkdownOptions = {}): string {
  // Suppressed findings are counted in one note (suppressed.ts), not listed, and decide nothing here.
  const report = { ...full, packages: full.packages.map((p) => (p.findings.some((f) => f.suppressed) ? { ...p, findings: p.findings.filter((f) => !f.suppressed) } : p)) };
  const h = '#'.repeat(options.heading ?? 2);
  const failOn = options.verdict?.failOn ?? 'error';
  const out: string[] = [`${h} Copilot publish check`, '', ...verdictBlock(report, options), ''];
  for (const note of [...scopeNotes(report), ...(options.notes ?? [])]) out.push(note, '');

  // Past stopAfterChars the text is returned as it stands: what follows would be cut.
  let counted = 0;
  let chars = 0;
  const over = () => {
    for (; counted < out.length; counted++) chars += out[counted].length + 1;
    return chars > (options.stopAfterChars ?? Infinity);
  };
  const failingSet = new Set(report.packages.filter((p) => packageFails(p, failOn === 'never' ? 'error' : failOn)));
  const failing = [...failingSet];
  const withFindings = report.packages.filter((p) => !failingSet.has(p) && shownFindings(p, options).length > 0);
  const withFindingsSet = new Set(withFindings);
  const rest = report.packages.filter((p) => !failingSet.has(p) && !withFindingsSet.has(p));

  if (failing.length > 0) out.push(...failingTable(failing, failOn), '');
  const detailed = [...failing, ...withFindings];
  const links = ruleLinks(detailed, options);
  if (links.lines.length > 0) out.push(...links.lines, '');
  for (const p of detailed) {
    if (over()) return out.join('\n');
    out.push(...packageSection(p, `${h}#`, options, failingSet.has(p), links.label));
  }
  if (rest.length > 0) {
    out.push(`${h}# ${detailed.length > 0 ? 'Other packages' : 'Packages'}`, '');
    for (const p of rest) {
      if (over()) return out.join('\n');
      out.push(cleanLine(p));
    }
    out.push('');
  }
  if (over()) return out.join('\n');
  out.push(...skippedBlock(report, options));
  const guide = publishingGuide(report.packages, { itemLinks: !options.brief, onlyReady: options.brief });
  if (guide.length > 0) out.push(`${h}# How to publish`, '', ...guide, '');
  return out.join('\n');
}

/** The verdict sentence (bold, with its mark), then the counts and where packages can go. */
function verdictBlock(report: Report, options: MarkdownOptions): string[] {
  const v = verdictOf(report, options.verdict?.failOn, options.verdict?.problems);
  const n = report.packages.length;
  const counts = n > 0 ? `${escapeMarkdown(countLine(report.summary))} in ${plural(n, 'package')}.` : '';
  const audiences = [...new Set(report.packages.flatMap((p) => p.routes.map((r) => r.audience)))];
  const ready = audiences.map((a, i) => `${i === 0 ? AUDIENCE_NAMES[a] : AUDIENCE_NAMES[a].toLowerCase()}: ${report.packages.filter((p) => p.routes.some((r) => r.audience === a && r.eligible)).length} of ${n} ready`);
  const where = n > 1 ? ` ${escapeMarkdown(ready.join('; '))}.` : n === 1 ? ` ${escapeMarkdown(verdictLine(report))}` : '';
  return [`**${v.failed ? '❌' : '✅'} ${escapeMarkdown(v.text)}**`, ...(counts || where ? ['', `${counts}${where}`.trim()] : [])];
}

/** The verdict sentence alone, bold (for callers that write their own page). */
export function verdictMarkdown(report: Report, failOn: FailOn = 'error'): string {
  const v = verdictOf(report, failOn);
  return `**${v.failed ? '❌' : '✅'} ${escapeMarkdown(v.text)}** ${escapeMarkdown(countLine(report.summary))}.`;
}

function scopeNotes(report: Report): string[] {
  const s = report.scope;
  if (!s) return [];
  if (s.fallback) return [`> [!NOTE]\n> Every package was checked: only the packages the change touches were asked for, but ${escapeMarkdown(s.fallback)}.`];
  if (s.mode !== 'changed') return [];
  const files = s.changedFiles !== undefined ? `${plural(s.changedFiles, 'changed file')} of ` : '';
  return [`**Scope:** the ${files}${escapeMarkdown(s.changes ?? 'the change')}: ${plural(report.packages.length, 'package')} checked, ${s.outOfScope} out of scope (unchanged, not checked).`];
}

function failingTable(failing: readonly PackageReport[], failOn: FailOn): string[] {
  const audiences = [...new Set(failing.flatMap((p) => p.routes.map((r) => r.audience)))];
  const head = ['Package', 'Errors', 'Warnings', ...audiences.map((a) => AUDIENCE_NAMES[a]), 'First problem'];
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const p of failing) {
    const count = (s: Finding['severity']) => p.findings.filter((f) => f.severity === s).length;
    const routes = audiences.map((a) => {
      const r = p.routes.find((x) => x.audience === a);
      return r ? (r.eligible ? '✅' : '❌') : '—';
    });
    out.push(`| ${packageName(p, true)} | ${count('error')} | ${count('warning')} | ${routes.join(' | ')} | ${firstProblem(p, failOn)} |`);
  }
  return out;
}

function firstProblem(p: PackageReport, failOn: FailOn): string {
  const f = p.findings.find((x) => x.severity === 'error') ?? (failOn === 'warning' ? p.findings.find((x) => x.severity === 'warning') : undefined);
  if (f) return `${codeSpan(f.ruleId, true)} ${escapeMarkdown(f.message, MAX_FIRST_ERROR)}`;
  const closed = p.routes.find((r) => !r.eligible && r.blockers.length > 0)?.blockers[0];
  return closed ? `${codeSpan(closed.ruleId, true)} ${escapeMarkdown(closed.message, MAX_FIRST_ERROR)}` : '—';
}

function packageName(p: PackageReport, inTable = false): string {
  const name = p.meta?.name ? ` ${escapeMarkdown(p.meta.name, 200)}` : '';
  return `${codeSpan(p.path, inTable)}${name}`;
}

/** The findings listed for a package: every one, or errors and warnings in the short form. */
function shownFindings(p: PackageReport, options: MarkdownOptions): Finding[] {
  return options.brief ? p.findings.filter((f) => f.severity !== 'notice') : p.findings;
}

/**
 * Reference-style links to the rules' pages, one definition per page: rules share pages (the store validation
 * guidelines back a dozen of them), and a page's address would otherwise repeat in every row. Definitions render
 * as nothing, and they sit above the tables that use them, so a comment cut at its end keeps them.
 */
function ruleLinks(packages: readonly PackageReport[], options: MarkdownOptions): { lines: string[]; label: (f: Finding) => string } {
  const labels = new Map<string, string>();
  for (const p of packages) for (const f of shownFindings(p, options)) if (!labels.has(f.docs)) labels.set(f.docs, `r${labels.size + 1}`);
  return { lines: [...labels].map(([url, label]) => `[${label}]: ${url}`), label: (f) => labels.get(f.docs) ?? '' };
}

function packageSection(p: PackageReport, h: string, options: MarkdownOptions, failing: boolean, label: (f: Finding) => string): string[] {
  const max = options.maxFindingsPerPackage ?? 50;
  const caps = p.capabilities.length ? ` (${p.capabilities.join(', ')})` : '';
  const mark = failing ? '❌' : p.findings.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️';
  // The short form gives a route a line only when it says more than the table's ✅ and ❌: a fact that closes it
  // with the way forward, or a limit on a ready route.
  const routes = routeLines(p, { links: !options.brief, onlyNotable: options.brief });
  const out = [`${h} ${mark} ${packageName(p)}`, '', `${p.kind}${caps}`, '', ...routes, ...(routes.length > 0 ? [''] : [])];
  const shown = shownFindings(p, options);
  // The short form gives a rule that fires several times in a package one row: its first message and where else.
  const rows = options.brief ? groupByRule(shown) : shown.map((f) => [f]);
  out.push('| | Rule | Where | Message |', '|---|---|---|---|');
  for (const group of rows.slice(0, max)) {
    const [f] = group;
    const mark = group.some((x) => options.isNew?.(x)) ? ' 🆕' : '';
    const times = group.length > 1 ? ` (×${group.length})` : '';
    out.push(`| ${ICON[f.severity]}${mark} | [${codeSpan(f.ruleId, true)}][${label(f)}] | ${whereAll(group, options.links)} | ${escapeMarkdown(f.message)}${times} |`);
  }
  const more: string[] = [];
  const hidden = rows.slice(max).reduce((n, g) => n + g.length, 0);
  if (hidden > 0) more.push(`${hidden} more`);
  const notices = p.findings.length - shown.length;
  if (notices > 0) more.push(plural(notices, 'notice'));
  if (more.length > 0) out.push('', `… and ${more.join(' and ')}, listed in ${options.brief ? 'the job summary' : 'the JSON report'}.`);
  out.push('');
  return out;
}

/** Findings of one rule and severity together, in the order their first finding comes. */
function groupByRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/** Most further places named in a grouped row (the job summary lists every finding). */
const MAX_MORE_PLACES = 4;

/** The first finding's place, linked; the others' lines after it, plain (same file) or by file name. */
function whereAll(group: readonly Finding[], links: SourceLinks | undefined): string {
  const first = where(group[0], links);
  const firstFile = group[0].file || group[0].source?.path || '';
  // Each other place once: a line in the first finding's file, else the file and line.
  const places = [...new Set(group.slice(1).map((f) => {
    const line = f.source?.line ?? f.line;
    return (f.file || f.source?.path || '') === firstFile && line ? `:${line}` : shortPlace(f);
  }))].filter((place) => place !== shortPlace(group[0]).slice(firstFile.length));
  const shown = places.slice(0, MAX_MORE_PLACES).map((place) => codeSpan(place, true));
  const rest = places.length - shown.length;
  return [first, ...shown].join(' ') + (rest > 0 ? ` +${rest}` : '');
}

function shortPlace(f: Finding): string {
  const line = f.source?.line ?? f.line;
  const file = f.file || f.source?.path || '(package)';
  return line ? `${file}:${line}` : file;
}

/** One line for a package with nothing to fix. */
function cleanLine(p: PackageReport): string {
  const caps = p.capabilities.length ? `, ${p.capabilities.join(', ')}` : '';
  const routes = p.routes.map((r) => `${AUDIENCE_NAMES[r.audience].toLowerCase()} ${r.eligible ? '✅' : '❌'}`).join(', ');
  const notices = p.findings.length > 0 ? `; ${plural(p.findings.length, 'notice')}` : '';
  return `- ✅ ${packageName(p)} (${p.kind}${caps}): ${routes}${notices}`;
}

function skippedBlock(report: Report, options: MarkdownOptions): string[] {
  const skipped = report.skipped ?? [];
  if (skipped.length === 0) return [];
  const title = `${plural(skipped.length, 'path')} skipped: found by a search or a glob, and not packages`;
  if (options.brief) {
    const named = skipped.slice(0, MAX_SKIPPED_INLINE).map((s) => codeSpan(s.path)).join(', ');
    const more = skipped.length > MAX_SKIPPED_INLINE ? ` and ${skipped.length - MAX_SKIPPED_INLINE} more` : '';
    return [`${title}: ${named}${more}.`, ''];
  }
  return ['<details>', `<summary>${title}</summary>`, '', ...skipped.map((s) => `- ${codeSpan(s.path)}: ${escapeMarkdown(s.reason)}`), '', '</details>', ''];
}

function where(f: Finding, links: SourceLinks | undefined): string {
  // The packaged file's name, at the line of the repository file it came from when that is known.
  const shown = f.source ? shortPlace(f) : f.file ? (f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file) : '(package)';
  const code = codeSpan(shown, true);
  if (!links || !f.source) return code;
  return `[${code}](${sourceUrl(links, f.source.path, f.source.line)})`;
}

/** The line of a repository file at a commit, as GitHub shows it. */
export function sourceUrl(links: SourceLinks, path: string, line: number): string {
  return `${links.serverUrl}/${links.repository}/blob/${encodeURIComponent(links.ref)}/${encodePath(path)}#L${line}`;
}

/**
 * Cuts `text` to at most `limit` units (characters or UTF-8 bytes) including `tail`, at a line boundary,
 * closing a `<details>` left open so the rest of the page renders normally.
 */
export function truncateMarkdown(text: string, limit: number, tail: string, unit: 'chars' | 'bytes'): string {
  const size = (s: string) => (unit === 'bytes' ? Buffer.byteLength(s, 'utf8') : s.length);
  if (size(text) <= limit) return text;
  // A blank line first: a cut inside a table must end the table before the HTML closes the block.
  const closing = '\n\n</details>\n';
  const budget = limit - size(tail) - size(closing) - 4;
  const lines = text.split('\n');
  let used = 0;
  let kept = 0;
  while (kept < lines.length && used + size(lines[kept]) + 1 <= budget) used += size(lines[kept++]) + 1;
  const head = lines.slice(0, kept);
  const open = head.filter((l) => l.startsWith('<details')).length - head.filter((l) => l.startsWith('</details>')).length;
  return `${head.join('\n')}\n${open > 0 ? closing : ''}\n${tail}`;
}

export interface SummaryOptions extends MarkdownOptions {
  /** Most UTF-8 bytes written (the step-summary limit unless told). */
  maxBytes?: number;
}

/** The job summary: the full report, trimmed under GitHub's 1 MiB with a note when it had to be. */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  // A character is at least a byte: past maxBytes characters the rest is cut anyway.
  const md = renderMarkdown(report, { ...options, stopAfterChars: maxBytes });
  const tail = '> [!NOTE]\n> The summary was trimmed to stay under GitHub\'s 1 MiB limit; the JSON report lists every finding.\n';
  return truncateMarkdown(md, maxBytes, tail, 'bytes');
}
