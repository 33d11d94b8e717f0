// The bundled action against a local stand-in for the GitHub API (the real @actions/github client, pointed
// at it through GITHUB_API_URL): one sticky comment per pull request, forks and read-only tokens, workflow_run,
// retries, and package text that tries to inject workflow commands, HTML and mentions.
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleDir } from '../helpers/bundle.js';
import type { GithubApiServer } from '../helpers/github-api-server.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { apiPerTest, BOT, runBundledAction, testBundle, TOKEN, workflowCommands, type BundleRun } from './run-bundle.js';

const HEAD = 'b'.repeat(40);
const ISSUE = 'contoso/orders#7';
const LONG_NAME = 'Contoso Orders with a name far past thirty characters';
const MARKER = /<!-- copilot-publish-check:comment job=[0-9a-f]{12} -->/;

let bundle: string;
let api: GithubApiServer;
let workspace: string;

beforeAll(async () => {
  bundle = testBundle(bundleDir);
  workspace = await makeWorkspace({
    'appPackage/manifest.json': JSON.stringify(validManifest({ name: { short: LONG_NAME, full: 'Contoso Orders for Microsoft 365' } }), null, 2),
    'appPackage/build/appPackage.dev.zip': { zip: teamsPackage(validManifest({ name: { short: LONG_NAME, full: 'Contoso Orders for Microsoft 365' } })) },
    'clean/build/clean.zip': { zip: teamsPackage() },
  });
}, 600_000);

const current = apiPerTest();
beforeEach(() => {
  api = current();
});

function pullRequestEvent(headRepo = 'contoso/orders') {
  return { pull_request: { number: 7, head: { sha: HEAD, repo: { full_name: headRepo } } } };
}

function run(inputs: Record<string, string>, o: Partial<BundleRun> = {}) {
  return runBundledAction({
    bundle,
    workspace,
    eventName: 'pull_request',
    event: pullRequestEvent(),
    ...o,
    inputs: { comment: 'true', path: 'appPackage/build/appPackage.dev.zip', ...inputs },
    env: { GITHUB_API_URL: api.url, ...o.env },
  });
}

