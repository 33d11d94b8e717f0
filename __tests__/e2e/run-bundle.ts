// Runs the bundled action as GitHub runs it: a child process with INPUT_* and the runner's files
// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH) in a fresh temporary folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { GithubApiServer } from '../helpers/github-api-server.js';

const run = promisify(execFile);
export const ROOT = resolve(__dirname, '..', '..');
export const TOKEN = 'ghs_testtokenvalue1234567890';

export interface BundleResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  reportPath: string;
  dir: string;
}

export interface BundleRun {
  bundle: string;
  inputs: Record<string, string>;
  /** Repository root (GITHUB_WORKSPACE and the working directory). */
  workspace?: string;
  eventName?: string;
  event?: unknown;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
}

export async function runBundledAction(o: BundleRun): Promise<BundleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-e2e-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(o.event ?? {}));
  const workspace = o.workspace ?? ROOT;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: o.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'contoso/orders',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTOR: 'octocat',
    // Nothing may leave the machine: an unset API URL would mean api.github.com, so point it nowhere.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_COMMENT: 'false',
    ...o.env,
  };
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(process.execPath, [join(o.bundle, 'index.js')], { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    ({ code, stdout, stderr } = e as { code: number; stdout: string; stderr: string });
  }
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    reportPath: join(dir, 'copilot-publish-check', 'report.json'),
    dir,
  };
}

// GITHUB_OUTPUT uses the heredoc form: name<<delimiter, value, delimiter.
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** Workflow commands printed (lines the runner would act on), as [command, rest]. */
export function workflowCommands(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith('::') || l.includes('##['));
}

/**
 * The bundle under test: built from the working tree (cached by source hash), or CPC_TEST_BUNDLE when set,
 * for running these tests against a bundle built elsewhere (for example from a clean snapshot).
 */
export function testBundle(build: () => string): string {
  return process.env.CPC_TEST_BUNDLE || build();
}

/** The identity GITHUB_TOKEN has. */
export const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

/**
 * A fresh GitHub API stand-in for each test of the file, where TOKEN is github-actions[bot] with pull-requests:
 * write; `api()` is the current one.
 */
export function apiPerTest(): () => GithubApiServer {
  let api: GithubApiServer | undefined;
  beforeEach(async () => {
    await api?.stop();
    api = new GithubApiServer();
    await api.start();
    api.tokens.set(TOKEN, { ...BOT, write: true });
  });
  afterAll(async () => {
    await api?.stop();
  });
  return () => api!;
}

/** The bundle under test, built once for the file, and a fresh API stand-in for each test (`apiPerTest`). */
export function bundleAndApi(build: () => string): { bundle: () => string; api: () => GithubApiServer } {
  let bundle: string | undefined;
  beforeAll(() => {
    bundle = testBundle(build);
  }, 600_000);
  return { bundle: () => bundle!, api: apiPerTest() };
}
