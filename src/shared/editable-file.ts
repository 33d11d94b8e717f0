// A repository file that fixes may change (the CLI's --fix) or suggest changes to (the action's review): inside the
// repository root, a regular file reached without a symbolic link, UTF-8 text. Its BOM is set apart, as the engine's
// edits count from after it.
import { lstat, readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { repositoryPath } from '../engine/source-map/candidates.js';

export type Editable = { ok: true; abs: string; text: string; bom: boolean } | { ok: false; reason: string };

// ignoreBOM keeps a BOM in the text, so it can be written back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file at `path` (relative to `rootPath`), or why it may not be changed. */
export async function readEditable(rootPath: string, path: string): Promise<Editable> {
  const root = resolve(rootPath);
  const abs = resolve(root, path);
  if (isAbsolute(path) || !repositoryPath(abs, root)) return { ok: false, reason: `${path} is outside the repository root (${root})` };
  const info = await lstat(abs).catch(() => null);
  if (!info) return { ok: false, reason: `${path} does not exist` };
  if (info.isSymbolicLink()) return { ok: false, reason: `${path} is a symbolic link; fixes are not written through links` };
  if (!info.isFile()) return { ok: false, reason: `${path} is not a regular file` };
  // A linked folder on the way could lead outside the repository.
  const [realRoot, realDir] = await Promise.all([realpath(root).catch(() => root), realpath(dirname(abs)).catch(() => undefined)]);
  if (!realDir || (realDir !== realRoot && !repositoryPath(realDir, realRoot))) return { ok: false, reason: `${path} lies behind a symbolic link that leads outside the repository` };
  let text: string;
  try {
    text = utf8.decode(await readFile(abs));
  } catch {
    return { ok: false, reason: `${path} is not UTF-8 text; it is left as it is` };
  }
  const bom = text.startsWith('\uFEFF');
  return { ok: true, abs, text: bom ? text.slice(1) : text, bom };
}