describe('the pull-request comment', () => {
  it('two runs leave exactly one comment, updated in place, with changes since the last run', async () => {
    // Someone pasted our marker into their own comment: it must be left alone. 130 others force pagination.
    for (let i = 0; i < 130; i++) api.addComment(ISSUE, `comment ${i}`, { login: 'reviewer', type: 'User' });
    // A transient 502 on the first list request is retried.
    api.faults.push({ method: 'GET', path: /\/issues\/7\/comments$/, status: 502, times: 1 });

    const first = await run({});
    expect(first.code).toBe(1);
    const ours = () => api.commentsOn(ISSUE).filter((c) => c.user.login === BOT.login);
    expect(ours()).toHaveLength(1);
    const created = { ...ours()[0] };
    expect(created.body).toMatch(MARKER);
    expect(created.body).toContain('Copilot publish check');
    // Findings link to the source line at the pull request's head commit.
    expect(created.body).toMatch(new RegExp(`\\]\\(https://github\\.com/contoso/orders/blob/${HEAD}/appPackage/manifest\\.json#L\\d+\\)`));
    expect(created.body).toContain('https://github.com/contoso/orders/actions/runs/4242');

    const pasted = api.addComment(ISSUE, created.body, { login: 'mallory', type: 'User' });
    const second = await run({});
    expect(second.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(created.id);
    expect(ours()[0].body).toContain('Since the last run:** nothing changed');
    expect(api.comments.find((c) => c.id === pasted.id)?.body).toBe(created.body);
    expect(api.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${created.id}`))).toBe(true);
    // The token appears once, in the add-mask command that tells the runner to hide it.
    expect(second.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(second.stderr).not.toContain(TOKEN);
  }, 120_000);

  it('says so in the same comment when a later run is clean', async () => {
    const paths = { path: 'appPackage/build/appPackage.dev.zip\nclean/build/clean.zip' };
    await run(paths);
    const id = api.commentsOn(ISSUE)[0].id;
    // The same path set, now clean (the broken zip is gone: only the clean one matches the glob below).
    const ws2 = await makeWorkspace({ 'clean/build/clean.zip': { zip: teamsPackage() }, 'appPackage/build/appPackage.dev.zip': { zip: teamsPackage() } });
    const clean = await run(paths, { workspace: ws2 });
    expect(clean.code).toBe(0);
    expect(api.commentsOn(ISSUE)).toHaveLength(1);
    expect(api.commentsOn(ISSUE)[0].id).toBe(id);
    expect(api.commentsOn(ISSUE)[0].body).toMatch(/No errors or warnings left: \d+ findings? from the last run (is|are) fixed/);
  }, 120_000);

  it('a fork pull request gets no comment and no write, a warning naming the permission, and still fails on errors', async () => {
    const r = await run({}, { event: pullRequestEvent('forker/orders') });
    expect(r.code).toBe(1);
    // Only reads: the pull request's files, for the scope (a read-only token may list them).
    expect(api.requests.filter((q) => q.method !== 'GET' || !q.path.startsWith('/repos/contoso/orders/pulls/7/files'))).toEqual([]);
    expect(api.comments).toEqual([]);
    expect(r.stdout).toMatch(/^::warning title=[^:]*pull-requests%3A write::.*fork.*pull-requests: write/m);
    expect(r.summary).toContain('Copilot publish check');
    expect(JSON.parse(readFileSync(r.reportPath, 'utf8')).summary.errors).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/^::error::\d+ error/m);
  }, 120_000);

  it('a read-only token (403) leaves a warning, not a failure of its own', async () => {
    api.tokens.set(TOKEN, { ...BOT, write: false });
    const r = await run({ path: 'clean/build/clean.zip' });
    expect(r.code).toBe(0);
    expect(api.comments).toEqual([]);
    expect(r.stdout).toMatch(/^::warning title=[^:]+::The token cannot write to pull request #7 \(HTTP 403/m);
    expect(r.stdout).toContain('pull-requests: write');
  }, 120_000);

  it('on workflow_run, comments on the pull request named by the input once its head is the checked commit', async () => {
    const event = { workflow_run: { head_sha: HEAD, pull_requests: [] } };
    const missing = await run({}, { eventName: 'workflow_run', event });
    expect(missing.stdout).toMatch(/^::warning .*"pull-request" input/m);
    expect(api.comments).toEqual([]);

    api.heads.set(ISSUE, 'c'.repeat(40));
    const moved = await run({ 'pull-request': '7' }, { eventName: 'workflow_run', event });
    expect(moved.stdout).toMatch(/^::warning .*is at commit c{12}, not b{12}/m);
    expect(api.comments).toEqual([]);

    api.heads.set(ISSUE, HEAD);
    const ok = await run({ 'pull-request': '7', 'fail-on': 'never' }, { eventName: 'workflow_run', event });
    expect(ok.code).toBe(0);
    expect(api.commentsOn(ISSUE)).toHaveLength(1);

    const bad = await run({ 'pull-request': '7; rm -rf /' }, { eventName: 'workflow_run', event });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Input "pull-request" must be a pull-request number');
  }, 120_000);

  it('an app name holding ::error::, <img src=x> and @someone changes nothing it should not', async () => {
    const hostile = validManifest({
      // "Beta" makes a rule quote name.full in its message, so the text reaches an annotation as well.
      name: { short: '::error::x<img src=x>@someone', full: '##[warning]y ::error::pwned Beta <img src=x> @someone #1' },
      description: { short: '::add-mask::secret @someone', full: '::stop-commands::zz\n::error::pwned <img src=x onerror=alert(1)> @org/team' },
    });
    const ws = await makeWorkspace({ 'appPackage/manifest.json': JSON.stringify(hostile, null, 2), 'appPackage/build/app.zip': { zip: teamsPackage(hostile) } });
    const r = await run({ path: 'appPackage/build/app.zip', sarif: 'out/results.sarif' }, { workspace: ws });
    // Only the action's own commands reach the log: annotations, the failure, and no injected ones.
    for (const line of workflowCommands(r.stdout.replace(`::add-mask::${TOKEN}`, ''))) {
      expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      expect(line).not.toMatch(/::(set-output|add-mask|stop-commands)|##\[/);
      expect(line.slice(line.indexOf('::', 2) + 2)).not.toContain('::');
    }
    expect(r.stdout).toMatch(/^::warning [^\n]*:\u200b:error:\u200b:pwned Beta/m);
    const body = api.commentsOn(ISSUE)[0].body;
    for (const md of [r.summary, body]) {
      expect(md).not.toMatch(/<img/i);
      expect(md).not.toMatch(/@(someone|org)/);
      expect(md).toContain('@\u200bsomeone');
    }
    const sarif = JSON.parse(readFileSync(`${ws}/out/results.sarif`, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(r.outputs['sarif-path']).toBe(`${ws}/out/results.sarif`);
  }, 120_000);
});
