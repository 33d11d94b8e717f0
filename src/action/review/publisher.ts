// The action's review step (input `suggestions`): on a pull request, fixes on the lines it changes become one review
// whose comments carry GitHub suggestions; every other fix is left to the sticky comment, with the command to run.
// Like the comment, it never fails the run: a read-only token is one warning (in the comment's words), and a review
// GitHub refuses is a warning with the fixes listed in the comment instead.
import type { Finding, Report } from '../../engine/types.js';
import type { Octokit } from '../comment/octokit.js';
import { isTimeout } from '../comment/request-timeout.js';
import { movedHead, PERMISSION_TITLE, readOnlyWarning, refusedWarning, UNAFFECTED } from '../comment/publisher.js';
import { decideTarget, type GithubEvent } from '../comment/target.js';
import type { ChangesReader } from '../scope/index.js';
import { planSuggestions } from './plan.js';
import { publishReview } from './publish.js';

export interface ReviewDeps {
  octokit: Octokit | undefined;
  event: GithubEvent;
  pullRequest: number | undefined;
  /** The checkout: fixes' paths are relative to it. */
  workspace: string;
  /** The pull request's changed files and lines (shared with the scope). */
  changes: ChangesReader;
  /** What the job writes to the pull request, for the warning when it cannot. */
  writes?: string;
  info(message: string): void;
  warning(message: string, title?: string): void;
}

/** What the comment needs to know: the findings whose fix is suggested in a review (this run's or an earlier one). */
export interface ReviewOutcome {
  suggested: Set<Finding>;
}

const NONE: ReviewOutcome = { suggested: new Set() };

export async function publishSuggestions(report: Report, deps: ReviewDeps): Promise<ReviewOutcome> {
  if (!report.packages.some((p) => p.findings.some((f) => f.fix?.applicable && !f.suppressed))) return NONE;
  const decision = decideTarget(deps.event, deps.pullRequest);
  // A push or a schedule has no pull request to review: nothing to say (the summary lists the fixes). A pull-request
  // event that names none is worth a line.
  if (decision.kind === 'none') return NONE;
  if (decision.kind === 'missing-number') {
    deps.info(`No review with suggested fixes: ${decision.reason}`);
    return NONE;
  }
  if (decision.kind === 'read-only') {
    deps.warning(readOnlyWarning(decision.reason, deps.writes ?? 'the review with suggested fixes'), PERMISSION_TITLE);
    return NONE;
  }
  if (!deps.octokit) return NONE;
  const target = decision.target;
  // workflow_run: the pull request's files are those of the pull request the input names, whose head the comment
  // step verifies; the lines are read the same way as for a pull_request run.
  const { result } = await deps.changes();
  if (!result.ok || !result.changes.lines) {
    deps.info(`No review with suggested fixes: the lines pull request #${target.number} changes could not be read${result.ok ? '' : ` (${result.reason})`}.`);
    return NONE;
  }
  const plan = await planSuggestions(report, { workspace: deps.workspace, changes: result.changes });
  if (plan.suggestions.length === 0) return NONE;
  try {
    if (await movedHead(deps.octokit, target)) {
      // The comment step says so in a warning.
      deps.info(`No review with suggested fixes: pull request #${target.number} is at another commit than the one checked.`);
      return NONE;
    }
    const review = await publishReview(deps.octokit, target, plan.suggestions);
    if (review.skipped) {
      deps.info(`No review with suggested fixes: ${review.skipped}; the comment lists the fixes.`);
      return NONE;
    }
    const made = review.made.length;
    deps.info(
      made > 0
        ? `Review with ${made} suggested fix${made === 1 ? '' : 'es'}${review.url ? `: ${review.url}` : ''}${review.earlier.length > 0 ? ` (${review.earlier.length} suggested by an earlier run)` : ''}.`
        : `No new review: the ${review.earlier.length} fix${review.earlier.length === 1 ? ' is' : 'es are'} suggested already.`,
    );
    return { suggested: new Set([...review.made, ...review.earlier].flatMap((s) => s.findings)) };
  } catch (e) {
    const status = (e as { status?: number }).status;
    const message = e instanceof Error ? e.message : String(e);
    if ((status === 403 || status === 401) && !/rate limit/i.test(message)) deps.warning(refusedWarning(target.number, status, message, deps.writes ?? 'the review with suggested fixes'), PERMISSION_TITLE);
    else deps.warning(`The review with suggested fixes could not be written${status && !isTimeout(e) ? ` (HTTP ${status})` : ''}: ${message}. The comment lists the fixes instead. ${UNAFFECTED}`, 'copilot-publish-check: review failed');
    return NONE;
  }
}
