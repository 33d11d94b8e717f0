// The action reads the same configuration file from the workspace; inputs the workflow sets win over its audience
// and fail-on; a mistake in it stops the run with the place named.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, readInputs, type ActionInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { recordingCore } from '../helpers/action-core.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { badId, byRule, CONFIG } from './support.js';

const recorder = recordingCore;

const INPUTS: ActionInputs = { paths: ['build/*.zip'], comment: false, token: '', reportPath: '', sarifPath: '', previous: '', source: '' };

describe('the action and the configuration file', () => {
  it('reads .github/copilot-publish-check.yml from the workspace: audience and fail-on from it, severities applied', async () => {
    const ws = await makeWorkspace({ 'build/a.zip': { zip: badId() }, [CONFIG]: 'rules:\n  teams.developer-mpn-id: off\naudience: multitenant\nfail-on: never\n' });
    const rec = recorder();
    const report = await runAction(INPUTS, { workspace: ws, tempDir: ws, core: rec.core });
    expect(report.audience).toBe('multitenant');
    expect(byRule(report.packages[0], 'teams.developer-mpn-id')[0].suppressed?.kind).toBe('config');
    expect(rec.calls.some((c) => c.fn === 'failed')).toBe(false);
    expect(rec.calls.filter((c) => c.fn === 'notice').map((c) => c.message).join('\n')).not.toContain('mpnId');
    expect(rec.summary()).toContain('1 finding suppressed (1 by rule).');
  });

  it('inputs the workflow sets win over the file', async () => {
    const ws = await makeWorkspace({ 'build/a.zip': { zip: badId() }, [CONFIG]: 'audience: multitenant\nfail-on: never\n' });
    const rec = recorder();
    const report = await runAction({ ...INPUTS, audience: 'single-tenant', failOn: 'error' }, { workspace: ws, tempDir: ws, core: rec.core });
    expect(report.audience).toBe('single-tenant');
    expect(rec.calls.at(-1)?.fn).toBe('failed');
  });

  it('an input names another file; a mistake in it is a configuration error with its places', async () => {
    const ws = await makeWorkspace({ 'build/a.zip': { zip: badId() }, 'ci/check.yml': 'ignore:\n  - rule: teams.manifest-schema\nfail-on: sometimes\n' });
    const run = runAction({ ...INPUTS, config: 'ci/check.yml' }, { workspace: ws, tempDir: ws, core: recorder().core });
    await expect(run).rejects.toThrow(ConfigurationError);
    const e = (await run.catch((x) => x)) as ConfigurationError;
    expect(e.message).toBe('The configuration is not valid: ci/check.yml:2:5: ignore entry 1 has no reason: every ignore needs one ("reason: …"), saying why these findings are accepted. (and 1 more)');
    expect(e.problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['ci/check.yml', 2, 5],
      ['ci/check.yml', 3, 10],
    ]);
  });

  it('reads empty audience and fail-on inputs as "not set", and the config input', () => {
    const inputs = readInputs({ getInput: (name) => ({ config: ' ci/check.yml ', audience: '', 'fail-on': '' })[name] ?? '' });
    expect([inputs.audience, inputs.failOn, inputs.config]).toEqual([undefined, undefined, 'ci/check.yml']);
    expect(readInputs({ getInput: (name) => (name === 'fail-on' ? 'warning' : '') }).failOn).toBe('warning');
  });
});
