// The engine in one process, for `npm run bench` (bench/run.mjs bundles this file with ncc, like the CLI, so the
// numbers are those of the shipped code: the same bundling, the validators compiled ahead of time).
// Usage: node engine.js <mode> [args…]; prints one JSON object on stdout.
//   warm <path> <iterations>        checkTarget (read + rules) and checkView (rules only) on one package, repeated
//   many <path> <concurrency> [report.json]   checkPaths over a folder of packages, as the CLI does
//   bomb <zip>                      checkTarget on one (hostile) zip: time and memory to a verdict
//   each <path> [path…]             checkTarget on every package found, one at a time: milliseconds per package
//   phases <path> <iterations>      where one package's CPU time goes: reading, each rule, positions (best of n)
//   all-phases <path…>              the same for every package found, once each, summed over the run
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkPaths, checkTarget, checkView, resolveInputs, rulesFor } from '../src/engine/index.js';
import { readTarget } from '../src/engine/read/read-target.js';
import { detectKind } from '../src/engine/detect/kind.js';
import { toFinding } from '../src/engine/findings.js';
import { loadYamlFor } from '../src/engine/openapi/yaml-library.js';
import type { RuleContext } from '../src/engine/rules/rule.js';
import type { Target } from '../src/engine/read/inputs.js';
import type { FindingDraft } from '../src/engine/types.js';

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

/** CPU milliseconds (user + system) of this process so far: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
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

async function each(paths: string[]) {
  const { targets } = await resolveInputs(paths, process.cwd());
  const packages: Array<{ path: string; ms: number; cpuMs: number; findings: number }> = [];
  for (const t of targets) {
    const s = performance.now();
    const c = cpuMs();
    const r = await checkTarget(t, options);
    packages.push({ path: t.display, ms: performance.now() - s, cpuMs: cpuMs() - c, findings: r.findings.length });
  }
  return { packages, maxRssMb: maxRssMb() };
}

/**
 * One package taken apart: reading (files, JSON parsing, read problems), then each rule's own work and the
 * positions of its findings (toFinding), as checkView does them in turn. Rules share caches (the Swagger
 * validation, the schema list): the first rule to ask pays, as in a real run. Best of `iterations` fresh reads.
 */
async function phases(path: string, iterations: number) {
  const t = await target(path);
  await checkTarget(t, options); // loads the rules and validators
  return { path, ...(await stepsOf(t, iterations)) };
}

/** The steps of every package found under the paths, once each, summed: where a whole run's CPU time goes. */
async function allPhases(paths: string[]) {
  const { targets } = await resolveInputs(paths, process.cwd());
  const sum = new Map<string, number>();
  let total = 0;
  for (const t of targets) {
    const r = await stepsOf(t, 1);
    total += r.totalCpuMs;
    for (const { step, ms } of r.steps) sum.set(step, (sum.get(step) ?? 0) + ms);
  }
  return { packages: targets.length, totalCpuMs: total, steps: [...sum].sort((a, b) => b[1] - a[1]).map(([step, ms]) => ({ step, ms })) };
}

async function stepsOf(t: Target, iterations: number) {
  // Best of n, in CPU time (user + system): the figure least disturbed by other work on a shared machine.
  const best = new Map<string, number>();
  const keep = (k: string, ms: number) => best.set(k, Math.min(best.get(k) ?? Infinity, ms));
  let total = Infinity;
  for (let i = 0; i < iterations; i++) {
    const start = cpuMs();
    let s = cpuMs();
    const { view } = await readTarget(t);
    keep('read (files, JSON parsing, read problems)', cpuMs() - s);
    if (!view) continue;
    const kind = detectKind(view);
    await loadYamlFor(view);
    const ctx: RuleContext = { pkg: view, kind, capabilities: [] };
    let positions = 0;
    for (const rule of await rulesFor(kind)) {
      s = cpuMs();
      const drafts: FindingDraft[] = [];
      // As runRule: a rule's drafts are read up to the cap of findings per rule.
      for (const d of await rule.check(ctx)) if (drafts.push(d) > 100) break;
      keep(`rule ${rule.id}`, cpuMs() - s);
      s = cpuMs();
      for (const d of drafts) toFinding(rule, d, view);
      positions += cpuMs() - s;
    }
    keep('positions of findings (toFinding)', positions);
    total = Math.min(total, cpuMs() - start);
  }
  const steps = [...best].sort((a, b) => b[1] - a[1]).map(([step, ms]) => ({ step, ms }));
  return { totalCpuMs: total, steps };
}

const result =
  mode === 'warm'
    ? await warm(args[0], Number(args[1] ?? 200))
    : mode === 'many'
      ? await many(args[0], Number(args[1] ?? 4), args[2])
      : mode === 'bomb'
        ? await bomb(args[0])
        : mode === 'each'
          ? await each(args)
          : mode === 'phases'
            ? await phases(args[0], Number(args[1] ?? 3))
            : mode === 'all-phases'
              ? await allPhases(args)
              : null;
if (!result) {
  process.stderr.write('usage: engine.js warm <path> <n> | many <path> <concurrency> [report.json] | bomb <zip> | each <path…> | phases <path> <n>\n');
  process.exitCode = 2;
} else process.stdout.write(JSON.stringify(result) + '\n');
