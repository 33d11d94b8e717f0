// A local stand-in for the GitHub REST and GraphQL API, enough for the pull-request comment and scope: identity
// (GraphQL viewer, GET /user), issue comments (list with Link pagination, create, update, delete), pulls.get and
// a pull request's files (GET /repos/{owner}/{repo}/pulls/{number}/files, paginated with a Link header and capped
// at 3,000 files as GitHub does). Tokens decide identity and permission; faults (a 502, a 403) can be queued.
// Listens on 127.0.0.1 only and answers a bounded number of requests.
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
        patch: '@@ -1 +1 @@',
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      }));
      return send(res, 200, view, links.length > 0 ? { link: links.join(', ') } : {});
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const sha = this.heads.get(`${m[1]}/${m[2]}#${m[3]}`);
      return sha ? send(res, 200, { number: Number(m[3]), head: { sha } }) : send(res, 404, { message: 'Not Found' });
    }
    return send(res, 404, { message: `No route for ${req.method} ${url.pathname}` });
  }

  private view(c: StoredComment) {
    const [repo, n] = c.issue.split('#');
    return { id: c.id, body: c.body, user: c.user, html_url: `https://github.com/${repo}/pull/${n}#issuecomment-${c.id}` };
  }
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
