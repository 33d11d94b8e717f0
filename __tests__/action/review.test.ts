// The review with suggested fixes: which fixes become suggestions (only on lines the pull request changes, the lines
// an edit spans exactly, the head's text checked), the review call against the GitHub API stand-in (GitHub's request
// and response shapes, lines only in the diff), one suggestion per fix however often the job runs, and the warnings.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { createOctokit } from '../../src/action/comment/octokit.js';
import type { GithubEvent } from '../../src/action/comment/target.js';
import { planSuggestions } from '../../src/action/review/plan.js';
import { publishSuggestions, type ReviewDeps } from '../../src/action/review/publisher.js';
import { parsePatch, type Changes } from '../../src/action/scope/index.js';
import { checkPaths } from '../../src/engine/index.js';
import type { Report } from '../../src/engine/types.js';
import { fixesNote } from '../../src/report/index.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { definitionWithProperty, DEFINITION_FILE } from '../helpers/graph-packages.js';
import { GithubApiServer } from '../helpers/github-api-server.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { githubPatch } from '../helpers/patches.js';
import { under } from '../helpers/repositories.js';
import { makeWorkspace } from '../helpers/workspace.js';

const MANIFEST = 'appPackage/manifest.json';
const base = JSON.stringify(validManifest({ validDomains: ['https://orders.contoso.com/app'] }), null, 2) + '\n';
// The pull request changes the version line (to a value that is not semver); the URL domain was there before.
const head = base.replace('"version": "1.0.0"', '"version": "1.0"');

async function repository(files: Record<string, string>): Promise<{ dir: string; report: Report }> {
  const icons = teamsPackage();
  const dir = await makeWorkspace({ ...under('appPackage', { 'color.png': icons['color.png'], 'outline.png': icons['outline.png'] }), ...files });
  const { report } = await checkPaths(['appPackage'], { audience: 'both', toolVersion: 'test', cwd: dir });
  return { dir, report };
}

function changesOf(dir: string, patches: Record<string, string>): Changes {
  return { root: dir, files: Object.keys(patches), description: 'pull request #7, from the GitHub API', lines: async (p) => (patches[p] === undefined ? undefined : parsePatch(patches[p])) };
}

