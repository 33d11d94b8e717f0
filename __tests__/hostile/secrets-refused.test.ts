// The token is not in any output when the GitHub API refuses it (HTTP 401): the error path prints the API's
// message, and must not print the request that carried the token. See secrets.test.ts for the posted comment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoToken, runner, runTheAction, TOKEN, type RunResult } from './support/action-run.js';

describe('the token, when the API refuses it', () => {
  let refused: RunResult;

  beforeAll(async () => {
    refused = await runTheAction(401);
  }, 90_000);

  afterAll(() => {
    process.exitCode = 0;
    runner.cleanup();
  });

  it('was sent, and the refusal was reported as a warning', () => {
    expect(refused.requests.some((r) => String(r.headers.authorization ?? '').includes(TOKEN))).toBe(true);
    expect(refused.log).toMatch(/HTTP 401/);
  });

  it.each(['log', 'outputs', 'summary', 'report', 'sarif'] as const)('is not in the %s', (where) => {
    expectNoToken(where, refused[where]);
  });
});
