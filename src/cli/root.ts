// The repository root the CLI's paths are relative to: GITHUB_WORKSPACE in a workflow, else git's top level (of the
// working folder, else of --source or of the first path, so a run from outside the repository still finds it),
// else the working folder (or the --source folder when it lies outside the working folder). Git is asked only when the working folder is not the root.
import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { topLevel } from '../action/scope/git.js';

export interface RootHints {
  cwd: string;
  workspace?: string;
  source?: string;
  /** The paths given (or the default patterns): the first literal one hints where the repository is. */
  paths: readonly string[];
}

export async function repositoryRoot(h: RootHints): Promise<string> {
  if (h.workspace) return resolve(h.workspace);
  // The usual case costs one lstat, not a git process (the cold start is budgeted).
  if (await exists(resolve(h.cwd, '.git'))) return resolve(h.cwd);
  const source = h.source ? resolve(h.cwd, h.source) : undefined;
  const first = h.paths.find((p) => !/[*?[\]{}]/.test(p));
  const hints = [h.cwd, source && (await folderOf(source)), first && (await folderOf(isAbsolute(first) ? first : resolve(h.cwd, first)))];
  for (const dir of hints) {
    if (!dir) continue;
    const top = await topLevel(dir);
    if (top) return top;
  }
  // Outside git: the working folder, unless --source lies outside it (a run from elsewhere).
  const cwd = resolve(h.cwd);
  const sourceFolder = source && (await folderOf(source));
  return sourceFolder && !within(sourceFolder, cwd) ? sourceFolder : cwd;
}

function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function folderOf(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => null);
  if (!info) return undefined;
  return info.isDirectory() ? path : dirname(path);
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null)) !== null;
}
