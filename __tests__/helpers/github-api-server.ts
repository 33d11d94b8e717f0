// A local stand-in for the GitHub REST and GraphQL API, enough for the pull-request comment, scope and review:
// identity (GraphQL viewer, GET /user), issue comments (list with Link pagination, create, update, delete),
// pulls.get, a pull request's files (GET /repos/{owner}/{repo}/pulls/{number}/files, paginated with a Link header and
// capped at 3,000 files as GitHub does, each with its `patch`), its review comments (GET …/pulls/{number}/comments)
// and reviews (POST …/pulls/{number}/reviews: comments only on the new side of a hunk of a file's patch, a
// multi-line comment within one hunk, else 422 as GitHub answers). Tokens decide identity and permission; faults
// (a 502, a 403) can be queued. Listens on 127.0.0.1 only and answers a bounded number of requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenInfo {
  /** REST login (apps end in [bot]). */
  login: string;
  type: 'User' | 'Bot';
  /** pull-requests: write */
  write: boolean;
}

export interface StoredComment {
  id: number;
  issue: string;
  body: string;
  user: { login: string; type: string };
}

/** One entry of a pull request's files, with the fields GitHub's REST API returns. */
export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** The file's unified diff hunks, as GitHub lists them ("@@ -1 +1 @@" unless told; none for a binary file). */
  patch?: string | null;
}

/** A review comment, with the fields GitHub's REST API returns for one. */
export interface StoredReviewComment {
  id: number;
  pull: string;
  pull_request_review_id: number;
  path: string;
  line: number;
  start_line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_side: 'LEFT' | 'RIGHT' | null;
  commit_id: string;
  body: string;
  user: { login: string; type: string };
}

