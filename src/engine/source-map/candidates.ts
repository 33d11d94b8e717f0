// Finds the manifest.json files of a repository that a zipped Teams package may have been built from.
// The walk is bounded (depth, folders visited, candidates kept) so a huge checkout costs milliseconds.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { parseJsonDocument, type JsonDocument } from '../json/document.js';
import { MAX_JSON_CHARS } from '../read/limits.js';
import { compareStrings } from '../util/compare.js';
import { PROJECT_YML_NAMES } from '../read/toolkit/yml.js';

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
}

export interface RepositorySources {
  manifests: ManifestCandidate[];
  /** Agents Toolkit project files (m365agents.yml, teamsapp.yml, …), absolute. */
  ymls: string[];
}

/** manifest.json files at or under `root` (a folder), in path order, and the toolkit project files met on the way. */
export async function findManifestCandidates(root: string): Promise<RepositorySources> {
  const found: string[] = [];
  const ymls: string[] = [];
  let visited = 0;
  // Level by level, each level's folders read at once: one readdir after another cost a cold run about 10 ms
  // for a few dozen folders. Bounds as before; shallow folders are searched first.
  let level = [root];
  for (let depth = 0; depth <= MAX_SOURCE_DEPTH && level.length > 0; depth++) {
    const dirs = level.slice(0, Math.max(0, MAX_SOURCE_DIRS - visited));
    visited += dirs.length;
    const listed = await Promise.all(dirs.map((dir) => readdir(dir, { withFileTypes: true }).catch(() => [])));
    level = [];
    dirs.forEach((dir, i) => {
      for (const e of listed[i]) {
        // Symbolic links are not followed: a pull request could point one anywhere on the runner.
        if (e.isFile() && e.name.toLowerCase() === 'manifest.json') found.push(join(dir, e.name));
        else if (e.isFile() && PROJECT_YML_NAMES.includes(e.name)) ymls.push(join(dir, e.name));
        else if (e.isDirectory() && !e.name.startsWith('.') && !SKIPPED.has(e.name.toLowerCase())) level.push(join(dir, e.name));
      }
    });
    if (found.length >= MAX_SOURCE_CANDIDATES) break;
  }
  const paths = found.sort(byPathSegments).slice(0, MAX_SOURCE_CANDIDATES);
  const candidates = await Promise.all(paths.map(readCandidate));
  return { manifests: candidates.filter((c): c is ManifestCandidate => c !== null), ymls: ymls.sort(byPathSegments).slice(0, MAX_SOURCE_CANDIDATES) };
}

function byPathSegments(a: string, b: string): number {
  const x = a.split(sep);
  const y = b.split(sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareStrings(x[i], y[i]);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

/** Reads one manifest as a candidate; null when it is not a regular, readable, reasonably sized file. */
export async function readCandidate(abs: string): Promise<ManifestCandidate | null> {
  const info = await lstat(abs).catch(() => null);
  if (!info?.isFile() || info.size > MAX_JSON_CHARS) return null;
  const text = await readFile(abs, 'utf8').catch(() => null);
  if (text === null) return null;
  return { abs, dir: dirname(abs), doc: parseJsonDocument(basename(abs), text) };
}

/** '/'-separated path of `abs` relative to `root`, or undefined when it lies outside. */
export function repositoryPath(abs: string, root: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
