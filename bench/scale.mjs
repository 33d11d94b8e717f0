// The scale rows of `npm run bench` (DESIGN.md §6): the whole microsoft/PowerPlatformConnectors repository
// (../shared/corpus-scale, about 990 connectors) checked by the bundled CLI and by the bundled action, and 20,000
// small packages checked by the bundled action. bench/run.mjs runs this with everything else; alone:
//
//   node bench/scale.mjs [--dist DIR] [--no-build] [--scale-runs N] [--out FILE]
//
// What it measures, interleaved run by run so that other work on a shared machine falls on both alike:
// - `node -e 0`, the CLI over every connector (--format json --output …), and the action over every connector
//   (INPUT_PATH the repository, INPUT_SCOPE all, no comment), each --scale-runs times: wall, CPU, peak RSS;
// - the engine (bench/engine.ts) checking every connector one at a time in one process: milliseconds per connector,
//   the five slowest and where their CPU time goes (reading, each rule, positions of findings);
// - 20,000 small packages (standalone Graph connector definitions, one in ten broken) through the action once.
// The archive is extracted once per content (its SHA-256) into .tmp/bench/scale-<hash>.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHILD_ENV, ROOT, TMP, engineRun, flag, log, median, ms, prepareDist, prepareEngine, rel, run, value } from './lib.mjs';

