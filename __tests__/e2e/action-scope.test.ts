// The bundled action on whole repositories, as GitHub runs it, with the API stand-in serving the pull request's
// files: default inputs, `scope: changed` on a fork of the connectors repository, built zips in scope through their
// source, the fallback to every package, and one comment per job however the paths change.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { legacyCommentKey } from '../../src/action/comment/marker.js';
import { bundleDir } from '../helpers/bundle.js';
import type { GithubApiServer, PullRequestFile } from '../helpers/github-api-server.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import { CONNECTOR_FOLDERS, NOT_PACKAGES, connectorsRepository, monorepo, toolkitProject } from '../helpers/repositories.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { apiPerTest, BOT, runBundledAction, testBundle, TOKEN, type BundleRun } from './run-bundle.js';

const HEAD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);
const ISSUE = 'contoso/orders#7';

let bundle: string;
let api: GithubApiServer;

beforeAll(() => {
  bundle = testBundle(bundleDir);
}, 600_000);

const current = apiPerTest();
beforeEach(() => {
  api = current();
});

function pullRequest(o: { changed?: number; base?: string; head?: string } = {}) {
  return { pull_request: { number: 7, changed_files: o.changed, base: { sha: o.base ?? BASE }, head: { sha: o.head ?? HEAD, repo: { full_name: 'contoso/orders' } } } };
}

function run(workspace: string, inputs: Record<string, string>, o: Partial<BundleRun> = {}) {
  return runBundledAction({
    bundle,
    workspace,
    eventName: 'pull_request',
    event: pullRequest(),
    ...o,
    inputs: { comment: 'true', ...inputs },
    env: { GITHUB_API_URL: api.url, GITHUB_WORKFLOW_REF: 'contoso/orders/.github/workflows/check.yml@refs/pull/7/merge', GITHUB_JOB: 'check', ...o.env },
  });
}

const report = (r: { reportPath: string }) => JSON.parse(readFileSync(r.reportPath, 'utf8'));
const files = (names: string[], status: PullRequestFile['status'] = 'modified'): PullRequestFile[] => names.map((filename) => ({ filename, status }));

