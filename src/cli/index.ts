#!/usr/bin/env node
// Entry point of the `copilot-publish-check` command; also the script of the engine's worker threads.
import { availableParallelism } from 'node:os';
import { isPoolWorker, runPoolWorker } from '../engine/index.js';
import { poolWorkerSetup } from '../shared/pool-setup.js';
import { tuneTiering } from '../shared/v8-tiering.js';
import { runCli } from './main.js';

if (isPoolWorker()) runPoolWorker(poolWorkerSetup);
else main();

function main(): void {
  // Before any check runs; the worker threads started later share the process's flags.
  tuneTiering();
  // Output closed early (`copilot-publish-check --list-rules | head -1`): nothing more can be said, so stop quietly
  // with the code so far instead of crashing on the failed write.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
  }

  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    workspace: process.env.GITHUB_WORKSPACE || undefined,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    // Many packages are checked on every core, each worker thread running this same file.
    pool: { workers: availableParallelism(), script: new URL(import.meta.url) },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`copilot-publish-check: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
