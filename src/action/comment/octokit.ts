// The Octokit client the comment publisher is given: @actions/github's (GITHUB_API_URL, proxy settings),
// with retries for 5xx answers, throttling that waits out primary and secondary rate limits, and a timeout on each
// request: an API that stops answering must not hold the job until it is killed.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetchWithTimeout, type Fetch } from './request-timeout.js';

export { isTimeout, RequestTimeout } from './request-timeout.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** Retries after a rate limit before giving up (the comment is not worth holding a job for long). */
export const RATE_LIMIT_RETRIES = 2;
/** Longest wait for one request's answer, body included (ms). GitHub answers these calls in well under a second. */
export const REQUEST_TIMEOUT_MS = 30_000;

export interface OctokitOptions {
  /** Where rate-limit waits are reported (never with the token). */
  log: (message: string) => void;
  /** Base of the retry delays in ms (1,000 unless told; tests pass less). */
  retryAfterBaseValue?: number;
  /** API root (GITHUB_API_URL unless told). */
  baseUrl?: string;
  /** Timeout of each request in ms (REQUEST_TIMEOUT_MS unless told; tests pass less). */
  timeoutMs?: number;
}

export function createOctokit(token: string, options: OctokitOptions): Octokit {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    options.log(`GitHub API ${kind} rate limit on ${request.method} ${request.url}; ${retryCount < RATE_LIMIT_RETRIES ? `retrying in ${retryAfter} s` : 'giving up'}.`);
    return retryCount < RATE_LIMIT_RETRIES;
  };
  const base = options.retryAfterBaseValue;
  const octokit = getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: base === undefined ? {} : { retryAfterBaseValue: base },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
    },
    retry,
    throttling,
  );
  // Each request's fetch (the proxy-aware one @actions/github sets) gets the deadline. The hooks inside (retry,
  // throttling) are bound to this very options object, so it is changed in place; `request` is replaced, not
  // changed, as it can be the defaults' own object.
  const ms = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  octokit.hook.wrap('request', (request, opts) => {
    const inner = (opts.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
    opts.request = { ...opts.request, fetch: fetchWithTimeout(inner, ms) };
    return request(opts);
  });
  return octokit;
}
