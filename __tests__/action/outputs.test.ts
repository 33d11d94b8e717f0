// Every output is written even when another one fails: the counts first, then each of log, annotations, summary,
// report and SARIF on its own; a failure is reported and fails the step, after everything else was written.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/inputs.js';
import { runAction, type ActionCore } from '../../src/action/run.js';
import { teamsPackage } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

const INPUTS: ActionInputs = { paths: ['build/*.zip'], audience: 'both', failOn: 'error', comment: false, token: '', reportPath: '', sarifPath: 'out/x.sarif', previous: '', source: '' };

describe('outputs', () => {
  it('are all written when the job summary cannot be', async () => {
    const ws = await makeWorkspace({ 'build/a.zip': { zip: teamsPackage() } });
    const outputs = new Map<string, string>();
    const failed: string[] = [];
    const core: ActionCore = {
      info: () => undefined,
      warning: () => undefined,
      error: () => undefined,
      notice: () => undefined,
      setOutput: (name, value) => outputs.set(name, value),
      setFailed: (m) => failed.push(m),
      writeSummary: async () => {
        throw new Error('Invalid string length');
      },
    };
    const report = await runAction(INPUTS, { workspace: ws, tempDir: ws, core });
    expect([...outputs.keys()].sort()).toEqual(['eligible-multitenant', 'eligible-single-tenant', 'errors', 'notices', 'report-path', 'sarif-path', 'warnings']);
    expect(JSON.parse(readFileSync(outputs.get('report-path')!, 'utf8')).packages).toHaveLength(report.packages.length);
    expect(existsSync(`${ws}/out/x.sarif`)).toBe(true);
    expect(failed).toEqual(['The job summary could not be written: Invalid string length.']);
  });
});