describe('default inputs', () => {
  it('pass on a repository with one clean built zip', async () => {
    const ws = await makeWorkspace(toolkitProject());
    const r = await run(ws, { comment: 'false' }, { eventName: 'push', event: {} });
    expect(r.stdout).not.toMatch(/^::error/m);
    expect(r.code).toBe(0);
    expect(report(r).packages.map((p: { path: string }) => p.path)).toEqual(['appPackage/build/appPackage.dev.zip']);
    expect(r.summary).toContain('✅ Passed: 1 package, no errors');
  }, 120_000);

  it('fail on an empty repository, naming the places searched and what to set', async () => {
    const ws = await makeWorkspace({ 'README.md': '# nothing here\n' });
    const r = await run(ws, { comment: 'false' }, { eventName: 'push', event: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::No package found in the usual places \(searched \*\*\/\{m365agents,teamsapp\}\{,\.local\}\.yml, \*\*\/appPackage\/build\/\*\.zip, \*\*\/appPackage\/\*\.zip, \*\*\/apiDefinition\.swagger\.json\)\. Set the "path" input/m);
    expect(r.summary).toMatch(/\*\*❌ This check failed: No package found in the usual places/);
  }, 120_000);
});

describe('scope: changed on a fork of the connectors repository', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await makeWorkspace(connectorsRepository());
  });

  it('checks and reports only the connector the pull request changes, from the API, through every page', async () => {
    // 240 files of documentation around the one connector file: three pages of 100.
    const docs = Array.from({ length: 240 }, (_, i) => `docs/page-${i}.md`);
    api.pullFiles.set(ISSUE, files([...docs.slice(0, 120), `${CONNECTOR_FOLDERS.asite}/apiDefinition.swagger.json`, ...docs.slice(120)]));
    const r = await run(ws, { path: '.' }, { event: pullRequest({ changed: 241 }) });
    const json = report(r);
    expectWellFormed(json);
    expect(json.packages.map((p: { path: string }) => p.path)).toEqual([CONNECTOR_FOLDERS.asite]);
    expect(json.scope).toEqual({ mode: 'changed', changes: 'pull request #7, from the GitHub API', changedFiles: 241, outOfScope: 3 });
    expect(api.requests.filter((q) => q.path.startsWith('/repos/contoso/orders/pulls/7/files')).map((q) => q.path)).toEqual([
      '/repos/contoso/orders/pulls/7/files?per_page=100',
      '/repos/contoso/orders/pulls/7/files?per_page=100&page=2',
      '/repos/contoso/orders/pulls/7/files?per_page=100&page=3',
    ]);
    // The summary and the comment say what was left out; the templates and the ARM file are skipped, not errors.
    const comment = api.commentsOn(ISSUE)[0].body;
    for (const md of [r.summary, comment]) {
      expect(md).toContain('**Scope:** the 241 changed files of pull request \\#\u200b7, from the GitHub API: 1 package checked, 3 out of scope (unchanged, not checked).');
      expect(md).toContain('Asite (Canada)');
      expect(md).not.toContain('Blackbaud');
      expect(md).not.toContain('package.unrecognized');
    }
    expect(r.stdout).toMatch(/^::notice title=copilot-publish-check%3A 3 paths skipped%2C not packages::Skipped, not packages: /m);
    expect(json.skipped.map((s: { path: string }) => s.path)).toEqual([NOT_PACKAGES.armParameters, NOT_PACKAGES.workflow, 'templates']);
  }, 120_000);

  it("names the independent publisher's route: a pull request to microsoft/PowerPlatformConnectors", async () => {
    api.pullFiles.set(ISSUE, files([`${CONNECTOR_FOLDERS.fish}/apiProperties.json`]));
    const r = await run(ws, { path: '.' });
    const [pkg] = report(r).packages;
    expect(pkg.path).toBe(CONNECTOR_FOLDERS.fish);
    const store = pkg.routes.find((x: { audience: string }) => x.audience === 'multitenant');
    expect(store.channel).toBe('github-power-platform-connectors');
    expect(store.next).toContain('pull request against the dev branch of microsoft/PowerPlatformConnectors');
    // Ready, so the summary gives that route's steps, once.
    expect(r.summary).toContain('<summary><b>Every organisation (store)</b>: GitHub &gt; microsoft/PowerPlatformConnectors &gt; independent-publisher-connectors (pull request)</summary>');
    expect(r.summary.match(/1\. GitHub: open a pull request against the dev branch of microsoft\/PowerPlatformConnectors/g)).toHaveLength(1);
  }, 120_000);

  it('checks everything, and says why, when the files cannot be read', async () => {
    api.faults.push({ method: 'GET', path: /\/pulls\/7\/files$/, status: 403, times: 10 });
    const r = await run(ws, { path: '.', comment: 'false' });
    const json = report(r);
    expect(json.packages).toHaveLength(4);
    expect(json.scope.mode).toBe('all');
    expect(json.scope.fallback).toMatch(/^the files of pull request #7 could not be read \(HTTP 403\)/);
    expect(r.summary).toContain('Every package was checked: only the packages the change touches were asked for, but the files of pull request \\#\u200b7 could not be read');
    expect(r.stdout).toMatch(/^::notice title=copilot-publish-check%3A every package was checked::/m);
  }, 120_000);

  it('scope: all checks every connector on a pull request', async () => {
    api.pullFiles.set(ISSUE, files([`${CONNECTOR_FOLDERS.asite}/apiDefinition.swagger.json`]));
    const r = await run(ws, { path: '.', scope: 'all', comment: 'false' });
    expect(report(r).packages).toHaveLength(4);
    expect(report(r).scope).toBeUndefined();
    expect(api.requests.some((q) => q.path.includes('/files'))).toBe(false);
  }, 120_000);
});