/** A submitted review, as GitHub returns it. */
export interface StoredReview {
  id: number;
  pull: string;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  commit_id: string;
  user: { login: string; type: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorized: boolean;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail (then it is removed). */
  times: number;
  message?: string;
  headers?: Record<string, string>;
}

const MAX_REQUESTS = 2_000;
const MAX_BODY = 1024 * 1024;
const MAX_COMMENT = 65_536;
/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PULL_FILES = 3_000;

export class GithubApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly faults: Fault[] = [];
  readonly tokens = new Map<string, TokenInfo>();
  /** Head commit per pull request, "owner/repo#n". */
  readonly heads = new Map<string, string>();
  /** The files each pull request changes, "owner/repo#n". */
  readonly pullFiles = new Map<string, PullRequestFile[]>();
  readonly reviews: StoredReview[] = [];
  readonly reviewComments: StoredReviewComment[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addComment(issue: string, body: string, user: { login: string; type: string }): StoredComment {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  commentsOn(issue: string): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = auth ? this.tokens.get(auth) : undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, authorized: !!who });
    if (this.requests.length > MAX_REQUESTS) return send(res, 500, { message: 'too many requests in one test' });
    const body = await readBody(req);
    if (body === undefined) return send(res, 413, { message: 'request too large' });
    const fault = this.faults.find((f) => f.method === req.method && f.path.test(url.pathname));
    if (fault) {
      if (--fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      const message = fault.message ?? (fault.status === 403 ? 'Resource not accessible by integration' : 'Bad gateway');
      return send(res, fault.status, { message }, fault.headers);
    }
    if (!who) return send(res, 401, { message: 'Bad credentials' });
    const forbidden = () => send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });

    if (req.method === 'POST' && url.pathname === '/graphql') {
      const query = String((parse(body) as { query?: string })?.query ?? '');
      if (!/viewer/.test(query)) return send(res, 200, { errors: [{ message: 'unsupported query' }] });
      return send(res, 200, { data: { viewer: { login: who.login.replace(/\[bot\]$/, '') } } });
    }
    if (req.method === 'GET' && url.pathname === '/user') {
      return who.type === 'Bot' ? forbidden() : send(res, 200, { login: who.login, type: who.type });
    }
    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m) {
      const issue = `${m[1]}/${m[2]}#${m[3]}`;
      if (req.method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
        const all = this.commentsOn(issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          headers.link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return send(res, 200, slice.map((c) => this.view(c)), headers);
      }
      if (req.method === 'POST') {
        if (!who.write) return forbidden();
        const text = String((parse(body) as { body?: string })?.body ?? '');
        if (text.length > MAX_COMMENT) return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
        return send(res, 201, this.view(this.addComment(issue, text, { login: who.login, type: who.type })));
      }
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m) {
      const c = this.comments.find((x) => x.id === Number(m![3]) && x.issue.startsWith(`${m![1]}/${m![2]}#`));
      if (!c) return send(res, 404, { message: 'Not Found' });
      if (!who.write || c.user.login !== who.login) return forbidden();
      if (req.method === 'PATCH') {
        const text = String((parse(body) as { body?: string })?.body ?? '');
        if (text.length > MAX_COMMENT) return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
        c.body = text;
        return send(res, 200, this.view(c));
      }
      if (req.method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(c), 1);
        res.writeHead(204).end();
        return;
      }
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const files = this.pullFiles.get(`${m[1]}/${m[2]}#${m[3]}`);
      if (!files) return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files' });
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const listed = files.slice(0, MAX_PULL_FILES);
      const last = Math.max(1, Math.ceil(listed.length / perPage));
      const at = (n: number) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${n}>`;
      const links: string[] = [];
      if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
      if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
      const view = listed.slice((page - 1) * perPage, page * perPage).map((f, i) => ({
        sha: (i + 1).toString(16).padStart(40, '0'),
        filename: f.filename,
        status: f.status,
        additions: 1,
        deletions: f.status === 'added' ? 0 : 1,
        changes: f.status === 'added' ? 1 : 2,
        blob_url: `https://github.com/${m![1]}/${m![2]}/blob/HEAD/${encodeURI(f.filename)}`,
        raw_url: `https://github.com/${m![1]}/${m![2]}/raw/HEAD/${encodeURI(f.filename)}`,
        contents_url: `${this.url}/repos/${m![1]}/${m![2]}/contents/${encodeURI(f.filename)}?ref=HEAD`,
        ...(f.patch === null ? {} : { patch: f.patch ?? '@@ -1 +1 @@' }),
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      }));
      return send(res, 200, view, links.length > 0 ? { link: links.join(', ') } : {});
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const pull = `${m[1]}/${m[2]}#${m[3]}`;
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const all = this.reviewComments.filter((c) => c.pull === pull);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map((c) => this.reviewCommentView(c)), headers);
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/.exec(url.pathname);
    if (m && req.method === 'POST') {
      if (!who.write) return forbidden();
      return this.createReview(res, `${m[1]}/${m[2]}#${m[3]}`, parse(body), who);
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const sha = this.heads.get(`${m[1]}/${m[2]}#${m[3]}`);
      return sha ? send(res, 200, { number: Number(m[3]), head: { sha } }) : send(res, 404, { message: 'Not Found' });
    }
    return send(res, 404, { message: `No route for ${req.method} ${url.pathname}` });
  }

  /** The review comments of one pull request ("owner/repo#n"). */
  reviewCommentsOn(pull: string): StoredReviewComment[] {
    return this.reviewComments.filter((c) => c.pull === pull);
  }

  private createReview(res: ServerResponse, pull: string, raw: unknown, who: TokenInfo): void {
    const input = (raw ?? {}) as { commit_id?: string; body?: string; event?: string; comments?: Array<Record<string, unknown>> };
    const invalid = (errors: string[]) => send(res, 422, { message: 'Unprocessable Entity', errors, documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', status: '422' });
    if (input.event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(input.event)) return invalid([`event ${JSON.stringify(input.event)} is not one of APPROVE, REQUEST_CHANGES, COMMENT`]);
    if ((input.event === 'COMMENT' || input.event === 'REQUEST_CHANGES') && !input.body && !(input.comments ?? []).length) return invalid(['Body is required for COMMENT and REQUEST_CHANGES events']);
    const files = this.pullFiles.get(pull) ?? [];
    const comments = input.comments ?? [];
    for (const c of comments) {
      const file = files.find((f) => f.filename === c.path);
      if (!file || file.patch === null) return invalid(['Path could not be resolved']);
      const hunks = newSideHunks(file.patch ?? '@@ -1 +1 @@');
      const line = Number(c.line);
      const side = c.side ?? 'RIGHT';
      const hunk = hunks.find((h) => h.start <= line && line <= h.end);
      if (side !== 'RIGHT' || !hunk) return invalid(['Line could not be resolved']);
      if (c.start_line !== undefined) {
        const start = Number(c.start_line);
        if (!(start < line)) return invalid(['pull_request_review_thread.start_line must precede the end line.']);
        if (start < hunk.start) return invalid(['pull_request_review_thread.start_line must be part of the same hunk as the line.']);
      }
      if (typeof c.body !== 'string' || c.body.length > MAX_COMMENT) return invalid(['Body is too long (maximum is 65536 characters)']);
    }
    const head = this.heads.get(pull) ?? input.commit_id ?? '0'.repeat(40);
    const review: StoredReview = { id: this.nextId++, pull, body: input.body ?? '', state: input.event === undefined ? 'PENDING' : input.event === 'APPROVE' ? 'APPROVED' : input.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : 'COMMENTED', commit_id: input.commit_id ?? head, user: { login: who.login, type: who.type } };
    this.reviews.push(review);
    for (const c of comments) {
      this.reviewComments.push({
        id: this.nextId++,
        pull,
        pull_request_review_id: review.id,
        path: String(c.path),
        line: Number(c.line),
        start_line: c.start_line === undefined ? null : Number(c.start_line),
        side: 'RIGHT',
        start_side: c.start_line === undefined ? null : 'RIGHT',
        commit_id: review.commit_id,
        body: String(c.body),
        user: review.user,
      });
    }
    const [repo, n] = pull.split('#');
    return send(res, 200, {
      id: review.id,
      node_id: `PRR_${review.id}`,
      user: review.user,
      body: review.body,
      state: review.state,
      html_url: `https://github.com/${repo}/pull/${n}#pullrequestreview-${review.id}`,
      pull_request_url: `${this.url}/repos/${repo}/pulls/${n}`,
      author_association: 'NONE',
      _links: { html: { href: `https://github.com/${repo}/pull/${n}#pullrequestreview-${review.id}` }, pull_request: { href: `${this.url}/repos/${repo}/pulls/${n}` } },
      ...(review.state === 'PENDING' ? {} : { submitted_at: new Date(0).toISOString() }),
      commit_id: review.commit_id,
    });
  }

  private reviewCommentView(c: StoredReviewComment) {
    const [repo, n] = c.pull.split('#');
    return {
      url: `${this.url}/repos/${repo}/pulls/comments/${c.id}`,
      pull_request_review_id: c.pull_request_review_id,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      diff_hunk: '@@',
      path: c.path,
      commit_id: c.commit_id,
      original_commit_id: c.commit_id,
      user: c.user,
      body: c.body,
      created_at: new Date(0).toISOString(),
      updated_at: new Date(0).toISOString(),
      html_url: `https://github.com/${repo}/pull/${n}#discussion_r${c.id}`,
      pull_request_url: `${this.url}/repos/${repo}/pulls/${n}`,
      author_association: 'NONE',
      _links: { self: { href: `${this.url}/repos/${repo}/pulls/comments/${c.id}` }, html: { href: `https://github.com/${repo}/pull/${n}#discussion_r${c.id}` }, pull_request: { href: `${this.url}/repos/${repo}/pulls/${n}` } },
      start_line: c.start_line,
      original_start_line: c.start_line,
      start_side: c.start_side,
      line: c.line,
      original_line: c.line,
      side: c.side,
      subject_type: 'line',
    };
  }

  private view(c: StoredComment) {
    const [repo, n] = c.issue.split('#');
    return { id: c.id, body: c.body, user: c.user, html_url: `https://github.com/${repo}/pull/${n}#issuecomment-${c.id}` };
  }
}

/** The new-side line range of each hunk of a patch. */
function newSideHunks(patch: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = Number(m[2] ?? '1');
    if (count > 0) out.push({ start, end: start + count - 1 });
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
