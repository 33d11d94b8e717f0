// Writes the one comment of a pull request and workflow job: finds our earlier comment (marker AND author), renders
// the new body against its digest, and updates it in place, or creates it. If two runs raced and both created
// one, the newer copies are deleted so a single comment remains. A comment an earlier version wrote (its marker
// keyed on the paths) is taken over when it is this job's: the one for the same paths, or the only one there is.
// Every page of comments is read, up to a bound far past GitHub's busiest pull requests; past it nothing new is
// created (it could duplicate the comment it did not reach). A comment deleted between finding and updating it
// (404) is written anew.
import { hasMarker, legacyKeyOf, parseDigest, type Digest } from './marker.js';
import { isAuthor, ownIdentity, type Identity } from './identity.js';
import type { Octokit } from './octokit.js';
import type { PullRequestTarget } from './target.js';

/** Most pages of 100 comments read while looking for ours (20,000 comments). */
export const MAX_COMMENT_PAGES = 200;

export interface OwnComment {
  id: number;
  body: string;
  /** Set for a comment an earlier version wrote: the key of its paths. */
  legacyKey?: string;
}

export type PublishResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  /** Not written: the pull request has more comments than were read, so ours may be among the rest. */
  | { action: 'skipped'; reason: string };

export interface FoundComments {
  comments: OwnComment[];
  /** True when pages were left unread (the bound was reached). */
  cut: boolean;
}

/** Our comments with this key (and those an earlier version wrote), oldest first. */
export async function findOwnComments(octokit: Octokit, target: PullRequestTarget, key: string, own: Identity, maxPages = MAX_COMMENT_PAGES): Promise<FoundComments> {
  const found: OwnComment[] = [];
  let pages = 0;
  let cut = false;
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
    if (++pages >= maxPages) {
      cut = /rel="next"/.test(String(page.headers.link ?? ''));
      break;
    }
  }
  return { comments: found.sort((a, b) => a.id - b.id), cut };
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
  /** Most pages of comments read (MAX_COMMENT_PAGES unless told; tests pass less). */
  maxPages = MAX_COMMENT_PAGES,
): Promise<PublishResult> {
  const repo = { owner: target.owner, repo: target.repo };
  const own = await ownIdentity(octokit);
  const found = await findOwnComments(octokit, target, key, own, maxPages);
  const mine = thisJobs(found.comments, legacyKey);
  if (!mine[0] && found.cut) {
    return { action: 'skipped', reason: `pull request #${target.number} has more than ${(maxPages * 100).toLocaleString('en-US')} comments and this job's was not among them, so no new one was written (it could duplicate one further on)` };
  }
  const body = render(mine[0] ? parseDigest(mine[0].body) : undefined);
  if (mine[0]) {
    await removeDuplicates(octokit, repo, mine.slice(1));
    if (mine[0].body === body) return { action: 'unchanged', id: mine[0].id };
    try {
      const r = await octokit.rest.issues.updateComment({ ...repo, comment_id: mine[0].id, body });
      return { action: 'updated', id: r.data.id, url: r.data.html_url };
    } catch (e) {
      // Deleted meanwhile (by a person, or a run of another version): write it anew.
      if ((e as { status?: number }).status !== 404) throw e;
    }
  }
  const created = await octokit.rest.issues.createComment({ ...repo, issue_number: target.number, body });
  // Another run may have created its own copy meanwhile: keep the oldest, with this run's body.
  const now = (await findOwnComments(octokit, target, key, own, maxPages)).comments.filter((c) => !c.legacyKey);
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
  for (const c of extra) {
    // One already gone (another run removed it) is what was wanted.
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: c.id }).catch((e: { status?: number }) => {
      if (e.status !== 404) throw e;
    });
  }
}
