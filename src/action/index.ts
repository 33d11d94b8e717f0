// Entry point of the GitHub Action (bundled into dist/index.js). The only place that reads the environment.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { ConfigurationError, readInputs } from './inputs.js';
import { runAction, type ActionCore } from './run.js';

async function main(): Promise<void> {
  try {
    const inputs = readInputs({ getInput: (name) => core.getInput(name) });
    if (inputs.token) core.setSecret(inputs.token);
    const actionCore: ActionCore = {
      info: (m) => core.info(m),
      warning: (m, p) => core.warning(m, p),
      error: (m, p) => core.error(m, p),
      notice: (m, p) => core.notice(m, p),
      setOutput: (n, v) => core.setOutput(n, v),
      setFailed: (m) => core.setFailed(m),
      writeSummary: async (md) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(md).write();
      },
    };
    await runAction(inputs, {
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      tempDir: process.env.RUNNER_TEMP || tmpdir(),
      core: actionCore,
    });
  } catch (e) {
    if (e instanceof ConfigurationError) core.setFailed(e.message);
    else core.setFailed(`Internal error in copilot-publish-check: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

void main();
