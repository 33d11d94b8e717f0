// --fix and --fix-dry-run: the fixes are made in folder packages and in the sources zips were built from (never in a
// zip), then the check runs again and reports what is left; the dry run prints a diff that git applies to the same
// result and changes nothing; symbolic links and paths outside the repository are refused.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { fixMessages, planRepositoryFixes } from '../../src/cli/fix/index.js';
import { buildReport } from '../../src/engine/index.js';
import type { Finding, PackageReport } from '../../src/engine/types.js';
import { readEditable } from '../../src/shared/editable-file.js';
import { serialize, STYLES } from '../helpers/fixes.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import { teamsPackage, validManifest, type FileRecord } from '../helpers/packages.js';
import { under } from '../helpers/repositories.js';
import { makeWorkspace, zipBytes } from '../helpers/workspace.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const [, crlf] = STYLES;
const broken = (o: Record<string, unknown> = {}) => validManifest({ version: '1.0', validDomains: ['https://orders.contoso.com/app'], ...o });
const fixedManifest = (o: Record<string, unknown> = {}) => validManifest({ version: '1.0.0', validDomains: ['orders.contoso.com'], ...o });
// The folder package is another app than the zip, so the zip's source is found without doubt.
const OTHER_APP = { id: '33333333-4444-4555-8666-777777777777', name: { short: 'Contoso Returns', full: 'Contoso Returns for Microsoft 365' } };
const folder = (manifest: object): FileRecord => ({ ...teamsPackage(), 'manifest.json': serialize(manifest, crlf) });

