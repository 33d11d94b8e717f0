// Markdown for the job summary and the pull-request comment. Every package string is escaped.
import type { PackageReport, Report } from '../engine/types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { countLine, locationOf, verdictLine } from './format.js';
import { routeCard } from './route-card.js';

const ICON = { error: '🛑', warning: '⚠️', notice: 'ℹ️' } as const;

export interface MarkdownOptions {
  /** Heading level of the title (the comment uses 2, the job summary 2). */
  heading?: number;
  /** Most findings listed per package before "and N more". */
  maxFindingsPerPackage?: number;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.heading ?? 2);
  const out: string[] = [`${h} Copilot publish check`, '', `**${escapeMarkdown(verdictLine(report))}** ${escapeMarkdown(countLine(report.summary))}.`, ''];
  for (const p of report.packages) out.push(...packageSection(p, `${h}#`, options.maxFindingsPerPackage ?? 50));
  return out.join('\n');
}

function packageSection(p: PackageReport, h: string, max: number): string[] {
  const name = p.meta?.name ? ` — ${escapeMarkdown(p.meta.name)}` : '';
  const caps = p.capabilities.length ? ` (${p.capabilities.join(', ')})` : '';
  const out = [`${h} ${codeSpan(p.path)}${name}`, '', `Kind: **${p.kind}**${caps}`, '', ...routeCard(p), ''];
  if (p.findings.length === 0) return [...out, 'No findings.', ''];
  out.push('<details open>', `<summary>${p.findings.length} finding${p.findings.length === 1 ? '' : 's'}</summary>`, '');
  out.push('| | Rule | Where | Message |', '|---|---|---|---|');
  for (const f of p.findings.slice(0, max)) {
    out.push(`| ${ICON[f.severity]} | [${escapeMarkdown(f.ruleId)}](${f.docs}) | ${codeSpan(locationOf(f))} | ${escapeMarkdown(f.message)} |`);
  }
  if (p.findings.length > max) out.push('', `… and ${p.findings.length - max} more in the JSON report.`);
  out.push('', '</details>', '');
  return out;
}