describe('planSuggestions', () => {
  it('suggests the fix on the changed line; the fix on an unchanged line is left to the comment', async () => {
    const { dir, report } = await repository({ [MANIFEST]: head });
    const plan = await planSuggestions(report, { workspace: dir, changes: changesOf(dir, { [MANIFEST]: githubPatch(base, head) }) });
    expect(plan.suggestions.map((s) => ({ rule: s.findings[0].ruleId, path: s.path, start: s.start, end: s.end, lines: s.lines }))).toEqual([
      { rule: 'teams.version-semver', path: MANIFEST, start: 4, end: 4, lines: ['  "version": "1.0.0",'] },
    ]);
    expect(plan.suggestions[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.elsewhere.map((e) => [e.finding.ruleId, e.why])).toEqual([['teams.valid-domains-host-only', 'unchanged-lines']]);
    // The comment lists what the review does not carry, with the command.
    const note = fixesNote(report, { suggested: new Set(plan.suggestions.flatMap((s) => s.findings)) })!;
    expect(note).toContain('🔧 **2 findings have a fix.** 1 is suggested in the review on the lines this pull request changes: commit it there. For the other 1, run `npx copilot-publish-check --fix appPackage` at the repository root');
    expect(note).toMatch(/- `appPackage\/manifest\.json:\d+:\d+` `teams\.valid-domains-host-only`: Write the host name &quot;orders\\\.contoso\\\.com&quot;\\\./);
  });

  it('a fix whose lines the checkout holds differently from the pull request\'s head is not suggested', async () => {
    const { dir, report } = await repository({ [MANIFEST]: head });
    // The head's line 4 as GitHub lists it is another text (the checkout is a merge commit that moved lines).
    const patch = githubPatch(base, head).replace('+  "version": "1.0",', '+  "version": "1.0",  ');
    const plan = await planSuggestions(report, { workspace: dir, changes: changesOf(dir, { [MANIFEST]: patch }) });
    expect(plan.suggestions).toEqual([]);
    expect(plan.elsewhere.map((e) => e.why)).toEqual(['head-differs', 'unchanged-lines']);
  });

  it('a multi-line suggestion replaces exactly the lines the edits span, CRLF files included', async () => {
    const property = (flags: Record<string, unknown>) => ({ name: 'priority', type: 'string', isQueryable: true, isRetrievable: true, isRefinable: false, description: 'How urgent', ...flags });
    const crlf = (v: unknown) => JSON.stringify(v, null, 4).replace(/\n/g, '\r\n');
    const before = crlf(definitionWithProperty(7, property({})));
    const after = crlf(definitionWithProperty(7, property({ isQueryable: 'true', isRefinable: 'false' })));
    const dir = await makeWorkspace({ [`gc/${DEFINITION_FILE}`]: after });
    const { report } = await checkPaths(['gc'], { audience: 'both', toolVersion: 'test', cwd: dir });
    const plan = await planSuggestions(report, { workspace: dir, changes: changesOf(dir, { [`gc/${DEFINITION_FILE}`]: githubPatch(before, after) }) });
    expect(plan.suggestions).toHaveLength(1);
    const [s] = plan.suggestions;
    const lines = after.split('\r\n');
    expect(lines[s.start - 1]).toBe('                "isQueryable": "true",');
    expect(lines[s.end - 1]).toBe('                "isRefinable": "false",');
    expect(s.lines).toEqual(['                "isQueryable": true,', '                "isRetrievable": true,', '                "isRefinable": false,']);
  });

  it('an added member: the line it follows becomes two', async () => {
    // The pull request adds GET /orders/{orderId}/lines with a path parameter that has no x-ms-url-encoding.
    const swagger = (withLines: boolean) =>
      connectorPackage((p) => {
        if (withLines) p.swagger.paths['/orders/{orderId}/lines'] = { get: { ...p.swagger.paths['/orders/{orderId}'].get, operationId: 'GetOrderLines', summary: 'Get order lines', description: 'Gets the lines of one order, with quantities and prices.', parameters: [{ name: 'orderId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Order number', description: 'The number of the order.' }] } };
      })['apiDefinition.swagger.json'] as string;
    const dir = await makeWorkspace(under('connector', connectorPackage((p) => (p.swagger = JSON.parse(swagger(true))))));
    const { report } = await checkPaths(['connector'], { audience: 'both', toolVersion: 'test', cwd: dir });
    const plan = await planSuggestions(report, { workspace: dir, changes: changesOf(dir, { 'connector/apiDefinition.swagger.json': githubPatch(swagger(false), swagger(true)) }) });
    const [s] = plan.suggestions.filter((x) => x.findings[0].ruleId === 'powerplatform.path-parameter-encoding');
    const lines = swagger(true).split('\n');
    expect(lines[s.start - 1]).toBe('            "description": "The number of the order."');
    expect(s.end).toBe(s.start);
    expect(s.lines).toEqual(['            "description": "The number of the order.",', '            "x-ms-url-encoding": "single"']);
  });
});

describe('the review on the GitHub API stand-in', () => {
  const TOKEN = 'ghs_review';
  const PULL = 'contoso/orders#7';
  const HEAD = 'b'.repeat(40);
  let api: GithubApiServer;
  beforeEach(async () => {
    api = new GithubApiServer();
    await api.start();
    api.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', write: true });
  });
  afterEach(() => api.stop());

  const event = (headRepo = 'contoso/orders'): GithubEvent => ({
    eventName: 'pull_request',
    payload: { pull_request: { number: 7, head: { sha: HEAD, repo: { full_name: headRepo } } } },
    repository: 'contoso/orders',
    serverUrl: 'https://github.com',
    runId: '4242',
    sha: 'a'.repeat(40),
    actor: 'octocat',
  });

  async function deps(o: { headRepo?: string } = {}): Promise<{ deps: ReviewDeps; report: Report; log: string[]; warnings: string[] }> {
    const { dir, report } = await repository({ [MANIFEST]: head });
    const patch = githubPatch(base, head);
    api.pullFiles.set(PULL, [{ filename: MANIFEST, status: 'modified', patch }]);
    const log: string[] = [];
    const warnings: string[] = [];
    const octokit = createOctokit(TOKEN, { log: () => undefined, baseUrl: api.url, retryAfterBaseValue: 1 });
    const changes = changesOf(dir, { [MANIFEST]: patch });
    return {
      report,
      log,
      warnings,
      deps: { octokit, event: event(o.headRepo), pullRequest: undefined, workspace: dir, changes: async () => ({ result: { ok: true, changes } }), info: (m) => log.push(m), warning: (m) => warnings.push(m) },
    };
  }

  it('posts one review with a suggestion on the changed line, and never the same suggestion twice', async () => {
    const { deps: d, report, log } = await deps();
    const first = await publishSuggestions(report, d);
    expect([...first.suggested].map((f) => f.ruleId)).toEqual(['teams.version-semver']);
    expect(api.reviews).toMatchObject([{ pull: PULL, state: 'COMMENTED', commit_id: HEAD }]);
    expect(api.reviews[0].body).toContain('copilot-publish-check suggests a fix on lines this pull request changes.');
    const [comment] = api.reviewCommentsOn(PULL);
    expect(comment).toMatchObject({ path: MANIFEST, line: 4, start_line: null, side: 'RIGHT' });
    expect(comment.body).toMatch(/^🔧 \[`teams\.version-semver`\]\(https:\/\/learn\.microsoft\.com\/[^)]+\) version &quot;1\\\.0&quot; is not/);
    expect(comment.body).toContain('\n```suggestion\n  "version": "1.0.0",\n```\n<!-- copilot-publish-check:suggestion ');
    expect(log.at(-1)).toMatch(/^Review with 1 suggested fix: https:\/\/github\.com\/contoso\/orders\/pull\/7#pullrequestreview-\d+\.$/);

    // Someone else pasting our marker does not stop it; our own earlier comment does.
    const again = await publishSuggestions(report, d);
    expect(api.reviews).toHaveLength(1);
    expect([...again.suggested].map((f) => f.ruleId)).toEqual(['teams.version-semver']);
    expect(log.at(-1)).toBe('No new review: the 1 fix is suggested already.');
  });

  it('a push has no pull request: no request and nothing logged (the summary lists the fixes)', async () => {
    const { deps: d, report, log, warnings } = await deps();
    const r = await publishSuggestions(report, { ...d, event: { ...d.event, eventName: 'push', payload: {} } });
    expect(r.suggested.size).toBe(0);
    expect(api.requests).toEqual([]);
    expect(log).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('a fork\'s read-only token: no request at all, the comment\'s warning', async () => {
    const { deps: d, report, warnings } = await deps({ headRepo: 'forker/orders' });
    const r = await publishSuggestions(report, { ...d, writes: 'the pull-request comment and the review with suggested fixes' });
    expect(r.suggested.size).toBe(0);
    expect(api.requests).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^This pull request comes from a fork, and such runs get a read-only token: the pull-request comment and the review with suggested fixes were skipped \(they need pull-requests: write\)\./)]);
  });

  it('a token GitHub refuses (403), and a review GitHub does not take (422): warnings, and the comment lists the fixes', async () => {
    const { deps: d, report, warnings } = await deps();
    api.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', write: false });
    expect((await publishSuggestions(report, d)).suggested.size).toBe(0);
    expect(warnings.at(-1)).toMatch(/^The token cannot write to pull request #7 \(HTTP 403: Resource not accessible by integration/);
    api.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', write: true });
    // GitHub's diff no longer has the line (the pull request moved on): 422.
    api.pullFiles.set(PULL, [{ filename: MANIFEST, status: 'modified', patch: '@@ -80,1 +80,1 @@\n-a\n+b' }]);
    expect((await publishSuggestions(report, d)).suggested.size).toBe(0);
    expect(warnings.at(-1)).toMatch(/^The review with suggested fixes could not be written \(HTTP 422\): .*Line could not be resolved.*The comment lists the fixes instead\./);
  });
});
