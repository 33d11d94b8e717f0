// The configuration file's text into a Config: YAML (the `yaml` library, loaded here on demand), checked against the
// JSON schema that ships with the package, every mistake reported at its line and column with a sentence that says
// what to write instead. Pure: the caller reads the file.
import type { ErrorObject } from 'ajv';
import type { Document, Node } from 'yaml';

type YamlLibrary = typeof import('yaml');
import { flowTooDeepAt } from '../engine/json/flow-depth.js';
import { parsePointer } from '../engine/json/pointer.js';
import { positionAt } from '../engine/json/position-at.js';
import { MAX_JSON_DEPTH } from '../engine/read/limits.js';
import type { AudienceOption } from '../engine/types.js';
import type { FailOn } from '../shared/fail-on.js';
import type { Config, ConfigProblem, IgnoreEntry, Parsed, Position, RuleSetting } from './types.js';
import { configValidator } from './validate.js';

/** Most problems listed for one file: enough to fix it in one go, bounded for a hostile one. */
const MAX_PROBLEMS = 20;

const KEYS = ['rules', 'ignore', 'baseline', 'audience', 'fail-on'];
const IGNORE_KEYS = ['rule', 'path', 'pointer', 'reason'];
const SETTINGS = ['off', 'error', 'warning', 'notice'];

export async function parseConfig(text: string, file: string): Promise<Parsed<Config>> {
  // The YAML parser recurses per level of [ ] and { }: a hostile file could overflow the stack.
  const deep = flowTooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== undefined) return fail([{ file, ...positionAt(text, deep), message: `lists and mappings are nested more than ${MAX_JSON_DEPTH} levels deep here.` }]);
  const yaml = await import('yaml');
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  // The first syntax error only: the next ones are mostly the parser losing its way after it.
  const broken = doc.errors[0];
  if (broken) return fail([{ file, ...at(broken.pos[0]), message: yamlMessage(broken.code, broken.message) }]);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    return fail([{ file, line: 1, column: 1, message: `the file cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  const validate = await configValidator();
  if (!validate(value)) {
    const problems = (validate.errors ?? [])
      .filter((e) => !(e.keyword === 'required' && e.params.missingProperty !== 'reason')) // the halves of "rule or path"
      .filter((e) => e.propertyName === undefined) // inner errors of propertyNames, which reports them itself
      .map((e) => ({ file, ...at(offsetOf(yaml, doc, e)), message: schemaMessage(e, value) }));
    return fail(dedupe(problems).slice(0, MAX_PROBLEMS));
  }
  return { ok: true, value: toConfig(value as RawConfig, file, (path, key = false) => at(nodeAt(yaml, doc, path, key)?.range?.[0])) };
}

interface RawConfig {
  rules?: Record<string, RuleSetting>;
  ignore?: IgnoreEntry[];
  baseline?: string;
  audience?: AudienceOption;
  'fail-on'?: FailOn;
}

function toConfig(raw: RawConfig, file: string, positionOf: (path: readonly string[], key?: boolean) => Position): Config {
  const config: Config = {
    file,
    rules: new Map(Object.entries(raw.rules ?? {})),
    ignore: (raw.ignore ?? []).map((i) => ({ ...i, reason: i.reason.trim() })),
    audience: raw.audience,
    failOn: raw['fail-on'],
    ruleIds: [
      ...Object.keys(raw.rules ?? {}).map((id) => ({ id, at: positionOf(['rules', id], true) })),
      ...(raw.ignore ?? []).flatMap((i, n) => (i.rule === undefined ? [] : [{ id: i.rule, at: positionOf(['ignore', String(n), 'rule'], false) }])),
    ],
  };
  if (raw.baseline !== undefined) {
    config.baseline = { path: raw.baseline, at: positionOf(['baseline']) };
  }
  return config;
}

function fail(problems: ConfigProblem[]): Parsed<Config> {
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a key is repeated in the same mapping; keep one.';
  return `this is not valid YAML: ${message.split('\n')[0].replace(/\.$/, '')}.`;
}

/** A sentence for one schema error, in the file's own terms. */
function schemaMessage(e: ErrorObject, value: unknown): string {
  const tokens = parsePointer(e.instancePath);
  const where = describe(tokens);
  const params = e.params as Record<string, unknown>;
  if (tokens[0] === 'ignore' && tokens.length >= 2) {
    const entry = `ignore entry ${Number(tokens[1]) + 1}`;
    if (e.keyword === 'required' || (tokens[2] === 'reason' && e.keyword === 'pattern')) {
      return `${entry} has no reason: every ignore needs one ("reason: …"), saying why these findings are accepted.`;
    }
    if (e.keyword === 'anyOf') return `${entry} names neither a rule nor a path: add "rule:", "path:" or both.`;
    if (e.keyword === 'additionalProperties') return `${entry} has an unknown key "${String(params.additionalProperty)}"; an entry has ${IGNORE_KEYS.join(', ')}.`;
    if (tokens[2] === 'pointer' && e.keyword === 'pattern') return `${entry}: the pointer must start with "/" (a JSON pointer such as /paths/~1legacy).`;
  }
  if (e.keyword === 'additionalProperties' && tokens.length === 0) {
    return `unknown key "${String(params.additionalProperty)}"; the file has ${KEYS.join(', ')}.`;
  }
  if (e.keyword === 'propertyNames') return `rules: "${String(params.propertyName)}" is not a rule id (such as teams.developer-mpn-id; see docs/rules.md).`;
  if (e.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map(String);
    const got = tokens.reduce<unknown>((v, t) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[t] : undefined), value);
    const what = tokens[0] === 'rules' && allowed.join() === SETTINGS.join() ? `rules: ${tokens[1]}` : where;
    return `${what} is ${JSON.stringify(got)}; use ${allowed.join(', ')}.`;
  }
  if (e.keyword === 'type') return `${where || 'the file'} must be ${params.type === 'object' ? 'a mapping (key: value lines)' : params.type === 'array' ? 'a list ("- " items)' : `a ${String(params.type)}`}.`;
  return `${where || 'the file'} ${e.message ?? 'is not valid'}.`;
}

function describe(tokens: readonly string[]): string {
  if (tokens[0] === 'ignore' && tokens.length >= 2) return [`ignore entry ${Number(tokens[1]) + 1}`, ...tokens.slice(2)].join(': ');
  return tokens.join(': ');
}

/** Where an error sits: the offending key for unknown keys and rule ids, else the value. */
function offsetOf(yaml: YamlLibrary, doc: Document, e: ErrorObject): number | undefined {
  const tokens = parsePointer(e.instancePath);
  const params = e.params as Record<string, unknown>;
  const key = e.keyword === 'additionalProperties' ? params.additionalProperty : e.keyword === 'propertyNames' ? params.propertyName : undefined;
  const node = typeof key === 'string' ? nodeAt(yaml, doc, [...tokens, key], true) : nodeAt(yaml, doc, tokens, false);
  return node?.range?.[0];
}

/** The YAML node at a path (the key's node when `wantKey`), or the deepest one that exists. */
function nodeAt(yaml: YamlLibrary, doc: Document, path: readonly string[], wantKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found = yaml.isNode(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const last = i === path.length - 1;
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => String(yaml.isScalar(p.key) ? p.key.value : p.key) === path[i]);
      node = pair && (last && wantKey ? pair.key : (pair.value ?? pair.key));
    } else if (yaml.isSeq(node)) {
      node = node.items[Number(path[i])];
    } else break;
    if (!yaml.isNode(node)) break;
    found = node;
  }
  return found;
}
