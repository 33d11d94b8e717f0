// What bench/run.mjs and bench/scale.mjs share: arguments, statistics, child processes measured with
// /usr/bin/time, and the bundles measured (the CLI and action bundle, and the engine bundle of bench/engine.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TMP = join(ROOT, '.tmp', 'bench');
export const argv = process.argv.slice(2);
export const flag = (name) => argv.includes(name);
export const value = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
export const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
// NODE_EXTRA_CA_CERTS makes Node 20 read and parse that certificate file as it starts, before any script runs:
// about 85 ms of every process on a machine that sets it (this one does, for its proxy). Node 24 reads it only when
// a TLS connection is made. GitHub-hosted runners do not set it, and neither tool makes a TLS connection here, so
// children (ours and atk alike) run without it; rows marked "environment as is" show its cost.
export const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS;
export const CHILD_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => flag('--keep-env') || k !== 'NODE_EXTRA_CA_CERTS'));

export const log = (s) => process.stderr.write(`${s}\n`);
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const rel = (p) => relative(ROOT, p) || '.';

mkdirSync(TMP, { recursive: true });

// ---------------------------------------------------------------------------------------------- bundles
/** Notes for the results when an earlier bundle had to be measured. */
export const notes = { dist: '', engine: '' };

function newest(paths) {
  let t = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach(walk);
  return t;
}

export function prepareDist() {
  const given = value('--dist');
  if (given) return resolve(given);
  const out = join(ROOT, '.tmp', 'bench-dist');
  const sources = newest(['src', 'scripts/package.mjs', 'scripts/compile-schemas.mjs', 'package-lock.json'].map((p) => join(ROOT, p)));
  if (flag('--no-build') && existsSync(join(out, 'cli', 'index.js'))) return out;
  if (existsSync(join(out, 'cli', 'index.js')) && statSync(join(out, 'cli', 'index.js')).mtimeMs > sources) {
    log(`bundle: ${rel(out)} is newer than the sources, reused`);
    return out;
  }
  log(`bundle: node scripts/package.mjs --out ${rel(out)} …`);
  // Built beside and swapped in on success, so a failed build leaves the earlier bundle to measure.
  const building = `${out}.new`;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', building], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0) {
    rmSync(out, { recursive: true, force: true });
    renameSync(building, out);
    return out;
  }
  // The bundle build type-checks all of src/; while a change elsewhere does not compile, dist/ may still serve.
  log(r.stderr.slice(-3000));
  for (const earlier of [out, join(ROOT, 'dist')]) {
    if (existsSync(join(earlier, 'cli', 'index.js')) && existsSync(join(earlier, 'schemas'))) {
      notes.dist = ` (the build failed, so an earlier bundle from ${statSync(join(earlier, 'cli', 'index.js')).mtime.toISOString()} was measured)`;
      log(`bundle: the build failed; measuring ${rel(earlier)} instead`);
      return earlier;
    }
  }
  throw new Error('no bundle to measure');
}

export function prepareEngine(distDir) {
  const dir = join(ROOT, '.tmp', 'bench-engine');
  const file = join(dir, 'bench', 'index.js');
  const fresh = existsSync(file) && statSync(file).mtimeMs > newest([join(ROOT, 'src'), join(ROOT, 'bench', 'engine.ts')]);
  if (!(flag('--no-build') && existsSync(file)) && !fresh) {
    log('engine: bundling bench/engine.ts with ncc …');
    const error = buildEngineSync(file);
    if (error) {
      // The bundle build type-checks all of src/; while a change elsewhere does not compile, an earlier engine
      // bundle may still serve (said in the results).
      log(`engine: the build failed:\n${error}`);
      if (!existsSync(file)) throw new Error('no engine bundle to measure');
      notes.engine = ` (the engine bundle could not be rebuilt, so an earlier build from ${statSync(file).mtime.toISOString()} was measured)`;
      log('engine: measuring the earlier engine bundle');
    }
  }
  // The engine bundle finds its schemas (and the compiled validators) at ../schemas, as dist/cli/index.js does.
  rmSync(join(dir, 'schemas'), { force: true, recursive: true });
  symlinkSync(join(distDir, 'schemas'), join(dir, 'schemas'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return file;
}

function buildEngineSync(file) {
  // ncc is asynchronous; run it in a child so the rest of this script stays a plain sequence.
  const script = `import ncc from '@vercel/ncc'; import { mkdirSync, writeFileSync } from 'node:fs'; import { dirname, join } from 'node:path';
const { code, assets } = await ncc(${JSON.stringify(join(ROOT, 'bench', 'engine.ts'))}, { minify: false, sourceMap: false, quiet: true, transpileOnly: false });
const dir = ${JSON.stringify(dirname(file))};
mkdirSync(dir, { recursive: true }); writeFileSync(${JSON.stringify(file)}, code);
// The chunks loaded on demand (rule families, yaml, …) sit beside the entry, as in dist/.
for (const [name, asset] of Object.entries(assets ?? {})) { mkdirSync(dirname(join(dir, name)), { recursive: true }); writeFileSync(join(dir, name), asset.source); }`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 0) return undefined;
  // ncc's own stack is a minified megabyte; the TypeScript or resolution errors are what matter.
  const errors = r.stderr.split('\n').filter((l) => /ERROR|error TS|TS\d{4}|Module not found/.test(l));
  return (errors.length ? errors.join('\n') : r.stderr.slice(-1500)).slice(0, 3000);
}

// ---------------------------------------------------------------------------------------------- process runs
/** Runs a command once: wall milliseconds (this process's clock around the child) and peak RSS in MB. */
export function run(cmd, args, opts = {}) {
  const rssFile = join(TMP, 'rss.txt');
  const [file, list] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, list, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: opts.timeout ?? 600_000, cwd: opts.cwd ?? ROOT, env: opts.env ?? CHILD_ENV });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  // Peak RSS (KiB) and CPU seconds (user, system) of the child, from /usr/bin/time. CPU time is far less
  // sensitive than wall time to other work on a shared machine, so both are reported.
  const [kib, user, sys] = TIME && existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { wall, rss: kib / 1024, cpu: (user + sys) * 1000, status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

export function repeat(label, n, once) {
  for (let i = 0; i < 2; i++) once(); // the file cache and CPU frequency settle
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(once());
  const bad = runs.find((r) => r.status !== 0 && r.status !== 1);
  if (bad) throw new Error(`${label}: exit ${bad.status} ${bad.signal ?? ''}\n${bad.stderr.slice(0, 2000)}`);
  const walls = runs.map((r) => r.wall);
  const result = { label, n, median: median(walls), min: Math.min(...walls), p90: pct(walls, 90), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)), last: runs.at(-1) };
  log(`  ${label}: median ${ms(result.median)} ms (min ${ms(result.min)}, p90 ${ms(result.p90)}), CPU ${ms(result.cpu)} ms, peak RSS ${result.rss.toFixed(0)} MB`);
  return result;
}

/** Runs the engine bundle in one mode (bench/engine.ts) and gives its JSON answer, with the process's wall time and peak RSS. */
export function engineRun(engine, args, extraNodeArgs = []) {
  const r = run(process.execPath, [...extraNodeArgs, engine, ...args]);
  if (r.status !== 0) throw new Error(`engine ${args.join(' ')}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), wall: r.wall, rss: r.rss };
}
