// Who this token is, so only our own comments are ever updated. A login alone is not enough: anyone can register a
// user named "github-actions", and a comment of theirs must not be taken for the bot's "github-actions[bot]". So the
// identity carries whether it is a bot (and its id when known), and an author matches on login, type and id.
// REST GET /user answers for user tokens (a personal access token, an app's user-to-server token) with login, type
// and id; installation tokens (GITHUB_TOKEN, a GitHub App's) get 403 there, and GraphQL `viewer` names the app
// without "[bot]" ("github-actions"), while REST comment authors carry it ("github-actions[bot]", type Bot).
import type { Octokit } from './octokit.js';
import { isTimeout } from './request-timeout.js';

export interface Identity {
  /** The login REST gives this token's comments ("github-actions[bot]" for GITHUB_TOKEN). */
  login: string;
  /** True for an app's installation token: its comments' author has type "Bot". */
  bot: boolean;
  /** The account's id, when known. */
  id?: number;
}

/**
 * The identity of GITHUB_TOKEN: the github-actions app's bot account. Without its id: that is 41898282 on github.com
 * and another on each GitHub Enterprise Server, and login and type suffice (a login ending in "[bot]" is an app's;
 * no user can register one).
 */
export const GITHUB_ACTIONS: Identity = { login: 'github-actions[bot]', bot: true };

export async function ownIdentity(octokit: Octokit): Promise<Identity> {
  try {
    const r = await octokit.rest.users.getAuthenticated();
    if (r.data.login) return { login: r.data.login, bot: r.data.type === 'Bot', id: r.data.id };
  } catch (e) {
    // An API that does not answer will not answer the next question either.
    if (isTimeout(e)) throw e;
    // An installation token: ask GraphQL which app it is.
  }
  try {
    const r = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    const login = r.viewer?.login;
    if (login) {
      const rest = /\[bot\]$/i.test(login) ? login : `${login}[bot]`;
      return rest.toLowerCase() === GITHUB_ACTIONS.login ? GITHUB_ACTIONS : { login: rest, bot: true };
    }
  } catch (e) {
    if (isTimeout(e)) throw e;
    // fall through to the default
  }
  return GITHUB_ACTIONS;
}

/** True when `user` (a REST comment's author) is this identity: the same login, the same kind of account, the same id when both are known. */
export function isAuthor(user: { login?: string; type?: string; id?: number } | null | undefined, own: Identity): boolean {
  if (!user?.login || user.login.toLowerCase() !== own.login.toLowerCase()) return false;
  if ((user.type === 'Bot') !== own.bot) return false;
  return own.id === undefined || user.id === undefined || user.id === own.id;
}
