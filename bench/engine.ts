// The engine in one process, for `npm run bench` (bench/run.mjs bundles this file with ncc, like the CLI, so the
// numbers are those of the shipped code: the same bundling, the validators compiled ahead of time).
// Usage: node engine.js <mode> [args…]; prints one JSON object on stdout.
//   warm <path> <iterations>        checkTarget (read + rules) and checkView (rules only) on one package, repeated
//   many <path> <concurrency> [report.json]   checkPaths over a folder of packages, as the CLI does
//   bomb <zip>                      checkTarget on one (hostile) zip: time and memory to a verdict
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkPaths, checkTarget, checkView, resolveInputs } from '../src/engine/index.js';
import { readTarget } from '../src/engine/read/read-target.js';

const options = { audience: 'both', toolVersion: 'bench', cwd: process.cwd() } as const;
const [mode, ...args] = process.argv.slice(2);

async function target(path: string) {
  const { targets } = await resolveInputs([path], process.cwd());
  if (targets.length !== 1) throw new Error(`${path} is ${targets.length} packages, not one`);
  return targets[0];
}

function rssMb(): number {
  return process.memoryUsage().rss / 1048576;
}

function maxRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

async function warm(path: string, iterations: number) {
  const t = await target(path);
  // First run: the validator of the package's schema version is loaded; not part of the warm figures.
  const firstStart = performance.now();
  const first = await checkTarget(t, options);
  const firstMs = performance.now() - firstStart;
  const targetMs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const s = performance.now();
    await checkTarget(t, options);
    targetMs.push(performance.now() - s);
  }
  // Rules only: a package read once, checked again and again (its parsed JSON is reused by the view).
  const { view, problems } = await readTarget(t);
  const viewMs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const s = performance.now();
    await checkView(view, problems, t.display, options);
    viewMs.push(performance.now() - s);
  }
  return { kind: first.kind, findings: first.findings.length, firstMs, targetMs, viewMs };
}

async function many(path: string, concurrency: number, reportPath?: string) {
  const before = rssMb();
  const s = performance.now();
  const { report } = await checkPaths([path], { ...options, concurrency });
  const ms = performance.now() - s;
  if (reportPath) writeFileSync(reportPath, JSON.stringify(report));
  const kinds: Record<string, number> = {};
  for (const p of report.packages) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  return { packages: report.packages.length, kinds, ms, rssBeforeMb: before, maxRssMb: maxRssMb() };
}

async function bomb(path: string) {
  const t = await target(path);
  // The engine is loaded and has checked nothing yet: what the bomb adds is measured from here.
  global.gc?.();
  const rssBefore = rssMb();
  const maxBefore = maxRssMb();
  const s = performance.now();
  const report = await checkTarget(t, options);
  const ms = performance.now() - s;
  return {
    ms,
    rssBeforeMb: rssBefore,
    maxRssBeforeMb: maxBefore,
    maxRssMb: maxRssMb(),
    findings: report.findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`),
  };
}

const result =
  mode === 'warm' ? await warm(args[0], Number(args[1] ?? 200)) : mode === 'many' ? await many(args[0], Number(args[1] ?? 4), args[2]) : mode === 'bomb' ? await bomb(args[0]) : null;
if (!result) {
  process.stderr.write('usage: engine.js warm <path> <n> | many <path> <concurrency> [report.json] | bomb <zip>\n');
  process.exitCode = 2;
} else process.stdout.write(JSON.stringify(result) + '\n');
