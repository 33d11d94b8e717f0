// The GitHub API stand-in, started afresh for each test of the describe block that calls this, with `token` the
// github-actions bot's and allowed to write; `octokit()` is the action's client for it (retries without long waits).
import { afterEach, beforeEach } from 'vitest';
import { createOctokit, type Octokit } from '../../src/action/comment/octokit.js';
import { GithubApiServer } from './github-api-server.js';

export function botApi(token: string): { readonly api: GithubApiServer; octokit: () => Octokit } {
  let api: GithubApiServer | undefined;
  beforeEach(async () => {
    api = new GithubApiServer();
    await api.start();
    api.tokens.set(token, { login: 'github-actions[bot]', type: 'Bot', write: true });
  });
  afterEach(() => api?.stop());
  return {
    get api() {
      return api!;
    },
    octokit: () => createOctokit(token, { log: () => undefined, baseUrl: api!.url, retryAfterBaseValue: 1 }),
  };
}
