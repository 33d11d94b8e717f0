// Git at the edge, for the changed files of a pull request (when the checkout has the history) and the CLI's
// --changed-since. Arguments go to execFile as a list (no shell), bounded in time and output. Every path git prints
// here is relative to the repository's top level.
import { execFile } from 'node:child_process';

/** Longest a git command may take. */
const GIT_TIMEOUT_MS = 30_000;
/** Most output read from one git command (a diff of many thousand paths fits). */
const GIT_MAX_BUFFER = 64 * 1024 * 1024;

export class GitError extends Error {}

export function git(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args[0]} failed: ${(stderr || error.message).trim().split('\n')[0]}`));
      else resolve(stdout);
    });
  });
}

/** The repository's top-level folder, or undefined when `cwd` is not in a git repository (or git is missing). */
export async function topLevel(cwd: string): Promise<string | undefined> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether the commit is in the local history (a shallow checkout has only the one it checked out). */
export async function hasCommit(root: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
  return git(['cat-file', '-e', `${sha}^{commit}`], root).then(
    () => true,
    () => false,
  );
}

/** Files that differ between the merge base of `base` and `head`, and `head` (what a pull request changes). */
export async function changedBetween(root: string, base: string, head: string): Promise<string[]> {
  return nul(await git(['diff', '--name-only', '-z', '--no-renames', `${base}...${head}`, '--'], root));
}

/** The diff of one file between the merge base of `base` and `head`, and `head`, as GitHub shows a pull request's. */
export async function fileDiff(root: string, base: string, head: string, path: string): Promise<string> {
  return git(['--literal-pathspecs', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '-U3', `${base}...${head}`, '--', path], root);
}

/**
 * What a developer changed since `ref`: the commits since the merge base with it, what is not committed yet, and
 * new files git does not ignore.
 */
export async function changedSince(root: string, ref: string): Promise<string[]> {
  // "--end-of-options" keeps a ref that starts with "-" from being read as an option.
  const base = (await git(['merge-base', '--end-of-options', ref, 'HEAD'], root)).trim();
  const changed = nul(await git(['diff', '--name-only', '-z', '--no-renames', base, '--'], root));
  const untracked = nul(await git(['ls-files', '-z', '--others', '--exclude-standard'], root));
  return [...new Set([...changed, ...untracked])];
}

/** Which of these repository-relative paths are files of the repository (tracked by git). */
export async function trackedAmong(root: string, paths: readonly string[]): Promise<Set<string>> {
  const tracked = new Set<string>();
  // In slices, so a thousand zips never pass the command-line length limit.
  for (let i = 0; i < paths.length; i += 200) {
    // --literal-pathspecs: "Asite (Canada)" or "[Beta]" are names, not patterns.
    for (const p of nul(await git(['--literal-pathspecs', 'ls-files', '-z', '--', ...paths.slice(i, i + 200)], root))) tracked.add(p);
  }
  return tracked;
}

function nul(text: string): string[] {
  return text.split('\0').filter(Boolean);
}
