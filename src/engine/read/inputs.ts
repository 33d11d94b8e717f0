// Turns paths and globs into package targets. A folder that is not itself a package is searched for
// packages (zips, package folders, Graph connector JSON files), so one path can cover a monorepo.
import type { Dirent } from 'node:fs';
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { connectorParts } from '../detect/graph-connector-files.js';
import { stripBom } from '../json/document.js';
import { MAX_JSON_CHARS } from './limits.js';
import { compareStrings } from '../util/compare.js';

/** Largest part of a split Graph connector definition parsed while deciding how to read its folder. */
const MAX_SPLIT_PART_BYTES = MAX_JSON_CHARS;

export type TargetType = 'zip' | 'folder' | 'file';

export interface Target {
  /** Absolute path on disk. */
  abs: string;
  /** Path shown in reports: relative to the working directory, '/'-separated. */
  display: string;
  type: TargetType;
}

export interface ResolvedInputs {
  targets: Target[];
  /** Inputs that named nothing: a missing path, or a glob that matched no file. */
  missing: string[];
}

/** Where packages usually are when no path is given. */
export const DEFAULT_PATTERNS: readonly string[] = [
  '**/appPackage/build/*.zip',
  '**/appPackage/*.zip',
  '**/apiDefinition.swagger.json',
];

const IGNORED_DIRS = new Set(['node_modules', '.git', '.github', 'dist', 'coverage']);
const MARKERS = [/^manifest\.json$/i, /^api\s*definition\.swagger\.json$/i, /^api\s*properties\.json$/i];
const MAX_SEARCH_DEPTH = 8;
/**
 * Characters without which an input cannot be a glob. The glob library (tinyglobby with picomatch and fdir) is
 * imported only for inputs that have one, since most runs name paths and a cold start is budgeted (DESIGN.md §6);
 * the library itself then decides whether the input is a pattern.
 */
const MAYBE_PATTERN = /[*?[\]{}()!+@]/;

export function splitPaths(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function resolveInputs(inputs: readonly string[], cwd: string): Promise<ResolvedInputs> {
  const targets: Target[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    if (!seen.has(t.abs)) {
      seen.add(t.abs);
      targets.push(t);
    }
  };
  for (const input of inputs) {
    const globber = MAYBE_PATTERN.test(input) ? await import('tinyglobby') : undefined;
    if (globber?.isDynamicPattern(input)) {
      // Symbolic links are not followed: a pull request could link a folder to anywhere on the runner.
      const matches = await globber.glob(input, { cwd, absolute: true, onlyFiles: false, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) missing.push(input);
      for (const m of matches.sort()) {
        // A glob match of a swagger file stands for its connector folder.
        const path = /api\s*definition\.swagger\.json$/i.test(m) ? resolve(m, '..') : m.replace(/\/$/, '');
        for (const t of await expand(path, cwd)) add(t);
      }
      continue;
    }
    const abs = isAbsolute(input) ? input : resolve(cwd, input);
    const found = await expand(abs, cwd).catch(() => null);
    if (found === null) missing.push(input);
    else for (const t of found) add(t);
  }
  return { targets, missing };
}

async function expand(abs: string, cwd: string): Promise<Target[]> {
  const info = await lstat(abs);
  const display = displayPath(abs, cwd);
  if (info.isDirectory()) {
    if (await isPackageFolder(abs)) return [{ abs, display, type: 'folder' }];
    const inner = await search(abs, cwd, 0);
    // A folder with nothing recognisable is still checked, so the user gets a finding instead of silence.
    return inner.length > 0 ? inner : [{ abs, display, type: 'folder' }];
  }
  return [{ abs, display, type: (await isZip(abs)) || /\.zip$/i.test(abs) ? 'zip' : 'file' }];
}

async function search(dir: string, cwd: string, depth: number): Promise<Target[]> {
  if (depth > MAX_SEARCH_DEPTH) return [];
  const out: Target[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name));
  if (await isSplitConnectorFolder(dir, entries)) return [{ abs: dir, display: displayPath(dir, cwd), type: 'folder' }];
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (IGNORED_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      if (await isPackageFolder(abs)) out.push({ abs, display: displayPath(abs, cwd), type: 'folder' });
      else out.push(...(await search(abs, cwd, depth + 1)));
    } else if (e.isFile()) {
      if (/\.zip$/i.test(e.name)) out.push({ abs, display: displayPath(abs, cwd), type: 'zip' });
      else if (/\.json$/i.test(e.name) && (await mayBeGraphConnector(abs))) out.push({ abs, display: displayPath(abs, cwd), type: 'file' });
    }
  }
  return out;
}

async function isPackageFolder(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.some((n) => MARKERS.some((m) => m.test(n)));
}

/**
 * A Graph connector definition split across two files (the connection in one, the schema in the other) alone in a
 * folder is one package: checked together, the rules that need both parts (templates, Copilot labels) can run.
 */
async function isSplitConnectorFolder(dir: string, entries: readonly Dirent[]): Promise<boolean> {
  if (entries.some((e) => e.isDirectory() && !IGNORED_DIRS.has(e.name) && !e.name.startsWith('.'))) return false;
  const json = entries.filter((e) => e.isFile() && /\.json$/i.test(e.name)).map((e) => join(dir, e.name));
  const sniffed: string[] = [];
  for (const path of json) if (await mayBeGraphConnector(path)) sniffed.push(path);
  if (sniffed.length !== 2) return false;
  const parts = await Promise.all(
    sniffed.map(async (path) => {
      const size = (await lstat(path)).size;
      if (size > MAX_SPLIT_PART_BYTES) return {};
      try {
        return connectorParts(JSON.parse(stripBom(await readFile(path, 'utf8'))));
      } catch {
        return {};
      }
    }),
  );
  const only = (p: { connection?: unknown; schema?: unknown }, part: 'connection' | 'schema') =>
    !!p[part] && !p[part === 'connection' ? 'schema' : 'connection'];
  return (only(parts[0], 'connection') && only(parts[1], 'schema')) || (only(parts[0], 'schema') && only(parts[1], 'connection'));
}

async function isZip(path: string): Promise<boolean> {
  const fh = await open(path, 'r').catch(() => null);
  if (!fh) return false;
  try {
    const buf = Buffer.alloc(4);
    await fh.read(buf, 0, 4, 0);
    return buf[0] === 0x50 && buf[1] === 0x4b;
  } finally {
    await fh.close();
  }
}

// Cheap sniff before the full read: standalone definitions mention these keys near the top.
async function mayBeGraphConnector(path: string): Promise<boolean> {
  const fh = await open(path, 'r').catch(() => null);
  if (!fh) return false;
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8');
    // A bare top-level array of schema properties counts too (many repositories keep the schema that way).
    return /"(externalConnection|baseType|activitySettings|searchSettings|contentCategory|urlToItemResolvers|connectorId)"/.test(head) ||
      ((/"properties"\s*:\s*\[/.test(head) || /^\uFEFF?\s*\[/.test(head)) && /"(isSearchable|isRetrievable|isQueryable|isRefinable|labels)"/.test(head));
  } finally {
    await fh.close();
  }
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  // Keep paths relative to the working directory (also ../x), so reports read the same on every machine.
  const shown = rel === '' ? '.' : isAbsolute(rel) ? abs : rel;
  return shown.split(sep).join('/');
}
