// Cuts GitHub's official REST description (@octokit/openapi, api.github.com) down to the operations the action
// calls, for the GitHub API stand-in the tests use (__tests__/helpers/github-api-server.ts). The operations are
// found in the source (every `octokit.rest.<scope>.<method>` under src/action), mapped to their routes by
// Octokit itself, and kept with every component they reference; samples and GitHub's x- extensions are dropped
// (validation needs neither). `node scripts/github-api-description.mjs` writes the cut; `--check` exits 1 when the committed
// one differs from a fresh cut (a new call, or another @octokit/openapi).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CUT_PATH = join(ROOT, '__tests__', 'fixtures', 'github-rest-api.json');
const require = createRequire(import.meta.url);
/** Keys that carry prose or samples only. */
const DROPPED = new Set(['example', 'examples', 'x-github', 'x-octokit', 'x-github-breaking-changes', 'x-github-releases']);

/** `scope.method` of every Octokit REST call the action makes, with the file that makes it first. */
export function callsInSource(dir = join(ROOT, 'src', 'action')) {
  const calls = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const m of readFileSync(file, 'utf8').matchAll(/\boctokit\.rest\.(\w+)\.(\w+)\b/g)) {
      const name = `${m[1]}.${m[2]}`;
      if (!calls.has(name)) calls.set(name, relative(ROOT, file));
    }
  }
  return calls;
}

export async function cutDescription() {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit('unused');
  const pkg = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'));
  const full = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
  const paths = {};
  const operations = [];
  for (const [name, file] of [...callsInSource()].sort(([a], [b]) => a.localeCompare(b))) {
    const [scope, method] = name.split('.');
    const defaults = octokit.rest[scope]?.[method]?.endpoint?.DEFAULTS;
    if (!defaults) throw new Error(`${file}: octokit.rest.${name} is no Octokit REST method`);
    const verb = defaults.method.toLowerCase();
    const operation = full.paths[defaults.url]?.[verb];
    if (!operation) throw new Error(`${file}: ${defaults.method} ${defaults.url} (octokit.rest.${name}) is not in GitHub's description`);
    const item = (paths[defaults.url] ??= {});
    if (full.paths[defaults.url].parameters) item.parameters = full.paths[defaults.url].parameters;
    item[verb] = operation;
    operations.push(`${name}: ${defaults.method} ${defaults.url}`);
  }
  const cut = {
    openapi: full.openapi,
    info: {
      title: full.info.title,
      version: full.info.version,
      'x-cut': `${pkg.name} ${pkg.version}, generated/api.github.com.json, cut by scripts/github-api-description.mjs to ${operations.length} operations: ${operations.join('; ')}`,
    },
    servers: full.servers,
    paths: sortKeys(strip(paths)),
    components: {},
  };
  // Every component the kept operations reach, transitively.
  const pending = [...refsIn(cut.paths)];
  const seen = new Set();
  while (pending.length > 0) {
    const ref = pending.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , kind, name] = ref.split('/');
    const target = full.components[kind]?.[name];
    if (target === undefined) throw new Error(`unresolved ${ref}`);
    const kept = strip(target);
    ((cut.components[kind] ??= {})[name] = kept);
    pending.push(...refsIn(kept));
  }
  cut.components = sortKeys(Object.fromEntries(Object.entries(cut.components).map(([k, v]) => [k, sortKeys(v)])));
  return cut;
}

/** The text the committed file holds: one stable serialisation. */
export async function cutText() {
  return `${JSON.stringify(await cutDescription(), null, 1)}\n`;
}

/**
 * The value without samples and GitHub's own extensions; the keys of a `properties` map are field names, kept
 * whatever they are. `nullable: true` beside an `enum` is read as GitHub means it (null allowed: it answers
 * `"start_side": null` on every single-line review comment), where a JSON Schema validator reads the enum alone.
 */
function strip(value, names = false) {
  if (Array.isArray(value)) return value.map((v) => strip(v));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (!names && DROPPED.has(k)) continue;
    out[k] = strip(v, !names && k === 'properties');
  }
  if (!names && out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

function* refsIn(value) {
  if (Array.isArray(value)) for (const v of value) yield* refsIn(v);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') yield v;
      else yield* refsIn(v);
    }
  }
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fresh = await cutText();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(CUT_PATH, 'utf8');
    } catch {
      // missing: differs
    }
    if (committed !== fresh) {
      console.error(`${relative(ROOT, CUT_PATH)} differs from a fresh cut: run node scripts/github-api-description.mjs`);
      process.exit(1);
    }
    console.log(`${relative(ROOT, CUT_PATH)} is current.`);
  } else {
    writeFileSync(CUT_PATH, fresh);
    console.log(`wrote ${relative(ROOT, CUT_PATH)} (${fresh.length} bytes)`);
  }
}
