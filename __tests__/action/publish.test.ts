// The comment publisher with the real Octokit (retry and throttling plugins) against the local API server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/action/comment/octokit.js';
import { publishComment } from '../../src/action/comment/publish.js';
import { markerLine } from '../../src/action/comment/marker.js';
import { isAuthor } from '../../src/action/comment/identity.js';
import type { PullRequestTarget } from '../../src/action/comment/target.js';
import { GithubApiServer } from '../helpers/github-api-server.js';

const TOKEN = 'ghs_unit';
const ISSUE = 'contoso/orders#7';
const TARGET: PullRequestTarget = { owner: 'contoso', repo: 'orders', number: 7, headSha: 'b'.repeat(40), runUrl: 'https://github.com/x', serverUrl: 'https://github.com' };
const BOT = { login: 'github-actions[bot]', type: 'Bot' };

let api: GithubApiServer;
beforeEach(async () => {
  api = new GithubApiServer();
  await api.start();
  api.tokens.set(TOKEN, { login: BOT.login, type: 'Bot', write: true });
});
afterEach(() => api.stop());

const octokit = () => createOctokit(TOKEN, { log: () => undefined, baseUrl: api.url, retryAfterBaseValue: 1 });
const body = (n: number) => () => `${markerLine('k1')}\nrun ${n}`;

describe('publishComment', () => {
  it('creates, then updates in place; other keys and other authors are left alone', async () => {
    api.addComment(ISSUE, `${markerLine('k1')}\nforged`, { login: 'mallory', type: 'User' });
    api.addComment(ISSUE, `${markerLine('other')}\nanother path set`, BOT);
    expect((await publishComment(octokit(), TARGET, 'k1', body(1))).action).toBe('created');
    expect((await publishComment(octokit(), TARGET, 'k1', body(2))).action).toBe('updated');
    expect((await publishComment(octokit(), TARGET, 'k1', body(2))).action).toBe('unchanged');
    const ours = api.commentsOn(ISSUE).filter((c) => c.body.includes(markerLine('k1')) && c.user.login === BOT.login);
    expect(ours.map((c) => c.body)).toEqual([`${markerLine('k1')}\nrun 2`]);
    expect(api.commentsOn(ISSUE).map((c) => c.body)).toContain(`${markerLine('k1')}\nforged`);
    expect(api.commentsOn(ISSUE)).toHaveLength(3);
  });

  it('removes copies left by racing runs, keeping the oldest', async () => {
    const first = api.addComment(ISSUE, `${markerLine('k1')}\nA`, BOT);
    api.addComment(ISSUE, `${markerLine('k1')}\nB`, BOT);
    await publishComment(octokit(), TARGET, 'k1', body(3));
    expect(api.commentsOn(ISSUE).map((c) => [c.id, c.body])).toEqual([[first.id, `${markerLine('k1')}\nrun 3`]]);
  });

  it('retries a 502 and passes the previous digest to the renderer', async () => {
    api.addComment(ISSUE, `${markerLine('k1')}\n<!-- copilot-publish-check:digest v1 abcdef123456 -->`, BOT);
    api.faults.push({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 502, times: 1 });
    let seen: string[] = [];
    await publishComment(octokit(), TARGET, 'k1', (previous) => {
      seen = [...(previous?.fingerprints ?? [])];
      return 'x';
    });
    expect(seen).toEqual(['abcdef123456']);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });

  it('waits out a secondary rate limit and carries on', async () => {
    const logged: string[] = [];
    api.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, times: 1, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '1' } });
    const client = createOctokit(TOKEN, { log: (m) => logged.push(m), baseUrl: api.url, retryAfterBaseValue: 1 });
    expect((await publishComment(client, TARGET, 'k1', body(1))).action).toBe('created');
    expect(logged.join('\n')).toMatch(/secondary rate limit on POST .*retrying/);
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('a read-only token gets the 403 back (the caller turns it into a warning)', async () => {
    api.tokens.set(TOKEN, { login: BOT.login, type: 'Bot', write: false });
    await expect(publishComment(octokit(), TARGET, 'k1', body(1))).rejects.toMatchObject({ status: 403 });
    expect(api.comments).toEqual([]);
  });

  it('recognises its own login with or without [bot]', () => {
    expect(isAuthor({ login: 'github-actions[bot]' }, 'github-actions')).toBe(true);
    expect(isAuthor({ login: 'github-actions[bot]' }, 'github-actions[bot]')).toBe(true);
    expect(isAuthor({ login: 'octocat' }, 'octocat')).toBe(true);
    expect(isAuthor({ login: 'github-actions' }, 'someone')).toBe(false);
    expect(isAuthor(null, 'github-actions')).toBe(false);
  });
});
