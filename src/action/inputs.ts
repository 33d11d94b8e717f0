// The action's inputs, read once into a typed object. Invalid values are configuration errors with a clear message.
import type { ConfigProblem } from '../config/index.js';
import type { AudienceOption } from '../engine/types.js';
import { DEFAULT_ENVIRONMENT, isEnvironmentName, splitPaths } from '../engine/index.js';
import { FAIL_ON_VALUES, type FailOn } from '../shared/fail-on.js';
import { SCOPE_VALUES, type ScopeMode } from './scope/index.js';

export interface ActionInputs {
  paths: string[];
  /** Undefined when the workflow does not set it: the configuration file's, else both. */
  audience?: AudienceOption;
  /** Undefined when the workflow does not set it: the configuration file's, else error. */
  failOn?: FailOn;
  comment: boolean;
  /** On a pull request, suggest fixes on the lines it changes in one review (default true). */
  suggestions: boolean;
  token: string;
  reportPath: string;
  sarifPath: string;
  /** The package currently published, to check an update against (empty: not an update check). */
  previous: string;
  /** Repository folder or manifest the package was built from, for source mapping (empty: found automatically). */
  source: string;
  /** Pull request to comment on when the event does not say (workflow_run for forks): from an artifact. */
  pullRequest?: number;
  /** Configuration file, relative to the workspace (empty: .github/copilot-publish-check.yml when present). */
  config?: string;
  /** `changed` or `all`; unset: `changed` on pull-request events, `all` elsewhere. */
  scope?: ScopeMode;
  /** Agents Toolkit projects are built with env/.env.<environment> (default dev). */
  environment?: string;
  /** Folder the zips built from toolkit projects are written to (empty: not written). */
  packageOutput?: string;
}

/** The subset of @actions/core used to read inputs (passed in, so tests need no environment). */
export interface InputSource {
  getInput(name: string): string;
}

export class ConfigurationError extends Error {
  /** Places in a configuration or baseline file, annotated there. */
  readonly problems: readonly ConfigProblem[];
  constructor(message: string, problems: readonly ConfigProblem[] = []) {
    super(message);
    this.problems = problems;
  }
}

const AUDIENCES: readonly AudienceOption[] = ['single-tenant', 'multitenant', 'both'];

export function readInputs(source: InputSource): ActionInputs {
  // Empty (the default in action.yml) means "not set by the workflow": the configuration file's value applies.
  const audience = (source.getInput('audience').trim() || undefined) as AudienceOption | undefined;
  if (audience !== undefined && !AUDIENCES.includes(audience)) {
    throw new ConfigurationError(`Input "audience" must be one of ${AUDIENCES.join(', ')}; got "${audience}".`);
  }
  const failOn = (source.getInput('fail-on').trim() || undefined) as FailOn | undefined;
  if (failOn !== undefined && !FAIL_ON_VALUES.includes(failOn)) {
    throw new ConfigurationError(`Input "fail-on" must be one of ${FAIL_ON_VALUES.join(', ')}; got "${failOn}".`);
  }
  return {
    paths: splitPaths(source.getInput('path')),
    audience,
    failOn,
    comment: parseBoolean(source.getInput('comment'), true, 'comment'),
    suggestions: parseBoolean(source.getInput('suggestions'), true, 'suggestions'),
    token: source.getInput('github-token'),
    reportPath: source.getInput('report').trim(),
    sarifPath: source.getInput('sarif').trim(),
    previous: source.getInput('previous').trim(),
    source: source.getInput('source').trim(),
    pullRequest: parsePullRequest(source.getInput('pull-request')),
    config: source.getInput('config').trim() || undefined,
    scope: parseScope(source.getInput('scope')),
    environment: parseEnvironment(source.getInput('environment')),
    packageOutput: source.getInput('package-output').trim(),
  };
}

function parseScope(raw: string): ScopeMode | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '') return undefined;
  if (!SCOPE_VALUES.includes(v as ScopeMode)) throw new ConfigurationError(`Input "scope" must be one of ${SCOPE_VALUES.join(', ')}; got "${raw.slice(0, 40)}".`);
  return v as ScopeMode;
}

function parseEnvironment(raw: string): string {
  const v = raw.trim() || DEFAULT_ENVIRONMENT;
  if (!isEnvironmentName(v)) throw new ConfigurationError(`Input "environment" must be an environment name (letters, digits, _ and -), as in env/.env.<name>; got "${raw.slice(0, 40)}".`);
  return v;
}

// The number often comes from an artifact written by an untrusted run: only a plain positive integer is accepted.
function parsePullRequest(raw: string): number | undefined {
  const v = raw.trim().replace(/^#/, '');
  if (v === '') return undefined;
  const n = /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw new ConfigurationError(`Input "pull-request" must be a pull-request number; got "${raw.slice(0, 40)}".`);
  return n;
}

function parseBoolean(raw: string, fallback: boolean, name: string): boolean {
  const v = raw.trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ConfigurationError(`Input "${name}" must be true or false; got "${raw}".`);
}
