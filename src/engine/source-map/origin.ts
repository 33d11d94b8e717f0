// What a package is built from, so a pull request's scope can tell whether a change touches it. A folder or a JSON
// file is its own source; a Target that lists its inputs (a toolkit project) is built from them; a zip built during
// the workflow is built from the manifest folder the source mapping finds for it, plus, when that folder is an
// Agents Toolkit project's appPackage/, the project's yml and env/ files (they change what the build writes).
import { lstat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { detectKind } from '../detect/kind.js';
import type { Target } from '../read/inputs.js';
import { readTarget } from '../read/read-target.js';
import { PROJECT_YML_NAMES } from '../read/toolkit/yml.js';
import type { SourceFinder } from './finder.js';

/** Absolute paths of the files and folders the target is built from; undefined when it cannot be told. */
export async function builtFrom(target: Target, finder: SourceFinder): Promise<string[] | undefined> {
  if (target.inputs) return target.inputs;
  if (target.type !== 'zip') return [target.abs];
  const { view } = await readTarget(target);
  if (!view) return undefined;
  const folder = await finder.sourceFolder(target, view, detectKind(view));
  if (!folder) return undefined;
  const project = dirname(folder);
  const ymls: string[] = [];
  for (const name of PROJECT_YML_NAMES) if (await isFile(join(project, name))) ymls.push(join(project, name));
  return ymls.length > 0 ? [folder, ...ymls, join(project, 'env')] : [folder];
}

async function isFile(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null))?.isFile() ?? false;
}
