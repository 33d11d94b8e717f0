// Finds the manifest.json files of a repository that a zipped Teams package may have been built from.
// The walk is bounded (depth, folders visited, candidates kept) so a huge checkout costs milliseconds.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { parseJsonDocument, type JsonDocument } from '../json/document.js';
import { MAX_JSON_CHARS } from '../read/limits.js';
import { asRecord, asString } from '../util/values.js';

/** Deepest folder searched below the repository root. */
export const MAX_SOURCE_DEPTH = 8;
/** Most folders visited in one search. */
export const MAX_SOURCE_DIRS = 5_000;
/** Most manifest candidates kept. */
export const MAX_SOURCE_CANDIDATES = 200;

/** Folders that never hold sources: tooling, VCS, build output and this tool's own scratch space. */
const SKIPPED = new Set(['node_modules', 'dist', 'build', 'coverage', 'bin', 'obj', 'out']);

export interface ManifestCandidate {
  /** Absolute path of the manifest. */
  abs: string;
  /** Absolute folder the manifest sits in: the package's other files are looked for here. */
  dir: string;
  doc: JsonDocument;
  id?: string;
  name?: string;
}

/** manifest.json files at or under `root` (a folder), nearest first. */
export async function findManifestCandidates(root: string): Promise<ManifestCandidate[]> {
  const found: string[] = [];
  let visited = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_SOURCE_DEPTH || visited >= MAX_SOURCE_DIRS || found.length >= MAX_SOURCE_CANDIDATES) return;
    visited++;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      // Symbolic links are not followed: a pull request could point one anywhere on the runner.
      if (e.isFile() && e.name.toLowerCase() === 'manifest.json') found.push(join(dir, e.name));
      else if (e.isDirectory() && !e.name.startsWith('.') && !SKIPPED.has(e.name.toLowerCase())) subdirs.push(join(dir, e.name));
    }
    for (const s of subdirs) await walk(s, depth + 1);
  };
  await walk(root, 0);
  const candidates = await Promise.all(found.map(readCandidate));
  return candidates.filter((c): c is ManifestCandidate => c !== null);
}

/** Reads one manifest as a candidate; null when it is not a regular, readable, reasonably sized file. */
export async function readCandidate(abs: string): Promise<ManifestCandidate | null> {
  const info = await lstat(abs).catch(() => null);
  if (!info?.isFile() || info.size > MAX_JSON_CHARS) return null;
  const text = await readFile(abs, 'utf8').catch(() => null);
  if (text === null) return null;
  const doc = parseJsonDocument(basename(abs), text);
  const m = asRecord(doc.value);
  return { abs, dir: dirname(abs), doc, id: asString(m?.id), name: asString(asRecord(m?.name)?.short) };
}

/** '/'-separated path of `abs` relative to `root`, or undefined when it lies outside. */
export function repositoryPath(abs: string, root: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
