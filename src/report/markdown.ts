// Markdown for the job summary and the pull-request comment. Every package string is escaped; outputs are
// kept under GitHub's limits (1 MiB per step summary, 65,536 characters per comment) by cutting at a line.
import type { Finding, PackageReport, Report } from '../engine/types.js';
import { codeSpan, encodePath, escapeMarkdown } from './escape.js';
import { countLine, locationOf, verdictLine } from './format.js';
import { routeCard } from './route-card.js';

export const ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' } as const;

/** GitHub refuses step summaries over 1 MiB (bytes). */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

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
  /** Trusted lines added below the verdict (already markdown). */
  notes?: readonly string[];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.heading ?? 2);
  const out: string[] = [`${h} Copilot publish check`, '', verdictMarkdown(report), ''];
  for (const note of options.notes ?? []) out.push(note, '');
  for (const p of report.packages) out.push(...packageSection(p, `${h}#`, options));
  return out.join('\n');
}

/** The verdict sentence and the counts, bold. */
export function verdictMarkdown(report: Report): string {
  return `**${escapeMarkdown(verdictLine(report))}** ${escapeMarkdown(countLine(report.summary))}.`;
}

function packageSection(p: PackageReport, h: string, options: MarkdownOptions): string[] {
  const max = options.maxFindingsPerPackage ?? 50;
  // Suppressed findings are counted in one note (suppressed.ts), not listed.
  p = { ...p, findings: p.findings.filter((f) => !f.suppressed) };
  const name = p.meta?.name ? ` — ${escapeMarkdown(p.meta.name, 200)}` : '';
  const caps = p.capabilities.length ? ` (${p.capabilities.join(', ')})` : '';
  const out = [`${h} ${codeSpan(p.path)}${name}`, '', `Kind: **${p.kind}**${caps}`, '', ...routeCard(p), ''];
  if (p.findings.length === 0) return [...out, 'No findings.', ''];
  out.push('<details open>', `<summary>${p.findings.length} finding${p.findings.length === 1 ? '' : 's'}</summary>`, '');
  out.push('| | Rule | Where | Message |', '|---|---|---|---|');
  for (const f of p.findings.slice(0, max)) {
    const mark = options.isNew?.(f) ? ' 🆕' : '';
    out.push(`| ${ICON[f.severity]}${mark} | [${escapeMarkdown(f.ruleId)}](${f.docs}) | ${where(f, options.links)} | ${escapeMarkdown(f.message)} |`);
  }
  if (p.findings.length > max) out.push('', `… and ${p.findings.length - max} more in the JSON report.`);
  out.push('', '</details>', '');
  return out;
}

function where(f: Finding, links: SourceLinks | undefined): string {
  const code = codeSpan(locationOf(f), true);
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
  const md = renderMarkdown(report, options);
  const tail = '> [!NOTE]\n> The summary was trimmed to stay under GitHub\'s 1 MiB limit; the JSON report lists every finding.\n';
  return truncateMarkdown(md, options.maxBytes ?? MAX_SUMMARY_BYTES, tail, 'bytes');
}
