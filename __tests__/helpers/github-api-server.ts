// A local stand-in for the GitHub REST and GraphQL API, enough for the pull-request comment, scope and review, that
// holds itself to GitHub's own API description: every request is routed and validated by openapi-backend against
// the REST operations the action calls (cut from @octokit/openapi, see github-api-description.ts), every answer
// it gives is validated the same way, and every GraphQL document is validated by @octokit/graphql-schema and
// answered by executing it against GitHub's schema. A request or answer that does not validate is a violation:
// the test that caused it fails when it finishes, with the list (takeViolations() hands them to a test that wants
// them). It serves identity (GraphQL viewer, GET /user), issue comments (list with Link pagination, create,
// update, delete), pulls.get, a pull request's files (paginated, capped at 3,000 files as GitHub does, each with
// its `patch`), its review comments and reviews (comments only on the new side of a hunk of a file's patch, a
// multi-line comment within one hunk, else 422 as GitHub answers). Tokens decide identity and permission; faults
// (a 502, a 403, a body of the test's choosing, a request that never gets an answer) can be queued, and actions
// run after an answer (a comment deleted between the list and the update). Listens on 127.0.0.1 only and answers
// a bounded number of requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpenAPIBackend, Operation } from 'openapi-backend';
import { onTestFinished } from 'vitest';
import { githubGraphql, githubRestApi, pathParams, requestViolations, responseViolations, routeOf, template, type DescribedRequest } from './github-api-description.js';
import { authorId, diffEntryView, issueCommentView, linkHeader, reviewCommentView, reviewView, userView, type Author } from './github-api-views.js';

export { GITHUB_ACTIONS_BOT_ID, type Author } from './github-api-views.js';

export interface TokenInfo {
  /** REST login (apps end in [bot]). */
  login: string;
  type: 'User' | 'Bot';
  /** pull-requests: write */
  write: boolean;
  /** GitHub's numeric id (github-actions[bot]'s, 41898282, for that login; else derived from the login). */
  id?: number;
}

export interface StoredComment {
  id: number;
  issue: string;
  body: string;
  user: Author;
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
  user: Author;
}

/** A submitted review, as GitHub returns it. */
export interface StoredReview {
  id: number;
  pull: string;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  commit_id: string;
  user: Author;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorized: boolean;
}

export interface Fault {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  /** The status answered (none for a request that hangs). */
  status?: number;
  /** How many matching requests fail (then it is removed). */
  times: number;
  message?: string;
  headers?: Record<string, string>;
  /** The body answered instead of { message } (validated like every answer, when its status is described). */
  body?: unknown;
  /** Never answer: the request hangs until the client gives up or the stand-in stops. */
  hang?: boolean;
}

/** Something done right after the stand-in answers a matching request (say, deleting a comment another run saw). */
export interface AfterAnswer {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  /** How many matching requests trigger it (then it is removed). */
  times: number;
  run: (api: GithubApiServer) => void;
}

