// What the main thread and the pool's workers say to each other. Everything is plain data (structured clone):
// targets, the options of a run, and package reports.
import type { BuiltPackage, PackageCheckOptions } from '../check.js';
import type { Target } from '../read/inputs.js';
import type { AudienceOption, PackageReport } from '../types.js';

/** Marks a worker thread started by the pool (workerData), so a bundle entry knows to serve it. */
export const POOL_WORKER = 'copilot-publish-check:pool-worker';

/** What every package of the run is checked with, as plain data: each worker reads the rest itself. */
export interface PoolRun {
  audience: AudienceOption;
  /** How toolkit projects are read (working folder, repository root, environment, process environment). */
  read: NonNullable<PackageCheckOptions['read']>;
  /** The packages built from toolkit projects are sent back (CheckOptions.keepBuilt). */
  keepBuilt: boolean;
  /** Repository folder or manifest the packages were built from (source mapping). */
  source?: string;
  /** The published package an update is checked against; each worker reads it once. */
  previous?: string;
  /** What the edge gave for its workers' setup (PoolOptions.data): plain data, opaque to the engine. */
  data?: unknown;
}

export interface PoolWorkerData {
  [POOL_WORKER]: true;
  run: PoolRun;
}

export type ToWorker = { index: number; target: Target };
export type FromWorker = { index: number; report: PackageReport; built?: BuiltPackage } | { index: number; error: string };
