// Outputs through symbolic links a pull request commits (issue 20, item 3): `out.sarif` pointing at a file outside
// the workspace, a report folder pointing outside, a dangling link. The file outside stays as it was, the refused
// output is a clear error naming the path, and every other output is still written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { runCli } from '../../src/cli/main.js';
import { writeBuiltPackages } from '../../src/shared/package-output.js';
import { actionOutputs, cliOutputs, openOutput, OutputRefused, writeOutput } from '../../src/shared/output-path.js';
import { recordingCore } from '../helpers/action-core.js';
import { teamsPackage } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};

/** A folder outside the workspace holding a file a link will point at. */
function outside(): { dir: string; victim: string } {
  const dir = tmp('cpc-outside-');
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'original\n');
  return { dir, victim };
}

const INPUTS: ActionInputs = { paths: ['build/*.zip'], audience: 'both', failOn: 'never', comment: false, token: '', reportPath: '', sarifPath: '', previous: '', source: '' };

async function hostileWorkspace() {
  const o = outside();
  const ws = await makeWorkspace({ 'build/a.zip': { zip: teamsPackage() } });
  made.push(ws);
  symlinkSync(o.victim, join(ws, 'out.sarif'));
  symlinkSync(o.dir, join(ws, 'reports'));
  symlinkSync(join(o.dir, 'not-there.json'), join(ws, 'dangling.json'));
  return { ws, ...o };
}

