// Reads one target as a package view, whatever its container. Never throws: failures are problems.
import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readFolder, readSingleFile } from './folder.js';
import { jsonProblems } from './json-problems.js';
import type { ReadResult } from './package-view.js';
import { errorText, readZip } from './zip.js';
import type { Target } from './inputs.js';
import type { ToolkitOptions } from './toolkit/read-project.js';

/** How toolkit projects are built: the environment, the process environment, the repository root. */
export type ReadOptions = Partial<ToolkitOptions>;

export async function readTarget(target: Target, options: ReadOptions = {}): Promise<ReadResult> {
  let result: ReadResult;
  try {
    // A target that is itself a symbolic link could point anywhere on the runner (a pull request can add
    // appPackage/build/x.zip -> /home/runner/…); only what the link names inside a package is refused below.
    if ((await lstat(target.abs)).isSymbolicLink()) {
      return { view: null, problems: [{ ruleId: 'package.zip-entry-refused', message: 'The path is a symbolic link; it was not followed.' }] };
    }
    if (target.type === 'zip') result = await readZip(target.abs, target.display);
    else if (target.type === 'folder') result = await readFolder(target.abs, target.display);
    else if (target.type === 'toolkit-project') {
      // Loaded on demand: most runs check zips, and a cold start is budgeted (DESIGN.md §6).
      const { readToolkitProject } = await import('./toolkit/read-project.js');
      result = await readToolkitProject(target.abs, target.display, { ...options, root: options.root ?? target.abs });
    }
    else result = await readSingleFile(target.abs, basename(target.abs), target.display);
  } catch (e) {
    return { view: null, problems: [{ ruleId: 'package.zip-corrupt', message: `The package could not be read: ${errorText(e)}.` }] };
  }
  if (!result.view) return result;
  try {
    return { ...result, problems: [...result.problems, ...jsonProblems(result.view)] };
  } catch (e) {
    // Checking JSON files must not lose the package: report the failure and go on without those problems.
    return { ...result, problems: [...result.problems, { ruleId: 'package.zip-corrupt', message: `The package's JSON files could not be examined: ${errorText(e)}.` }] };
  }
}
