// Which pull request the comment belongs to, worked out from the event (pull_request, pull_request_target,
// workflow_run) and the optional `pull-request` input. Pure: the caller passes the event and environment.
import { positive, record, str } from '../payload.js';

export interface GithubEvent {
  eventName: string;
  /** The webhook payload (GITHUB_EVENT_PATH), untyped: it is read defensively. */
  payload: Record<string, unknown>;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  serverUrl: string;
  runId: string;
  /** Commit the workflow ran on (GITHUB_SHA). */
  sha: string;
  /** Who triggered the run (GITHUB_ACTOR). */
  actor: string;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The pull request's head commit, for links to source lines. */
  headSha: string;
  /** The run's page, which shows the job summary. */
  runUrl: string;
  serverUrl: string;
  /**
   * Set on workflow_run when the number came from the `pull-request` input (an artifact written by an
   * untrusted run): the pull request's head must be this commit before anything is written to it.
   */
  verifyHead?: string;
}

export type TargetDecision =
  | { kind: 'comment'; target: PullRequestTarget }
  /** Nothing to comment on (not a pull request): said in the log only. */
  | { kind: 'none'; reason: string }
  /** A pull request that this run's token cannot write to: a warning says so. */
  | { kind: 'read-only'; reason: string }
  /** A workflow_run without a pull-request number: a warning says how to pass it. */
  | { kind: 'missing-number'; reason: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export function decideTarget(event: GithubEvent, pullRequestInput: number | undefined): TargetDecision {
  const [owner, repo] = event.repository.split('/');
  if (!owner || !repo) return { kind: 'none', reason: 'GITHUB_REPOSITORY is not set, so there is no pull request to comment on.' };
  const runUrl = `${event.serverUrl}/${event.repository}/actions/runs/${event.runId}`;
  const base = { owner, repo, runUrl, serverUrl: event.serverUrl };

  if (PULL_REQUEST_EVENTS.has(event.eventName)) {
    const pr = record(event.payload.pull_request);
    const number = pullRequestInput ?? positive(pr?.number);
    if (number === undefined) return { kind: 'none', reason: 'The event carries no pull request.' };
    const head = record(pr?.head);
    const headRepo = str(record(head?.repo)?.full_name);
    // On `pull_request`, GitHub gives runs from forks (and Dependabot's) a read-only token: detected up front
    // instead of failing on the first write. pull_request_target runs in the base repository and can write.
    if (event.eventName === 'pull_request' && headRepo !== event.repository) {
      return { kind: 'read-only', reason: 'This pull request comes from a fork, and such runs get a read-only token' };
    }
    if (event.eventName === 'pull_request' && event.actor === 'dependabot[bot]') {
      return { kind: 'read-only', reason: 'Dependabot pull requests get a read-only token' };
    }
    return { kind: 'comment', target: { ...base, number, headSha: str(head?.sha) ?? event.sha } };
  }

  if (event.eventName === 'workflow_run') {
    const run = record(event.payload.workflow_run);
    const headSha = str(run?.head_sha) ?? event.sha;
    // GitHub lists the pull requests of a workflow_run only when the head branch is in this repository;
    // for forks the list is empty and the number has to come from the first workflow (an artifact).
    const listed = Array.isArray(run?.pull_requests) ? positive(record(run.pull_requests[0])?.number) : undefined;
    if (pullRequestInput !== undefined) return { kind: 'comment', target: { ...base, number: pullRequestInput, headSha, verifyHead: headSha } };
    if (listed !== undefined) return { kind: 'comment', target: { ...base, number: listed, headSha } };
    return {
      kind: 'missing-number',
      reason: 'This workflow_run event names no pull request (GitHub leaves the list empty for forks): pass the number through the "pull-request" input, from an artifact of the pull_request workflow.',
    };
  }

  if (pullRequestInput !== undefined) return { kind: 'comment', target: { ...base, number: pullRequestInput, headSha: event.sha } };
  return { kind: 'none', reason: `The ${event.eventName || 'current'} event is not a pull request.` };
}

/** The commit whose lines findings link to: the pull request's head, the workflow_run's head, else the run's commit. */
export function headCommit(event: GithubEvent): string {
  const pr = record(event.payload.pull_request);
  const run = record(event.payload.workflow_run);
  return str(record(pr?.head)?.sha) ?? str(run?.head_sha) ?? event.sha;
}
