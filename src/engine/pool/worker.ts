// The worker side of the pool: checks the targets it is sent, one message each, and answers with their reports.
// A bundle entry (the action's, the CLI's) calls runPoolWorker() instead of its main when isPoolWorker().
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkTarget, type BuiltPackage, type PackageCheckOptions } from '../check.js';
import { readPrevious } from '../routes/update.js';
import { createSourceFinder } from '../source-map/index.js';
import { POOL_WORKER, type FromWorker, type PoolWorkerData, type ToWorker } from './messages.js';

/** True in a worker thread the pool started. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as Partial<PoolWorkerData> | null)?.[POOL_WORKER] === true;
}

/** What the edge's worker script adds to the options of every check: those that are functions (the review). */
export type PoolWorkerSetup = (data: unknown) => Promise<Pick<PackageCheckOptions, 'review'>>;

export function runPoolWorker(setup?: PoolWorkerSetup): void {
  const port = parentPort;
  if (!port) return;
  const { run } = workerData as PoolWorkerData;
  const sources = createSourceFinder({ cwd: run.read.cwd, root: run.read.root, source: run.source });
  // The published package is read once per worker, as the main thread reads it once per run.
  const options: Promise<PackageCheckOptions> = Promise.all([
    run.previous ? readPrevious(run.previous, run.read.cwd) : undefined,
    setup ? setup(run.data) : {},
  ]).then(([previousPackage, extra]) => ({ audience: run.audience, previousPackage, read: run.read, ...extra }));
  // One package at a time, in the order sent: the pool sends the next before this one is done, so no time is lost
  // waiting for it, but checking both at once (interleaved at every await) kept two packages' parsed documents alive
  // through every scavenge. One at a time, the 990 connectors of the scale bench took 2-5 % less CPU.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    queue = queue.then(async () => {
      let answer: FromWorker;
      try {
        let built: BuiltPackage | undefined;
        const keep = run.keepBuilt ? (b: BuiltPackage) => (built = b) : undefined;
        const report = await checkTarget(message.target, { ...(await options), keep }, sources);
        answer = built ? { index: message.index, report, built } : { index: message.index, report };
      } catch (e) {
        answer = { index: message.index, error: e instanceof Error ? e.message : String(e) };
      }
      port.postMessage(answer);
    });
  });
}
