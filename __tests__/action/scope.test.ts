// Pull-request scope: which packages a set of changed files touches, where the changed files come from, and what
// happens when they cannot be read.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, readInputs } from '../../src/action/inputs.js';
import { createOctokit } from '../../src/action/comment/octokit.js';
import type { GithubEvent } from '../../src/action/comment/target.js';
import { defaultScope, describeScope, planScope, readChanges, scopeSelector, type Changes } from '../../src/action/scope/index.js';
import { touchedPaths } from '../../src/action/scope/select.js';
import type { SelectContext, Target } from '../../src/engine/index.js';
import { GithubApiServer } from '../helpers/github-api-server.js';

const ROOT = '/repo';
const target = (path: string, type: Target['type'], inputs?: string[]): Target => ({ abs: join(ROOT, path), display: path, type, ...(inputs ? { inputs } : {}) });
const changes = (files: string[]): Changes => ({ root: ROOT, files, description: 'test' });
const noSource: SelectContext = { builtFrom: async () => undefined };

async function chosen(files: string[], targets: Target[], o: { committed?: string[]; context?: SelectContext } = {}): Promise<string[]> {
  const select = scopeSelector(changes(files), async (paths) => new Set(paths.filter((p) => o.committed?.includes(p))));
  return (await select(targets, o.context ?? noSource)).map((t) => t.display);
}

describe('which packages a change touches', () => {
  it('a folder package when a file under it changed, added or removed; not its neighbour with a longer name', async () => {
    const targets = [target('certified-connectors/Asite (Canada)', 'folder'), target('certified-connectors/Asite (Canada) 2', 'folder')];
    expect(await chosen(['certified-connectors/Asite (Canada)/apiProperties.json'], targets)).toEqual(['certified-connectors/Asite (Canada)']);
    expect(await chosen(['certified-connectors/Asite (Canada)/icon.png'], targets)).toEqual(['certified-connectors/Asite (Canada)']);
    expect(await chosen(['README.md'], targets)).toEqual([]);
  });

  it('a JSON definition or a committed zip when it changed itself', async () => {
    const targets = [target('graph/tickets.json', 'file'), target('release/app.zip', 'zip')];
    expect(await chosen(['graph/tickets.json'], targets, { committed: ['release/app.zip'] })).toEqual(['graph/tickets.json']);
    expect(await chosen(['release/app.zip'], targets, { committed: ['release/app.zip'] })).toEqual(['release/app.zip']);
    expect(await chosen(['release/notes.md'], targets, { committed: ['release/app.zip'] })).toEqual([]);
  });

  it('a zip built during the workflow when its source changed, and always when its source is unknown', async () => {
    const zip = target('apps/orders/appPackage/build/appPackage.dev.zip', 'zip');
    const known: SelectContext = { builtFrom: async () => [join(ROOT, 'apps/orders/appPackage'), join(ROOT, 'apps/orders/m365agents.yml'), join(ROOT, 'apps/orders/env')] };
    expect(await chosen(['apps/orders/appPackage/manifest.json'], [zip], { context: known })).toHaveLength(1);
    expect(await chosen(['apps/orders/env/.env.dev'], [zip], { context: known })).toHaveLength(1);
    expect(await chosen(['apps/tickets/appPackage/manifest.json'], [zip], { context: known })).toEqual([]);
    expect(await chosen(['apps/tickets/appPackage/manifest.json'], [zip])).toHaveLength(1);
    // A failing lookup of the source is an unknown source.
    expect(await chosen(['x'], [zip], { context: { builtFrom: async () => Promise.reject(new Error('unreadable')) } })).toHaveLength(1);
  });

  it("a Target that lists what it is built from (a toolkit project) by those files alone", async () => {
    const project = target('apps/orders', 'folder', [join(ROOT, 'apps/orders/appPackage'), join(ROOT, 'apps/orders/m365agents.yml'), join(ROOT, 'apps/orders/env/.env.dev')]);
    expect(await chosen(['apps/orders/m365agents.yml'], [project])).toEqual(['apps/orders']);
    expect(await chosen(['apps/orders/env/.env.dev'], [project])).toEqual(['apps/orders']);
    expect(await chosen(['apps/orders/src/index.ts'], [project])).toEqual([]);
  });

  it('every changed path and the folders above it', () => {
    expect([...touchedPaths(['a/b/c.json', './d.md'])].sort()).toEqual(['', 'a', 'a/b', 'a/b/c.json', 'd.md']);
  });
});

