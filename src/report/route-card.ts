// The route card: per package, one row per audience with the channel, the verdict, the first blockers and the next
// step, then (folded) every prerequisite and step with its Microsoft page, so a reviewer needs no other document.
// Blocker, caution and next-step messages can quote package values, so they go through escapeMarkdown; channel
// names, prerequisites, steps and links are the route table's own text and only need to stay inside their cell.
import type { Blocker, PackageReport, Route } from '../engine/types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES, plural } from './format.js';

export interface RouteCardOptions {
  /** Blockers listed per route before "and N more" (default 3). */
  maxBlockers?: number;
  /** Add the folded prerequisites and steps under the table (default true). */
  details?: boolean;
}

export function routeCard(p: PackageReport, options: RouteCardOptions = {}): string[] {
  const max = options.maxBlockers ?? 3;
  const out = ['| Audience | Channel | Verdict | First blockers | Next step |', '|---|---|---|---|---|', ...p.routes.map((r) => row(r, max))];
  if (options.details !== false && p.routes.some((r) => r.steps.length > 0 || r.prerequisites.length > 0)) out.push('', ...details(p.routes));
  return out;
}

function row(r: Route, max: number): string {
  const channel = link(ownText(CHANNEL_NAMES[r.channel]), r.docs?.guide);
  return `| ${AUDIENCE_NAMES[r.audience]} | ${channel} | ${verdict(r)} | ${issues(r, max)} | ${next(r)} |`;
}

function verdict(r: Route): string {
  if (!r.eligible) return `❌ blocked (${r.blockers.length})`;
  return r.cautions?.length ? '✅ ready, with limits' : '✅ ready';
}

function issues(r: Route, max: number): string {
  if (r.eligible) return (r.cautions ?? []).map((c) => `⚠️ ${blockerText(c)}`).join('<br>') || '—';
  // One line per rule (its first message, and how many times it fired), so three lines name three problems.
  const groups = new Map<string, { first: Blocker; count: number }>();
  for (const b of r.blockers) {
    const g = groups.get(b.ruleId);
    if (g) g.count++;
    else groups.set(b.ruleId, { first: b, count: 1 });
  }
  const shown = [...groups.values()].slice(0, max);
  const lines = shown.map((g) => `${blockerText(g.first)}${g.count > 1 ? ` (×${g.count})` : ''}`);
  const rest = r.blockers.length - shown.reduce((n, g) => n + g.count, 0);
  return lines.join('<br>') + (rest > 0 ? `<br>… and ${plural(rest, 'more blocker')}` : '');
}

function blockerText(b: Blocker): string {
  return `${codeSpan(b.ruleId)} ${escapeMarkdown(b.message)}`;
}

function next(r: Route): string {
  const text = r.next ?? (r.eligible ? r.steps[0] : undefined);
  if (!text) return '—';
  // Link the step's own page when the next step is the first step; the route's page for a way forward.
  const url = text === r.steps[0] ? (r.docs?.steps[0] ?? r.docs?.guide) : r.blockers.some((b) => b.ruleId.startsWith('route.')) ? r.docs?.guide : undefined;
  // A step is the table's own text; any other next step may name a rule's finding, so it is escaped.
  const shown = r.steps.includes(text) ? ownText(text) : escapeMarkdown(text);
  return `${shown}${url ? ` ([how](${url}))` : ''}`;
}

function details(routes: readonly Route[]): string[] {
  const out = ['<details>', '<summary>Prerequisites and steps</summary>', ''];
  for (const r of routes) {
    out.push(`**${AUDIENCE_NAMES[r.audience]}** — ${link(ownText(CHANNEL_NAMES[r.channel]), r.docs?.guide)}`, '');
    if (r.prerequisites.length > 0) {
      out.push('Prerequisites no file can show:', '');
      r.prerequisites.forEach((t, i) => out.push(`- ${ownText(t)}${docLink(r.docs?.prerequisites[i])}`));
      out.push('');
    }
    if (r.steps.length > 0) {
      out.push('Steps:', '');
      r.steps.forEach((t, i) => out.push(`${i + 1}. ${ownText(t)}${docLink(r.docs?.steps[i])}`));
      out.push('');
    }
  }
  out.push('</details>');
  return out;
}

/** The tool's own text (route table, channel names): kept on one line and inside its table cell, otherwise as written. */
function ownText(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

function docLink(url: string | undefined): string {
  return url ? ` ([docs](${url}))` : '';
}
