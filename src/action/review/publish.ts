// The review itself: the suggestions this token already made on the pull request (its review comments carrying our
// marker), then one review (POST /repos/{owner}/{repo}/pulls/{number}/reviews, event COMMENT) with the new ones.
import { isAuthor, ownIdentity, type Identity } from '../comment/identity.js';
import type { Octokit } from '../comment/octokit.js';
import type { PullRequestTarget } from '../comment/target.js';
import { reviewBody, suggestionBody, suggestionIds } from './body.js';
import type { Suggestion } from './plan.js';

/** Most pages of 100 review comments read while looking for our earlier suggestions (20,000 comments). */
export const MAX_REVIEW_COMMENT_PAGES = 200;

export interface ReviewResult {
  /** Suggestions made by this review. */
  made: Suggestion[];
  /** Suggestions an earlier run already made. */
  earlier: Suggestion[];
  url?: string;
  /** Set when no review was made because the earlier suggestions could not all be read (it could repeat one). */
  skipped?: string;
}

/** The ids of the suggestions this token's review comments carry; `cut` when pages were left unread. */
export async function madeSuggestions(octokit: Octokit, target: PullRequestTarget, own: Identity, maxPages = MAX_REVIEW_COMMENT_PAGES): Promise<{ ids: Set<string>; cut: boolean }> {
  const ids = new Set<string>();
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviewComments, { owner: target.owner, repo: target.repo, pull_number: target.number, per_page: 100 })) {
    for (const c of page.data) if (c.body && isAuthor(c.user, own)) for (const id of suggestionIds(c.body)) ids.add(id);
    if (++pages >= maxPages) return { ids, cut: /rel="next"/.test(String(page.headers.link ?? '')) };
  }
  return { ids, cut: false };
}

export async function publishReview(octokit: Octokit, target: PullRequestTarget, suggestions: readonly Suggestion[], maxPages = MAX_REVIEW_COMMENT_PAGES): Promise<ReviewResult> {
  const own = await ownIdentity(octokit);
  const { ids: before, cut } = await madeSuggestions(octokit, target, own, maxPages);
  if (cut) {
    return { made: [], earlier: [], skipped: `pull request #${target.number} has more than ${(maxPages * 100).toLocaleString('en-US')} review comments, so the suggestions made earlier could not all be read and none was made again` };
  }
  const earlier = suggestions.filter((s) => before.has(s.id));
  const made = suggestions.filter((s) => !before.has(s.id));
  if (made.length === 0) return { made, earlier };
  const r = await octokit.rest.pulls.createReview({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    commit_id: target.headSha,
    event: 'COMMENT',
    body: reviewBody(made.length, target.runUrl),
    comments: made.map((s) => ({
      path: s.path,
      body: suggestionBody(s),
      line: s.end,
      side: 'RIGHT' as const,
      ...(s.start < s.end ? { start_line: s.start, start_side: 'RIGHT' as const } : {}),
    })),
  });
  return { made, earlier, url: r.data.html_url };
}
