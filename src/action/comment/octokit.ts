// The Octokit client the comment publisher is given: @actions/github's (GITHUB_API_URL, proxy settings),
// with retries for 5xx answers and throttling that waits out primary and secondary rate limits.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Retries after a rate limit before giving up (the comment is not worth holding a job for long). */
export const RATE_LIMIT_RETRIES = 2;

export interface OctokitOptions {
  /** Where rate-limit waits are reported (never with the token). */
  log: (message: string) => void;
  /** Base of the retry delays in ms (1,000 unless told; tests pass less). */
  retryAfterBaseValue?: number;
  /** API root (GITHUB_API_URL unless told). */
  baseUrl?: string;
}

export function createOctokit(token: string, options: OctokitOptions): Octokit {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    options.log(`GitHub API ${kind} rate limit on ${request.method} ${request.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${retryAfter} s` : 'giving up'}.`);
    return retryCount < RATE_LIMIT_RETRIES;
  };
  const base = options.retryAfterBaseValue;
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: base === undefined ? {} : { retryAfterBaseValue: base },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
    },
    retry,
    throttling,
  );
}
