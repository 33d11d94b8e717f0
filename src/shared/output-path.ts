// Where an output may be written (the JSON report, SARIF, the package zips, a baseline, the CLI's --output). A pull
// request can commit symbolic links: `out.sarif` pointing at a file outside the workspace, a report folder pointing
// elsewhere. Followed, they would overwrite that file with text partly chosen by the package. So:
// - below a guarded folder (the workspace and RUNNER_TEMP in the action, the repository root for the CLI) no symbolic
//   link is followed: not the file itself (a dangling link included) and not any folder between that folder and it;
//   the file is opened with O_NOFOLLOW as well, so a link made after the check is not followed either;
// - the action writes only inside the workspace or RUNNER_TEMP (`confine`);
// - the CLI writes where its user says: a path outside the repository (`--output ~/reports/x.json`) is the user's
//   own choice on their own machine, and is written as named, links and all.
// A refused output throws OutputRefused, whose message names the path and the link; callers write their other
// outputs all the same.
import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { isInside } from '../engine/read/toolkit/files.js';

export interface OutputPolicy {
  /** Folders below which no symbolic link is followed. */
  guarded: readonly string[];
  /** True: an output must lie inside one of `guarded` (the action). */
  confine: boolean;
  /** How the guarded folders are named in messages ("the workspace or RUNNER_TEMP"). */
  label: string;
}

export class OutputRefused extends Error {
  override name = 'OutputRefused';
}

/** The action's policy: the workspace and RUNNER_TEMP, nothing else. */
export function actionOutputs(workspace: string, tempDir: string): OutputPolicy {
  return { guarded: [workspace, tempDir], confine: true, label: 'the workspace or RUNNER_TEMP' };
}

/** The CLI's policy: no link followed inside the repository; elsewhere, where the user says. */
export function cliOutputs(root: string): OutputPolicy {
  return { guarded: [root], confine: false, label: 'the repository' };
}

/**
 * Checks that `path` may be written under `policy` and makes its missing folders; returns the absolute path and
 * whether it is guarded (then open it with `openOutput`, which refuses a link made meanwhile).
 */
export async function prepareOutput(path: string, policy: OutputPolicy): Promise<{ abs: string; guarded: boolean }> {
  const abs = resolve(path);
  // The deepest guarded folder that holds the path, so a RUNNER_TEMP inside the workspace is walked from itself.
  const root = policy.guarded
    .map((g) => resolve(g))
    .filter((g) => isInside(g, abs))
    .sort((a, b) => b.length - a.length)[0];
  if (!root) {
    if (policy.confine) throw new OutputRefused(`${path} is outside ${policy.label}; outputs are written only there`);
    await mkdir(dirname(abs), { recursive: true });
    return { abs, guarded: false };
  }
  if (abs === root) throw new OutputRefused(`${path} is a folder, not a file`);
  // Every existing step below the root, the file included, must be what it says: no symbolic link.
  let at = root;
  for (const part of relative(root, abs).split(sep)) {
    at = resolve(at, part);
    const info = await lstat(at).catch(() => null);
    if (!info) break;
    if (info.isSymbolicLink()) throw new OutputRefused(`${path} ${at === abs ? 'is' : `lies behind ${at}, which is`} a symbolic link; outputs are never written through links (a link in a pull request could point anywhere)`);
    if (at !== abs && !info.isDirectory()) throw new OutputRefused(`${path} cannot be written: ${at} is not a folder`);
  }
  await makeFolders(root, dirname(abs));
  return { abs, guarded: true };
}

/** Makes the folders from `root` down to `dir` one at a time, refusing a link that appeared on the way. */
async function makeFolders(root: string, dir: string): Promise<void> {
  let at = root;
  for (const part of dir === root ? [] : relative(root, dir).split(sep)) {
    at = resolve(at, part);
    await mkdir(at).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    const info = await lstat(at);
    if (!info.isDirectory()) throw new OutputRefused(`${at} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; outputs are never written through links`);
  }
}

/** Flags for writing an output: created or truncated, and for a guarded one never through a link (O_NOFOLLOW). */
export function outputFlags(guarded: boolean): number {
  // O_NOFOLLOW is 0 where the platform has none (Windows); the lstat walk above still holds there.
  return constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (guarded ? (constants.O_NOFOLLOW ?? 0) : 0);
}

/** Writes `data` to `path` under `policy` (the baseline, a package zip, a diff). */
export async function writeOutput(path: string, data: string | Uint8Array, policy: OutputPolicy): Promise<string> {
  const { abs, guarded } = await prepareOutput(path, policy);
  const handle = await openOutput(abs, guarded);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  return abs;
}

export async function openOutput(abs: string, guarded: boolean) {
  try {
    return await open(abs, outputFlags(guarded), 0o666);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new OutputRefused(`${abs} is a symbolic link; outputs are never written through links`);
    throw e;
  }
}
