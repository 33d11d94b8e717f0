// A deadline on each GitHub API request, apart from the Octokit client so that code which only reads errors (the
// scope's changed files, the publishers) can tell a timeout without loading @actions/github.

/** A request that got no answer in time. Named AbortError so Octokit passes it on as it is and does not retry it. */
export class RequestTimeout extends Error {
  override name = 'AbortError';
  readonly timeout = true;
}

export function isTimeout(e: unknown): e is RequestTimeout {
  return (e as { timeout?: unknown })?.timeout === true;
}

export type Fetch = typeof globalThis.fetch;

/** `fetch` with a deadline on each call (each retry gets its own), the caller's signal still honoured. */
export function fetchWithTimeout(fetch: Fetch, ms: number): Fetch {
  return async (url, init) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await fetch(url, { ...init, signal });
      // Read the body under the same deadline: a server that sends headers and then stalls is no better.
      const body = await response.arrayBuffer();
      const copy = new Response(response.status === 204 || response.status === 205 || response.status === 304 ? null : body, response);
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (e) {
      if (deadline.aborted) throw new RequestTimeout(`GitHub did not answer ${init?.method ?? 'GET'} ${String(url).replace(/\?.*$/, '')} within ${Math.round(ms / 1000)} s`);
      throw e;
    }
  };
}

