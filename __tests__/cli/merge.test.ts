// --merge: the JSON reports of matrix jobs, each over a share of the packages, give the report of one run over all.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';

function workspace(files: Record<string, string | Uint8Array | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-merge-'));
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

const under = (prefix: string, files: Record<string, string | Uint8Array | object>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`${prefix}/${k}`, v]));
const withoutTimes = (report: { packages: { stats: { ms: number } }[] }) => ({ ...report, packages: report.packages.map((p) => ({ ...p, stats: { ...p.stats, ms: 0 } })) });

describe('copilot-publish-check --merge', () => {
  // --output is written relative to the process's working directory, so the tests give absolute paths.
  const dir = workspace({
    ...under('apps/a', teamsPackage()),
    ...under('apps/b', teamsPackage(validManifest({ accentColor: 'red' }))),
    ...under('apps/c', teamsPackage(validManifest({ id: 'not-a-guid' }))),
  });

  it('gives the report of one run over every share', async () => {
    const all = await cli(['apps/a', 'apps/b', 'apps/c', '--format', 'json'], dir);
    expect(await cli(['apps/a', 'apps/b', '--format', 'json', '--output', join(dir, 'one.json')], dir)).toMatchObject({ code: 1 });
    expect(await cli(['apps/c', '--format', 'json', '--output', join(dir, 'two.json')], dir)).toMatchObject({ code: 1 });
    const merged = await cli(['--merge', 'one.json', 'two.json', '--format', 'json'], dir);
    expect(merged.code).toBe(all.code);
    expect(merged.stderr).toBe(all.stderr);
    expect(withoutTimes(JSON.parse(merged.stdout))).toEqual(withoutTimes(JSON.parse(all.stdout)));
    expect(JSON.parse(merged.stdout).summary.packages).toBe(3);
  });

  it('renders the merged report in any format and fails on its findings', async () => {
    await cli(['apps/a', '--format', 'json', '--output', join(dir, 'clean.json')], dir);
    const text = await cli(['--merge', 'clean.json', '--format', 'markdown'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('apps/a');
  });

  it('counts a package in two shares once, with a warning', async () => {
    await cli(['apps/a', '--format', 'json', '--output', join(dir, 'x.json')], dir);
    await cli(['apps/a', '--format', 'json', '--output', join(dir, 'y.json')], dir);
    const r = await cli(['--merge', 'x.json', 'y.json', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).packages).toHaveLength(1);
    expect(r.stderr).toContain('counted once');
  });

  it('is a usage error without reports, with a file that is not a report, or with mixed audiences', async () => {
    expect((await cli(['--merge'], dir)).code).toBe(2);
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    expect(await cli(['--merge', 'other.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('not a copilot-publish-check JSON report') });
    expect((await cli(['--merge', 'missing.json'], dir)).code).toBe(2);
    await cli(['apps/a', '--format', 'json', '--audience', 'single-tenant', '--output', join(dir, 'st.json')], dir);
    await cli(['apps/c', '--format', 'json', '--output', join(dir, 'both.json')], dir);
    expect(await cli(['--merge', 'st.json', 'both.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('different audiences') });
  });
});
