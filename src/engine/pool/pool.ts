// Packages checked in worker threads when a run has many: packages are independent, so each core checks its
// share. The main thread hands out targets a few at a time (a package is read only by the worker checking it, so
// memory stays bounded however many packages there are), and puts each report back at its target's index, so the
// report lists packages in the order of a run on one thread.
import { Worker } from 'node:worker_threads';
import type { BuiltPackage } from '../check.js';
import type { Target } from '../read/inputs.js';
import type { PackageReport } from '../types.js';
import { POOL_WORKER, type FromWorker, type PoolRun, type PoolWorkerData, type ToWorker } from './messages.js';

/** How the edge lets the engine use threads: how many, and the script a worker runs (a bundle entry). */
export interface PoolOptions {
  workers: number;
  /** A file that calls runPoolWorker() when started as a pool worker (the bundle's own entry). */
  script: string | URL;
  /**
   * Plain data for the workers' setup (runPoolWorker's argument): what the edge needs to rebuild, in each worker,
   * options that are functions (the configuration's review).
   */
  data?: unknown;
}

/** Below this many packages per worker, starting workers (each loads the bundle) costs more than it saves. */
export const MIN_PACKAGES_PER_WORKER = 16;
/**
 * The young generation of a worker's heap, in MB (three semi-spaces: 16 MB each). Measured on the 990 connectors,
 * 3 interleaved runs each: 48 MB is as fast as 96 MB on Node 20 (12.4 s and 12.2 s) and on Node 24 (9.8 s and
 * 9.9 s), and keeps the run under 500 MB on Node 24 (444-458 MB, against 516-593 MB), the action's runtime.
 */
const WORKER_YOUNG_GENERATION_MB = 48;
/** Targets sent to a worker before its answers come back: enough to keep it busy while reading files. */
const IN_FLIGHT_PER_WORKER = 2;

/** The number of workers worth starting for `count` packages (0: check them on this thread). */
export function workersFor(count: number, pool: PoolOptions | undefined): number {
  if (!pool || pool.workers < 2) return 0;
  const useful = Math.min(pool.workers, Math.floor(count / MIN_PACKAGES_PER_WORKER));
  return useful >= 2 ? useful : 0;
}

/**
 * Checks every target in `workers` threads. A worker that stops (memory exhausted by a package, a bug) is replaced;
 * the packages it had in hand are checked once more by another worker, and a package that stops a second worker
 * gets a report that says so through `failed`. The run goes on.
 */
export interface PoolCallbacks {
  /** Receives a package built from a toolkit project (when the run keeps them). */
  built?: (built: BuiltPackage) => void;
  /** The report of a package no worker could check. */
  failed: (target: Target, why: string) => Promise<PackageReport>;
  /** Told of each report as it comes back, in any order (while the workers go on). */
  checked?: (report: PackageReport) => void;
}

export function checkInPool(targets: readonly Target[], run: PoolRun, pool: PoolOptions, workers: number, callbacks: PoolCallbacks): Promise<PackageReport[]> {
  const { failed } = callbacks;
  const reports = new Array<PackageReport>(targets.length);
  let next = 0;
  let done = 0;
  // Packages a stopped worker had in hand, to be checked again, and how often each was lost.
  const retry: number[] = [];
  const lostCount = new Map<number, number>();
  // A package checked again goes alone to its worker, so a package that stops every worker it meets takes no
  // other package down with it.
  const take = (busy: boolean): { index: number; alone: boolean } | undefined => {
    if (retry.length > 0) return busy ? undefined : { index: retry.shift()!, alone: true };
    return next < targets.length ? { index: next++, alone: false } : undefined;
  };
  return new Promise((resolve, reject) => {
    const finish = () => {
      if (done === targets.length) resolve(reports);
    };
    const settle = (index: number, report: PackageReport) => {
      // Once only: a worker that stops can still deliver an answer it sent before stopping, after its packages were
      // handed to another worker (counting it twice would end the run with a package missing).
      if (reports[index] !== undefined) return;
      reports[index] = report;
      callbacks.checked?.(report);
      done++;
      finish();
    };
    const start = () => {
      const data: PoolWorkerData = { [POOL_WORKER]: true, run };
      // A larger young generation than a worker's default: the checks allocate many short-lived values, and with
      // the default the two workers spent much of their time in scavenges (990 connectors: 14.0 s → 11.5 s wall,
      // peak RSS 330 → 400 MB; bench/results.md).
      const worker = new Worker(pool.script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      const inFlight = new Set<number>();
      let closing = false;
      let alone = false;
      const feed = () => {
        while (inFlight.size < IN_FLIGHT_PER_WORKER && !alone) {
          const next = take(inFlight.size > 0);
          if (!next) break;
          alone = next.alone;
          inFlight.add(next.index);
          worker.postMessage({ index: next.index, target: targets[next.index] } satisfies ToWorker);
        }
        // Nothing left to hand out and nothing pending: this worker's share is done (a package lost later by
        // another worker is checked again by a worker started for it).
        if (inFlight.size === 0 && !closing) {
          closing = true;
          void worker.terminate();
        }
      };
      // A worker that stops with packages in hand (an error, memory exhausted): they are checked again, each alone,
      // and a new worker takes over the rest.
      const lose = (why: string) => {
        const lost = [...inFlight];
        inFlight.clear();
        closing = true;
        for (const index of lost) {
          const times = (lostCount.get(index) ?? 0) + 1;
          lostCount.set(index, times);
          if (times < 2) retry.push(index);
          else failed(targets[index], why).then((r) => settle(index, r), reject);
        }
        if (retry.length > 0 || next < targets.length) start();
      };
      worker.on('message', (m: FromWorker) => {
        if (!inFlight.has(m.index)) return; // an answer of a worker already given up on
        inFlight.delete(m.index);
        if (inFlight.size === 0) alone = false;
        if ('report' in m) {
          if (m.built) callbacks.built?.(m.built);
          settle(m.index, m.report);
        }
        else failed(targets[m.index], m.error).then((r) => settle(m.index, r), reject);
        feed();
      });
      worker.on('error', (e) => lose(e.message));
      worker.on('exit', (code) => {
        if (!closing) lose(`the worker thread stopped (exit code ${code})`);
      });
      feed();
    };
    if (targets.length === 0) return resolve(reports);
    for (let i = 0; i < workers; i++) start();
  });
}
