// Entry point of the GitHub Action (bundled into dist/index.js). The only place that reads the environment.
import * as core from '@actions/core';
import { context } from '@actions/github';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PATTERNS } from '../engine/index.js';
import { commentKey, legacyCommentKey } from './comment/marker.js';
import { createOctokit } from './comment/octokit.js';
import { publishPullRequestComment } from './comment/publisher.js';
import { publishSuggestions } from './review/publisher.js';
import { headCommit, type GithubEvent } from './comment/target.js';
import { ConfigurationError, readInputs } from './inputs.js';
import { runAction, type ActionCore } from './run.js';
import { actionScope, changesReader, defaultScope } from './scope/index.js';
import { neutralizeWorkflowCommands } from '../report/index.js';
import { tuneTiering } from '../shared/v8-tiering.js';

/**
 * The CLI bundle beside this one (dist/cli/index.js). Built from a path, not `new URL('./cli/index.js',
 * import.meta.url)`, which the bundler would take for an asset to copy.
 */
function cliBundle(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'cli', 'index.js');
}

async function main(): Promise<void> {
  // Before any check runs; the worker threads started later share the process's flags.
  tuneTiering();
  try {
    const inputs = readInputs({ getInput: (name) => core.getInput(name) });
    if (inputs.token) core.setSecret(inputs.token);
    const warned = new Set<string>();
    const actionCore: ActionCore = {
      // core.info prints raw: every log line is made inert first (annotations go through core's escaping).
      info: (m) => core.info(neutralizeWorkflowCommands(m)),
      // The comment and the review warn about a read-only token in the same words: once is enough.
      warning: (m, p) => {
        const key = `${p?.title ?? ''}\u0000${m}`;
        if (warned.has(key)) return;
        warned.add(key);
        core.warning(m, p);
      },
      error: (m, p) => core.error(m, p),
      notice: (m, p) => core.notice(m, p),
      setOutput: (n, v) => core.setOutput(n, v),
      setFailed: (m) => core.setFailed(m),
      writeSummary: async (md) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(md).write();
      },
    };
    const event: GithubEvent = {
      eventName: context.eventName ?? '',
      payload: (context.payload ?? {}) as Record<string, unknown>,
      repository: process.env.GITHUB_REPOSITORY ?? '',
      serverUrl: (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
      runId: process.env.GITHUB_RUN_ID ?? '',
      sha: process.env.GITHUB_SHA ?? '',
      actor: process.env.GITHUB_ACTOR ?? '',
    };
    // One client for the comment and for a pull request's changed files.
    const octokit = inputs.token ? createOctokit(inputs.token, { log: actionCore.info }) : undefined;
    // One comment per workflow job: the workflow's file (its ref without the branch), else its name, and the job id.
    const workflow = (process.env.GITHUB_WORKFLOW_REF ?? '').replace(/@.*$/, '') || process.env.GITHUB_WORKFLOW || '';
    const key = commentKey(workflow, process.env.GITHUB_JOB ?? '');
    const legacyKey = legacyCommentKey(inputs.paths.length > 0 ? inputs.paths : DEFAULT_PATTERNS);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const scope = inputs.scope ?? defaultScope(event.eventName);
    // The pull request's changed files and lines, read once for the scope and the suggestions.
    const changes = changesReader({ workspace, event, pullRequest: inputs.pullRequest, octokit });
    // What the job writes to the pull request, for the one warning when the token cannot.
    const writes = [inputs.comment && 'the pull-request comment', inputs.suggestions && 'the review with suggested fixes'].filter(Boolean).join(' and ') || undefined;
    await runAction(inputs, {
      workspace,
      tempDir: process.env.RUNNER_TEMP || tmpdir(),
      core: actionCore,
      // Many packages are checked on every core. The worker threads run the CLI bundle built beside this one (the
      // same engine), which serves them without the action's GitHub libraries: a quarter of the code to load.
      pool: { workers: availableParallelism(), script: cliBundle() },
      links: event.repository ? { serverUrl: event.serverUrl, repository: event.repository, ref: headCommit(event) || 'HEAD' } : undefined,
      env: process.env,
      scope: () => actionScope(scope, changes),
      publishComment: (report, verdict, notes) =>
        publishPullRequestComment(
          report,
          {
            octokit,
            event,
            pullRequest: inputs.pullRequest,
            key,
            legacyKey,
            writes,
            info: actionCore.info,
            warning: (m, title) => actionCore.warning(m, title ? { title } : undefined),
          },
          verdict,
          notes,
        ),
      publishSuggestions: (report) =>
        publishSuggestions(report, {
          octokit,
          event,
          pullRequest: inputs.pullRequest,
          workspace,
          changes,
          writes,
          info: actionCore.info,
          warning: (m, title) => actionCore.warning(m, title ? { title } : undefined),
        }),
    });
  } catch (e) {
    if (e instanceof ConfigurationError) {
      // Each mistake of a configuration file is annotated on its line; the step fails with the first.
      for (const p of e.problems) core.error(p.message, { title: 'copilot-publish-check: configuration', file: p.file, startLine: p.line, startColumn: p.column });
      core.setFailed(e.message);
    } else core.setFailed(`Internal error in copilot-publish-check: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

void main();
