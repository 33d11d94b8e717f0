// The review's text: each comment names the finding, says what the fix does, carries GitHub's suggestion block
// (accepted with "Commit suggestion") and a hidden marker that a later run looks for, so a suggestion is made once.
// Finding text comes from the package: it is escaped; the suggested lines sit in a fence longer than any run of
// backticks they hold, so they cannot end it.
import { codeSpan, escapeMarkdown } from '../../report/index.js';
import { lastLine } from '../comment/marker.js';
import type { Suggestion } from './plan.js';

const TAG = 'copilot-publish-check:suggestion';

export function suggestionMarker(id: string): string {
  return `<!-- ${TAG} ${id} -->`;
}

const MARKER = new RegExp(`^<!-- ${TAG} ([0-9a-f]{16}) -->$`);

/**
 * The id of the suggestion a body (a review comment of ours) carries: its marker is the last line, where
 * suggestionBody writes it. The suggested lines above come from a repository file and may hold any text, a forged
 * marker too.
 */
export function suggestionIds(body: string): string[] {
  const m = MARKER.exec(lastLine(body));
  return m ? [m[1]] : [];
}

export function suggestionBody(s: Suggestion): string {
  const f = s.findings[0];
  const fence = '`'.repeat(Math.max(3, ...s.lines.map((l) => longestRun(l) + 1)));
  return [
    `🔧 [${codeSpan(f.ruleId)}](${f.docs}) ${escapeMarkdown(f.message)}`,
    '',
    `Suggested fix: ${escapeMarkdown(f.fix!.description)}`,
    '',
    `${fence}suggestion`,
    ...s.lines,
    fence,
    suggestionMarker(s.id),
  ].join('\n');
}

export function reviewBody(count: number, runUrl: string): string {
  const what = count === 1 ? 'a fix' : `${count} fixes`;
  return `copilot-publish-check suggests ${what} on lines this pull request changes. Commit each with "Commit suggestion", or several at once with "Add suggestion to batch". [The run's job summary](${runUrl}) has the full report.`;
}

function longestRun(line: string): number {
  return Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length));
}