/** A request the action made, or an answer the stand-in gave, that GitHub's description does not allow. */
export interface Violation {
  /** "METHOD /path?query" */
  request: string;
  problem: string;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const MAX_REQUESTS = 2_000;
const MAX_BODY = 1024 * 1024;
const MAX_COMMENT = 65_536;
/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PULL_FILES = 3_000;
const DOCS = 'https://docs.github.com/rest';

export class GithubApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly faults: Fault[] = [];
  readonly afterAnswers: AfterAnswer[] = [];
  readonly tokens = new Map<string, TokenInfo>();
  /** Head commit per pull request, "owner/repo#n". */
  readonly heads = new Map<string, string>();
  /** The files each pull request changes, "owner/repo#n". */
  readonly pullFiles = new Map<string, PullRequestFile[]>();
  readonly reviews: StoredReview[] = [];
  readonly reviewComments: StoredReviewComment[] = [];
  /** Violations not yet reported (the test that caused them fails when it finishes). */
  readonly violations: Violation[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  private api: OpenAPIBackend | undefined;
  private readonly hanging = new Set<ServerResponse>();
  private checkPending = false;
  url = '';

  async start(): Promise<string> {
    this.api = await githubRestApi();
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  addComment(issue: string, body: string, user: Author): StoredComment {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  /** Deletes a comment as someone else would (true when there was one). */
  removeComment(id: number): boolean {
    const i = this.comments.findIndex((c) => c.id === id);
    if (i >= 0) this.comments.splice(i, 1);
    return i >= 0;
  }

  commentsOn(issue: string): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** The review comments of one pull request ("owner/repo#n"). */
  reviewCommentsOn(pull: string): StoredReviewComment[] {
    return this.reviewComments.filter((c) => c.pull === pull);
  }

  /** The violations so far, which are then no longer reported when the test finishes. */
  takeViolations(): Violation[] {
    return this.violations.splice(0);
  }

  /** Throws, listing them, when there are violations not yet reported. */
  assertNoViolations(): void {
    const found = this.takeViolations();
    if (found.length === 0) return;
    throw new Error(
      `The GitHub API stand-in saw ${found.length} request(s) or answer(s) that GitHub's REST/GraphQL description does not allow ` +
        `(a wrong request is the action's bug, a wrong answer the stand-in's; see __tests__/fixtures/github-rest-api.json):\n` +
        found.map((v) => `- ${v.request}: ${v.problem}`).join('\n'),
    );
  }

  private violation(request: string, problem: string): void {
    this.violations.push({ request, problem });
    if (this.checkPending) return;
    try {
      onTestFinished(() => {
        this.checkPending = false;
        this.assertNoViolations();
      });
      this.checkPending = true;
    } catch {
      // Not inside a test (a hook's request): the next violation in a test, or assertNoViolations(), reports it.
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? '';
    const label = `${method} ${url.pathname}${url.search}`;
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = token ? this.tokens.get(token) : undefined;
    this.requests.push({ method, path: url.pathname + url.search, authorized: !!who });
    if (this.requests.length > MAX_REQUESTS) return send(res, 500, { message: 'too many requests in one test' });
    const text = await readBody(req);
    if (text === undefined) return send(res, 413, { message: 'request too large' });
    const body = text === '' ? undefined : parse(text);
    if (text !== '' && body === undefined) this.violation(label, 'the request body is not JSON');
    const fault = this.takeFault(method, url.pathname);
    if (method === 'POST' && url.pathname === '/graphql') return this.graphql(res, label, body, who, fault);

    const request: DescribedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body };
    const operation = routeOf(this.api!, request);
    if (!operation) {
      this.violation(label, "no operation of GitHub's REST description (the cut the action uses) has this method and path");
      return this.reply(res, label, undefined, { status: 404, body: { message: 'Not Found', documentation_url: DOCS } });
    }
    const wrong = requestViolations(this.api!, request, operation);
    for (const w of wrong) this.violation(label, `request ${w} (${operation.operationId})`);
    if (fault) return this.reply(res, label, operation, fault);
    let answer: Answer;
    if (wrong.length > 0) answer = invalidRequest(operation, wrong);
    else if (!who) answer = { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } };
    else answer = this.answer(operation, pathParams(this.api!, request, operation), url, body, who);
    this.reply(res, label, operation, answer);
    const after = this.afterAnswers.find((a) => a.method === method && a.path.test(url.pathname));
    if (after) {
      if (--after.times <= 0) this.afterAnswers.splice(this.afterAnswers.indexOf(after), 1);
      after.run(this);
    }
  }

  /** The fault queued for this request, if any, as the answer it gives (undefined body for one that hangs). */
  private takeFault(method: string, path: string): (Answer & { hang?: boolean }) | undefined {
    const fault = this.faults.find((f) => f.method === method && f.path.test(path));
    if (!fault) return undefined;
    if (--fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    if (fault.hang) return { status: 0, hang: true };
    const status = fault.status ?? 502;
    const message = fault.message ?? (status === 403 ? 'Resource not accessible by integration' : 'Bad gateway');
    return { status, body: fault.body ?? { message, documentation_url: DOCS }, headers: fault.headers };
  }

  /** Sends an answer, after validating it against the operation's description (when it describes the status). */
  private reply(res: ServerResponse, label: string, operation: Operation | undefined, answer: Answer & { hang?: boolean }): void {
    if (answer.hang) {
      this.hanging.add(res);
      return;
    }
    const headers = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
    if (operation) {
      for (const problem of responseViolations(this.api!, operation, answer.status, answer.body, headers)) {
        this.violation(label, `the stand-in's ${answer.status} answer: ${problem} (${operation.operationId})`);
      }
    }
    if (answer.body === undefined) {
      res.writeHead(answer.status, answer.headers ?? {}).end();
      return;
    }
    send(res, answer.status, answer.body, answer.headers);
  }

  private answer(operation: Operation, p: Record<string, string>, url: URL, body: unknown, who: TokenInfo): Answer {
    const repo = `${p.owner}/${p.repo}`;
    const me: Author = { login: who.login, type: who.type, id: authorId(who) };
    const forbidden: Answer = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
    const notFound: Answer = { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    const tooLong: Answer = { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: DOCS, status: '422' } };
    switch (operation.operationId) {
      case 'users/get-authenticated':
        if (who.type === 'Bot') return forbidden;
        return { status: 200, body: { ...(template(this.api!, operation.operationId) as object), ...userView(me) } };
      case 'issues/list-comments': {
        const issue = `${repo}#${p.issue_number}`;
        const { items, headers } = this.page(url, this.commentsOn(issue));
        return { status: 200, body: items.map((c) => issueCommentView(this.url, c)), headers };
      }
      case 'issues/create-comment': {
        if (!who.write) return forbidden;
        const text = (body as { body: string }).body;
        if (text.length > MAX_COMMENT) return tooLong;
        const c = this.addComment(`${repo}#${p.issue_number}`, text, me);
        const view = issueCommentView(this.url, c);
        return { status: 201, body: view, headers: { location: view.url } };
      }
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id) && x.issue.startsWith(`${repo}#`));
        if (!c) return notFound;
        if (!who.write || c.user.login !== who.login) return forbidden;
        if (operation.operationId === 'issues/delete-comment') {
          this.removeComment(c.id);
          return { status: 204 };
        }
        const text = (body as { body: string }).body;
        if (text.length > MAX_COMMENT) return tooLong;
        c.body = text;
        return { status: 200, body: issueCommentView(this.url, c) };
      }
      case 'pulls/get': {
        const pull = `${repo}#${p.pull_number}`;
        const sha = this.heads.get(pull);
        return sha ? { status: 200, body: this.pullView(repo, Number(p.pull_number), sha) } : notFound;
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(`${repo}#${p.pull_number}`);
        if (!files) return { status: 404, body: { message: 'Not Found', documentation_url: `${DOCS}/pulls/pulls#list-pull-requests-files`, status: '404' } };
        const { items, headers } = this.page(url, files.slice(0, MAX_PULL_FILES));
        const first = (Math.max(1, Number(url.searchParams.get('page')) || 1) - 1) * this.perPage(url);
        return { status: 200, body: items.map((f, i) => diffEntryView(this.url, repo, first + i, f)), headers };
      }
      case 'pulls/list-review-comments': {
        const { items, headers } = this.page(url, this.reviewCommentsOn(`${repo}#${p.pull_number}`));
        return { status: 200, body: items.map((c) => reviewCommentView(this.url, c)), headers };
      }
      case 'pulls/create-review':
        if (!who.write) return forbidden;
        return this.createReview(`${repo}#${p.pull_number}`, body, me);
      default:
        return { status: 404, body: { message: `The stand-in does not serve ${operation.operationId}`, documentation_url: DOCS } };
    }
  }

