// Small wording helpers shared by the text and markdown renderers.
import { ALL_AUDIENCES, type Audience, type Channel, type PackageReport, type Report } from '../engine/types.js';
import { failingFindings, failureReason, packageFails, type FailOn } from '../shared/fail-on.js';
import { cleanText } from './escape.js';

export const CHANNEL_NAMES: Record<Channel, string> = {
  'admin-center-integrated-apps': 'Microsoft 365 admin center > Integrated apps',
  'partner-center-teams-app': 'Partner Center > Microsoft 365 and Copilot (apps and agents)',
  'power-apps-share': 'Power Apps > share custom connector',
  'partner-center-power-platform-connector': 'Partner Center > Microsoft 365 and Copilot (Power Platform connector certification)',
  'github-power-platform-connectors': 'GitHub > microsoft/PowerPlatformConnectors > independent-publisher-connectors (pull request)',
  'admin-center-graph-connectors': 'Microsoft 365 admin center > Search & intelligence > Data sources',
  none: 'none',
};

export const AUDIENCE_NAMES: Record<Audience, string> = {
  'single-tenant': 'One organisation',
  multitenant: 'Every organisation (store)',
};

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
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

/** Longest package name shown in a title (a name can be a megabyte of package text). */
const MAX_TITLE_NAME = 200;

export function packageTitle(p: PackageReport): string {
  const name = p.meta?.name ? ` — ${cleanText(p.meta.name.trim(), MAX_TITLE_NAME)}` : '';
  return `${p.path} (${p.kind}${p.capabilities.length ? `: ${p.capabilities.join(', ')}` : ''})${name}`;
}

export function locationOf(f: { file: string; line?: number; column?: number; source: { path: string; line: number; column: number } | null }): string {
  if (f.source) return `${f.source.path}:${f.source.line}:${f.source.column}`;
  if (!f.file) return '(package)';
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

export interface Verdict {
  failed: boolean;
  /** One sentence, plain text: "This check failed: 3 errors in 2 packages (fail-on: error)" or "Passed: …". */
  text: string;
}

/**
 * The run's verdict as the first thing a reviewer reads. `problems`: what fails the run besides findings (a named
 * path that holds nothing), said after the findings.
 */
export function verdictOf(report: Report, failOn: FailOn = 'error', problems: readonly string[] = []): Verdict {
  const { errors, warnings } = report.summary;
  const reason = failureReason(report, failOn);
  if (reason || problems.length > 0) {
    const parts: string[] = [];
    const counted = report.packages.filter((p) => failingFindings(p, failOn) > 0);
    if (counted.length > 0) {
      const what = failOn === 'warning' && warnings > 0 ? `${plural(errors, 'error')} and ${plural(warnings, 'warning')}` : plural(errors, 'error');
      parts.push(`${what} in ${plural(counted.length, 'package')} (fail-on: ${failOn})`);
    } else if (reason) {
      const closed = report.packages.filter((p) => packageFails(p, failOn));
      parts.push(`${plural(closed.length, 'package')} cannot go where the audience asks (fail-on: ${failOn})`);
    }
    parts.push(...problems.map((p) => p.replace(/\.$/, '')));
    return { failed: true, text: `This check failed: ${parts.join('; ')}` };
  }
  const n = report.packages.length;
  if (n === 0) {
    const out = report.scope?.mode === 'changed' ? report.scope.outOfScope : 0;
    return { failed: false, text: out > 0 ? `Passed: the change touches none of the ${plural(out, 'package')} found` : 'Passed: no package was found to check' };
  }
  if (failOn === 'never' && errors > 0) {
    const withErrors = report.packages.filter((p) => failingFindings(p, 'error') > 0).length;
    return { failed: false, text: `Passed (fail-on: never): ${plural(errors, 'error')} in ${plural(withErrors, 'package')}, reported and not enforced` };
  }
  const none = failOn === 'warning' ? 'no errors or warnings' : 'no errors';
  const extra = failOn !== 'warning' && warnings > 0 ? `; ${plural(warnings, 'warning')} to look at` : '';
  return { failed: false, text: `Passed: ${plural(n, 'package')}, ${none}${extra}` };
}