describe('scope input and default', () => {
  const inputs = (scope: string) => readInputs({ getInput: (name) => (name === 'scope' ? scope : '') });

  it('changed on pull_request and pull_request_target, all elsewhere', () => {
    expect(['pull_request', 'pull_request_target', 'push', 'workflow_run', 'schedule'].map(defaultScope)).toEqual(['changed', 'changed', 'all', 'all', 'all']);
  });

  it('accepts changed and all, and refuses anything else with a clear message', () => {
    expect(inputs('').scope).toBeUndefined();
    expect(inputs(' Changed ').scope).toBe('changed');
    expect(inputs('all').scope).toBe('all');
    expect(() => inputs('some')).toThrow(ConfigurationError);
    expect(() => inputs('some')).toThrow('Input "scope" must be one of changed, all; got "some".');
  });

  it('a plan that could not read the changes checks everything and says why', () => {
    const plan = planScope('changed', { ok: false, reason: 'no token' }, async () => new Set());
    expect(plan).toEqual({ mode: 'all', fallback: 'no token' });
    expect(describeScope(plan, 0)).toEqual({ mode: 'all', outOfScope: 0, fallback: 'no token' });
    expect(describeScope(planScope('all', undefined, async () => new Set()), 0)).toBeUndefined();
  });
});

describe('reading the changed files', () => {
  const event = (eventName: string, payload: Record<string, unknown>): GithubEvent => ({ eventName, payload, repository: 'contoso/orders', serverUrl: 'https://github.com', runId: '1', sha: 'a'.repeat(40), actor: 'octocat' });
  const pr = { pull_request: { number: 7, base: { sha: 'c'.repeat(40) }, head: { sha: 'b'.repeat(40) } } };
  let api: GithubApiServer;
  beforeAll(async () => {
    api = new GithubApiServer();
    await api.start();
    api.tokens.set('t', { login: 'github-actions[bot]', type: 'Bot', write: false });
  });
  afterAll(() => api.stop());
  const octokit = () => createOctokit('t', { log: () => undefined, baseUrl: api.url, retryAfterBaseValue: 1 });

  it('lists a pull request\'s files from the API, renamed files under both names, with the lines each JSON file changes', async () => {
    api.pullFiles.set('contoso/orders#7', [
      { filename: 'a/new.json', status: 'renamed', previous_filename: 'b/old.json', patch: '@@ -2,3 +2,4 @@ {\n   "a": 1,\n-  "b": 2\n+  "b": 3,\n+  "c": 4\n }' },
      { filename: 'c/gone.json', status: 'removed' },
      { filename: 'd/icon.png', status: 'modified', patch: null },
    ]);
    const r = await readChanges({ event: event('pull_request', pr), root: ROOT, gitAvailable: false, octokit: octokit() });
    expect(r).toEqual({ ok: true, changes: { root: ROOT, files: ['a/new.json', 'b/old.json', 'c/gone.json', 'd/icon.png'], description: 'pull request #7, from the GitHub API', lines: expect.any(Function) } });
    const lines = r.ok ? await r.changes.lines?.('a/new.json') : undefined;
    expect(lines?.hunks.map((h) => [h.start, h.end, [...h.added]])).toEqual([[2, 5, [3, 4]]]);
    expect(lines?.hunks[0].text.get(4)).toBe('  "c": 4');
    // Not JSON, or no patch: no lines to suggest on.
    expect(r.ok ? await r.changes.lines?.('d/icon.png') : 'x').toBeUndefined();
  });

  it('gives up on a pull request with more files than GitHub lists', async () => {
    api.pullFiles.set('contoso/orders#7', Array.from({ length: 3_100 }, (_, i) => ({ filename: `f${i}`, status: 'added' as const })));
    const big = { pull_request: { ...pr.pull_request, changed_files: 3_100 } };
    const r = await readChanges({ event: event('pull_request', big), root: ROOT, gitAvailable: false, octokit: octokit() });
    expect(r).toEqual({ ok: false, reason: 'pull request #7 changes more files than GitHub lists (3,000); check out with "fetch-depth: 0" to scope it from git' });
  }, 60_000);

  it('says why when there is no token and no history, or no pull request at all', async () => {
    expect(await readChanges({ event: event('pull_request', pr), root: ROOT, gitAvailable: false })).toEqual({
      ok: false,
      reason: 'the files of pull request #7 could not be listed: no github-token, and the checkout has no history to compare',
    });
    expect((await readChanges({ event: event('push', { before: '1'.repeat(40), after: '2'.repeat(40) }), root: ROOT, gitAvailable: false })).ok).toBe(false);
    expect(await readChanges({ event: event('schedule', {}), root: ROOT, gitAvailable: false })).toEqual({ ok: false, reason: 'a schedule event names no pull request or push to compare with' });
  });

  it('uses the pull-request input on workflow_run', async () => {
    api.pullFiles.set('contoso/orders#9', [{ filename: 'x.json', status: 'added' }]);
    const r = await readChanges({ event: event('workflow_run', { workflow_run: {} }), root: ROOT, gitAvailable: false, pullRequest: 9, octokit: octokit() });
    expect(r.ok && r.changes.description).toBe('pull request #9, from the GitHub API');
  });
});

