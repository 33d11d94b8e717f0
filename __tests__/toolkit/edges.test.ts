// `environment` and `package-output` at the CLI and the action, and where they are documented.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/main.js';
import { ConfigurationError, readInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { recordingCore } from '../helpers/action-core.js';
import { readZip } from '../../src/engine/read/zip.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { agentProject, under } from './projects.js';

const VALUES = { TEAMS_APP_ID: '0b5e2c8a-1f3d-4a6b-9c7e-2d4f6a8b0c1e', APIKEY_REGISTRATION_ID: '5d0a1b2c-3e4f-4a5b-8c6d-7e8f9a0b1c2d' };

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function inputs(values: Record<string, string>) {
  return readInputs({ getInput: (name) => values[name] ?? '' });
}

const recorder = recordingCore;

describe('--environment and --package-output', () => {
  it('parses both, with dev as the default environment, and refuses what is not an environment name', () => {
    const parsed = parseCliArgs([]);
    expect(parsed.ok && parsed.options.environment).toBe('dev');
    const both = parseCliArgs(['--environment', 'prod', '--package-output', 'out']);
    expect(both.ok && [both.options.environment, both.options.packageOutput]).toEqual(['prod', 'out']);
    expect(parseCliArgs(['--environment', '../x'])).toMatchObject({ ok: false, error: expect.stringContaining('--environment') });
    expect(parseCliArgs(['--package-output', ' '])).toMatchObject({ ok: false, error: expect.stringContaining('--package-output') });
    expect(USAGE).toMatch(/--environment <name>[\s\S]*env\/\.env\.<name>/);
    expect(USAGE).toMatch(/--package-output <dir>/);
  });

  it('writes the zip the toolkit would write, at its path under the folder, once every variable has a value', async () => {
    const root = await makeWorkspace(under('apps/repairs', agentProject()), 'cpc-tk-');
    const r = await cli(['--package-output', 'out'], root, VALUES);
    const zip = join(root, 'out/apps/repairs/appPackage/build/appPackage.dev.zip');
    expect(r.stderr).toContain(`wrote ${zip}`);
    const read = await readZip(zip);
    expect([...(read.view?.names ?? [])].sort()).toEqual(['ai-plugin.json', 'apiSpecificationFile/repairs.yml', 'color.png', 'declarativeAgent.json', 'manifest.json', 'outline.png']);
    expect(JSON.parse(read.view?.text('manifest.json') ?? '{}').id).toBe(VALUES.TEAMS_APP_ID);
  });

  it('does not write a package checked with stand-ins, and says which variables to set', async () => {
    const root = await makeWorkspace(agentProject(), 'cpc-tk-');
    const r = await cli(['--package-output', 'out'], root);
    expect(r.stderr).toMatch(/m365agents\.yml: not written: TEAMS_APP_ID, APIKEY_REGISTRATION_ID have no value/);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});

describe('the environment and package-output inputs', () => {
  it('reads them, with dev as the default, and refuses a bad environment', () => {
    expect(inputs({}).environment).toBe('dev');
    expect(inputs({ environment: 'prod', 'package-output': ' dist/pkg ' })).toMatchObject({ environment: 'prod', packageOutput: 'dist/pkg' });
    expect(() => inputs({ environment: 'a b' })).toThrow(ConfigurationError);
  });

  it('writes the zips under the workspace and names them in the packages output; nowhere else', async () => {
    const root = await makeWorkspace(agentProject(), 'cpc-tk-');
    const rec = recorder();
    const base = { ...inputs({ 'package-output': 'copilot-packages', comment: 'false' }) };
    await runAction(base, { workspace: root, tempDir: join(root, 'tmp'), core: rec.core, env: VALUES });
    const zip = join(root, 'copilot-packages/appPackage/build/appPackage.dev.zip');
    expect(existsSync(zip)).toBe(true);
    expect(rec.calls).toContainEqual({ fn: 'output', message: `packages=${zip}` });
    await expect(runAction({ ...base, packageOutput: '/etc/copilot' }, { workspace: root, tempDir: join(root, 'tmp'), core: recorder().core })).rejects.toThrow(/package-output/);
  });

  it('are documented in action.yml and the README, with a workflow that uploads the zip', () => {
    const action = readFileSync('action.yml', 'utf8');
    expect(action).toMatch(/\n {2}environment:\n {4}description: '[^']*atk package --env/);
    expect(action).toMatch(/\n {2}package-output:\n {4}description:/);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/\| `environment` \| `dev` \|/);
    expect(readme).toMatch(/\| `package-output` \| none \|/);
    expect(readme).toMatch(/package-output: copilot-packages[\s\S]*actions\/upload-artifact@v4[\s\S]*copilot-packages\/\*\*\/\*\.zip/);
    expect(readme).toContain('--environment NAME] [--package-output DIR]');
  });
});
