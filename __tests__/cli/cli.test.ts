import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseCliArgs } from '../../src/cli/args.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';

function workspace(files: Record<string, string | Uint8Array | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content instanceof Uint8Array || typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const prefixed = (prefix: string, files: Record<string, string | Uint8Array | object>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [`${prefix}/${k}`, v]));

describe('copilot-publish-check CLI', () => {
  it('exits 0 with a route per audience for a clean package folder', async () => {
    const dir = workspace(prefixed('app', teamsPackage()));
    const r = await cli(['app', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.packages[0].routes.map((x: { audience: string; channel: string }) => [x.audience, x.channel])).toEqual([
      ['single-tenant', 'admin-center-integrated-apps'],
      ['multitenant', 'partner-center-teams-app'],
    ]);
  });

  it('exits 1 when an error is found, 0 with --fail-on never', async () => {
    const dir = workspace(prefixed('app', teamsPackage(validManifest({ id: 'nope' }))));
    expect((await cli(['app'], dir)).code).toBe(1);
    expect((await cli(['app', '--fail-on', 'never'], dir)).code).toBe(0);
  });

  it('evaluates only the requested audience', async () => {
    const dir = workspace(prefixed('app', teamsPackage()));
    const report = JSON.parse((await cli(['app', '--format', 'json', '--audience', 'multitenant'], dir)).stdout);
    expect(report.audience).toBe('multitenant');
    expect(report.packages[0].routes.map((r: { audience: string }) => r.audience)).toEqual(['multitenant']);
  });

  it('exits 2 for a path that does not exist, after checking the others', async () => {
    const dir = workspace(prefixed('app', teamsPackage()));
    const r = await cli(['missing.zip', 'app', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing found at "missing.zip"');
    expect(JSON.parse(r.stdout).packages).toHaveLength(1);
  });

  it('reports a corrupt zip and a folder without a manifest as findings and goes on', async () => {
    const dir = workspace({ 'bad.zip': 'this is not a zip', 'empty/readme.txt': 'hello', ...prefixed('app', teamsPackage()) });
    const r = await cli(['bad.zip', 'empty', 'app', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const byPath = Object.fromEntries(report.packages.map((p: { path: string; findings: { ruleId: string }[] }) => [p.path, p.findings.map((f) => f.ruleId)]));
    expect(byPath['bad.zip']).toContain('package.zip-corrupt');
    expect(byPath['empty']).toContain('package.unrecognized');
    expect(byPath['app'].filter((id: string) => id.startsWith('package.'))).toEqual([]);
  });

  it('prints workflow commands in the github format', async () => {
    const dir = workspace(prefixed('app', teamsPackage(validManifest({ id: 'nope' }))));
    const r = await cli(['app', '--format', 'github'], dir);
    // A folder package is its own source: the annotation sits on the manifest's line.
    expect(r.stdout).toMatch(/^::error file=app\/manifest\.json,line=\d+,col=\d+,title=teams\.manifest-schema%3A [^:]+::/m);
  });

  it('writes the output to a file with --output', async () => {
    const dir = workspace(prefixed('app', teamsPackage()));
    const r = await cli(['app', '--format', 'markdown', '--output', join(dir, 'out.md')], dir);
    expect(r.stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('Copilot publish check');
  });

  it('rejects bad options with exit code 2 and the usage', async () => {
    const r = await cli(['--format', 'xml'], process.cwd());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of');
    expect(parseCliArgs(['--nope']).ok).toBe(false);
  });

  it('prints the rule catalogue', async () => {
    const r = await cli(['--list-rules'], process.cwd());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('`teams.manifest-schema`');
  });
});
