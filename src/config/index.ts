// Configuration and baselines: the rules a repository turns off or re-grades, the findings it accepts with a reason,
// and the findings it had when it adopted the check. The edges (CLI, action) read files through ConfigIo; the rest
// is pure. A run without a configuration file loads nothing of this room but this file: YAML, the schema validator
// and the baseline's hashing are imported only when a file is there.
import { resolve } from 'node:path';
import type { BaselineStatus, FindingReview, Report } from '../engine/types.js';
import type { Config, ConfigProblem } from './types.js';

export { formatProblem, type Config, type ConfigProblem } from './types.js';

/** Found at the repository root when no other file is named. */
export const DEFAULT_CONFIG_FILE = '.github/copilot-publish-check.yml';

export interface ConfigIo {
  /** The file's text, or undefined when it does not exist (other errors throw). */
  readFile(absolutePath: string): Promise<string | undefined>;
}

export interface ConfigRequest {
  /** The repository root: the CLI's working folder, the action's workspace. Paths in the file are relative to it. */
  root: string;
  /** A file named by the user (`--config`, the `config` input): it must exist. */
  file?: string;
  /** `--write-baseline FILE`: the run accepts every finding into a new baseline instead of reading the old one. */
  writeBaseline?: string;
}

export interface Settings {
  config?: Config;
  review: FindingReview;
  /** After the run, when a baseline was read: what it knew and what is fixed since. */
  baselineStatus?(report: Report): BaselineStatus;
  /** After the run: rule ids the file names that no rule of the families loaded for the run has (typos, old ids). */
  unknownRules(): Promise<ConfigProblem[]>;
  /** After the run, with `writeBaseline`: the new baseline file. */
  newBaseline?(report: Report): { path: string; text: string; count: number };
}

/** `settings` is undefined when there is nothing to apply (no file, no baseline to write). */
export type Loaded = { ok: true; settings?: Settings } | { ok: false; problems: ConfigProblem[] };

export async function loadConfiguration(request: ConfigRequest, io: ConfigIo): Promise<Loaded> {
  const file = request.file ?? DEFAULT_CONFIG_FILE;
  const read = await readText(io, resolve(request.root, file), file);
  if (!read.ok) return read;
  if (read.text === undefined && request.file === undefined && request.writeBaseline === undefined) return { ok: true };
  return (await import('./load.js')).load(request, file, read.text, io);
}

/** A file's text (undefined when it does not exist), or why it cannot be read (a folder, no permission). */
export async function readText(io: ConfigIo, absolutePath: string, file: string): Promise<{ ok: true; text?: string } | { ok: false; problems: ConfigProblem[] }> {
  try {
    return { ok: true, text: await io.readFile(absolutePath) };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, problems: [{ file, line: 1, column: 1, message: `the file cannot be read (${why}).` }] };
  }
}
