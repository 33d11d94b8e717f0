// Many packages, as the bundles run them: worker threads share the packages and give the report a run on one thread
// gives, in the same order; 20,000 small packages finish with a report, a job summary and every output (a run of
// 22,000 once died in renderJson with "RangeError: Invalid string length" and wrote nothing). Time and memory are
// measured by `npm run bench` (bench/scale.mjs), not here.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfiguration } from '../../src/config/index.js';
import { checkPaths } from '../../src/engine/index.js';
import { readIfExists } from '../../src/shared/read-if-exists.js';
import { workersFor } from '../../src/engine/pool/pool.js';
import type { PackageReport } from '../../src/engine/types.js';
import { bundleDir } from '../helpers/bundle.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from '../helpers/corpus.js';
import { ROOT, runBundledAction, testBundle, workflowCommands } from './run-bundle.js';

const run = promisify(execFile);
const SMALL = 20_000;
let bundle: string;
const made: string[] = [];

beforeAll(() => {
  bundle = testBundle(bundleDir);
}, 300_000);
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.skipIf(!HAS_CORPUS)('the pool of worker threads', () => {
  it('gives the report of a run on one thread, package by package, in the same order', async () => {
    const inputs = corpusIndex().map((e) => e.path);
    expect(workersFor(inputs.length, { workers: Math.max(2, availableParallelism()), script: '' })).toBeGreaterThan(0);
    const { stdout } = await run(process.execPath, [join(bundle, 'cli', 'index.js'), ...inputs, '--format', 'json', '--fail-on', 'never'], { cwd: CORPUS_DIR, maxBuffer: 1 << 28 });
    const pooled = JSON.parse(stdout);
    const { report } = await checkPaths(inputs, { audience: 'both', toolVersion: pooled.tool.version, cwd: CORPUS_DIR });
    const untimed = (p: PackageReport) => ({ ...p, stats: { ...p.stats, ms: 0 } });
    expect(pooled.packages.map(untimed)).toEqual(report.packages.map(untimed));
    expect(pooled.summary).toEqual(report.summary);
    // Renderers name the rules that ran in the workers (SARIF rule descriptions, annotation titles).
    const sarif = JSON.parse((await run(process.execPath, [join(bundle, 'cli', 'index.js'), ...inputs, '--format', 'sarif', '--fail-on', 'never'], { cwd: CORPUS_DIR, maxBuffer: 1 << 28 })).stdout);
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.filter((r) => r.shortDescription.text === r.id).map((r) => r.id)).toEqual([]);
  }, 300_000);

  it('applies the configuration in every worker as on one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-config-'));
    made.push(dir);
    const file = join(dir, 'config.yml');
    writeFileSync(
      file,
      'rules:\n  powerplatform.operation-visibility: off\n  powerplatform.response-schema: notice\nignore:\n  - path: connectors/cert-*/**\n    rule: powerplatform.operation-description\n    reason: tested\n',
    );
    const inputs = corpusIndex().map((e) => e.path);
    const { stdout } = await run(process.execPath, [join(bundle, 'cli', 'index.js'), ...inputs, '--config', file, '--format', 'json', '--fail-on', 'never'], { cwd: CORPUS_DIR, maxBuffer: 1 << 28 });
    const pooled = JSON.parse(stdout);
    const loaded = await loadConfiguration({ root: CORPUS_DIR, file }, { readFile: readIfExists });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const { report } = await checkPaths(inputs, { audience: 'both', toolVersion: pooled.tool.version, cwd: CORPUS_DIR, review: loaded.settings?.review });
    const untimed = (p: PackageReport) => ({ ...p, stats: { ...p.stats, ms: 0 } });
    expect(pooled.packages.map(untimed)).toEqual(report.packages.map(untimed));
    expect(pooled.packages.flatMap((p: PackageReport) => p.findings).filter((f: { suppressed?: unknown }) => f.suppressed).length).toBeGreaterThan(0);
  }, 300_000);
});

describe(`${SMALL.toLocaleString('en')} small packages`, () => {
  it('finish with a report, a job summary within its limit and every output', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cpc-small-'));
    made.push(ws);
    const examples = join(ROOT, 'examples', 'graph-connectors');
    const valid = join(examples, readdirSync(examples).find((n) => n.endsWith('.json'))!);
    const broken = join(examples, 'broken', readdirSync(join(examples, 'broken')).find((n) => n.endsWith('.json'))!);
    for (let i = 0; i < SMALL; i++) {
      const dir = join(ws, 'connectors', `p${String(i).padStart(5, '0')}`);
      mkdirSync(dir, { recursive: true });
      cpSync(i % 10 === 9 ? broken : valid, join(dir, 'connector.json'));
    }
    const r = await runBundledAction({ bundle, workspace: ws, inputs: { path: 'connectors' } });
    // The broken ones fail the step, after everything was written.
    expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
    expect(Object.keys(r.outputs).sort()).toEqual(['eligible-multitenant', 'eligible-single-tenant', 'errors', 'notices', 'report-path', 'warnings']);
    const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
    expect(report.packages).toHaveLength(SMALL);
    // Every package was checked by a worker (none "could not be checked"), and is what it is.
    expect(report.packages.filter((p: PackageReport) => p.kind !== 'graph-connector').map((p: PackageReport) => p.findings[0]?.message).slice(0, 3)).toEqual([]);
    expect(report.packages[SMALL - 1].path).toBe(`connectors/p${SMALL - 1}/connector.json`);
    expect(report.summary.errors).toBe(Number(r.outputs.errors));
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(r.summary).toContain('The summary was trimmed');
    // At most 10 annotations of each level, and the step's failure.
    for (const level of ['error', 'warning', 'notice']) expect(workflowCommands(r.stdout).filter((l) => l.startsWith(`::${level} `)).length).toBeLessThanOrEqual(10);
    expect(r.stdout).toContain(`${SMALL} packages checked`);
  }, 900_000);
});