describe('scope: changed in a monorepo', () => {
  it('a built zip is in scope when the source it was built from changed, and the other app is not', async () => {
    const ws = await makeWorkspace(monorepo());
    api.pullFiles.set(ISSUE, files(['apps/orders/appPackage/manifest.json']));
    const r = await run(ws, { comment: 'false' });
    const json = report(r);
    expect(json.packages.map((p: { path: string }) => p.path)).toEqual(['apps/orders/appPackage/build/appPackage.dev.zip']);
    expect(json.scope.outOfScope).toBe(2);
    expect(r.code).toBe(0);
  }, 120_000);

  it('an env file of the toolkit project puts its built zip in scope too', async () => {
    const ws = await makeWorkspace(monorepo());
    api.pullFiles.set(ISSUE, files(['apps/tickets/env/.env.dev']));
    const r = await run(ws, { comment: 'false' });
    expect(report(r).packages.map((p: { path: string }) => p.path)).toEqual(['apps/tickets/appPackage/build/appPackage.dev.zip']);
  }, 120_000);

  it('reads the changes from git when the checkout has the history, without the API', async () => {
    const ws = await makeWorkspace(monorepo());
    writeFileSync(join(ws, '.gitignore'), 'build/\n');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(ws, 'connectors/Contoso Orders/readme.md'), readFileSync(join(ws, 'connectors/Contoso Orders/readme.md'), 'utf8') + '\nMore.\n');
    git('commit', '-q', '-am', 'change the connector');
    const head = git('rev-parse', 'HEAD');
    const r = await run(ws, { comment: 'false' }, { event: pullRequest({ base, head }) });
    const json = report(r);
    expect(json.packages.map((p: { path: string }) => p.path)).toEqual(['connectors/Contoso Orders']);
    expect(json.scope.changes).toBe('pull request #7, from git');
    expect(api.requests.some((q) => q.path.includes('/files'))).toBe(false);
  }, 120_000);
});

describe('one comment per workflow job', () => {
  it('a second run with another path updates the same comment', async () => {
    const ws = await makeWorkspace(connectorsRepository());
    api.pullFiles.set(ISSUE, files([`${CONNECTOR_FOLDERS.asite}/apiDefinition.swagger.json`]));
    await run(ws, { path: '.' });
    const first = api.commentsOn(ISSUE);
    expect(first).toHaveLength(1);
    expect(first[0].body).toMatch(/^<!-- copilot-publish-check:comment job=[0-9a-f]{12} -->\n## Copilot publish check\n\n\*\*✅ Passed: 1 package, no errors/);
    await run(ws, { path: 'certified-connectors' });
    const second = api.commentsOn(ISSUE);
    expect(second).toHaveLength(1);
    expect(second[0].id).toBe(first[0].id);
    // Another job of the workflow has a comment of its own.
    await run(ws, { path: '.' }, { env: { GITHUB_JOB: 'lint' } });
    expect(api.commentsOn(ISSUE)).toHaveLength(2);
  }, 120_000);

  it("takes over the comment an earlier version wrote for the job's paths", async () => {
    const ws = await makeWorkspace(connectorsRepository());
    api.pullFiles.set(ISSUE, files([`${CONNECTOR_FOLDERS.asite}/apiDefinition.swagger.json`]));
    const old = api.addComment(ISSUE, `<!-- copilot-publish-check:comment key=${legacyCommentKey(['.'])} -->\n## Copilot publish check\n\nold`, { login: BOT.login, type: BOT.type });
    await run(ws, { path: '.' });
    expect(api.commentsOn(ISSUE).map((c) => c.id)).toEqual([old.id]);
    expect(api.commentsOn(ISSUE)[0].body).toMatch(/^<!-- copilot-publish-check:comment job=/);
  }, 120_000);
});