describe('the action, in a workspace whose outputs are links', () => {
  it('out.sarif → a file outside, and the report in a folder link: refused, named, the file unchanged, the rest written', async () => {
    const { ws, dir, victim } = await hostileWorkspace();
    const temp = tmp('cpc-runner-temp-');
    const rec = recordingCore();
    await runAction({ ...INPUTS, sarifPath: 'out.sarif', reportPath: 'reports/report.json' }, { workspace: ws, tempDir: temp, core: rec.core });
    expect(readFileSync(victim, 'utf8')).toBe('original\n');
    expect(readdirSync(dir).sort()).toEqual(['victim.txt']);
    const failed = rec.calls.filter((c) => c.fn === 'failed').map((c) => c.message).join('\n');
    expect(failed).toContain(`The JSON report could not be written: ${join(ws, 'reports/report.json')} lies behind ${join(ws, 'reports')}, which is a symbolic link`);
    expect(failed).toContain(`The SARIF file could not be written: ${join(ws, 'out.sarif')} is a symbolic link`);
    // Everything else: counts, log, annotations, summary.
    const outputs = rec.calls.filter((c) => c.fn === 'output').map((c) => c.message.split('=')[0]);
    expect(outputs).toEqual(expect.arrayContaining(['errors', 'warnings', 'notices', 'eligible-single-tenant', 'eligible-multitenant']));
    expect(outputs).not.toContain('report-path');
    expect(rec.calls.some((c) => c.fn === 'info' && c.message.includes('build/a.zip'))).toBe(true);
    expect(rec.summary()).toContain('Copilot publish check');
  });

  it('a dangling link as the report: refused (nothing made where it points), and SARIF is written', async () => {
    const { ws, dir } = await hostileWorkspace();
    const rec = recordingCore();
    await runAction({ ...INPUTS, sarifPath: 'ok/x.sarif', reportPath: 'dangling.json' }, { workspace: ws, tempDir: tmp('cpc-runner-temp-'), core: rec.core });
    expect(existsSync(join(dir, 'not-there.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(ws, 'ok/x.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(rec.calls.find((c) => c.fn === 'failed')?.message).toBe(
      `The JSON report could not be written: ${join(ws, 'dangling.json')} is a symbolic link; outputs are never written through links (a link in a pull request could point anywhere).`,
    );
  });

  it('a report path outside the workspace and RUNNER_TEMP is refused; the default under RUNNER_TEMP is written', async () => {
    const { ws, dir } = await hostileWorkspace();
    const temp = tmp('cpc-runner-temp-');
    const rec = recordingCore();
    await runAction({ ...INPUTS, reportPath: join(dir, 'report.json') }, { workspace: ws, tempDir: temp, core: rec.core });
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect(rec.calls.find((c) => c.fn === 'failed')?.message).toContain('is outside the workspace or RUNNER_TEMP');
    const rec2 = recordingCore();
    await runAction(INPUTS, { workspace: ws, tempDir: temp, core: rec2.core });
    expect(rec2.calls.find((c) => c.fn === 'output' && c.message.startsWith('report-path='))?.message).toBe(`report-path=${join(temp, 'copilot-publish-check', 'report.json')}`);
  });

  it('package zips: one whose folder is a link is skipped with the reason, the other written', async () => {
    const { ws, dir } = await hostileWorkspace();
    const files = new Map([['manifest.json', new TextEncoder().encode('{}')]]);
    const built = [
      { path: 'a/m365agents.yml', zip: join(ws, 'a/appPackage/build/appPackage.dev.zip'), files, missing: [], errors: 0 },
      { path: 'b/m365agents.yml', zip: join(ws, 'b/appPackage/build/appPackage.dev.zip'), files, missing: [], errors: 0 },
    ];
    // b's zip would go through packages/b, a link to the folder outside.
    const outDir = join(ws, 'packages');
    mkdirSync(outDir);
    symlinkSync(dir, join(outDir, 'b'));
    const out = await writeBuiltPackages(built, outDir, ws, actionOutputs(ws, tmp('cpc-runner-temp-')));
    expect(out.written).toEqual([join(outDir, 'a/appPackage/build/appPackage.dev.zip')]);
    expect(out.skipped).toEqual([`b/m365agents.yml: not written: ${join(outDir, 'b/appPackage/build/appPackage.dev.zip')} lies behind ${join(outDir, 'b')}, which is a symbolic link; outputs are never written through links (a link in a pull request could point anywhere).`]);
    expect(readdirSync(dir).sort()).toEqual(['victim.txt']);
  });
});

describe('the command line', () => {
  async function cli(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it('refuses a link committed in the repository (--output, --write-baseline), writes the others, exits 2', async () => {
    const { ws, dir, victim } = await hostileWorkspace();
    symlinkSync(dir, join(ws, '.baselines'));
    const r = await cli(['build/a.zip', '--format', 'sarif', '--output', 'out.sarif', '--write-baseline', '.baselines/b.json', '--fail-on', 'never'], ws);
    expect(readFileSync(victim, 'utf8')).toBe('original\n');
    expect(readdirSync(dir).sort()).toEqual(['victim.txt']);
    expect(r.stderr).toContain(`copilot-publish-check: not written: ${join(ws, 'out.sarif')} is a symbolic link`);
    expect(r.stderr).toContain(`copilot-publish-check: not written: ${join(ws, '.baselines/b.json')} lies behind ${join(ws, '.baselines')}, which is a symbolic link`);
    expect(r.code).toBe(2);
    // The same run with a plain --output: the report is written and the baseline still refused.
    const again = await cli(['build/a.zip', '--format', 'json', '--output', 'reports-real/out.json', '--write-baseline', '.baselines/b.json', '--fail-on', 'never'], ws);
    expect(JSON.parse(readFileSync(join(ws, 'reports-real/out.json'), 'utf8')).schemaVersion).toBe(1);
    expect(again.code).toBe(2);
  });

  it('writes where its user says outside the repository, links and all (their own machine)', async () => {
    const { ws } = await hostileWorkspace();
    const elsewhere = tmp('cpc-user-home-');
    const real = tmp('cpc-user-data-');
    symlinkSync(real, join(elsewhere, 'reports'));
    const r = await cli(['build/a.zip', '--format', 'json', '--output', join(elsewhere, 'reports/out.json'), '--fail-on', 'never'], ws);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(real, 'out.json'), 'utf8')).schemaVersion).toBe(1);
  });
});

describe('the policy', () => {
  it('refuses a file inside a guarded folder whose link appears after the check (O_NOFOLLOW), and a folder as the file', async () => {
    const ws = tmp('cpc-policy-');
    const o = outside();
    symlinkSync(o.victim, join(ws, 'late.txt'));
    await expect(writeOutput(join(ws, 'late.txt'), 'x', cliOutputs(ws))).rejects.toThrow(OutputRefused);
    // Opened past the check, the link is still not followed.
    await expect(openOutput(join(ws, 'late.txt'), true)).rejects.toThrow(`${join(ws, 'late.txt')} is a symbolic link`);
    await expect(writeOutput(ws, 'x', cliOutputs(ws))).rejects.toThrow('is a folder, not a file');
    expect(readFileSync(o.victim, 'utf8')).toBe('original\n');
    expect(await writeOutput(join(ws, 'a/b/c.txt'), 'ok', actionOutputs(ws, ws))).toBe(join(ws, 'a/b/c.txt'));
  });
});
