// Runs the action's real entry point (src/action/index.ts) against a fake GitHub API on 127.0.0.1 that records
// what it is sent, in debug mode, on a repository a pull request filled with links to the checkout's credentials
// (actions/checkout leaves the token in .git/config). Once per test file: @actions/core and @actions/github are
// loaded once per process, and a second run in the same process hangs on their state.
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { asBytes, goodFiles, Workspace, yazlZip } from './run.js';
import { teamsPackage, validManifest } from '../../helpers/packages.js';

export const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
/** Every form the token could take in text. */
const FORMS = [TOKEN, BASIC, TOKEN.slice(4, 24), encodeURIComponent(TOKEN), Buffer.from(TOKEN).toString('base64')];

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

async function fakeGithub(status: { post: number }): Promise<{ server: Server; url: string; requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && /\/issues\/7\/comments/.test(req.url ?? '')) return res.end('[]');
      if (req.method === 'POST' && /\/issues\/7\/comments/.test(req.url ?? '')) {
        res.statusCode = status.post;
        return res.end(status.post < 300 ? JSON.stringify({ id: 1, html_url: 'https://github.com/o/r/pull/7#issuecomment-1' }) : JSON.stringify({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }));
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ message: 'Not Found' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** A pull request's repository: good and bad packages, and links to the checkout's credentials. */
async function hostileRepository(ws: Workspace): Promise<void> {
  ws.write('.git/config', `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n[credential]\n\thelper = store ${TOKEN}\n`);
  ws.write('.git-credentials', `https://x-access-token:${TOKEN}@github.com\n`);
  ws.write('good/appPackage/build/appPackage.dev.zip', await yazlZip(goodFiles()));
  // A folder package whose manifest and icon link to the credentials, a zip and a connector file that do too.
  mkdirSync(join(ws.dir, 'evil/appPackage/build'), { recursive: true });
  symlinkSync(join(ws.dir, '.git/config'), join(ws.dir, 'evil/appPackage/manifest.json'));
  symlinkSync('../../.git-credentials', join(ws.dir, 'evil/appPackage/color.png'));
  symlinkSync(join(ws.dir, '.git/config'), join(ws.dir, 'evil/appPackage/build/appPackage.dev.zip'));
  symlinkSync(join(ws.dir, '.git-credentials'), join(ws.dir, 'evil/connector.json'));
  // A package that names the credentials as its files.
  const manifest = validManifest({ icons: { color: '../../.git/config', outline: '/home/runner/work/_temp/.git-credentials' }, localizationInfo: { defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'fr', file: '../.git-credentials' }] } });
  ws.write('named/appPackage/build/appPackage.dev.zip', await yazlZip(asBytes(teamsPackage(manifest))));
}

export interface RunResult {
  log: string;
  outputs: string;
  summary: string;
  report: string;
  sarif: string;
  requests: Recorded[];
}

// @actions/core and @actions/github are loaded once per test file (resetModules does not reach node_modules):
// core.summary keeps the first summary path, so every run shares one runner folder.
export const runner = new Workspace();

export async function runTheAction(postStatus: number): Promise<RunResult> {
  const ws = new Workspace();
  await hostileRepository(ws);
  const api = await fakeGithub({ post: postStatus });
  const outputsFile = join(runner.dir, 'output.txt');
  const summaryFile = join(runner.dir, 'summary.md');
  const eventFile = join(runner.dir, 'event.json');
  runner.write('output.txt', '');
  runner.write('summary.md', '');
  runner.write(
    'event.json',
    JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } }, repository: { full_name: 'o/r' } }),
  );
  const env: Record<string, string> = {
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_PATH: 'good/appPackage/build/*.zip\nevil/appPackage\nevil/appPackage/build/*.zip\nevil/connector.json\nnamed/appPackage/build/*.zip',
    INPUT_COMMENT: 'true',
    INPUT_AUDIENCE: 'both',
    'INPUT_FAIL-ON': 'error',
    INPUT_REPORT: 'out/report.json',
    INPUT_SARIF: 'out/results.sarif',
    GITHUB_WORKSPACE: ws.dir,
    RUNNER_TEMP: runner.dir,
    GITHUB_OUTPUT: outputsFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_ACTOR: 'someone',
    GITHUB_ACTIONS: 'true',
    // Debug mode, as a maintainer re-running a failed job with debug logging would have it.
    RUNNER_DEBUG: '1',
    ACTIONS_STEP_DEBUG: 'true',
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const written: string[] = [];
  const capture = (stream: NodeJS.WriteStream) => {
    const original = stream.write.bind(stream);
    // Captured, not passed on: the action's log would bury the test output.
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
    return () => (stream.write = original as typeof stream.write);
  };
  const restoreOut = capture(process.stdout);
  const restoreErr = capture(process.stderr);
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    vi.resetModules();
    await import('../../../src/action/index.js');
    // main() runs on import and ends with setFailed (the hostile packages have errors), which sets the exit code.
    for (let i = 0; i < 1200 && process.exitCode === undefined; i++) await new Promise((r) => setTimeout(r, 50));
    expect(process.exitCode, "the action did not finish").toBe(1);
  } finally {
    restoreOut();
    restoreErr();
    process.exitCode = exitCode;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    api.server.close();
  }
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '');
  const result = {
    // The runner masks what ::add-mask:: registers; that line itself is the one place the token may appear.
    log: written.join('').split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    outputs: read(outputsFile),
    summary: read(summaryFile),
    report: read(join(ws.dir, 'out/report.json')),
    sarif: read(join(ws.dir, 'out/results.sarif')),
    requests: api.requests,
  };
  ws.cleanup();
  return result;
}

export function expectNoToken(label: string, text: string): void {
  for (const form of FORMS) expect(text.includes(form), `${label} contains the token (${form.slice(0, 6)}…)`).toBe(false);
}

