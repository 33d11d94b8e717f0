// The comment against a GitHub API that misbehaves (issue 20, item 6): one that stops answering (a timeout on each
// request, not retried), a pull request with more than 3,000 earlier comments (ours is found past them, and past the
// bound nothing new is written), and a comment deleted between finding and updating it (404: written anew).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { markerLine } from '../../src/action/comment/marker.js';
import { createOctokit, isTimeout } from '../../src/action/comment/octokit.js';
import { publishComment } from '../../src/action/comment/publish.js';
import { publishPullRequestComment } from '../../src/action/comment/publisher.js';
import type { PullRequestTarget } from '../../src/action/comment/target.js';
import { publishReview } from '../../src/action/review/publish.js';
import { botApi } from '../helpers/bot-api.js';
import { report } from '../report/fixture-report.js';

const TOKEN = 'ghs_api';
const ISSUE = 'contoso/orders#7';
const TARGET: PullRequestTarget = { owner: 'contoso', repo: 'orders', number: 7, headSha: 'b'.repeat(40), runUrl: 'https://github.com/x', serverUrl: 'https://github.com' };
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const body = (n: number) => () => `${markerLine('k1')}\nrun ${n}`;

/** A server on 127.0.0.1 that takes requests and never answers them (or sends headers and then stalls). */
async function hangingServer(mode: 'silent' | 'stalled-body'): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let count = 0;
  const open = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((_req, res) => {
    count++;
    open.add(res);
    if (mode === 'stalled-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"viewer": ');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => count,
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('an API that stops answering', () => {
  it.each(['silent', 'stalled-body'] as const)('(%s): each request times out once, is not retried, and the comment step warns', async (mode) => {
    const api = await hangingServer(mode);
    try {
      const octokit = createOctokit(TOKEN, { log: () => undefined, baseUrl: api.url, retryAfterBaseValue: 1, timeoutMs: 150 });
      const error = await publishComment(octokit, TARGET, 'k1', body(1)).catch((e: unknown) => e);
      expect(isTimeout(error)).toBe(true);
      expect(String((error as Error).message)).toMatch(/^GitHub did not answer (GET|POST) http:\/\/127\.0\.0\.1:\d+\/\S+ within 0 s$/);
      // The first request (who the token is) times out once, is not retried, and nothing else is asked.
      expect(api.requests()).toBe(1);
      const warnings: string[] = [];
      await publishPullRequestComment(report(), {
        octokit,
        event: { eventName: 'pull_request', payload: { pull_request: { number: 7, head: { sha: 'b'.repeat(40), repo: { full_name: 'contoso/orders' } } } }, repository: 'contoso/orders', serverUrl: 'https://github.com', runId: '1', sha: 'a'.repeat(40), actor: 'octocat' },
        pullRequest: undefined,
        key: 'k1',
        info: () => undefined,
        warning: (m) => warnings.push(m),
      });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^The pull-request comment could not be written: GitHub did not answer .* within 0 s\. Annotations/);
    } finally {
      await api.close();
    }
  });
});

describe('the comment on a busy pull request, and one deleted meanwhile', () => {
  const stand = botApi(TOKEN);
  const octokit = stand.octokit;

  it('finds ours past 3,000 earlier comments and updates it, every run', async () => {
    for (let i = 0; i < 3_000; i++) stand.api.addComment(ISSUE, `comment ${i}`, { login: `user${i % 7}`, type: 'User' });
    const ours = stand.api.addComment(ISSUE, `${markerLine('k1')}\nrun 0`, BOT);
    for (let i = 0; i < 50; i++) stand.api.addComment(ISSUE, `later ${i}`, { login: 'octocat', type: 'User' });
    expect(await publishComment(octokit(), TARGET, 'k1', body(1))).toMatchObject({ action: 'updated', id: ours.id });
    expect(await publishComment(octokit(), TARGET, 'k1', body(2))).toMatchObject({ action: 'updated', id: ours.id });
    expect(stand.api.commentsOn(ISSUE)).toHaveLength(3_051);
  });

  it('past the bound of pages read, writes nothing new rather than a second comment', async () => {
    for (let i = 0; i < 250; i++) stand.api.addComment(ISSUE, `comment ${i}`, { login: 'octocat', type: 'User' });
    stand.api.addComment(ISSUE, `${markerLine('k1')}\nrun 0`, BOT);
    const result = await publishComment(octokit(), TARGET, 'k1', body(1), undefined, 2);
    expect(result).toEqual({ action: 'skipped', reason: 'pull request #7 has more than 200 comments and this job\'s was not among them, so no new one was written (it could duplicate one further on)' });
    expect(stand.api.commentsOn(ISSUE)).toHaveLength(251);
    // Within the bound it is found as usual.
    expect((await publishComment(octokit(), TARGET, 'k1', body(1), undefined, 3)).action).toBe('updated');
  });

  it('a comment deleted between finding and updating it (404) is written anew', async () => {
    const old = stand.api.addComment(ISSUE, `${markerLine('k1')}\nrun 0`, BOT);
    const result = await publishComment(octokit(), TARGET, 'k1', () => {
      // Someone deletes it while the body is being rendered.
      stand.api.comments.splice(stand.api.comments.indexOf(old), 1);
      return `${markerLine('k1')}\nrun 1`;
    });
    expect(result.action).toBe('created');
    expect(stand.api.commentsOn(ISSUE).map((c) => c.body)).toEqual([`${markerLine('k1')}\nrun 1`]);
    expect(stand.api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('the review: past the bound of review comments read, none is made (it could repeat an earlier suggestion)', async () => {
    for (let i = 0; i < 150; i++) {
      stand.api.reviewComments.push({ id: 5000 + i, pull: ISSUE, pull_request_review_id: 1, path: 'a.json', line: 1, start_line: null, side: 'RIGHT', start_side: null, commit_id: 'b'.repeat(40), body: `note ${i}`, user: { login: 'octocat', type: 'User' } });
    }
    const suggestion = {
      findings: [{ ruleId: 'teams.version-semver', severity: 'error' as const, message: 'm', file: 'manifest.json', pointer: '/version', audiences: ['multitenant' as const], docs: 'https://learn.microsoft.com/x', source: null, fix: { description: 'd', changes: [], edits: [], applicable: true } }],
      path: 'appPackage/manifest.json',
      start: 1,
      end: 1,
      lines: ['  "version": "1.0.0",'],
      id: '0123456789abcdef',
    };
    const cut = await publishReview(octokit(), TARGET, [suggestion], 1);
    expect(cut).toEqual({ made: [], earlier: [], skipped: 'pull request #7 has more than 100 review comments, so the suggestions made earlier could not all be read and none was made again' });
    expect(stand.api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'))).toEqual([]);
  });
});
