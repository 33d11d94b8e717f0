// The objects the GitHub API stand-in answers with, field for field as GitHub's REST API gives them (simple-user,
// issue-comment, pull-request-review-comment, pull-request-review, diff-entry): the stand-in's responses are
// validated against GitHub's description, so these carry every field it requires.
import { createHash } from 'node:crypto';

/** GitHub's id of github-actions[bot], the author of everything GITHUB_TOKEN writes. */
export const GITHUB_ACTIONS_BOT_ID = 41898282;

export interface Author {
  login: string;
  type: string;
  /** GitHub's numeric id (github-actions[bot]'s own, else one derived from the login, unless told). */
  id?: number;
}

/** The numeric id of an author: given, github-actions[bot]'s, or a stable one from the login and type. */
export function authorId(a: Author): number {
  if (a.id !== undefined) return a.id;
  if (a.type === 'Bot' && a.login === 'github-actions[bot]') return GITHUB_ACTIONS_BOT_ID;
  return 1 + (createHash('sha256').update(`${a.type}:${a.login}`).digest().readUInt32BE(0) % 99_999_999);
}

/** When a stored object was created: a fixed day, one second per id, so order by id is order in time. */
export function createdAt(id: number): string {
  return new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A simple-user, as GitHub embeds an author. */
export function userView(a: Author) {
  const id = authorId(a);
  const api = `https://api.github.com/users/${encodeURIComponent(a.login)}`;
  const app = a.type === 'Bot' ? a.login.replace(/\[bot\]$/, '') : undefined;
  return {
    login: a.login,
    id,
    node_id: Buffer.from(a.type === 'Bot' ? `03:Bot${id}` : `04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/${app ? `in/${id}` : `u/${id}`}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: app ? `https://github.com/apps/${app}` : `https://github.com/${encodeURIComponent(a.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: a.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** Where a repository's objects live on the API ("owner/name"). */
function repoApi(base: string, repo: string): string {
  return `${base}/repos/${repo}`;
}

export function issueCommentView(base: string, c: { id: number; issue: string; body: string; user: Author }) {
  const [repo, n] = c.issue.split('#');
  return {
    id: c.id,
    node_id: `IC_kwDO${c.id.toString(36).toUpperCase().padStart(8, 'A')}`,
    url: `${repoApi(base, repo)}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo}/pull/${n}#issuecomment-${c.id}`,
    body: c.body,
    user: userView(c.user),
    created_at: createdAt(c.id),
    updated_at: createdAt(c.id),
    issue_url: `${repoApi(base, repo)}/issues/${n}`,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
  };
}

export function reviewCommentView(
  base: string,
  c: { id: number; pull: string; pull_request_review_id: number; path: string; line: number; start_line: number | null; side: string; start_side: string | null; commit_id: string; body: string; user: Author },
) {
  const [repo, n] = c.pull.split('#');
  const self = `${repoApi(base, repo)}/pulls/comments/${c.id}`;
  const html = `https://github.com/${repo}/pull/${n}#discussion_r${c.id}`;
  const pull = `${repoApi(base, repo)}/pulls/${n}`;
  return {
    url: self,
    pull_request_review_id: c.pull_request_review_id,
    id: c.id,
    node_id: `PRRC_kwDO${c.id.toString(36).toUpperCase().padStart(8, 'A')}`,
    diff_hunk: `@@ -${c.line} +${c.line} @@`,
    path: c.path,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    user: userView(c.user),
    body: c.body,
    created_at: createdAt(c.id),
    updated_at: createdAt(c.id),
    html_url: html,
    pull_request_url: pull,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    _links: { self: { href: self }, html: { href: html }, pull_request: { href: pull } },
    start_line: c.start_line,
    original_start_line: c.start_line,
    start_side: c.start_side,
    line: c.line,
    original_line: c.line,
    side: c.side,
    subject_type: 'line',
  };
}

export function reviewView(base: string, r: { id: number; pull: string; body: string; state: string; commit_id: string; user: Author }) {
  const [repo, n] = r.pull.split('#');
  const html = `https://github.com/${repo}/pull/${n}#pullrequestreview-${r.id}`;
  const pull = `${repoApi(base, repo)}/pulls/${n}`;
  return {
    id: r.id,
    node_id: `PRR_kwDO${r.id.toString(36).toUpperCase().padStart(8, 'A')}`,
    user: userView(r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pull,
    author_association: r.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    _links: { html: { href: html }, pull_request: { href: pull } },
    ...(r.state === 'PENDING' ? {} : { submitted_at: createdAt(r.id) }),
    commit_id: r.commit_id,
  };
}

export function diffEntryView(base: string, repo: string, index: number, f: { filename: string; status: string; previous_filename?: string; patch?: string | null }) {
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: createHash('sha1').update(`${index}:${f.filename}`).digest('hex'),
    filename: f.filename,
    status: f.status,
    additions: 1,
    deletions: f.status === 'added' ? 0 : 1,
    changes: f.status === 'added' ? 1 : 2,
    blob_url: `https://github.com/${repo}/blob/HEAD/${path}`,
    raw_url: `https://github.com/${repo}/raw/HEAD/${path}`,
    contents_url: `${repoApi(base, repo)}/contents/${path}?ref=HEAD`,
    ...(f.patch === null ? {} : { patch: f.patch ?? '@@ -1 +1 @@' }),
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  };
}

/** The Link header GitHub sends with one page of a list (first, prev, next, last as they apply), or none. */
export function linkHeader(url: string, perPage: number, page: number, last: number): Record<string, string> {
  const at = (n: number) => `<${url}?per_page=${perPage}&page=${n}>`;
  const links: string[] = [];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return links.length > 0 ? { link: links.join(', ') } : {};
}
