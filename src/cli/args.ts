// Command-line arguments into typed options; usage errors are values, not exceptions.
import { parseArgs } from 'node:util';
import type { AudienceOption } from '../engine/types.js';
import { DEFAULT_ENVIRONMENT, isEnvironmentName } from '../engine/index.js';
import { FAIL_ON_VALUES, type FailOn } from '../shared/fail-on.js';

export type Format = 'text' | 'json' | 'markdown' | 'github' | 'sarif';
const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'github', 'sarif'];
const AUDIENCES: readonly AudienceOption[] = ['single-tenant', 'multitenant', 'both'];

export interface CliOptions {
  paths: string[];
  /** Undefined when not given: the configuration file's, else both. */
  audience?: AudienceOption;
  format: Format;
  output?: string;
  /** Undefined when not given: the configuration file's, else error. */
  failOn?: FailOn;
  help: boolean;
  version: boolean;
  listRules: boolean;
  /** The package currently published, for an update check. */
  previous?: string;
  /** Repository folder or manifest the package was built from. */
  source?: string;
  /** The paths are JSON reports (matrix jobs' shares) to merge into one, not packages. */
  merge: boolean;
  /** Configuration file (default: .github/copilot-publish-check.yml when present). */
  config?: string;
  /** Write every finding the configuration does not suppress to this baseline file. */
  writeBaseline?: string;
  /** Check only the packages with a file changed since this git ref (committed since, uncommitted or new). */
  changedSince?: string;
  /** Agents Toolkit projects are built with env/.env.<environment>. */
  environment: string;
  /** Folder the zips built from toolkit projects are written to. */
  packageOutput?: string;
  /** Make the findings' fixes in the repository's files, then check again. */
  fix: boolean;
  /** Print the fixes as a unified diff and change nothing. */
  fixDryRun: boolean;
}

export type Parsed = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: copilot-publish-check [paths…] [options]

Checks agents and extensions for Microsoft 365 Copilot offline — Teams app packages (.zip or folder), Power
Platform connector folders and Copilot (Graph) connector definitions — and says where each can be published.
Paths may be files, folders or globs. Without paths, the usual places are searched (Agents Toolkit projects,
**/appPackage/build/*.zip …).

Options:
  --audience <single-tenant|multitenant|both>  routes to evaluate (default: the configuration's, else both)
  --format <text|json|markdown|github|sarif>    output format (default: text; sarif: SARIF 2.1.0 for code scanning)
  --output <file>                               write the output to a file instead of stdout
  --fail-on <error|warning|never>               exit 1 when a finding reaches this severity (default: the
                                                configuration's, else error)
  --previous <zip|folder>                       the package currently published: check the update against it
  --source <folder|manifest.json>               where the package was built from, for source lines
  --changed-since <git ref>                     check only the packages with a file changed since the ref (its merge
                                                base with HEAD): committed, uncommitted and new files
  --environment <name>                          Agents Toolkit projects (m365agents.yml, teamsapp.yml) are built
                                                as \`atk package --env <name>\` builds them, from env/.env.<name>
                                                and the environment (default: dev)
  --package-output <dir>                        write the zips built from toolkit projects under <dir> (the
                                                toolkit's own output path), to upload or publish
  --merge                                       the paths are JSON reports (--format json) of runs over parts of
                                                the packages, e.g. matrix jobs: print them as one report
  --config <file>                               configuration: rule severities, ignores with reasons, baseline
                                                (default: .github/copilot-publish-check.yml when present)
  --write-baseline <file>                       accept every current finding into this baseline file; set
                                                "baseline: <file>" in the configuration so later runs use it
  --fix                                         make the fixes findings carry in the repository's files (folder
                                                packages, and the sources a zip was built from; never a zip), then
                                                check again and report what is left
  --fix-dry-run                                 print the fixes as a unified diff (for git apply); change nothing
  --list-rules                                  print every rule as markdown and exit
  -h, --help                                    show this help
  -v, --version                                 show the version

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage error or a path that does not exist.`;

export function parseCliArgs(argv: readonly string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        audience: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'write-baseline': { type: 'string' },
        'list-rules': { type: 'boolean', default: false },
        merge: { type: 'boolean', default: false },
        previous: { type: 'string' },
        source: { type: 'string' },
        'changed-since': { type: 'string' },
        environment: { type: 'string', default: DEFAULT_ENVIRONMENT },
        'package-output': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const v = parsed.values;
  const audience = v.audience as AudienceOption | undefined;
  if (audience !== undefined && !AUDIENCES.includes(audience)) return { ok: false, error: `--audience must be one of ${AUDIENCES.join(', ')}; got "${v.audience}".` };
  const format = v.format as Format;
  if (!FORMATS.includes(format)) return { ok: false, error: `--format must be one of ${FORMATS.join(', ')}; got "${v.format}".` };
  if (v['changed-since'] !== undefined && v['changed-since'].trim() === '') return { ok: false, error: '--changed-since needs a git ref (a branch, tag or commit).' };
  const environment = v.environment.trim();
  if (!isEnvironmentName(environment)) return { ok: false, error: `--environment must be an environment name (letters, digits, _ and -), as in env/.env.<name>; got "${v.environment}".` };
  if (v['package-output'] !== undefined && !v['package-output'].trim()) return { ok: false, error: '--package-output needs a folder.' };
  if (v.fix && v['fix-dry-run']) return { ok: false, error: '--fix and --fix-dry-run exclude each other: --fix-dry-run shows what --fix would change.' };
  if ((v.fix || v['fix-dry-run']) && v.merge) return { ok: false, error: '--fix works on packages, not on merged reports; run it without --merge.' };
  if ((v.fix || v['fix-dry-run']) && v['write-baseline'] !== undefined) return { ok: false, error: '--fix and --write-baseline do not go together: fix first, then write the baseline of what is left.' };
  const failOn = v['fail-on'] as FailOn | undefined;
  if (failOn !== undefined && !FAIL_ON_VALUES.includes(failOn)) return { ok: false, error: `--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${v['fail-on']}".` };
  return {
    ok: true,
    options: {
      paths: parsed.positionals,
      audience,
      format,
      output: v.output,
      failOn,
      help: !!v.help,
      version: !!v.version,
      listRules: !!v['list-rules'],
      previous: v.previous,
      source: v.source,
      merge: !!v.merge,
      config: v.config,
      writeBaseline: v['write-baseline'],
      changedSince: v['changed-since'],
      environment,
      packageOutput: v['package-output']?.trim(),
      fix: !!v.fix,
      fixDryRun: !!v['fix-dry-run'],
    },
  };
}