  private perPage(url: URL): number {
    return Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
  }

  /** One page of a list, with GitHub's Link header. */
  private page<T>(url: URL, all: readonly T[]): { items: T[]; headers: Record<string, string> } {
    const perPage = this.perPage(url);
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    return { items: all.slice((page - 1) * perPage, page * perPage), headers: linkHeader(`${this.url}${url.pathname}`, perPage, page, last) };
  }

  /** A pull request: GitHub's shape from its schema, with this one's number, head and repository. */
  private pullView(repo: string, number: number, sha: string) {
    const pr = template(this.api!, 'pulls/get') as Record<string, Record<string, unknown>> & Record<string, unknown>;
    const [owner, name] = repo.split('/');
    const api = `${this.url}/repos/${repo}`;
    const repository = { ...(pr.head.repo as object), name, full_name: repo, owner: userView({ login: owner, type: 'Organization' }), html_url: `https://github.com/${repo}`, url: api };
    return {
      ...pr,
      url: `${api}/pulls/${number}`,
      number,
      state: 'open',
      html_url: `https://github.com/${repo}/pull/${number}`,
      user: userView({ login: 'octocat', type: 'User' }),
      head: { ...pr.head, sha, ref: 'feature', label: `${owner}:feature`, repo: repository, user: userView({ login: owner, type: 'Organization' }) },
      base: { ...pr.base, sha: '0'.repeat(40), ref: 'main', label: `${owner}:main`, repo: repository, user: userView({ login: owner, type: 'Organization' }) },
    };
  }

