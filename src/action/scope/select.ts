// Which packages a set of changed files touches. A package is in scope when a file it is built from changed: a
// folder package when a file under it changed, a JSON file or a committed zip when it changed itself, a Target that
// lists its inputs (a toolkit project) when one of them changed, and a zip built during the workflow when the source
// it was built from changed, or always when that source is unknown (checking it costs less than missing it).
import { isAbsolute, relative, sep } from 'node:path';
import type { SelectContext, Target, TargetSelector } from '../../engine/index.js';
import type { ChangedLines } from './diff-lines.js';

/** Files a change touched, relative to the repository root, '/'-separated. */
export interface Changes {
  /** Absolute path of the repository root the paths are relative to. */
  root: string;
  files: readonly string[];
  /** Where the list came from, in words ("pull request #7, from the GitHub API"). */
  description: string;
  /** The lines a pull request changes in one of its files (a JSON file), when they can be read. */
  lines?: (path: string) => Promise<ChangedLines | undefined>;
}

/** Tells which zips are files of the repository (committed), as repository-relative paths. */
export type TrackedFiles = (paths: readonly string[]) => Promise<ReadonlySet<string>>;

export function scopeSelector(changes: Changes, tracked: TrackedFiles): TargetSelector {
  const touched = touchedPaths(changes.files);
  const touches = (paths: readonly string[]) => paths.some((abs) => {
    const rel = repositoryPath(abs, changes.root);
    return rel !== undefined && touched.has(rel);
  });
  return async (targets: readonly Target[], context: SelectContext) => {
    const zips = targets.filter((t) => t.type === 'zip' && !t.inputs).map((t) => repositoryPath(t.abs, changes.root)).filter((p): p is string => p !== undefined);
    const committed = zips.length > 0 ? await tracked(zips).catch(() => new Set<string>()) : new Set<string>();
    const chosen: Target[] = [];
    for (const t of targets) if (await inScope(t)) chosen.push(t);
    return chosen;

    async function inScope(t: Target): Promise<boolean> {
      if (t.inputs) return touches(t.inputs);
      if (touches([t.abs])) return true;
      if (t.type !== 'zip') return false;
      const rel = repositoryPath(t.abs, changes.root);
      if (rel !== undefined && committed.has(rel)) return false;
      // Built during the workflow: in scope when its source changed; always when its source is unknown.
      const source = await context.builtFrom(t).catch(() => undefined);
      return source === undefined || touches(source);
    }
  };
}

/** Every changed path and every folder above it ('' for the root): a folder is touched when it is in the set. */
export function touchedPaths(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    const parts = file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').filter(Boolean);
    out.add('');
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return out;
}

/** '/'-separated path of `abs` inside `root` ('' for the root itself); undefined outside it. */
export function repositoryPath(abs: string, root: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
