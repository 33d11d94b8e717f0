// Which fixes become suggestions in the pull-request review. GitHub takes review comments only on lines of the
// diff, and a suggestion replaces whole lines; so a fix is suggested when its edits sit in one repository file, the
// lines they span lie in one hunk of the pull request's diff, and the pull request added one of those lines (or the
// finding's own line). The head's text of those lines (from the diff) must be what the checkout holds, or the
// suggestion would replace other text. Everything else fixable is listed in the sticky comment instead.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { lineChanges, planFixes } from '../../engine/fix/index.js';
import { repositoryPath } from '../../engine/source-map/candidates.js';
import type { Finding, Report } from '../../engine/types.js';
import { readEditable } from '../../shared/editable-file.js';
import { hunkHolding, type Changes } from '../scope/index.js';

/** Most suggestions in one review: a long review is read no better than the comment's list. */
export const MAX_SUGGESTIONS = 30;

export interface Suggestion {
  /** The finding, and any other finding the same fix removes (one defect judged per audience). */
  findings: Finding[];
  /** Repository path (relative to the root of the pull request's diff). */
  path: string;
  /** The lines replaced, 1-based and inclusive, on the new side of the diff. */
  start: number;
  end: number;
  /** What replaces them (no line endings). */
  lines: string[];
  /** Identifies the suggestion across runs (the file, the rule and the text before and after), for its marker. */
  id: string;
}

/** Why a fixable finding is not suggested in the review (the comment lists it with the command to run). */
export type NotSuggested = 'unchanged-lines' | 'not-applicable' | 'overlap' | 'head-differs' | 'unreadable' | 'limit';

export interface SuggestionPlan {
  suggestions: Suggestion[];
  elsewhere: Array<{ finding: Finding; why: NotSuggested }>;
}

export interface SuggestionSource {
  /** Where the checkout is: the fixes' paths are relative to it. */
  workspace: string;
  changes: Changes;
  max?: number;
}

export async function planSuggestions(report: Report, src: SuggestionSource): Promise<SuggestionPlan> {
  const elsewhere: SuggestionPlan['elsewhere'] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of report.packages.flatMap((p) => p.findings)) {
    if (!f.fix || f.suppressed) continue;
    if (!f.fix.applicable) {
      elsewhere.push({ finding: f, why: 'not-applicable' });
      continue;
    }
    // Findings with the very same edits are one fix.
    const key = JSON.stringify(f.fix.edits);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const plan = planFixes([...groups.values()], (g) => g[0].fix!);
  for (const g of plan.overlapping) for (const f of g) elsewhere.push({ finding: f, why: 'overlap' });
  const suggestions: Suggestion[] = [];
  for (const group of plan.accepted) {
    const made = await suggestionFor(group, src);
    if (typeof made === 'string') for (const f of group) elsewhere.push({ finding: f, why: made });
    else if (suggestions.length >= (src.max ?? MAX_SUGGESTIONS)) for (const f of group) elsewhere.push({ finding: f, why: 'limit' });
    else suggestions.push(made);
  }
  return { suggestions, elsewhere };
}

async function suggestionFor(group: Finding[], src: SuggestionSource): Promise<Suggestion | NotSuggested> {
  const fix = group[0].fix!;
  const paths = new Set(fix.edits.map((e) => e.path));
  if (paths.size !== 1) return 'unchanged-lines';
  const [path] = paths;
  const read = await readEditable(src.workspace, path);
  if (!read.ok) return 'unreadable';
  const diffPath = repositoryPath(resolve(src.workspace, path), src.changes.root);
  const lines = diffPath === undefined ? undefined : await src.changes.lines?.(diffPath);
  if (!lines || diffPath === undefined) return 'unchanged-lines';
  const [change] = lineChanges(read.text, fix.edits, true);
  const hunk = hunkHolding(lines, change.start, change.end);
  if (!hunk) return 'unchanged-lines';
  const own = group.map((f) => f.source?.line).filter((l): l is number => l !== undefined);
  const touched = [...range(change.start, change.end), ...own].some((l) => hunk.added.has(l));
  if (!touched) return 'unchanged-lines';
  const old = change.old.map(withoutCr);
  if (old.some((text, i) => hunk.text.get(change.start + i) !== text)) return 'head-differs';
  const replacement = change.lines.map(withoutCr);
  const id = createHash('sha256').update([diffPath, group[0].ruleId, ...old, '\u0000', ...replacement].join('\n')).digest('hex').slice(0, 16);
  return { findings: group, path: diffPath, start: change.start, end: change.end, lines: replacement, id };
}

function* range(from: number, to: number): Generator<number> {
  for (let l = from; l <= to; l++) yield l;
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