  private createReview(pull: string, raw: unknown, me: Author): Answer {
    const input = (raw ?? {}) as { commit_id?: string; body?: string; event?: string; comments?: Array<Record<string, unknown>> };
    const invalid = (errors: string[]): Answer => ({ status: 422, body: { message: 'Unprocessable Entity', errors, documentation_url: `${DOCS}/pulls/reviews#create-a-review-for-a-pull-request`, status: '422' } });
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
    const state = input.event === undefined ? 'PENDING' : input.event === 'APPROVE' ? 'APPROVED' : input.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : 'COMMENTED';
    const review: StoredReview = { id: this.nextId++, pull, body: input.body ?? '', state, commit_id: input.commit_id ?? head, user: me };
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
    return { status: 200, body: reviewView(this.url, review) };
  }

  /** A GraphQL request: the document validated against GitHub's schema, then executed against it with the token's viewer. */
  private async graphql(res: ServerResponse, label: string, body: unknown, who: TokenInfo | undefined, fault: (Answer & { hang?: boolean }) | undefined): Promise<void> {
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== 'string') {
      this.violation(label, 'a GraphQL request without a query string');
      return send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS });
    }
    const gql = await githubGraphql();
    let errors: ReadonlyArray<{ message: string }>;
    try {
      errors = gql.validate(query);
    } catch (e) {
      errors = [{ message: e instanceof Error ? e.message : String(e) }];
    }
    for (const e of errors) this.violation(label, `GraphQL document: ${e.message}`);
    if (fault) return this.reply(res, label, undefined, fault);
    if (errors.length > 0) return send(res, 200, { errors: errors.map((e) => ({ message: e.message })) });
    if (!who) return send(res, 401, { message: 'Bad credentials', documentation_url: DOCS });
    // GitHub names an app's bot "github-actions" as the GraphQL viewer, "github-actions[bot]" in REST.
    const login = who.login.replace(/\[bot\]$/, '');
    const id = authorId(who);
    const viewer = { login, databaseId: id, id: userView(who).node_id, url: `https://github.com/${login}`, avatarUrl: userView(who).avatar_url, __typename: 'User' };
    const result = await gql.answer(query, variables, { viewer });
    for (const e of result.errors ?? []) this.violation(label, `the stand-in's GraphQL answer: ${e.message}`);
    return send(res, 200, result);
  }
}

/** GitHub's 422 for a request its description does not allow: errors as the operation's 422 lists them (strings or objects). */
function invalidRequest(operation: Operation, problems: string[]): Answer {
  const described = (operation.responses as Record<string, { content?: Record<string, { schema?: { properties?: { errors?: { items?: { type?: string } } } } }> }> | undefined)?.['422'];
  const simple = described?.content?.['application/json']?.schema?.properties?.errors?.items?.type === 'string';
  const errors = simple ? problems : problems.map((message) => ({ code: 'invalid', message }));
  return { status: 422, body: { message: 'Invalid request.', errors, documentation_url: DOCS, status: '422' } };
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
