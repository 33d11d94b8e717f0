// Reads one target as a package view, whatever its container. Never throws: failures are problems.
import { basename } from 'node:path';
import { readFolder, readSingleFile } from './folder.js';
import type { ReadResult } from './package-view.js';
import { errorText, readZip } from './zip.js';
import type { Target } from './inputs.js';

export async function readTarget(target: Target): Promise<ReadResult> {
  try {
    if (target.type === 'zip') return await readZip(target.abs, target.display);
    if (target.type === 'folder') return await readFolder(target.abs, target.display);
    return await readSingleFile(target.abs, basename(target.abs), target.display);
  } catch (e) {
    return { view: null, problems: [{ ruleId: 'package.zip-corrupt', message: `The package could not be read: ${errorText(e)}.` }] };
  }
}
