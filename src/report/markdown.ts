// Markdown for the job summary and the pull-request comment. Every package string is escaped.
import type { PackageReport, Report } from '../engine/types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES, countLine, locationOf, verdictLine } from './format.js';

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

export function routeCard(p: PackageReport): string[] {
  const rows = p.routes.map((r) => {
    const verdict = r.eligible ? '✅ ready' : '❌ blocked';
    const blockers = r.blockers.slice(0, 3).map((b) => escapeMarkdown(b.message)).join('<br>') || '—';
    const more = r.blockers.length > 3 ? `<br>… and ${r.blockers.length - 3} more` : '';
    const next = r.eligible ? escapeMarkdown(r.steps[0] ?? '—') : 'Fix the blockers, then run the check again.';
    return `| ${AUDIENCE_NAMES[r.audience]} | ${escapeMarkdown(CHANNEL_NAMES[r.channel])} | ${verdict} | ${blockers}${more} | ${next} |`;
  });
  return ['| Audience | Channel | Verdict | First blockers | Next step |', '|---|---|---|---|---|', ...rows];
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
