// Small wording helpers shared by the text and markdown renderers.
import { ALL_AUDIENCES, type Audience, type Channel, type PackageReport, type Report } from '../engine/types.js';

export const CHANNEL_NAMES: Record<Channel, string> = {
  'admin-center-integrated-apps': 'Microsoft 365 admin center > Integrated apps',
  'partner-center-teams-app': 'Partner Center > Microsoft 365 and Copilot (apps and agents)',
  'power-apps-share': 'Power Apps > share custom connector',
  'partner-center-power-platform-connector': 'Partner Center > Microsoft 365 and Copilot (Power Platform connector certification)',
  'github-power-platform-connectors': 'Pull request to microsoft/PowerPlatformConnectors (independent-publisher-connectors/)',
  'admin-center-graph-connectors': 'Microsoft 365 admin center > Search & intelligence > Data sources',
  none: 'none',
};

export const AUDIENCE_NAMES: Record<Audience, string> = {
  'single-tenant': 'One organisation',
  multitenant: 'Every organisation (store)',
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countLine(summary: Report['summary']): string {
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
}

/** One sentence for the whole run: which packages can go where (plain text; renderers escape it). */
export function verdictLine(report: Report): string {
  const n = report.packages.length;
  if (n === 0) return 'No package was found to check.';
  const asked = ALL_AUDIENCES.filter((a) => report.packages.some((p) => p.routes.some((r) => r.audience === a)));
  if (n === 1) return singleVerdict(report.packages[0], asked);
  const parts = asked.map((a) => {
    const ready = report.packages.filter((p) => p.routes.some((r) => r.audience === a && r.eligible)).length;
    return `${AUDIENCE_NAMES[a].toLowerCase()}: ${ready} ready, ${n - ready} blocked`;
  });
  return `${plural(n, 'package')} checked — ${parts.join('; ')}.`;
}

function singleVerdict(p: PackageReport, asked: readonly Audience[]): string {
  if (p.kind === 'unknown') return `${p.path}: no Teams app, connector or Copilot (Graph) connector definition was recognised, so it cannot be published.`;
  const routes = asked.flatMap((a) => p.routes.filter((r) => r.audience === a));
  const open = routes.filter((r) => r.eligible).map((r) => `${CHANNEL_NAMES[r.channel]} (${AUDIENCE_NAMES[r.audience].toLowerCase()})`);
  const closed = routes.filter((r) => !r.eligible).map((r) => `${CHANNEL_NAMES[r.channel]} (${plural(r.blockers.length, 'blocker')})`);
  if (open.length === 0) return `${p.path} cannot be published yet: ${closed.join('; ')}.`;
  return `${p.path} can go to ${open.join(' and ')}${closed.length ? `; not to ${closed.join('; ')}` : ''}.`;
}

export function packageTitle(p: PackageReport): string {
  const name = p.meta?.name ? ` — ${p.meta.name}` : '';
  return `${p.path} (${p.kind}${p.capabilities.length ? `: ${p.capabilities.join(', ')}` : ''})${name}`;
}

export function locationOf(f: { file: string; line?: number; column?: number; source: { path: string; line: number; column: number } | null }): string {
  if (f.source) return `${f.source.path}:${f.source.line}:${f.source.column}`;
  if (!f.file) return '(package)';
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}
