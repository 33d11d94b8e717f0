// The pool's bookkeeping with real worker threads running a stand-in script (the engine's own worker runs from the
// bundles; __tests__/e2e/scale.test.ts checks it): reports come back in target order however the workers answer,
// a worker that stops is replaced and its packages checked again, and a package that stops two workers is
// reported as not checked while the run goes on.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInPool, workersFor, MIN_PACKAGES_PER_WORKER } from '../../src/engine/pool/pool.js';
import type { Target } from '../../src/engine/read/inputs.js';
import type { PackageReport } from '../../src/engine/types.js';

const dir = mkdtempSync(join(tmpdir(), 'cpc-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Answers each target after a random delay; "crash-*" targets throw in the worker (every time, or only the first
// time for "crash-once-*", remembered by a marker file).
const script = join(dir, 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort, workerData } from 'node:worker_threads';
import { existsSync, writeFileSync } from 'node:fs';
parentPort.on('message', ({ index, target }) => {
  const marker = target.abs + '.seen';
  if (target.display.startsWith('crash-once') && !existsSync(marker)) { writeFileSync(marker, ''); throw new Error('first time'); }
  if (target.display.startsWith('crash-always')) throw new Error('always');
  // Answers at once, then stops: the answer can arrive after the pool has given the worker up.
  if (target.display.startsWith('answer-then-crash') && !existsSync(marker)) { writeFileSync(marker, ''); parentPort.postMessage({ index, report: { path: target.display, kind: 'unknown', capabilities: [], routes: [], findings: [], stats: { files: 0, bytes: 0, ms: 0 }, meta: { worker: 'gone' } } }); throw new Error('after answering'); }
  setTimeout(() => parentPort.postMessage({ index, report: { path: target.display, kind: 'unknown', capabilities: [], routes: [], findings: [], stats: { files: 0, bytes: 0, ms: 0 }, meta: { worker: String(workerData.run.cwd) } } }), Math.floor(Math.random() * 5));
});
`,
);

const target = (display: string): Target => ({ abs: join(dir, display), display, type: 'file' });
const failed = async (t: Target, why: string): Promise<PackageReport> => ({ path: t.display, kind: 'unknown', capabilities: [], routes: [], findings: [], stats: { files: 0, bytes: 0, ms: 0 }, meta: { failed: why } });
const run = { audience: 'both' as const, cwd: dir };

describe('the pool', () => {
  it('is used from 16 packages per worker, two workers at least', () => {
    const pool = { workers: 4, script };
    expect(workersFor(2 * MIN_PACKAGES_PER_WORKER - 1, pool)).toBe(0);
    expect(workersFor(2 * MIN_PACKAGES_PER_WORKER, pool)).toBe(2);
    expect(workersFor(1_000, pool)).toBe(4);
    expect(workersFor(1_000, { workers: 1, script })).toBe(0);
    expect(workersFor(1_000, undefined)).toBe(0);
  });

  it('gives the reports in target order', async () => {
    const targets = Array.from({ length: 200 }, (_, i) => target(`p${i}`));
    const reports = await checkInPool(targets, run, { workers: 3, script }, 3, { failed });
    expect(reports.map((r) => r.path)).toEqual(targets.map((t) => t.display));
  });

  it('checks again the packages of a worker that stopped, and reports one that stops two as not checked', async () => {
    const targets = ['a', 'crash-once-b', 'c', 'crash-always-d', 'e', 'f', 'g', 'h'].map(target);
    const reports = await checkInPool(targets, run, { workers: 2, script }, 2, { failed });
    expect(reports.map((r) => r.path)).toEqual(targets.map((t) => t.display));
    expect(existsSync(`${targets[1].abs}.seen`)).toBe(true);
    expect(reports.filter((r) => r.meta?.failed).map((r) => [r.path, r.meta?.failed])).toEqual([['crash-always-d', 'always']]);
  });

  it('counts each package once when a worker answers and then stops', async () => {
    const targets = ['a2', 'answer-then-crash-b2', 'c2', 'd2', 'e2', 'f2', 'g2', 'h2', 'i2'].map(target);
    const reports = await checkInPool(targets, run, { workers: 2, script }, 2, { failed });
    expect(reports.map((r) => r?.path)).toEqual(targets.map((t) => t.display));
  });
});
