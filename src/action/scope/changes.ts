// Which files the change under check touched, for `scope: changed`: a pull request's files from git when the
// checkout has both commits (fetch-depth: 0), else from the GitHub API; a push's from git. When neither can say,
// the reason is returned and every package is checked.
import type { GithubEvent } from '../comment/target.js';
import { positive, record, str } from '../payload.js';
import type { Octokit } from '../comment/octokit.js';
import { isTimeout } from '../comment/request-timeout.js';
import { changedBetween, fileDiff, hasCommit } from './git.js';
import { parsePatch, type ChangedLines } from './diff-lines.js';
import { MAX_LISTED_FILES, pullRequestFiles } from './pull-files.js';
import type { Changes } from './select.js';

export type ChangesResult = { ok: true; changes: Changes } | { ok: false; reason: string };

export interface ChangesSource {
  event: GithubEvent;
  /** The repository root (git's top level, else the workspace); changed paths are relative to it. */
  root: string;
  /** Whether git works in `root`. */
  gitAvailable: boolean;
  /** From the `pull-request` input (a workflow_run for a fork's pull request). */
  pullRequest?: number;
  /** The API client, when a token was given. */
  octokit?: Octokit;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export async function readChanges(src: ChangesSource): Promise<ChangesResult> {
  const payload = src.event.payload;
  const pr = record(payload.pull_request);
  const number = positive(pr?.number) ?? (src.event.eventName === 'workflow_run' || !PULL_REQUEST_EVENTS.has(src.event.eventName) ? src.pullRequest : undefined);
  if (number !== undefined) return pullRequestChanges(src, number, pr);
  if (src.event.eventName === 'push') {
    const before = str(payload.before);
    const after = str(payload.after) ?? src.event.sha;
    if (before && after && !/^0+$/.test(before) && src.gitAvailable && (await hasCommit(src.root, before)) && (await hasCommit(src.root, after))) {
      try {
        return ok(src.root, await changedBetween(src.root, before, after), `the push ${before.slice(0, 7)}..${after.slice(0, 7)}, from git`);
      } catch (e) {
        return { ok: false, reason: `git could not list the push's changes (${message(e)})` };
      }
    }
    return { ok: false, reason: 'the push\'s earlier commit is not in the checkout (check out with "fetch-depth: 0" to scope pushes)' };
  }
  return { ok: false, reason: `a ${src.event.eventName || 'run'} event names no pull request or push to compare with` };
}

async function pullRequestChanges(src: ChangesSource, number: number, pr: Record<string, unknown> | undefined): Promise<ChangesResult> {
  const base = str(record(pr?.base)?.sha);
  const head = str(record(pr?.head)?.sha);
  // The history, when the checkout has it: no API call, no token needed.
  if (base && head && src.gitAvailable && (await hasCommit(src.root, base)) && (await hasCommit(src.root, head))) {
    try {
      const files = await changedBetween(src.root, base, head);
      // A file's lines are read when a suggestion needs them, one git diff per file.
      const lines = memo((path) => (files.includes(path) ? fileDiff(src.root, base, head, path).then(parsePatch) : Promise.resolve(undefined)));
      return ok(src.root, files, `pull request #${number}, from git`, lines);
    } catch {
      // A missing merge base (a shallow fetch of both tips): the API still knows.
    }
  }
  const [owner, repo] = src.event.repository.split('/');
  if (!src.octokit || !owner || !repo) return { ok: false, reason: `the files of pull request #${number} could not be listed: no github-token, and the checkout has no history to compare` };
  try {
    const { files, listed, patches } = await pullRequestFiles(src.octokit, { owner, repo, number });
    const total = positive(pr?.changed_files);
    if (listed >= MAX_LISTED_FILES && (total === undefined || total > listed)) {
      return { ok: false, reason: `pull request #${number} changes more files than GitHub lists (${MAX_LISTED_FILES.toLocaleString('en-US')}); check out with "fetch-depth: 0" to scope it from git` };
    }
    const lines = memo((path) => {
      const patch = patches.get(path);
      return Promise.resolve(patch === undefined ? undefined : parsePatch(patch));
    });
    return ok(src.root, files, `pull request #${number}, from the GitHub API`, lines);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const hint = status === 403 || status === 404 ? ' (the token needs "pull-requests: read", or check out with "fetch-depth: 0")' : '';
    return { ok: false, reason: `the files of pull request #${number} could not be read${status && !isTimeout(e) ? ` (HTTP ${status})` : ''}: ${message(e)}${hint}` };
  }
}

function ok(root: string, files: string[], description: string, lines?: Changes['lines']): ChangesResult {
  return { ok: true, changes: { root, files, description, ...(lines ? { lines } : {}) } };
}

function memo(read: (path: string) => Promise<ChangedLines | undefined>): (path: string) => Promise<ChangedLines | undefined> {
  const known = new Map<string, Promise<ChangedLines | undefined>>();
  return (path) => {
    let lines = known.get(path);
    if (!lines) known.set(path, (lines = read(path).catch(() => undefined)));
    return lines;
  };
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);
}