async function repository(): Promise<string> {
  const dir = await makeWorkspace({
    ...under('apps/orders', folder(broken(OTHER_APP))),
    // A zip built from appPackage/manifest.json (same app id), written here in another formatting.
    'appPackage/manifest.json': JSON.stringify(broken(), null, 2) + '\n',
    'appPackage/build/app.zip': { zip: teamsPackage(broken()) },
    // A zip whose source is nowhere in the repository.
    'vendor/other.zip': { zip: teamsPackage(validManifest({ id: '11111111-2222-4333-8444-555555555555', name: { short: 'Vendor app', full: 'Vendor app for Microsoft 365' }, version: '2.1' })) },
  });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

describe('--fix', () => {
  it('fixes folder packages and zip sources, leaves zips alone, checks again and reports what is left', async () => {
    const dir = await repository();
    const zipBefore = readFileSync(join(dir, 'vendor/other.zip'));
    const r = await cli(['apps/orders', 'appPackage/build/app.zip', 'vendor/other.zip', '--fix', '--format', 'json'], dir);
    expect(readFileSync(join(dir, 'apps/orders/manifest.json'), 'utf8')).toBe(serialize(fixedManifest(OTHER_APP), crlf));
    expect(readFileSync(join(dir, 'appPackage/manifest.json'), 'utf8')).toBe(JSON.stringify(fixedManifest(), null, 2) + '\n');
    expect(readFileSync(join(dir, 'vendor/other.zip'))).toEqual(zipBefore);
    expect(r.stderr).toContain('fixed 4 findings in 2 files: apps/orders/manifest.json, appPackage/manifest.json.');
    expect(r.stderr).toContain('the fixed sources build appPackage/build/app.zip: its findings go when it is built again.');
    expect(r.stderr).toMatch(/1 fix cannot be applied \(teams\.version-semver at manifest\.json:4:\d+\): manifest\.json is inside vendor\/other\.zip, and the repository file it was built from was not found/);
    expect(r.stderr).toMatch(/checked again after fixing: \d+ errors?, \d+ warnings?, \d+ notices? left\./);
    // The report printed is the second check's: the folder package has nothing left to fix; the zips are as they were.
    const report = JSON.parse(r.stdout);
    expectWellFormed(report);
    const left = (path: string) => report.packages.find((p: PackageReport) => p.path === path).findings.filter((f: Finding) => f.fix).map((f: Finding) => f.ruleId);
    expect(left('apps/orders')).toEqual([]);
    expect(left('appPackage/build/app.zip').sort()).toEqual(['teams.valid-domains-host-only', 'teams.version-semver']);
    expect(left('vendor/other.zip')).toEqual(['teams.version-semver']);
    expect(r.code).toBe(1);

    // The zip built again from the fixed source: nothing left.
    writeFileSync(join(dir, 'appPackage/build/app.zip'), await zipBytes(teamsPackage(JSON.parse(readFileSync(join(dir, 'appPackage/manifest.json'), 'utf8')))));
    const again = await cli(['apps/orders', 'appPackage/build/app.zip', '--fix'], dir);
    expect(again.stderr).toContain('nothing to fix: no finding has a fix.');
    expect(again.code).toBe(0);
  });

  it('--fix-dry-run prints a diff git applies to the same result, and changes nothing', async () => {
    const dir = await repository();
    const before = readFileSync(join(dir, 'apps/orders/manifest.json'), 'utf8');
    const check = await cli(['apps/orders', 'appPackage/build/app.zip', 'vendor/other.zip', '--format', 'json'], dir);
    // Fixes that can be made and one that cannot, as the report gives them.
    expectWellFormed(JSON.parse(check.stdout));
    const r = await cli(['apps/orders', 'appPackage/build/app.zip', '--fix-dry-run'], dir);
    expect(readFileSync(join(dir, 'apps/orders/manifest.json'), 'utf8')).toBe(before);
    expect(r.stderr).toContain('would fix 4 findings in 2 files: apps/orders/manifest.json, appPackage/manifest.json (nothing was changed).');
    expect(r.stdout).toMatch(/^diff --git a\/apps\/orders\/manifest\.json b\/apps\/orders\/manifest\.json\n--- a\/apps\/orders\/manifest\.json\n\+\+\+ b\/apps\/orders\/manifest\.json\n@@ /);
    expect(r.stdout).toContain('-    "version": "1.0",\r\n+    "version": "1.0.0",\r\n');
    expect(r.code).toBe(1);
    writeFileSync(join(dir, 'fix.patch'), r.stdout);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    expect(readFileSync(join(dir, 'apps/orders/manifest.json'), 'utf8')).toBe(serialize(fixedManifest(OTHER_APP), crlf));
    expect(readFileSync(join(dir, 'appPackage/manifest.json'), 'utf8')).toBe(JSON.stringify(fixedManifest(), null, 2) + '\n');
  });

  it('the text output names each fix and the command', async () => {
    const dir = await repository();
    const r = await cli(['apps/orders'], dir);
    expect(r.stdout).toContain('      fix: Write version "1.0" as "1.0.0".');
    expect(r.stdout).toContain('2 findings have a fix: npx copilot-publish-check --fix apps/orders makes them (--fix-dry-run shows the diff first).');
  });

  it('is a usage error with --fix-dry-run, --merge or --write-baseline', async () => {
    const dir = await repository();
    expect((await cli(['apps/orders', '--fix', '--fix-dry-run'], dir)).stderr).toContain('--fix and --fix-dry-run exclude each other');
    expect((await cli(['r.json', '--fix', '--merge'], dir)).code).toBe(2);
    expect((await cli(['apps/orders', '--fix', '--write-baseline', 'b.json'], dir)).stderr).toContain('fix first, then write the baseline');
  });
});

describe('files the fixes may change', () => {
  const fixOf = (path: string): Finding => ({
    ruleId: 'teams.version-semver',
    severity: 'error',
    message: 'm',
    file: 'manifest.json',
    pointer: '/version',
    line: 1,
    column: 10,
    source: { path, line: 1, column: 10 },
    audiences: ['single-tenant', 'multitenant'],
    docs: 'https://learn.microsoft.com/x',
    fix: { description: 'Write version "1.0" as "1.0.0".', changes: [], edits: [{ path, start: { line: 1, column: 13, offset: 12 }, end: { line: 1, column: 18, offset: 17 }, text: '"1.0.0"' }], applicable: true },
  });
  const report = (findings: Finding[]) => buildReport([{ path: 'p', kind: 'teams-app', capabilities: [], routes: [], findings, stats: { files: 1, bytes: 1, ms: 0 } }], { audience: 'both', toolVersion: 't' });

  it('refuses symbolic links, links on the way out of the repository, paths outside it, and text that is not UTF-8', async () => {
    const dir = await makeWorkspace({ 'repo/real.json': '{"version": "1.0"}', 'repo/latin1.json': Buffer.from('{"version": "1.0", "n": "\xe9"}', 'latin1'), 'elsewhere/m.json': '{"version": "1.0"}' });
    const repo = join(dir, 'repo');
    symlinkSync(join(repo, 'real.json'), join(repo, 'link.json'));
    mkdirSync(join(repo, 'sub'));
    symlinkSync(join(dir, 'elsewhere'), join(repo, 'sub', 'out'));
    expect(await readEditable(repo, 'link.json')).toEqual({ ok: false, reason: 'link.json is a symbolic link; fixes are not written through links' });
    expect(await readEditable(repo, 'sub/out/m.json')).toEqual({ ok: false, reason: 'sub/out/m.json lies behind a symbolic link that leads outside the repository' });
    expect(await readEditable(repo, '../elsewhere/m.json')).toMatchObject({ ok: false, reason: expect.stringContaining('is outside the repository root') });
    expect(await readEditable(repo, 'latin1.json')).toEqual({ ok: false, reason: 'latin1.json is not UTF-8 text; it is left as it is' });
    expect(await readEditable(repo, 'real.json')).toMatchObject({ ok: true, text: '{"version": "1.0"}', bom: false });

    const plan = await planRepositoryFixes(report([fixOf('link.json'), fixOf('real.json')]), repo);
    expect(plan.files.map((f) => f.path)).toEqual(['real.json']);
    expect(plan.refused.map((r) => r.reason)).toEqual(['link.json is a symbolic link; fixes are not written through links']);
    expect(fixMessages(plan, false)).toEqual([
      'fixed 1 finding in 1 file: real.json.',
      '1 fix cannot be applied (teams.version-semver at link.json:1:10): link.json is a symbolic link; fixes are not written through links.',
    ]);
  });

  it('makes the fixes that do not overlap, and leaves the others for another run', async () => {
    const dir = await makeWorkspace({ 'm.json': '{"version": "1.0"}' });
    const other = fixOf('m.json');
    other.fix = { ...other.fix!, edits: [{ ...other.fix!.edits[0], text: '"2.0.0"' }] };
    const plan = await planRepositoryFixes(report([fixOf('m.json'), fixOf('m.json'), other]), dir);
    expect(plan.fixed).toHaveLength(1);
    expect(plan.alsoFixed).toHaveLength(1);
    expect(plan.overlapping).toEqual([other]);
    expect(fixMessages(plan, true)).toEqual([
      'would fix 2 findings in 1 file: m.json (nothing was changed).',
      '1 fix left for another run: it changes text another fix changes (teams.version-semver at m.json:1:10). Run --fix again.',
    ]);
  });
});
