// The CLI on a developer's machine: --changed-since checks what changed since a git ref, SARIF and fingerprints
// are the same from any working folder, and the default places fail only when nothing is found.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { CONNECTOR_FOLDERS, connectorsRepository, toolkitProject } from '../helpers/repositories.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

async function repository(layout: Parameters<typeof makeWorkspace>[0]): Promise<string> {
  const dir = await makeWorkspace(layout);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

describe('--changed-since', () => {
  it('checks only the connectors changed since the ref: committed, uncommitted and new', async () => {
    const dir = await repository(connectorsRepository());
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, CONNECTOR_FOLDERS.asite, 'readme.md'), '# Asite\n\nChanged.\n');
    git(dir, 'commit', '-q', '-am', 'asite');
    writeFileSync(join(dir, CONNECTOR_FOLDERS.fish, 'readme.md'), '# Fish\n\nNot committed yet.\n');
    const r = await cli(['.', '--changed-since', 'main', '--format', 'json', '--fail-on', 'never'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.packages.map((p: { path: string }) => p.path).sort()).toEqual([CONNECTOR_FOLDERS.asite, CONNECTOR_FOLDERS.fish].sort());
    expect(report.scope).toEqual({ mode: 'changed', changes: 'changes since main, from git', changedFiles: 2, outOfScope: 2 });
    expect(r.stderr).toContain('2 package(s) with a file changed since main checked, 2 unchanged left out.');
  });

  it('is a usage error outside git or with a ref git does not know', async () => {
    const dir = await repository(connectorsRepository());
    const r = await cli(['.', '--changed-since', 'no-such-ref'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--changed-since no-such-ref: git merge-base failed/);
    expect((await cli(['.', '--changed-since', ''], dir)).stderr).toContain('--changed-since needs a git ref');
    const plain = await makeWorkspace(connectorsRepository());
    const outside = await cli(['.', '--changed-since', 'main'], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('run it inside a git repository');
  });
});

describe('SARIF from any working folder', () => {
  it('locates every result relative to the repository root, with the same fingerprints, never through ../', async () => {
    const broken = validManifest({ id: 'nope' });
    const dir = await repository({ 'apps/orders/appPackage/manifest.json': JSON.stringify(broken, null, 2), 'apps/orders/appPackage/build/app.zip': { zip: teamsPackage(broken) } });
    const zip = join(dir, 'apps/orders/appPackage/build/app.zip');
    const outside = mkdtempSync(join(tmpdir(), 'cpc-elsewhere-'));
    const fromOutside = JSON.parse((await cli([zip, '--format', 'sarif'], outside)).stdout);
    const fromSubfolder = JSON.parse((await cli([zip, '--format', 'sarif'], join(dir, 'apps/orders'))).stdout);
    const fromRoot = JSON.parse((await cli(['apps/orders/appPackage/build/app.zip', '--format', 'sarif'], dir)).stdout);
    type Result = { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[]; partialFingerprints: Record<string, string> };
    const uris = (log: { runs: { results: Result[] }[] }) => log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
    const prints = (log: { runs: { results: Result[] }[] }) => log.runs[0].results.map((x) => x.partialFingerprints['copilotPublishCheck/v1']);
    expect(uris(fromOutside).length).toBeGreaterThan(0);
    for (const log of [fromOutside, fromSubfolder, fromRoot]) {
      for (const uri of uris(log)) expect(uri).toMatch(/^apps\/orders\/appPackage\/(manifest\.json|build\/app\.zip)$/);
    }
    expect(uris(fromOutside)).toEqual(uris(fromRoot));
    expect(prints(fromOutside)).toEqual(prints(fromRoot));
    expect(prints(fromSubfolder)).toEqual(prints(fromRoot));
  });

  it('names a package outside any repository by its absolute file: URI, not by ../', async () => {
    const dir = await makeWorkspace({ 'app.zip': { zip: teamsPackage(validManifest({ id: 'nope' })) } });
    const elsewhere = mkdtempSync(join(tmpdir(), 'cpc-elsewhere-'));
    const log = JSON.parse((await cli([join(dir, 'app.zip'), '--format', 'sarif'], elsewhere)).stdout);
    const locations = log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation);
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations) expect(l).toEqual({ uri: `file://${join(dir, 'app.zip')}` });
  });
});

describe('the default places', () => {
  it('pass on a project with one clean built zip, and fail on an empty folder naming what was searched', async () => {
    const project = await makeWorkspace(toolkitProject());
    const ok = await cli(['--format', 'json'], project);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).packages.map((p: { path: string }) => p.path)).toEqual(['appPackage/build/appPackage.dev.zip']);
    const empty = await cli([], mkdtempSync(join(tmpdir(), 'cpc-empty-')));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('No package found in the usual places (searched **/{m365agents,teamsapp}{,.local}.yml, **/appPackage/build/*.zip, **/appPackage/*.zip, **/apiDefinition.swagger.json)');
  });

  it('keeps exit code 2 for a path the user named that does not exist', async () => {
    const project = await makeWorkspace(toolkitProject());
    const r = await cli(['appPackage/build/appPackage.prod.zip'], project);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing found at "appPackage/build/appPackage.prod.zip"');
  });
});
