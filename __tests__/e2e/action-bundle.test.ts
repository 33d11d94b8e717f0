// Runs the bundled action as GitHub runs it: a child process with INPUT_* and the runner's files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDir } from '../helpers/bundle.js';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..', '..');

interface Result {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  reportPath: string;
}

let bundle: string;
beforeAll(() => {
  bundle = bundleDir();
  execFileSyncQuiet();
}, 180_000);

function execFileSyncQuiet() {
  // The example zips are built by a script, as `npm start` does.
  return run(process.execPath, [join(ROOT, 'scripts', 'examples.mjs')], { cwd: ROOT });
}

async function runAction(inputs: Record<string, string>, entry = 'index.js'): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-e2e-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify({}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'contoso/orders',
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_testtokenvalue1234567890',
    INPUT_COMMENT: 'false',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let code = 0;
  let stdout = '';
  try {
    ({ stdout } = await run(process.execPath, [join(bundle, entry)], { cwd: ROOT, env }));
  } catch (e) {
    const err = e as { code: number; stdout: string };
    code = err.code;
    stdout = err.stdout;
  }
  return { code, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), reportPath: join(dir, 'copilot-publish-check', 'report.json') };
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

describe('the bundled action (dist/index.js)', () => {
  it('annotates, summarises, writes outputs and the report, and fails on errors', async () => {
    const r = await runAction({ path: 'examples/build/*.zip' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=teams\.manifest-schema,file=examples\/build\/broken-message-extension\.zip::/m);
    expect(r.stdout).toContain('::error::');
    expect(r.outputs['eligible-multitenant']).toBe('false');
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(r.outputs['report-path']).toBe(r.reportPath);
    const report = JSON.parse(readFileSync(r.reportPath, 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.packages.map((p: { path: string }) => p.path)).toEqual([
      'examples/build/broken-message-extension.zip',
      'examples/build/contoso-orders-message-extension.zip',
    ]);
    expect(r.summary).toContain('Copilot publish check');
    expect(r.stdout).not.toContain('ghs_testtokenvalue1234567890');
  });

  it('passes on a clean package and says it is eligible everywhere', async () => {
    const r = await runAction({ path: 'examples/build/contoso-orders-message-extension.zip', audience: 'both' });
    expect(r.code).toBe(0);
    expect(r.outputs['eligible-single-tenant']).toBe('true');
    expect(r.outputs['eligible-multitenant']).toBe('true');
    expect(r.outputs.errors).toBe('0');
  });

  it('fails with a clear message for a path that does not exist, and still checks the others', async () => {
    const r = await runAction({ path: 'does/not/exist.zip\nexamples/build/contoso-orders-message-extension.zip' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Nothing found at \\"does/not/exist.zip\\"'.replace(/\\"/g, '"'));
    expect(r.outputs.errors).toBe('0');
  });

  it('rejects an invalid input value as a configuration error', async () => {
    const r = await runAction({ path: 'examples/build', audience: 'everyone' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Input "audience" must be one of');
  });

  it('honours fail-on: never', async () => {
    const r = await runAction({ path: 'examples/build', 'fail-on': 'never' });
    expect(r.code).toBe(0);
  });

  it('the CLI bundle prints a report and exits by the findings', async () => {
    let code = 0;
    let stdout = '';
    try {
      ({ stdout } = await run(process.execPath, [join(bundle, 'cli', 'index.js'), 'examples/build', '--format', 'json'], { cwd: ROOT }));
    } catch (e) {
      ({ code, stdout } = e as { code: number; stdout: string });
    }
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary.packages).toBe(2);
  });
});
