// The action's comment step: decides whether and where to comment, verifies a workflow_run's pull request,
// publishes, and turns a missing permission into one clear warning. Never fails the run: the verdict is the
// exit code, and annotations, summary and report do not depend on the comment.
import type { Report } from '../../engine/types.js';
import { renderComment, type CommentOptions } from './body.js';
import type { Octokit } from './octokit.js';
import { isTimeout } from './request-timeout.js';
import { publishComment } from './publish.js';
import { decideTarget, type GithubEvent, type PullRequestTarget } from './target.js';

export interface CommentDeps {
  octokit: Octokit | undefined;
  event: GithubEvent;
  /** From the `pull-request` input. */
  pullRequest: number | undefined;
  /** commentKey of the workflow job. */
  key: string;
  /** The key an earlier version gave this job's comment (its paths), so an upgrade takes that comment over. */
  legacyKey?: string;
  /** What the job writes to the pull request, in words, for the warning when it cannot (the comment unless told). */
  writes?: string;
  info(message: string): void;
  warning(message: string, title?: string): void;
}

export const PERMISSION_TITLE = 'copilot-publish-check: the pull-request comment needs pull-requests: write';
export const UNAFFECTED = 'Annotations, the job summary, the report and the exit code are unaffected.';
const HOW = 'Pull requests from this repository need "permissions: pull-requests: write" on the job; for pull requests from forks and Dependabot, comment from a workflow_run workflow instead (README, "Pull requests from forks").';
/** What the job writes to the pull request, unless told: the comment. */
const COMMENT = 'the pull-request comment';

/**
 * The warning for a token that cannot write to the pull request. The comment and the review say it in the same
 * words (`writes` names both when both are on), so the runner shows it once.
 */
export function readOnlyWarning(reason: string, writes = COMMENT): string {
  const v = verbs(writes);
  return `${reason}: ${writes} ${v.skipped} (${v.need} pull-requests: write). ${HOW} ${UNAFFECTED}`;
}

/** The same, when GitHub refused a write with 401 or 403. */
export function refusedWarning(number: number, status: number, message: string, writes = COMMENT): string {
  const v = verbs(writes);
  return `The token cannot write to pull request #${number} (HTTP ${status}: ${message}), so ${writes} ${v.skipped}; ${v.need} pull-requests: write. Read-only tokens are what pull requests from forks and Dependabot get. ${HOW} ${UNAFFECTED}`;
}

function verbs(writes: string): { skipped: string; need: string } {
  const many = / and /.test(writes);
  return { skipped: many ? 'were skipped' : 'was skipped', need: many ? 'they need' : 'it needs' };
}

/**
 * The pull request's head when it is not the commit a workflow_run checked (the number came from an artifact of an
 * untrusted run: it must name the pull request that run checked); undefined when it is, or when nothing is to verify.
 */
export async function movedHead(octokit: Octokit, target: PullRequestTarget): Promise<string | undefined> {
  if (!target.verifyHead) return undefined;
  const pr = await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.number });
  return pr.data.head.sha !== target.verifyHead ? pr.data.head.sha : undefined;
}

export async function publishPullRequestComment(report: Report, deps: CommentDeps, verdict?: CommentOptions['verdict'], notes?: readonly string[]): Promise<void> {
  const decision = decideTarget(deps.event, deps.pullRequest);
  if (decision.kind === 'none') return deps.info(`No pull-request comment: ${decision.reason}`);
  if (decision.kind === 'read-only') return deps.warning(readOnlyWarning(decision.reason, deps.writes), PERMISSION_TITLE);
  if (decision.kind === 'missing-number') return deps.warning(`${decision.reason} ${UNAFFECTED}`, 'copilot-publish-check: no pull request to comment on');
  if (!deps.octokit) return deps.warning(`No github-token was given, so the pull-request comment was skipped. ${UNAFFECTED}`, PERMISSION_TITLE);
  const { octokit } = deps;
  const target = decision.target;
  try {
    const moved = await movedHead(octokit, target);
    if (moved) {
      return deps.warning(
        `Pull request #${target.number} is at commit ${moved.slice(0, 12)}, not ${target.verifyHead!.slice(0, 12)}, which this run checked; the comment was not written. ${UNAFFECTED}`,
        'copilot-publish-check: pull request and run do not match',
      );
    }
    const links = { serverUrl: target.serverUrl, repository: `${target.owner}/${target.repo}`, ref: target.headSha };
    const result = await publishComment(
      octokit,
      target,
      deps.key,
      (previous) => renderComment(report, { key: deps.key, links, runUrl: target.runUrl, previous, verdict, notes }),
      deps.legacyKey,
    );
    if (result.action === 'skipped') return deps.warning(`The pull-request comment was not written: ${result.reason}. ${UNAFFECTED}`, 'copilot-publish-check: comment not written');
    deps.info(`Pull-request comment ${result.action}${result.url ? `: ${result.url}` : ` (id ${result.id})`}.`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const message = e instanceof Error ? e.message : String(e);
    if ((status === 403 || status === 401) && !/rate limit/i.test(message)) {
      deps.warning(refusedWarning(target.number, status!, message, deps.writes), PERMISSION_TITLE);
    } else if (isTimeout(e)) {
      deps.warning(`The pull-request comment could not be written: ${message}. ${UNAFFECTED}`, 'copilot-publish-check: comment failed');
    } else if (status === 404) {
      deps.warning(`Pull request #${target.number} was not found, or the token cannot see it (HTTP 404); the comment was skipped. ${UNAFFECTED}`, 'copilot-publish-check: pull request not found');
    } else {
      deps.warning(`The pull-request comment could not be written${status ? ` (HTTP ${status})` : ''}: ${message}. ${UNAFFECTED}`, 'copilot-publish-check: comment failed');
    }
  }
}
