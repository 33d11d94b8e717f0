// Who this token is, so only our own comments are ever updated. GraphQL `viewer` works for every token kind
// (REST GET /user fails for installation tokens such as GITHUB_TOKEN); it gives the login without "[bot]"
// for apps, while REST comment authors carry it ("github-actions" vs "github-actions[bot]").
import type { Octokit } from './octokit.js';

/** The identity of GITHUB_TOKEN, used when the token cannot say who it is. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    const r = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (r.viewer?.login) return r.viewer.login;
  } catch {
    // fall through to REST
  }
  try {
    const r = await octokit.rest.users.getAuthenticated();
    if (r.data.login) return r.data.login;
  } catch {
    // fall through to the default
  }
  return GITHUB_ACTIONS_LOGIN;
}

export function isAuthor(user: { login?: string } | null | undefined, own: string): boolean {
  const login = user?.login?.toLowerCase();
  if (!login) return false;
  const me = own.toLowerCase();
  return login === me || login === `${me}[bot]` || `${login}[bot]` === me;
}
