// Reading a toolkit project's files from disk. Every path comes from the pull request (the yml, the manifest, the
// declarative agent), so each is checked to stay inside the folder the toolkit allows, symbolic links are never
// followed (one could name the runner's .git/config), and sizes are bounded like a package's.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { MAX_ENTRY_BYTES } from '../limits.js';

/** True when `abs` is `dir` or lies below it (the toolkit's own containment test, on resolved paths). */
export function isInside(dir: string, abs: string): boolean {
  const rel = relative(dir, abs);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'missing' | 'not-a-file' | 'symlink' | 'too-large' };

/** A regular file's bytes; never follows a symbolic link. */
export async function readRegularFile(abs: string): Promise<FileRead> {
  const info = await lstat(abs).catch(() => null);
  if (!info) return { ok: false, reason: 'missing' };
  if (info.isSymbolicLink()) return { ok: false, reason: 'symlink' };
  if (!info.isFile()) return { ok: false, reason: 'not-a-file' };
  if (info.size > MAX_ENTRY_BYTES) return { ok: false, reason: 'too-large' };
  const bytes = await readFile(abs).catch(() => null);
  return bytes ? { ok: true, bytes } : { ok: false, reason: 'missing' };
}

/** A regular file as UTF-8 text without a byte-order mark (as the toolkit reads it), or undefined. */
export async function readText(abs: string): Promise<string | undefined> {
  const read = await readRegularFile(abs);
  return read.ok ? stripBom(read.bytes.toString('utf8')) : undefined;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function isRegularFile(abs: string): Promise<boolean> {
  const info = await lstat(abs).catch(() => null);
  return !!info?.isFile();
}

export async function isDirectory(abs: string): Promise<boolean> {
  const info = await lstat(abs).catch(() => null);
  return !!info?.isDirectory();
}

/** Regular files below `dir` (symbolic links skipped, as the toolkit skips them), at most `max`. */
export async function filesBelow(dir: string, max: number): Promise<string[]> {
  const out: string[] = [];
  const walk = async (abs: string, depth: number): Promise<void> => {
    if (depth > 16 || out.length >= max) return;
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (out.length >= max) return;
      const path = join(abs, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile()) out.push(path);
    }
  };
  await walk(dir, 0);
  return out;
}

/** '/'-separated form of a relative path. */
export function slashes(path: string): string {
  return path.split(sep).join('/');
}
