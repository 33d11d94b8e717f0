// The value of each `${{VAR}}` a project's packaged files use, decided as the toolkit decides it (fx-core envUtil and
// expandEnvironmentVariable): a non-empty value in the process environment first, then env/.env.<environment>
// (APP_NAME_SUFFIX may be empty; any other empty value counts as missing), TEAMSFX_ENV being the environment's name.
// What has no value gets a stand-in and one finding per variable: a notice when a step of the yml writes it (it is
// provisioned later), an error when nothing does. Secrets are never read: SECRET_* and names that look like secrets
// (in any source), and the whole of .env.<environment>.user, whose names only are looked at.
import type { SourceLocation } from '../../types.js';
import type { ReadProblem } from '../package-view.js';
import type { EnvEntry } from './dotenv.js';
import { standInValue } from './stand-ins.js';
import type { WrittenVariable } from './yml.js';

export interface VariableSources {
  environment: string;
  /** The env file, as shown in messages (repository path). */
  envFile: { shown: string; exists: boolean; entries: ReadonlyMap<string, EnvEntry> };
  /** The names `.env.<environment>.user` assigns (values unread). */
  userFile: { shown: string; names: ReadonlySet<string> };
  /** The process environment, passed in by the CLI or the action. */
  processEnv: Readonly<Record<string, string | undefined>>;
  yml: { shown: string; written: ReadonlyMap<string, WrittenVariable>; writtenPrefixes: ReadonlyMap<string, WrittenVariable> };
}

type Status =
  | { kind: 'value'; value: string }
  | { kind: 'provisioned'; value: string; written: WrittenVariable }
  | { kind: 'user-file'; value: string }
  | { kind: 'secret'; value: string }
  | { kind: 'unset'; value: string; notFromProcess: boolean };

/** Names that may hold secrets: never read, from any source. */
const SECRET_NAME = /^SECRET_|CLIENT_?SECRET|(^|_)(SECRET|PASSWORD|PASSWD|PWD|TOKEN|CREDENTIALS?|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|CONNECTION_?STRING|KEY)$/i;
/** The runner's own variables (the workflow token, action inputs, the runtime's tokens) are not the project's. */
const RUNNER_NAME = /^(GITHUB|ACTIONS|RUNNER|INPUT|STATE|SYSTEM)_/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export class Variables {
  private readonly status = new Map<string, Status>();
  private readonly uses = new Map<string, { first: SourceLocation; count: number }>();

  constructor(private readonly sources: VariableSources) {}

  /** The value the packaged file gets for `${{name}}` (a stand-in when there is none). */
  valueOf(name: string): string {
    return this.statusOf(name).value;
  }

  /** Records where a placeholder is (its first use is where a finding about it goes). */
  use(name: string, at: SourceLocation): void {
    this.statusOf(name);
    const u = this.uses.get(name);
    if (u) u.count++;
    else this.uses.set(name, { first: at, count: 1 });
  }

  /** Stand-in value → the variable it stands for. */
  standIns(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [name, s] of this.status) if (s.kind !== 'value' && s.value) out.set(s.value, name);
    return out;
  }

  /** Variables that had no real value: the package built is not the one the toolkit would build. */
  missing(): string[] {
    return [...this.status].filter(([name, s]) => s.kind !== 'value' && this.uses.has(name)).map(([name]) => name);
  }

  problems(): ReadProblem[] {
    const out: ReadProblem[] = [];
    for (const [name, use] of this.uses) {
      const s = this.statusOf(name);
      if (s.kind === 'value') continue;
      const times = use.count > 1 ? ` It is used ${use.count} times; this is the first.` : '';
      out.push({ ...this.problemFor(name, s), source: use.first, message: this.messageFor(name, s) + times });
    }
    return out;
  }

  private problemFor(name: string, s: Status): Omit<ReadProblem, 'message'> {
    if (s.kind === 'unset') return { ruleId: 'package.toolkit-unset-variable' };
    return { ruleId: 'package.toolkit-stand-in', ...(s.kind === 'secret' ? { severity: 'warning' as const } : {}) };
  }

  private messageFor(name: string, s: Exclude<Status, { kind: 'value' }>): string {
    const { envFile, userFile, yml } = this.sources;
    const standIn = s.value ? `the stand-in ${s.value}` : 'an empty stand-in';
    switch (s.kind) {
      case 'provisioned':
        return `${name} has no value in ${envFile.shown} yet: ${yml.shown} writes it when the project is provisioned (${s.written.action}, line ${s.written.line}), so it was checked with ${standIn}.`;
      case 'user-file':
        return `${name} is set in ${userFile.shown}, which this check does not read (it holds secrets), so it was checked with ${standIn}.`;
      case 'secret':
        return `\${{${name}}} names a secret: its value is never read, and it was checked with ${standIn}. A secret put into an app package can be read by everyone who installs the app; keep secrets out of packaged files.`;
      case 'unset': {
        const entry = envFile.entries.get(name);
        const where = !envFile.exists ? `${envFile.shown} does not exist` : entry ? `${envFile.shown} leaves it empty (line ${entry.line})` : `${envFile.shown} does not set it`;
        const proc = s.notFromProcess ? ' (names like it are not read from the process environment: they may hold secrets)' : '';
        return `\${{${name}}} has no value: ${where}, the process environment does not set it${proc}, and no step of ${yml.shown} writes it. The toolkit stops with "Missing environment variables"; set ${name} in ${envFile.shown}.`;
      }
    }
  }

  private statusOf(name: string): Status {
    let s = this.status.get(name);
    if (!s) {
      s = this.decide(name);
      this.status.set(name, s);
    }
    return s;
  }

  private decide(name: string): Status {
    const { environment, envFile, userFile, processEnv, yml } = this.sources;
    if (name === 'TEAMSFX_ENV') return { kind: 'value', value: environment };
    const standIn = standInValue(name);
    if (isSecretName(name)) return { kind: 'secret', value: standIn };
    const readable = !RUNNER_NAME.test(name);
    const fromProcess = readable ? processEnv[name] : undefined;
    if (fromProcess) return { kind: 'value', value: fromProcess };
    const fromFile = envFile.entries.get(name)?.value;
    if (fromFile) return { kind: 'value', value: fromFile };
    // The toolkit replaces APP_NAME_SUFFIX whenever it is defined, even empty (a production build's empty suffix).
    if (name === 'APP_NAME_SUFFIX') {
      const defined = fromProcess ?? envFile.entries.get(name)?.value;
      if (defined !== undefined) return { kind: 'value', value: defined };
    }
    if (userFile.names.has(name)) return { kind: 'user-file', value: standIn };
    const written = yml.written.get(name) ?? [...yml.writtenPrefixes].find(([prefix]) => name.startsWith(`${prefix}__`))?.[1];
    if (written) return { kind: 'provisioned', value: standIn, written };
    return { kind: 'unset', value: standIn, notFromProcess: !readable };
  }
}
