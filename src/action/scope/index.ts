// Pull-request scope: `scope: changed` checks only the packages a change touches; `all` checks every package found.
// `changed` is the default on pull_request and pull_request_target, `all` elsewhere. When the changed files cannot
// be read, every package is checked and the report says why.
import type { ReportScope, TargetSelector } from '../../engine/index.js';
import { readChanges, type ChangesResult, type ChangesSource } from './changes.js';
import { topLevel, trackedAmong } from './git.js';
import { scopeSelector, type Changes, type TrackedFiles } from './select.js';

export { readChanges, type ChangesResult, type ChangesSource } from './changes.js';
export { scopeSelector, type Changes, type TrackedFiles } from './select.js';
export { hunkHolding, parsePatch, type ChangedLines, type Hunk } from './diff-lines.js';

export type ScopeMode = 'changed' | 'all';
export const SCOPE_VALUES: readonly ScopeMode[] = ['changed', 'all'];

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function defaultScope(eventName: string): ScopeMode {
  return PULL_REQUEST_EVENTS.has(eventName) ? 'changed' : 'all';
}

/** What a run checks: every package, or the ones a change touches (with the selector that picks them). */
export type ScopePlan = { mode: 'all'; fallback?: string } | { mode: 'changed'; changes: Changes; select: TargetSelector };

export function planScope(mode: ScopeMode, changes: ChangesResult | undefined, tracked: TrackedFiles): ScopePlan {
  if (mode === 'all') return { mode: 'all' };
  if (!changes || !changes.ok) return { mode: 'all', fallback: changes?.reason ?? 'the changed files could not be read' };
  return { mode: 'changed', changes: changes.changes, select: scopeSelector(changes.changes, tracked) };
}

/** The report's account of the scope; nothing for a run asked to check everything. */
export function describeScope(plan: ScopePlan, outOfScope: number): ReportScope | undefined {
  if (plan.mode === 'changed') return { mode: 'changed', changes: plan.changes.description, changedFiles: plan.changes.files.length, outOfScope };
  return plan.fallback ? { mode: 'all', outOfScope: 0, fallback: plan.fallback } : undefined;
}

/** The change under check, read once (git when the checkout has the history, else the API), and git's top level. */
export type ChangesReader = () => Promise<{ result: ChangesResult; gitRoot?: string }>;

/** Reads the changes the first time the scope or the review's suggestions ask, and never again. */
export function changesReader(source: Omit<ChangesSource, 'root' | 'gitAvailable'> & { workspace: string }): ChangesReader {
  let read: ReturnType<ChangesReader> | undefined;
  return () =>
    (read ??= (async () => {
      const gitRoot = await topLevel(source.workspace);
      const result = await readChanges({ ...source, root: gitRoot ?? source.workspace, gitAvailable: gitRoot !== undefined });
      return { result, gitRoot };
    })());
}

/** The action's scope: reads the changes when asked to check only what changed. */
export async function actionScope(mode: ScopeMode, changes: ChangesReader): Promise<ScopePlan> {
  if (mode === 'all') return { mode: 'all' };
  const { result, gitRoot } = await changes();
  // Without git no zip is known to be committed: each is taken as built, and its source decides.
  return planScope(mode, result, (paths) => (gitRoot ? trackedAmong(gitRoot, paths) : Promise.resolve(new Set<string>())));
}
