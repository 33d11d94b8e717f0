// The edges' file reader for optional files (the configuration, its baseline): undefined when the file is not there.
import { readFile } from 'node:fs/promises';

export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
