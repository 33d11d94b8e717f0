// The pull-request comment: hidden marker, the verdict, what changed since the last run, the failing packages with
// their routes and findings (linked to their lines at the pull request's head), clean packages one line each, the
// steps once per route kind, and the digest the next run compares against. The short form of the job summary:
// notices are counted, not listed. Always under GitHub's 65,536 characters: trimmed at a line, with a link to the
// job summary.
import type { Finding, Report } from '../../engine/types.js';
import { fingerprintFindings } from '../../report/fingerprint.js';
import { renderMarkdown, suppressedNote, truncateMarkdown, type MarkdownOptions, type SourceLinks } from '../../report/index.js';
import { digestLine, markerLine, type Digest } from './marker.js';

/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"). */
export const MAX_COMMENT_CHARS = 65_536;

export interface CommentOptions {
  key: string;
  links: SourceLinks;
  runUrl: string;
  /** The digest of this comment's previous version, when there was one. */
  previous?: Digest;
  /** Most characters (GitHub's limit unless told; tests pass less). */
  maxChars?: number;
  /** fail-on and what failed the run besides findings, for the verdict line. */
  verdict?: MarkdownOptions['verdict'];
  /** Trusted markdown lines under the verdict, after what changed since the last run. */
  notes?: readonly string[];
}

export interface Changes {
  added: number;
  fixed: number;
  unchanged: number;
}

export function compareDigest(current: readonly string[], previous: Digest): Changes {
  const now = new Set(current);
  let unchanged = 0;
  for (const f of now) if (previous.fingerprints.has(f)) unchanged++;
  const fixed = [...previous.fingerprints].filter((f) => !now.has(f)).length;
  return { added: now.size - unchanged, fixed, unchanged };
}

/** What changed since the last run; `passing`: no errors or warnings now. */
export function changesSentence(c: Changes, passing: boolean, partial: boolean): string {
  const approx = partial ? ' (compared with the first findings of the last run only)' : '';
  const fixed = `${c.fixed} finding${c.fixed === 1 ? '' : 's'} from the last run ${c.fixed === 1 ? 'is' : 'are'} fixed`;
  if (passing && c.fixed > 0) return `✅ **No errors or warnings left: ${fixed}${approx}.**`;
  if (passing && c.added === 0) return `✅ **Still no errors or warnings.**`;
  if (c.added === 0 && c.fixed === 0) return `**Since the last run:** nothing changed${approx}.`;
  return `**Since the last run:** ${c.added} new (🆕), ${c.fixed} fixed, ${c.unchanged} unchanged${approx}.`;
}

export function renderComment(report: Report, options: CommentOptions): string {
  // Suppressed findings are not listed, so they are not part of "what changed" either.
  const fps = fingerprintFindings(report).filter((x) => !x.finding.suppressed);
  const byFinding = new Map(fps.map((x) => [x.finding, x.fingerprint]));
  const previous = options.previous;
  const passing = report.summary.errors + report.summary.warnings === 0;
  const notes: string[] = [];
  if (previous) notes.push(changesSentence(compareDigest(fps.map((x) => x.fingerprint), previous), passing, previous.partial));
  const suppressed = suppressedNote(report);
  if (suppressed) notes.push(suppressed);
  notes.push(...(options.notes ?? []));
  const isNew = previous ? (f: Finding) => !previous.fingerprints.has(byFinding.get(f) ?? '') : undefined;

  const footer = `\n---\n<sub>[Job summary and full report](${options.runUrl}) · lines shown at ${options.links.ref.slice(0, 12)}</sub>\n${digestLine(fps.map((x) => x.fingerprint))}\n`;
  const head = `${markerLine(options.key)}\n`;
  const budget = (options.maxChars ?? MAX_COMMENT_CHARS) - head.length - footer.length;
  const middle = renderMarkdown(report, { heading: 2, links: options.links, isNew, notes, verdict: options.verdict, brief: true, stopAfterChars: budget });
  const tail = `> [!NOTE]\n> This comment was trimmed to fit GitHub's limit. [The job summary](${options.runUrl}) has the full report.\n`;
  return head + truncateMarkdown(middle, budget, tail, 'chars') + footer;
}
