// The workflow's token never reaches any output: not the log (even in debug mode), annotations, outputs, job
// summary, JSON report, SARIF or the pull-request comment, whatever a pull request puts in the repository.
// This file: the comment is posted. secrets-refused.test.ts: the API refuses the token (401).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoToken, runner, runTheAction, TOKEN, type RunResult } from './support/action-run.js';

describe('the token, when the comment is posted', () => {
  let ok: RunResult;

  beforeAll(async () => {
    ok = await runTheAction(201);
  }, 90_000);

  afterAll(() => {
    process.exitCode = 0;
    runner.cleanup();
  });

  it('was used, so the test can fail: the fake API received it and a comment was posted', () => {
    expect(ok.requests.some((r) => String(r.headers.authorization ?? '').includes(TOKEN))).toBe(true);
    expect(ok.requests.some((r) => r.method === 'POST' && /comments/.test(r.url))).toBe(true);
    expect(ok.report).toMatch(/"schemaVersion": ?1/);
    expect(ok.summary.length).toBeGreaterThan(0);
  });

  it('the hostile packages were refused, not read', () => {
    const report = JSON.parse(ok.report) as { packages: Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }> };
    const evil = report.packages.filter((p) => p.path.startsWith('evil/'));
    expect(evil.length).toBeGreaterThanOrEqual(2);
    for (const p of evil) expect(p.findings.some((f) => f.ruleId === 'package.zip-entry-refused' && /symbolic link/.test(f.message))).toBe(true);
  });

  it.each(['log', 'outputs', 'summary', 'report', 'sarif'] as const)('is not in the %s', (where) => {
    expectNoToken(where, ok[where]);
  });

  it('is not in the comment, nor in any URL sent to the API', () => {
    for (const r of ok.requests) {
      expectNoToken(`${r.method} ${r.url} body`, r.body);
      expectNoToken(`${r.method} url`, r.url);
    }
  });
});
