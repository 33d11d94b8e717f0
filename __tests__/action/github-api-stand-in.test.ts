// The GitHub API stand-in the comment, scope and review tests run against: its description is GitHub's own (the
// committed cut is what the script makes from @octokit/openapi today), every operation it serves answers as that
// description says, the validation bites (deliberately wrong requests and a wrong answer are each flagged), and
// the scenarios other tests need: a request that hangs, a comment deleted between the list and the update, many
// pages of comments, and github-actions the user against github-actions[bot].
import { readFileSync } from 'node:fs';
import { OpenAPIBackend } from 'openapi-backend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/action/comment/octokit.js';
// @ts-expect-error: a plain .mjs script, no types
import { callsInSource, cutText } from '../../scripts/github-api-description.mjs';
import { DESCRIPTION_PATH } from '../helpers/github-api-description.js';
import { GITHUB_ACTIONS_BOT_ID, GithubApiServer } from '../helpers/github-api-server.js';

const BOT_TOKEN = 'ghs_stand_in_bot';
const USER_TOKEN = 'ghp_stand_in_user';
const ISSUE = 'contoso/orders#7';
const repo = { owner: 'contoso', repo: 'orders' };

let api: GithubApiServer;
beforeEach(async () => {
  api = new GithubApiServer();
  await api.start();
  api.tokens.set(BOT_TOKEN, { login: 'github-actions[bot]', type: 'Bot', write: true });
  api.tokens.set(USER_TOKEN, { login: 'octocat', type: 'User', write: true });
});
afterEach(() => api.stop());

const client = (token = BOT_TOKEN) => createOctokit(token, { log: () => undefined, baseUrl: api.url, retryAfterBaseValue: 1 });
/** The status GitHub (here, the stand-in) answered, whether the call succeeded or threw. */
async function statusOf(call: Promise<{ status: number }>): Promise<number> {
  try {
    return (await call).status;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

describe("GitHub's REST description, cut", () => {
  it('is what scripts/github-api-description.mjs makes from @octokit/openapi today (run it after adding a call)', async () => {
    expect(readFileSync(DESCRIPTION_PATH, 'utf8')).toBe(await cutText());
  }, 60_000);

  it('holds every REST call src/action makes, and is a valid OpenAPI document', async () => {
    const cut = JSON.parse(readFileSync(DESCRIPTION_PATH, 'utf8'));
    const calls = [...(callsInSource() as Map<string, string>).keys()];
    expect(calls.length).toBeGreaterThanOrEqual(9);
    for (const call of calls) expect(cut.info['x-cut']).toContain(`${call}: `);
    const strict = new OpenAPIBackend({ definition: cut, quick: true, strict: true });
    await strict.loadDocument();
    expect(() => strict.validateDefinition()).not.toThrow();
  });
});

describe('the stand-in answers as GitHub describes', () => {
  it('every operation it serves, for a user and for github-actions[bot]', async () => {
    const bot = client();
    const user = client(USER_TOKEN);
    api.heads.set(ISSUE, 'b'.repeat(40));
    api.pullFiles.set(ISSUE, [
      { filename: 'a/manifest.json', status: 'modified', patch: '@@ -1,2 +1,2 @@\n-a\n+b\n c' },
      { filename: 'b.png', status: 'added', patch: null },
      { filename: 'c/new name.json', status: 'renamed', previous_filename: 'c/old.json' },
    ]);
    expect((await user.rest.users.getAuthenticated()).data).toMatchObject({ login: 'octocat', type: 'User' });
    expect(await statusOf(bot.rest.users.getAuthenticated())).toBe(403);
    expect(await bot.graphql<{ viewer: { login: string; databaseId: number } }>('query { viewer { login databaseId } }')).toEqual({ viewer: { login: 'github-actions', databaseId: GITHUB_ACTIONS_BOT_ID } });
    const created = await bot.rest.issues.createComment({ ...repo, issue_number: 7, body: 'one' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    await bot.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'two' });
    expect(await statusOf(user.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'not yours' }))).toBe(403);
    expect((await bot.paginate(bot.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 })).map((c) => c.body)).toEqual(['two']);
    expect((await bot.rest.pulls.get({ ...repo, pull_number: 7 })).data.head.sha).toBe('b'.repeat(40));
    expect(await statusOf(bot.rest.pulls.get({ ...repo, pull_number: 8 }))).toBe(404);
    expect((await bot.paginate(bot.rest.pulls.listFiles, { ...repo, pull_number: 7, per_page: 2 })).map((f) => f.filename)).toEqual(['a/manifest.json', 'b.png', 'c/new name.json']);
    const review = await bot.rest.pulls.createReview({ ...repo, pull_number: 7, commit_id: 'b'.repeat(40), event: 'COMMENT', body: 'r', comments: [{ path: 'a/manifest.json', line: 1, side: 'RIGHT', body: 'x' }, { path: 'a/manifest.json', start_line: 1, start_side: 'RIGHT', line: 2, side: 'RIGHT', body: 'y' }] });
    expect(review.data.state).toBe('COMMENTED');
    expect(await statusOf(bot.rest.pulls.createReview({ ...repo, pull_number: 7, event: 'COMMENT', body: 'r', comments: [{ path: 'b.png', line: 1, body: 'x' }] }))).toBe(422);
    expect((await bot.paginate(bot.rest.pulls.listReviewComments, { ...repo, pull_number: 7, per_page: 1 })).map((c) => [c.line, c.start_line, c.start_side])).toEqual([
      [1, null, null],
      [2, 1, 'RIGHT'],
    ]);
    await bot.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(await statusOf(bot.rest.issues.deleteComment({ ...repo, comment_id: created.data.id }))).toBe(404);
    expect(api.takeViolations()).toEqual([]);
  });
});

