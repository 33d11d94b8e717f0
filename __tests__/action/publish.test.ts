// The comment publisher with the real Octokit (retry and throttling plugins) against the local API server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/action/comment/octokit.js';
import { publishComment } from '../../src/action/comment/publish.js';
import { markerLine } from '../../src/action/comment/marker.js';
import { GITHUB_ACTIONS, isAuthor, ownIdentity, type Identity } from '../../src/action/comment/identity.js';
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

  it('matches an author on login, type and id, not on the login alone', () => {
    const app: Identity = { login: 'contoso-bot[bot]', bot: true };
    const user: Identity = { login: 'octocat', bot: false, id: 583231 };
    expect(isAuthor({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 }, GITHUB_ACTIONS)).toBe(true);
    expect(isAuthor({ login: 'github-actions[bot]', type: 'Bot' }, GITHUB_ACTIONS)).toBe(true);
    // A user who registered the app's name (issue 20, item 5), and a bot account with another id.
    expect(isAuthor({ login: 'github-actions', type: 'User', id: 7 }, GITHUB_ACTIONS)).toBe(false);
    expect(isAuthor({ login: 'github-actions[bot]', type: 'User' }, GITHUB_ACTIONS)).toBe(false);
    // The bot's id differs on GitHub Enterprise Server: login and type decide; an id known from GET /user is compared.
    expect(isAuthor({ login: 'github-actions[bot]', type: 'Bot', id: 1 }, GITHUB_ACTIONS)).toBe(true);
    expect(isAuthor({ login: 'octo-app[bot]', type: 'Bot', id: 1 }, { login: 'octo-app[bot]', bot: true, id: 2 })).toBe(false);
    expect(isAuthor({ login: 'Contoso-Bot[bot]', type: 'Bot', id: 99 }, app)).toBe(true);
    expect(isAuthor({ login: 'contoso-bot', type: 'User' }, app)).toBe(false);
    expect(isAuthor({ login: 'octocat', type: 'User', id: 583231 }, user)).toBe(true);
    expect(isAuthor({ login: 'octocat', type: 'Bot', id: 583231 }, user)).toBe(false);
    expect(isAuthor({ login: 'mallory', type: 'User' }, user)).toBe(false);
    expect(isAuthor(null, GITHUB_ACTIONS)).toBe(false);
  });

  it('finds its identity: a user token from GET /user, GITHUB_TOKEN (403 there) from GraphQL as a bot', async () => {
    expect(await ownIdentity(octokit())).toEqual(GITHUB_ACTIONS);
    api.tokens.set('ghp_user', { login: 'octocat', type: 'User', write: true });
    const client = createOctokit('ghp_user', { log: () => undefined, baseUrl: api.url, retryAfterBaseValue: 1 });
    expect(await ownIdentity(client)).toMatchObject({ login: 'octocat', bot: false });
  });

  it('a user named github-actions with our marker is not taken for the bot: its comment stays, ours is created', async () => {
    const impostor = api.addComment(ISSUE, `${markerLine('k1')}
forged by a user named github-actions`, { login: 'github-actions', type: 'User' });
    expect((await publishComment(octokit(), TARGET, 'k1', body(1))).action).toBe('created');
    expect(api.commentsOn(ISSUE).find((c) => c.id === impostor.id)?.body).toContain('forged by a user');
    expect(api.commentsOn(ISSUE).filter((c) => c.user.type === 'Bot').map((c) => c.body)).toEqual([`${markerLine('k1')}\nrun 1`]);
  });
});