export const ARCHIVE = resolve(ROOT, '..', 'shared', 'corpus-scale', 'power-platform-connectors.tar.xz');
const SMALL_PACKAGES = 20_000;
const BUDGET = { cliMs: 8_000, goalMs: 5_000, rssMb: 500, actionRatio: 1.5, connectorMs: 200 };
/** A connector's path without the extraction folder. */
const short = (p) => p.replace(/^.*scale-[0-9a-f]+\//, '');

/** The archive extracted into a folder named by its hash (extracted again only when the archive changes). */
function extracted() {
  const hash = createHash('sha256').update(readFileSync(ARCHIVE)).digest('hex').slice(0, 12);
  const dir = join(TMP, `scale-${hash}`);
  if (existsSync(join(dir, '.complete'))) return { dir, hash, fresh: false };
  const building = `${dir}.partial`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  log(`scale: extracting ${rel(ARCHIVE)} into ${rel(dir)} …`);
  const r = spawnSync('tar', ['-xJf', ARCHIVE, '-C', building], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar -xJf ${ARCHIVE}: ${r.stderr}`);
  writeFileSync(join(building, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return { dir, hash, fresh: true };
}

/** The bundled action as GitHub runs it: INPUT_* and the runner's files, in a fresh folder under `scratch`. */
function runAction(dist, workspace, inputs, scratch, node = process.execPath) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const files = { output: join(scratch, 'output'), summary: join(scratch, 'summary.md'), event: join(scratch, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, '{}');
  const env = {
    ...CHILD_ENV,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'contoso/connectors',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'a'.repeat(40),
    // Nothing may leave the machine.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: scratch,
    INPUT_COMMENT: 'false',
    'INPUT_FAIL-ON': 'never',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const r = run(node, [join(dist, 'index.js')], { cwd: workspace, env });
  const outputs = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  const summaryBytes = statSync(files.summary).size;
  const reportBytes = outputs['report-path'] && existsSync(outputs['report-path']) ? statSync(outputs['report-path']).size : 0;
  return { ...r, outputs, summaryBytes, reportBytes };
}

/** A digest of every package's report without its timing: two runs that agree on it gave the same findings. */
function findingsDigest(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const hash = createHash('sha256');
  for (const p of report.packages) hash.update(JSON.stringify({ ...p, stats: { ...p.stats, ms: 0 } }));
  return { digest: hash.digest('hex').slice(0, 16), packages: report.packages.length, summary: report.summary };
}

function smallPackages() {
  const dir = join(TMP, `small-${SMALL_PACKAGES}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const examples = join(ROOT, 'examples', 'graph-connectors');
  const valid = join(examples, readdirSync(examples).find((n) => n.endsWith('.json')));
  const brokenDir = join(examples, 'broken');
  const broken = existsSync(brokenDir) ? join(brokenDir, readdirSync(brokenDir).find((n) => n.endsWith('.json'))) : valid;
  log(`scale: generating ${SMALL_PACKAGES} small packages in ${rel(dir)} …`);
  for (let i = 0; i < SMALL_PACKAGES; i++) {
    const p = join(dir, `p${String(i).padStart(5, '0')}`);
    mkdirSync(p, { recursive: true });
    cpSync(i % 10 === 9 ? broken : valid, join(p, 'connector.json'));
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/**
 * Measures the scale rows. `dist` holds the bundles (index.js, cli/index.js), `engine` the engine bundle of
 * bench/engine.ts. Returns undefined when the archive is absent.
 */
export function measureScale({ dist, engine, runs = Number(value('--scale-runs', 3)), node24 }) {
  if (!existsSync(ARCHIVE)) {
    log(`scale: ${rel(ARCHIVE)} not found; the scale rows are skipped`);
    return undefined;
  }
  const loadBefore = os.loadavg();
  const { dir, hash } = extracted();
  const workspace = dir;
  const target = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  const cli = join(dist, 'cli', 'index.js');
  const reportFile = join(TMP, 'scale-report.json');
  log(`\nscale: the PowerPlatformConnectors repository (${target.join(', ')}), ${runs} runs of each, interleaved`);
  const rows = { node: [], cli: [], action: [], cli24: [], action24: [] };
  let actionLast;
  for (let i = 0; i <= runs; i++) {
    // The first round warms the file cache and is not counted.
    const node = run(process.execPath, ['-e', '0']);
    const c = run(process.execPath, [cli, ...target, '--format', 'json', '--output', reportFile, '--fail-on', 'never'], { cwd: workspace });
    if (c.status !== 0) throw new Error(`scale: CLI exit ${c.status}\n${c.stderr.slice(0, 2000)}`);
    const a = runAction(dist, workspace, { path: target.join('\n'), scope: 'all' }, join(TMP, 'scale-action'));
    if (a.status !== 0 || !a.outputs['report-path']) throw new Error(`scale: action exit ${a.status}, outputs ${JSON.stringify(a.outputs)}\n${a.stderr.slice(0, 2000)}`);
    actionLast = a;
    // Node 24 as well when there is one: GitHub runs the action on node24 (action.yml runs.using).
    const c24 = node24 && run(node24, [cli, ...target, '--format', 'json', '--output', reportFile, '--fail-on', 'never'], { cwd: workspace });
    const a24 = node24 && runAction(dist, workspace, { path: target.join('\n'), scope: 'all' }, join(TMP, 'scale-action'), node24);
    if (i === 0) continue;
    rows.node.push(node);
    rows.cli.push(c);
    rows.action.push(a);
    if (c24 && c24.status === 0) rows.cli24.push(c24);
    if (a24 && a24.status === 0) rows.action24.push(a24);
    log(`  run ${i}: node -e 0 ${ms(node.wall)} ms; CLI ${ms(c.wall)} ms (CPU ${ms(c.cpu)} ms, ${c.rss.toFixed(0)} MB); action ${ms(a.wall)} ms (CPU ${ms(a.cpu)} ms, ${a.rss.toFixed(0)} MB)`);
  }
  const stat = (list) => ({ wall: median(list.map((r) => r.wall)), min: Math.min(...list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)), rss: median(list.map((r) => r.rss)), maxRss: Math.max(...list.map((r) => r.rss)) });
  const found = findingsDigest(reportFile);

  log('  engine, one connector at a time (bench/engine.ts each)');
  const each = engineRun(engine, ['each', ...target.map((t) => join(dir, t))]);
  const byWall = [...each.packages].sort((a, b) => b.ms - a.ms);
  const slowest = byWall.slice(0, 5).map((p) => {
    const phases = engineRun(engine, ['phases', p.path, '5']);
    return { path: short(p.path), ms: p.ms, cpuMs: p.cpuMs, findings: p.findings, steps: phases.steps.slice(0, 4), totalCpuMs: phases.totalCpuMs };
  });

  log(`  ${SMALL_PACKAGES} small packages through the action`);
  const small = smallPackages();
  const smallRun = runAction(dist, small, { path: '.', scope: 'all' }, join(TMP, 'small-action'));
  const loadAfter = os.loadavg();
  return {
    hash,
    dir,
    target,
    runs,
    node: stat(rows.node),
    cli: stat(rows.cli),
    action: stat(rows.action),
    on24: node24 && rows.cli24.length > 0 && rows.action24.length > 0 ? { version: spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim(), cli: stat(rows.cli24), action: stat(rows.action24) } : undefined,
    actionOutputs: actionLast.outputs,
    actionSummaryBytes: actionLast.summaryBytes,
    found,
    each: { count: each.packages.length, over: byWall.filter((p) => p.ms > BUDGET.connectorMs).length, overCpu: each.packages.filter((p) => p.cpuMs > BUDGET.connectorMs).length, max: byWall[0], sumMs: each.packages.reduce((n, p) => n + p.ms, 0), sumCpuMs: each.packages.reduce((n, p) => n + p.cpuMs, 0) },
    slowest,
    small: { status: smallRun.status, wall: smallRun.wall, cpu: smallRun.cpu, rss: smallRun.rss, outputs: smallRun.outputs, reportBytes: smallRun.reportBytes, summaryBytes: smallRun.summaryBytes },
    load: { before: loadBefore, after: loadAfter },
  };
}

const verdict = (ok) => (ok ? '✅ met' : '❌ missed');

/** The scale section of bench/results.md, and the budget lines it fills. */
export function scaleLines(s, command) {
  const lines = [];
  const w = (x = '') => lines.push(x);
  if (!s) {
    w('## Scale');
    w();
    w(`Skipped: ${rel(ARCHIVE)} was not found.`);
    return { lines, budget: [] };
  }
  const ratio = s.action.wall / s.cli.wall;
  const budget = [
    `| the PowerPlatformConnectors repository (${s.found.packages} connectors), CLI | ≤ 8 s wall (goal 5 s), ≤ 500 MB | ${(s.cli.wall / 1000).toFixed(2)} s (CPU ${(s.cli.cpu / 1000).toFixed(2)} s), ${s.cli.maxRss.toFixed(0)} MB | ${verdict(s.cli.wall <= BUDGET.cliMs && s.cli.maxRss <= BUDGET.rssMb)}${s.cli.wall <= BUDGET.goalMs ? ' (goal met)' : ''} |`,
    `| the same, the action (scope all) | ≤ 1.5 × the CLI | ${(s.action.wall / 1000).toFixed(2)} s, ${ratio.toFixed(2)} × (CPU ${(s.action.cpu / 1000).toFixed(2)} s), ${s.action.maxRss.toFixed(0)} MB | ${verdict(ratio <= BUDGET.actionRatio)} |`,
    `| the same, slowest connector (engine, one at a time) | ≤ 200 ms | ${ms(s.each.max.ms)} ms (${short(s.each.max.path)}); ${s.each.over} over 200 ms | ${verdict(s.each.over === 0)} |`,
    `| ${SMALL_PACKAGES.toLocaleString('en')} small packages, the action | a report and outputs | exit ${s.small.status}, ${(s.small.wall / 1000).toFixed(1)} s, ${s.small.rss.toFixed(0)} MB; report ${(s.small.reportBytes / 1024 ** 2).toFixed(0)} MiB, summary ${(s.small.summaryBytes / 1024).toFixed(0)} KiB, ${Object.keys(s.small.outputs).length} outputs | ${verdict(s.small.status === 0 && s.small.reportBytes > 0 && s.small.outputs.errors !== undefined)} |`,
  ];
  w('## Scale: the PowerPlatformConnectors repository');
  w();
  w(`\`${command}\`. The archive \`${rel(ARCHIVE)}\` (SHA-256 ${s.hash}…) extracted into \`${rel(s.dir)}\`; the CLI and the action are given its folders (${s.target.map((t) => `\`${t}\``).join(', ')}) and find ${s.found.packages} connectors. ${s.runs} runs of each after one unmeasured round, interleaved (\`node -e 0\`, CLI, action in turn). Load average ${s.load.before.map((x) => x.toFixed(2)).join(' / ')} before, ${s.load.after.map((x) => x.toFixed(2)).join(' / ')} after.`);
  w();
  w('| run | wall median | min | CPU (user+sys) median | peak RSS median (max) |');
  w('|---|---|---|---|---|');
  w(`| \`node -e 0\` (same run) | ${ms(s.node.wall)} ms | ${ms(s.node.min)} ms | ${ms(s.node.cpu)} ms | ${s.node.rss.toFixed(0)} MB |`);
  w(`| CLI: \`node dist/cli/index.js ${s.target.join(' ')} --format json --output … --fail-on never\` | ${(s.cli.wall / 1000).toFixed(2)} s | ${(s.cli.min / 1000).toFixed(2)} s | ${(s.cli.cpu / 1000).toFixed(2)} s | ${s.cli.rss.toFixed(0)} MB (${s.cli.maxRss.toFixed(0)} MB) |`);
  w(`| action: \`node dist/index.js\`, path = those folders, scope all, comment false | ${(s.action.wall / 1000).toFixed(2)} s | ${(s.action.min / 1000).toFixed(2)} s | ${(s.action.cpu / 1000).toFixed(2)} s | ${s.action.rss.toFixed(0)} MB (${s.action.maxRss.toFixed(0)} MB) |`);
  if (s.on24) {
    w(`| the CLI on Node ${s.on24.version} | ${(s.on24.cli.wall / 1000).toFixed(2)} s | ${(s.on24.cli.min / 1000).toFixed(2)} s | ${(s.on24.cli.cpu / 1000).toFixed(2)} s | ${s.on24.cli.rss.toFixed(0)} MB (${s.on24.cli.maxRss.toFixed(0)} MB) |`);
    w(`| the action on Node ${s.on24.version}, as GitHub runs it (\`runs.using: node24\`) | ${(s.on24.action.wall / 1000).toFixed(2)} s | ${(s.on24.action.min / 1000).toFixed(2)} s | ${(s.on24.action.cpu / 1000).toFixed(2)} s | ${s.on24.action.rss.toFixed(0)} MB (${s.on24.action.maxRss.toFixed(0)} MB) |`);
  }
  w();
  w(`Findings: ${s.found.summary.errors} errors, ${s.found.summary.warnings} warnings, ${s.found.summary.notices} notices; digest of every package's report without its timing \`${s.found.digest}\` (equal digests, equal findings). The action wrote ${Object.keys(s.actionOutputs).length} outputs and a ${(s.actionSummaryBytes / 1024).toFixed(0)} KiB job summary.`);
  w();
  w(`Engine, one connector at a time in one process (\`bench/engine.ts each\`): ${s.each.count} connectors in ${(s.each.sumMs / 1000).toFixed(2)} s (CPU ${(s.each.sumCpuMs / 1000).toFixed(2)} s); ${s.each.over} over 200 ms of wall time, ${s.each.overCpu} over 200 ms of CPU time. The five slowest, and where their CPU time goes (\`bench/engine.ts phases\`, best of 5):`);
  w();
  w('| connector | wall | CPU | findings | largest steps (CPU, best of 5) |');
  w('|---|---|---|---|---|');
  for (const c of s.slowest) w(`| ${c.path} | ${ms(c.ms)} ms | ${ms(c.cpuMs)} ms | ${c.findings} | ${c.steps.map((x) => `${x.step} ${ms(x.ms)} ms`).join('; ')} |`);
  w();
  w(`${SMALL_PACKAGES.toLocaleString('en')} small packages (\`${rel(join(TMP, `small-${SMALL_PACKAGES}`))}\`: standalone Graph connector definitions from examples/graph-connectors, one in ten the broken one), once through the action: exit ${s.small.status} in ${(s.small.wall / 1000).toFixed(1)} s (CPU ${(s.small.cpu / 1000).toFixed(1)} s), peak RSS ${s.small.rss.toFixed(0)} MB; outputs ${Object.entries(s.small.outputs).filter(([k]) => k !== 'report-path').map(([k, v]) => `${k}=${v}`).join(', ')}; JSON report ${(s.small.reportBytes / 1024 ** 2).toFixed(0)} MiB, job summary ${(s.small.summaryBytes / 1024).toFixed(0)} KiB.`);
  w();
  return { lines, budget };
}

// Alone: node bench/scale.mjs
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = prepareDist();
  const engine = prepareEngine(dist);
  const s = measureScale({ dist, engine });
  const { lines, budget } = scaleLines(s, `node bench/scale.mjs ${process.argv.slice(2).join(' ')}`.trim());
  const text = ['| measure | target | measured | |', '|---|---|---|---|', ...budget, '', ...lines].join('\n');
  const out = value('--out');
  if (out && out !== '-') writeFileSync(out, `${text}\n`);
  process.stdout.write(`${text}\n`);
  if (flag('--json')) process.stdout.write(`${JSON.stringify(s)}\n`);
}
