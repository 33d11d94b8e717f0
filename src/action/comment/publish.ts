// Writes the one comment of a pull request and workflow job: finds our earlier comment (marker AND author), renders
// the new body against its digest, and updates it in place, or creates it. If two runs raced and both created
// one, the newer copies are deleted so a single comment remains. A comment an earlier version wrote (its marker
// keyed on the paths) is taken over when it is this job's: the one for the same paths, or the only one there is.
import { hasMarker, legacyKeyOf, parseDigest, type Digest } from './marker.js';
import { isAuthor, ownIdentity, type Identity } from './identity.js';
import type { Octokit } from './octokit.js';
import type { PullRequestTarget } from './target.js';

/** Most pages of 100 comments read while looking for ours. */
export const MAX_COMMENT_PAGES = 30;

export interface OwnComment {
  id: number;
  body: string;
  /** Set for a comment an earlier version wrote: the key of its paths. */
  legacyKey?: string;
}

export type PublishResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string };

/** Our comments with this key (and those an earlier version wrote), oldest first. */
export async function findOwnComments(octokit: Octokit, target: PullRequestTarget, key: string, own: Identity): Promise<OwnComment[]> {
  const found: OwnComment[] = [];
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (!c.body || !isAuthor(c.user, own)) continue;
      if (hasMarker(c.body, key)) found.push({ id: c.id, body: c.body });
      else {
        const legacyKey = legacyKeyOf(c.body);
        if (legacyKey) found.push({ id: c.id, body: c.body, legacyKey });
      }
    }
    if (++pages >= MAX_COMMENT_PAGES) break;
  }
  return found.sort((a, b) => a.id - b.id);
}

/** This job's comments, oldest first; without any, the earlier version's comment it takes over (at most one). */
function thisJobs(found: readonly OwnComment[], legacyKey: string | undefined): OwnComment[] {
  const current = found.filter((c) => !c.legacyKey);
  if (current.length > 0) return current;
  const legacy = found.filter((c) => c.legacyKey);
  const same = legacy.find((c) => c.legacyKey === legacyKey);
  if (same) return [same];
  return legacy.length === 1 ? legacy : [];
}

export async function publishComment(
  octokit: Octokit,
  target: PullRequestTarget,
  key: string,
  render: (previous: Digest | undefined) => string,
  /** The key an earlier version gave this job's comment (its paths), to take that comment over. */
  legacyKey?: string,
): Promise<PublishResult> {
  const repo = { owner: target.owner, repo: target.repo };
  const own = await ownIdentity(octokit);
  const mine = thisJobs(await findOwnComments(octokit, target, key, own), legacyKey);
  const body = render(mine[0] ? parseDigest(mine[0].body) : undefined);
  if (mine[0]) {
    await removeDuplicates(octokit, repo, mine.slice(1));
    if (mine[0].body === body) return { action: 'unchanged', id: mine[0].id };
    const r = await octokit.rest.issues.updateComment({ ...repo, comment_id: mine[0].id, body });
    return { action: 'updated', id: r.data.id, url: r.data.html_url };
  }
  const created = await octokit.rest.issues.createComment({ ...repo, issue_number: target.number, body });
  // Another run may have created its own copy meanwhile: keep the oldest, with this run's body.
  const now = (await findOwnComments(octokit, target, key, own)).filter((c) => !c.legacyKey);
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
