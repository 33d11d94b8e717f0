// The bundled action as GitHub runs it on a pull request, with the API stand-in: a pull request that changes a
// manifest line to a fixable defect, in a repository where another fixable defect sits on a line it does not change.
// One review suggests the fix on the changed line; the comment lists the other with the command; a later run does
// not repeat the suggestion; a fork's run writes nothing and warns once. The changed lines come from the pull
// request's files (a shallow checkout) or from git (a checkout with the history).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleDir } from '../helpers/bundle.js';
import type { GithubApiServer } from '../helpers/github-api-server.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { githubPatch } from '../helpers/patches.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import { makeWorkspace, zipBytes } from '../helpers/workspace.js';
import { bundleAndApi, runBundledAction, type BundleRun } from './run-bundle.js';

const ISSUE = 'contoso/orders#7';
const MANIFEST = 'appPackage/manifest.json';
// The base already lists a URL in validDomains (a fixable defect on a line the pull request leaves alone); the
// pull request sets the version to "1.0" (a fixable defect on a line it changes).
const baseManifest = validManifest({ validDomains: ['https://orders.contoso.com/app'] });
const headManifest = { ...baseManifest, version: '1.0' };
const text = (m: object) => JSON.stringify(m, null, 2) + '\n';

const { bundle, api: current } = bundleAndApi(bundleDir);
let api: GithubApiServer;
beforeEach(() => {
  api = current();
});

/** The pull request's head, checked out, with the zip the workflow built from it. */
function headLayout() {
  return { [MANIFEST]: text(headManifest), 'appPackage/build/appPackage.dev.zip': { zip: teamsPackage(headManifest) } };
}

function event(o: { head?: string; base?: string; headRepo?: string } = {}) {
  return { pull_request: { number: 7, base: { sha: o.base ?? 'c'.repeat(40) }, head: { sha: o.head ?? 'b'.repeat(40), repo: { full_name: o.headRepo ?? 'contoso/orders' } } } };
}

function run(workspace: string, o: Partial<BundleRun> = {}) {
  return runBundledAction({
    bundle: bundle(),
    workspace,
    eventName: 'pull_request',
    event: event(),
    ...o,
    inputs: { comment: 'true', ...o.inputs },
    env: { GITHUB_API_URL: api.url, GITHUB_WORKFLOW_REF: 'contoso/orders/.github/workflows/check.yml@refs/pull/7/merge', GITHUB_JOB: 'check', ...o.env },
  });
}

describe('suggestions on a pull request', () => {
  it('one review with the fix of the changed line; the comment lists the other fix with the command; no repeat', async () => {
    const ws = await makeWorkspace(headLayout());
    api.pullFiles.set(ISSUE, [{ filename: MANIFEST, status: 'modified', patch: githubPatch(text(baseManifest), text(headManifest)) }]);
    const r = await run(ws);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.reportPath, 'utf8'));
    expectWellFormed(report);
    expect(report.packages[0].findings.filter((f: { fix?: object }) => f.fix).map((f: { fix: { applicable: boolean; edits: Array<{ path: string }> } }) => [f.fix.applicable, f.fix.edits[0].path])).toEqual([
      [true, MANIFEST],
      [true, MANIFEST],
    ]);

    expect(api.reviews).toHaveLength(1);
    const [comment] = api.reviewCommentsOn(ISSUE);
    expect(comment).toMatchObject({ path: MANIFEST, line: 4, start_line: null, side: 'RIGHT', commit_id: 'b'.repeat(40) });
    expect(comment.body).toContain('```suggestion\n  "version": "1.0.0",\n```');
    expect(r.stdout).toMatch(/Review with 1 suggested fix: https:\/\/github\.com\/contoso\/orders\/pull\/7#pullrequestreview-\d+\./);

    const sticky = api.commentsOn(ISSUE)[0].body;
    expect(sticky).toContain('🔧 **2 findings have a fix.** 1 is suggested in the review on the lines this pull request changes: commit it there. For the other 1, run `npx copilot-publish-check --fix appPackage` at the repository root');
    expect(sticky).toMatch(/- `appPackage\/manifest\.json:\d+:\d+` `teams\.valid-domains-host-only`: Write the host name/);
    // The job summary says how to make every fix.
    expect(r.summary).toContain('🔧 **2 findings have a fix.** Run `npx copilot-publish-check --fix appPackage`');

    const second = await run(ws);
    expect(second.code).toBe(1);
    expect(api.reviews).toHaveLength(1);
    expect(api.reviewCommentsOn(ISSUE)).toHaveLength(1);
    expect(second.stdout).toContain('No new review: the 1 fix is suggested already.');
    expect(api.commentsOn(ISSUE)).toHaveLength(1);
    expect(api.commentsOn(ISSUE)[0].body).toContain('1 is suggested in the review');
  }, 120_000);

  it('reads the changed lines from git when the checkout has the history', async () => {
    const ws = await makeWorkspace({ [MANIFEST]: text(baseManifest) });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(ws, MANIFEST), text(headManifest));
    git('commit', '-q', '-am', 'version 1.0');
    const head = git('rev-parse', 'HEAD');
    // The zip is built in the workflow, not committed.
    mkdirSync(join(ws, 'appPackage/build'));
    writeFileSync(join(ws, 'appPackage/build/appPackage.dev.zip'), await zipBytes(teamsPackage(headManifest)));
    // GitHub knows the diff (it checks the review against it); the action reads it from git, not from the API.
    api.pullFiles.set(ISSUE, [{ filename: MANIFEST, status: 'modified', patch: githubPatch(text(baseManifest), text(headManifest)) }]);
    const r = await run(ws, { event: event({ base, head }) });
    expect(api.requests.some((q) => q.path.includes('/pulls/7/files'))).toBe(false);
    expect(api.reviewCommentsOn(ISSUE)).toMatchObject([{ path: MANIFEST, line: 4 }]);
    expect(r.code).toBe(1);
  }, 120_000);

  it('a fork\'s pull request: no review, no comment, one warning for both', async () => {
    const ws = await makeWorkspace(headLayout());
    api.pullFiles.set(ISSUE, [{ filename: MANIFEST, status: 'modified', patch: githubPatch(text(baseManifest), text(headManifest)) }]);
    const r = await run(ws, { event: event({ headRepo: 'forker/orders' }) });
    expect(api.reviews).toEqual([]);
    expect(api.comments).toEqual([]);
    expect(api.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    // One warning about the permission (the findings' own warnings aside).
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('pull-requests%3A write'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('the pull-request comment and the review with suggested fixes were skipped (they need pull-requests: write)');
  }, 120_000);

  it('suggestions: false makes no review and lists every fix in the comment', async () => {
    const ws = await makeWorkspace(headLayout());
    api.pullFiles.set(ISSUE, [{ filename: MANIFEST, status: 'modified', patch: githubPatch(text(baseManifest), text(headManifest)) }]);
    await run(ws, { inputs: { suggestions: 'false' } });
    expect(api.reviews).toEqual([]);
    expect(api.commentsOn(ISSUE)[0].body).toContain('🔧 **2 findings have a fix.** Run `npx copilot-publish-check --fix appPackage`');
  }, 120_000);
});