describe('deliberate mistakes are flagged', () => {
  it('wrong requests: each is named, with what is wrong', async () => {
    const bot = client();
    api.heads.set(ISSUE, 'b'.repeat(40));
    api.pullFiles.set(ISSUE, [{ filename: 'a.json', status: 'modified' }]);
    const existing = api.addComment(ISSUE, 'x', { login: 'github-actions[bot]', type: 'Bot' });
    // Octokit's own client, untyped: its types would refuse these at compile time.
    const raw = bot.request as unknown as (route: string, params: Record<string, unknown>) => Promise<unknown>;
    const mistakes: Array<[string, () => Promise<unknown>, RegExp]> = [
      ['a number for a comment body', () => raw('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, body: 42 }), /requestBody\/body must be string/],
      ['no body at all', () => raw('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7 }), /must have required property 'requestBody'/],
      ['null for the new body', () => raw('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body: null }), /requestBody\/body must be string/],
      ['a path GitHub does not have', () => raw('GET /repos/{owner}/{repo}/issues/{issue_number}/commentz', { ...repo, issue_number: 7 }), /no operation of GitHub's REST description/],
      ['a method the path does not take', () => raw('DELETE /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: 7 }), /no operation of GitHub's REST description/],
      ['a page size that is no number', () => raw('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, per_page: 'all' }), /query\/per_page must be integer/],
      ['a comment id that is no number', () => raw('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: 'mine', body: 'x' }), /comment_id must be integer/],
      ['a review event GitHub does not know', () => raw('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repo, pull_number: 7, event: 'COMMENTED', body: 'x' }), /requestBody\/event must be equal to one of the allowed values/],
      ['a review comment without its body, its line a string', () => raw('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repo, pull_number: 7, event: 'COMMENT', body: 'x', comments: [{ path: 'a.json', line: '1' }] }), /requestBody\/comments\/0 must have required property 'body'.*requestBody\/comments\/0\/line must be integer|requestBody\/comments\/0\/line must be integer.*requestBody\/comments\/0 must have required property 'body'/s],
      ['a GraphQL field GitHub does not have', () => bot.graphql('query { viewer { logn } }'), /GraphQL document: Cannot query field "logn" on type "User"/],
      ['a GraphQL document that does not parse', () => bot.graphql('query { viewer { login }'), /GraphQL document: Syntax Error/],
    ];
    const missed: string[] = [];
    for (const [what, send, expected] of mistakes) {
      await send().catch(() => undefined);
      const found = api.takeViolations();
      const text = found.map((v) => `${v.request}: ${v.problem}`).join('\n');
      if (!expected.test(text)) missed.push(`${what}: ${text || 'nothing flagged'}`);
    }
    expect(missed).toEqual([]);
    // Nothing wrong reached the stored state.
    expect(api.commentsOn(ISSUE).map((c) => c.body)).toEqual(['x']);
    expect(api.reviews).toEqual([]);
  });

  it('wrong answers: the shapes the stand-in gave before it followed the description', async () => {
    const bot = client();
    const old = { id: 1001, body: 'x', user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: 'https://github.com/contoso/orders/pull/7#issuecomment-1001' };
    api.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, status: 200, times: 1, body: [old] });
    api.faults.push({ method: 'GET', path: /\/pulls\/7$/, status: 200, times: 1, body: { number: 7, head: { sha: 'b'.repeat(40) } } });
    api.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 201, times: 1, body: { ...old, id: '1002' } });
    await bot.rest.issues.listComments({ ...repo, issue_number: 7 });
    await bot.rest.pulls.get({ ...repo, pull_number: 7 });
    await bot.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' });
    const problems = api.takeViolations().map((v) => `${v.request}: ${v.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GET \/repos\/contoso\/orders\/issues\/7\/comments: the stand-in's 200 answer: body\/0 must have required property 'node_id'/),
        expect.stringMatching(/^GET \/repos\/contoso\/orders\/issues\/7\/comments: the stand-in's 200 answer: body\/0\/user must have required property 'id'/),
        expect.stringMatching(/^GET \/repos\/contoso\/orders\/pulls\/7: the stand-in's 200 answer: body must have required property 'base'/),
        expect.stringMatching(/^POST \/repos\/contoso\/orders\/issues\/7\/comments: the stand-in's 201 answer: body\/id must be integer/),
      ]),
    );
  });

  it('a violation fails the test that caused it, listing each', async () => {
    await client().request('GET /repos/{owner}/{repo}/issues/{issue_number}/commentz', { ...repo, issue_number: 7 }).catch(() => undefined);
    expect(() => api.assertNoViolations()).toThrow(/saw 1 request\(s\) or answer\(s\) that GitHub's REST\/GraphQL description does not allow[^]*\n- GET \/repos\/contoso\/orders\/issues\/7\/commentz: no operation/);
    expect(api.violations).toEqual([]);
  });
});

describe('scenarios for the comment tests', () => {
  it('a request that never gets an answer, until the client gives up', async () => {
    api.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, times: 1, hang: true });
    const bot = client();
    const started = Date.now();
    await expect(bot.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, request: { signal: AbortSignal.timeout(300) } })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    // The next one is answered; stop() ends the hanging one.
    expect((await bot.rest.issues.listComments({ ...repo, issue_number: 7 })).status).toBe(200);
  });

  it('a comment deleted between the list and the update: 404 on the update', async () => {
    const bot = client();
    const ours = api.addComment(ISSUE, 'ours', { login: 'github-actions[bot]', type: 'Bot' });
    api.afterAnswers.push({ method: 'GET', path: /\/issues\/7\/comments$/, times: 1, run: (s) => s.removeComment(ours.id) });
    const listed = await bot.rest.issues.listComments({ ...repo, issue_number: 7 });
    expect(listed.data.map((c) => c.id)).toEqual([ours.id]);
    expect(await statusOf(bot.rest.issues.updateComment({ ...repo, comment_id: ours.id, body: 'new' }))).toBe(404);
    expect(api.commentsOn(ISSUE)).toEqual([]);
  });

  it('more than 3,000 earlier comments, paged with Link headers as GitHub pages them', async () => {
    for (let i = 0; i < 3_050; i++) api.addComment(ISSUE, `comment ${i}`, { login: 'reviewer', type: 'User' });
    const bot = client();
    const page2 = await bot.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 100, page: 2 });
    const link = page2.headers.link ?? '';
    for (const rel of ['prev', 'next', 'last', 'first']) expect(link).toMatch(new RegExp(`<${api.url}/repos/contoso/orders/issues/7/comments\\?per_page=100&page=\\d+>; rel="${rel}"`));
    expect(link).toContain('page=31>; rel="last"');
    const all = await bot.paginate(bot.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 });
    expect(all).toHaveLength(3_050);
    expect(api.requests.filter((r) => r.path.startsWith('/repos/contoso/orders/issues/7/comments'))).toHaveLength(32);
  });

  it('github-actions the user is not github-actions[bot]: type and id say so', async () => {
    api.addComment(ISSUE, 'a user', { login: 'github-actions', type: 'User' });
    api.addComment(ISSUE, 'the bot', { login: 'github-actions[bot]', type: 'Bot' });
    api.addComment(ISSUE, 'another app', { login: 'renovate[bot]', type: 'Bot', id: 29139614 });
    const { data } = await client().rest.issues.listComments({ ...repo, issue_number: 7 });
    const users = data.map((c) => ({ login: c.user!.login, type: c.user!.type, id: c.user!.id }));
    expect(users[1]).toEqual({ login: 'github-actions[bot]', type: 'Bot', id: GITHUB_ACTIONS_BOT_ID });
    expect(users[0]).toMatchObject({ login: 'github-actions', type: 'User' });
    expect(users[0].id).not.toBe(GITHUB_ACTIONS_BOT_ID);
    expect(users[2]).toEqual({ login: 'renovate[bot]', type: 'Bot', id: 29139614 });
    // What the token writes is github-actions[bot]'s, id included.
    const created = await client().rest.issues.createComment({ ...repo, issue_number: 7, body: 'ours' });
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: GITHUB_ACTIONS_BOT_ID });
  });
});
