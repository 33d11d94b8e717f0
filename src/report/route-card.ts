// Routes in markdown, in two parts so nothing is said twice. Per package, one line per audience: the channel (linked
// to its guide), the verdict, and what closes it (a structural fact with the way forward, or how many errors, which
// the package's findings table lists). Once per route kind for the whole report: the prerequisites no file can show
// and the steps, each with its Microsoft page, so a reviewer needs no other document and reads them once.
// Blocker, caution and next-step messages can quote package values, so they go through escapeMarkdown; channel
// names, prerequisites, steps and links are the route table's own text and only need to stay inside their line.
import type { Blocker, PackageReport, Route } from '../engine/types.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES, plural } from './format.js';

export interface RouteLineOptions {
  /** The channel links to its guide (default true). */
  links?: boolean;
  /** Only routes closed by a structural fact or ready with limits (the others are a ✅ or ❌ elsewhere). */
  onlyNotable?: boolean;
}

/** One line per route of a package, as markdown list items. */
export function routeLines(p: PackageReport, options: RouteLineOptions = {}): string[] {
  const guide = (r: Route) => (options.links === false ? undefined : r.docs?.guide);
  const notable = (r: Route) => (r.eligible ? (r.cautions?.length ?? 0) > 0 : r.blockers.some((b) => b.ruleId.startsWith('route.')));
  return p.routes
    .filter((r) => !options.onlyNotable || notable(r))
    .map((r) => `- **${AUDIENCE_NAMES[r.audience]}**: ${link(ownText(CHANNEL_NAMES[r.channel]), guide(r))} — ${state(r)}`);
}

function state(r: Route): string {
  if (r.eligible) {
    const cautions = r.cautions ?? [];
    return cautions.length > 0 ? `✅ ready, with limits: ${cautions.map(blockerText).join('; ')}` : '✅ ready';
  }
  // Structural facts close a route whatever the files say: they come with the way forward.
  const facts = r.blockers.filter((b) => b.ruleId.startsWith('route.'));
  const errors = r.blockers.length - facts.length;
  const parts: string[] = [];
  if (facts.length > 0) parts.push(`❌ closed: ${facts.map((b) => blockerText(b).replace(/\\?\.$/, '')).join('; ')}`);
  if (errors > 0) parts.push(`${facts.length > 0 ? 'and blocked' : '❌ blocked'} by ${plural(errors, 'error')}`);
  if (parts.length === 0) parts.push('❌ blocked');
  const next = facts.length > 0 && r.next ? ` Next: ${escapeMarkdown(r.next)}` : '';
  return `${parts.join(', ')}.${next}`;
}

function blockerText(b: Blocker): string {
  return `${codeSpan(b.ruleId)} ${escapeMarkdown(b.message)}`;
}

/** A route kind: the same channel, audience, prerequisites and steps. */
interface RouteKind {
  route: Route;
  packages: string[];
  ready: number;
}

export interface GuideOptions {
  /** Link every prerequisite and step to its page (default true). */
  itemLinks?: boolean;
  /**
   * Prerequisites and steps only for a route some package is ready to take; one line with the guide for the others
   * (their steps matter once the blockers are fixed, and the job summary has them).
   */
  onlyReady?: boolean;
}

/** How to publish, once per route kind: folded prerequisites and steps. */
export function publishingGuide(packages: readonly PackageReport[], options: GuideOptions = {}): string[] {
  const kinds = new Map<string, RouteKind>();
  for (const p of packages) {
    for (const r of p.routes) {
      if (r.steps.length === 0 && r.prerequisites.length === 0) continue;
      if (r.channel === 'none') continue;
      const key = JSON.stringify([r.audience, r.channel, r.prerequisites, r.steps]);
      const kind = kinds.get(key);
      if (kind) kind.packages.push(p.path);
      else kinds.set(key, { route: r, packages: [p.path], ready: 0 });
      if (r.eligible) kinds.get(key)!.ready++;
    }
  }
  const out: string[] = [];
  const many = packages.length > 1;
  for (const { route: r, packages: names, ready } of kinds.values()) {
    const who = many ? ` · ${names.length === packages.length ? 'every package' : plural(names.length, 'package')}` : '';
    if (options.onlyReady && ready === 0) {
      const steps = `${plural(r.prerequisites.length, 'prerequisite')} and ${plural(r.steps.length, 'step')}`;
      out.push(`- **${AUDIENCE_NAMES[r.audience]}**: ${link(ownText(CHANNEL_NAMES[r.channel]), r.docs?.guide)}${who} — no package is ready yet; ${steps} in the job summary.`);
      continue;
    }
    if (out.length > 0 && out.at(-1) !== '') out.push('');
    out.push('<details>', `<summary><b>${AUDIENCE_NAMES[r.audience]}</b>: ${htmlText(CHANNEL_NAMES[r.channel])}${who}</summary>`, '');
    if (r.docs?.guide) out.push(`Guide: ${r.docs.guide}`, '');
    if (r.prerequisites.length > 0) {
      out.push('Prerequisites no file can show:', '');
      r.prerequisites.forEach((t, i) => out.push(`- ${ownText(t)}${options.itemLinks === false ? '' : docLink(r.docs?.prerequisites[i])}`));
      out.push('');
    }
    if (r.steps.length > 0) {
      out.push('Steps:', '');
      r.steps.forEach((t, i) => out.push(`${i + 1}. ${ownText(t)}${options.itemLinks === false ? '' : docLink(r.docs?.steps[i])}`));
      out.push('');
    }
    // A blank line after each block: markdown that follows an HTML block on the next line is not markdown.
    out.push('</details>', '');
  }
  while (out.at(-1) === '') out.pop();
  return out;
}

/** The tool's own text (route table, channel names): kept on one line, otherwise as written. */
function ownText(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** The tool's own text inside an HTML element (a <summary>). */
function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

function docLink(url: string | undefined): string {
  return url ? ` ([docs](${url}))` : '';
}
