// Writes the one comment of a pull request and path set: finds our earlier comment (marker AND author), renders
// the new body against its digest, and updates it in place, or creates it. If two runs raced and both created
// one, the newer copies are deleted so a single comment remains.
import { hasMarker, parseDigest, type Digest } from './marker.js';
import { isAuthor, ownLogin } from './identity.js';
import type { Octokit } from './octokit.js';
import type { PullRequestTarget } from './target.js';

/** Most pages of 100 comments read while looking for ours. */
export const MAX_COMMENT_PAGES = 30;

export interface OwnComment {
  id: number;
  body: string;
}

export type PublishResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string };

/** Our comments with this key, oldest first. */
export async function findOwnComments(octokit: Octokit, target: PullRequestTarget, key: string, login: string): Promise<OwnComment[]> {
  const found: OwnComment[] = [];
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (c.body && hasMarker(c.body, key) && isAuthor(c.user, login)) found.push({ id: c.id, body: c.body });
    }
    if (++pages >= MAX_COMMENT_PAGES) break;
  }
  return found.sort((a, b) => a.id - b.id);
}

export async function publishComment(
  octokit: Octokit,
  target: PullRequestTarget,
  key: string,
  render: (previous: Digest | undefined) => string,
): Promise<PublishResult> {
  const repo = { owner: target.owner, repo: target.repo };
  const login = await ownLogin(octokit);
  const mine = await findOwnComments(octokit, target, key, login);
  const body = render(mine[0] ? parseDigest(mine[0].body) : undefined);
  if (mine[0]) {
    await removeDuplicates(octokit, repo, mine.slice(1));
    if (mine[0].body === body) return { action: 'unchanged', id: mine[0].id };
    const r = await octokit.rest.issues.updateComment({ ...repo, comment_id: mine[0].id, body });
    return { action: 'updated', id: r.data.id, url: r.data.html_url };
  }
  const created = await octokit.rest.issues.createComment({ ...repo, issue_number: target.number, body });
  // Another run may have created its own copy meanwhile: keep the oldest, with this run's body.
  const now = await findOwnComments(octokit, target, key, login);
  if (now.length > 1) {
    await removeDuplicates(octokit, repo, now.slice(1));
    if (now[0].id !== created.data.id) {
      const r = await octokit.rest.issues.updateComment({ ...repo, comment_id: now[0].id, body });
      return { action: 'updated', id: r.data.id, url: r.data.html_url };
    }
  }
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

async function removeDuplicates(octokit: Octokit, repo: { owner: string; repo: string }, extra: readonly OwnComment[]): Promise<void> {
  for (const c of extra) await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id });
}
