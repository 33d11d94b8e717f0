// Turns paths and globs into package targets. A folder that is not itself a package is searched for
// packages (zips, package folders, Graph connector JSON files), so one path can cover a monorepo.
// A path that exists is taken as it is (connector folders are named "Asite (Canada)" or "Blackbaud Raiser's Edge");
// only an input that names nothing on disk is expanded as a glob. What a search or a glob finds is discovered, not
// named: JSON there that is not a package (ARM parameters, Logic App workflows, the connectors repository's
// templates/) is skipped and listed, while a path the user names is always checked, package or not.
// A Microsoft 365 Agents Toolkit project (a folder with m365agents.yml or teamsapp.yml) is one package, built from
// source; the old zips in its build folder that a search or a glob finds are left to it.
import { existsSync, type Dirent } from 'node:fs';
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { connectorParts, looksLikeGraphConnector } from '../detect/graph-connector-files.js';
import { stripBom } from '../json/document.js';
import { MAX_JSON_CHARS } from './limits.js';
import { compareStrings } from '../util/compare.js';
import { filesBelow, isInside } from './toolkit/files.js';
import { buildFolderOf, DEFAULT_ENVIRONMENT, openProject, projectInputs, projectOfAppFolder, type ToolkitProject } from './toolkit/project.js';
import { PROJECT_YML_NAMES } from './toolkit/yml.js';

/** Largest part of a split Graph connector definition parsed while deciding how to read its folder. */
const MAX_SPLIT_PART_BYTES = MAX_JSON_CHARS;

export type TargetType = 'zip' | 'folder' | 'file' | 'toolkit-project';

export interface Target {
  /** Absolute path on disk (for a toolkit project: its folder). */
  abs: string;
  /** Path shown in reports: relative to the working directory, '/'-separated (for a toolkit project: its yml). */
  display: string;
  type: TargetType;
  /**
   * The repository files the package is built from (absolute paths), when they are not just `abs`: for a toolkit
   * project its yml, env file and app folder; a zip in a project's build folder lists them too.
   */
  inputs?: string[];
}

/** Something a search or a glob found that is not a package, and why it was left out. */
export interface SkippedInput {
  display: string;
  reason: string;
}

export interface ResolvedInputs {
  targets: Target[];
  /** Inputs that named nothing: a missing path, or a glob that matched no file. */
  missing: string[];
  /** Files and folders found by a search or a glob that are not packages (not checked, listed once). */
  skipped: SkippedInput[];
}

export interface ResolveOptions {
  /**
   * The inputs are the usual places searched when no path was given: a pattern that matches nothing is not
   * missing (only finding nothing at all is, and the caller says so).
   */
  defaults?: boolean;
  /** The toolkit environment whose env file a project is built with (default dev). */
  environment?: string;
}

/** Where packages usually are when no path is given. */
export const DEFAULT_PATTERNS: readonly string[] = [
  '**/{m365agents,teamsapp}{,.local}.yml',
  '**/appPackage/build/*.zip',
  '**/appPackage/*.zip',
  '**/apiDefinition.swagger.json',
];

const IGNORED_DIRS = new Set(['node_modules', '.git', '.github', 'dist', 'coverage']);
const MARKERS = [/^manifest\.json$/i, /^api\s*definition\.swagger\.json$/i, /^api\s*properties\.json$/i];
const MAX_SEARCH_DEPTH = 8;
/** Most files of a toolkit project's app folder compared with its built zip. */
const MAX_PROJECT_FILES = 500;
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

export async function resolveInputs(inputs: readonly string[], cwd: string, options: ResolveOptions = {}): Promise<ResolvedInputs> {
  const targets: Target[] = [];
  const missing: string[] = [];
  const found: Found = { skipped: [], cwd, environment: options.environment || DEFAULT_ENVIRONMENT, projects: new Map() };
  const seen = new Set<string>();
  const named = new Set<string>();
  const add = (t: Target) => {
    if (!seen.has(t.abs)) {
      seen.add(t.abs);
      targets.push(t);
    }
  };
  for (const input of inputs) {
    const abs = isAbsolute(input) ? input : resolve(cwd, input);
    // What exists is used as named, whatever its characters: "Asite (Canada)" is a folder, not an extglob.
    if (await exists(abs)) {
      const targetsNamed = await expand(abs, cwd, true, found).catch(() => null);
      if (targetsNamed === null) missing.push(input);
      else for (const t of targetsNamed) add(t);
      named.add(abs);
      continue;
    }
    const globber = MAYBE_PATTERN.test(input) ? await import('tinyglobby') : undefined;
    if (globber?.isDynamicPattern(input)) {
      // Symbolic links are not followed: a pull request could link a folder to anywhere on the runner.
      const matches = await globber.glob(input, { cwd, absolute: true, onlyFiles: false, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0 && !options.defaults) missing.push(input);
      for (const m of matches.sort()) {
        // A glob match of a package's marker file (a swagger file, a manifest, a toolkit yml) stands for its folder.
        const marker = MARKERS.some((re) => re.test(basename(m))) || PROJECT_YML_NAMES.includes(basename(m));
        const path = marker ? resolve(m, '..') : m.replace(/\/$/, '');
        for (const t of await expand(path, cwd, false, found)) add(t);
      }
      continue;
    }
    if (!options.defaults) missing.push(input);
  }
  // A file a glob matched inside a package that is checked (a connector's settings.json, a toolkit project's
  // infra/azure.parameters.json) is part of it, not skipped.
  const within = (abs: string) => targets.some((t) => abs === t.abs || ((t.type === 'folder' || t.type === 'toolkit-project') && abs.startsWith(t.abs + sep)));
  const skipped = uniqueBy(found.skipped, (s) => s.display).filter((s) => !within(resolve(cwd, s.display)));
  return { targets: await withoutProjectOutputs(targets, named, found), missing, skipped };
}

/** What expanding inputs found besides targets: the things it skipped, and the toolkit projects, by folder. */
interface Found {
  skipped: SkippedInput[];
  cwd: string;
  environment: string;
  projects: Map<string, ToolkitProject>;
}

/**
 * The targets of one existing path. `named`: the user gave this path (it is checked whatever it holds); otherwise a
 * glob found it, and what is not a package is skipped.
 */
async function expand(abs: string, cwd: string, named: boolean, found: Found): Promise<Target[]> {
  const info = await lstat(abs);
  const display = displayPath(abs, cwd);
  if (!named) {
    const template = connectorTemplatesFolder(abs);
    if (template) {
      found.skipped.push({ display: displayPath(template, cwd), reason: TEMPLATES_REASON });
      return [];
    }
  }
  if (info.isDirectory()) {
    // A toolkit project, named by its folder or by its app folder (appPackage/), is built from source.
    const project = await projectTarget(abs, found, true);
    if (project) return [project];
    if (await isPackageFolder(abs)) return [{ abs, display, type: 'folder' }];
    const inner = await search(abs, cwd, 0, found);
    if (inner.length > 0 || !named) return inner;
    // A named folder with nothing recognisable is still checked, so the user gets a finding instead of silence.
    return [{ abs, display, type: 'folder' }];
  }
  const zip = (await isZip(abs)) || /\.zip$/i.test(abs);
  if (zip) return [await zipTarget(abs, display, found)];
  if (named) return [{ abs, display, type: 'file' }];
  if (/\.json$/i.test(abs)) {
    const reason = await notAPackage(abs);
    if (!reason) return [{ abs, display, type: 'file' }];
    found.skipped.push({ display, reason });
    return [];
  }
  found.skipped.push({ display, reason: 'not a zip, a package folder or a JSON definition' });
  return [];
}

async function search(dir: string, cwd: string, depth: number, found: Found, skip?: string): Promise<Target[]> {
  if (depth > MAX_SEARCH_DEPTH) return [];
  const out: Target[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareStrings(a.name, b.name));
  if (await isSplitConnectorFolder(dir, entries)) return [{ abs: dir, display: displayPath(dir, cwd), type: 'folder' }];
  const connectorsRepository = isConnectorsRepository(entries);
  const searched = (e: Dirent) => e.isDirectory() && !IGNORED_DIRS.has(e.name) && !e.name.startsWith('.') && !(connectorsRepository && e.name === 'templates');
  // One listing tells a project, a package folder or a folder to search. Large trees have thousands of folders:
  // read one at a time, the connectors repository waited a third of a second on them, so they are read ahead.
  const listing = listingsAhead(entries.filter(searched).map((e) => join(dir, e.name)), LISTINGS_AHEAD);
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (IGNORED_DIRS.has(e.name) || e.name.startsWith('.') || abs === skip) continue;
      if (connectorsRepository && e.name === 'templates') {
        found.skipped.push({ display: displayPath(abs, cwd), reason: TEMPLATES_REASON });
        continue;
      }
      const names = await listing(abs);
      const project = names.some((n) => PROJECT_YML_NAMES.includes(n)) ? await projectTarget(abs, found, false) : undefined;
      if (project) {
        // The project is one package; the rest of its folder may hold others (a connector schema in JSON).
        out.push(project);
        out.push(...(await search(abs, cwd, depth + 1, found, dirname(found.projects.get(abs)?.manifest ?? abs))));
      } else if (isPackageListing(names)) out.push({ abs, display: displayPath(abs, cwd), type: 'folder' });
      else out.push(...(await search(abs, cwd, depth + 1, found)));
    } else if (e.isFile()) {
      if (/\.zip$/i.test(e.name)) out.push(await zipTarget(abs, displayPath(abs, cwd), found));
      else if (/\.json$/i.test(e.name) && (await mayBeGraphConnector(abs))) {
        // The sniff matched a key name; the parsed file decides (ARM parameters name a "connectorId" too).
        const reason = await notAPackage(abs);
        if (reason) found.skipped.push({ display: displayPath(abs, cwd), reason });
        else out.push({ abs, display: displayPath(abs, cwd), type: 'file' });
      }
    }
  }
  return out;
}

/** Folder listings a search reads ahead of the one it uses: enough to keep the file system busy. */
const LISTINGS_AHEAD = 32;

/**
 * The listings of `folders`, each read up to `ahead` folders before it is asked for; they are asked for in order
 * (some may be passed over). A folder of thousands of folders never holds more than `ahead` listings at once.
 */
function listingsAhead(folders: readonly string[], ahead: number): (folder: string) => Promise<string[]> {
  const position = new Map(folders.map((f, i) => [f, i]));
  const pending = new Map<number, Promise<string[]>>();
  let started = 0;
  return (folder) => {
    const i = position.get(folder);
    if (i === undefined) return readdir(folder).catch(() => []);
    for (; started < folders.length && started <= i + ahead; started++) pending.set(started, readdir(folders[started]).catch(() => []));
    const listing = pending.get(i) ?? readdir(folder).catch(() => []);
    for (const k of pending.keys()) if (k <= i) pending.delete(k);
    return listing;
  };
}

const TEMPLATES_REASON = 'templates of the microsoft/PowerPlatformConnectors repository, not connectors';
const CONNECTOR_FOLDERS = ['certified-connectors', 'independent-publisher-connectors'];

/** A folder laid out as microsoft/PowerPlatformConnectors: its templates/ hold placeholder connectors. */
function isConnectorsRepository(entries: readonly Dirent[]): boolean {
  return entries.some((e) => e.isDirectory() && CONNECTOR_FOLDERS.includes(e.name)) && entries.some((e) => e.isDirectory() && e.name === 'templates');
}

/** The connectors repository's templates/ folder that `abs` lies in (or is), if any. */
function connectorTemplatesFolder(abs: string): string | undefined {
  const parts = abs.split(sep);
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i] !== 'templates') continue;
    const parent = parts.slice(0, i).join(sep) || sep;
    if (CONNECTOR_FOLDERS.some((f) => existsSync(join(parent, f)))) return parts.slice(0, i + 1).join(sep);
  }
  return undefined;
}

/**
 * Why a JSON file found by a search or a glob is not a package, or undefined when it is one (a Graph connector
 * definition). A file too large to parse here, or not JSON at all, is kept: the check reports what is wrong with it.
 */
async function notAPackage(path: string): Promise<string | undefined> {
  const parsed = await parseSmallJson(path);
  if (parsed === NOT_PARSED) return undefined;
  if (looksLikeGraphConnector(parsed)) return undefined;
  const root = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const schema = typeof root.$schema === 'string' ? root.$schema : '';
  if (/deploymentParameters\.json/i.test(schema)) return 'ARM deployment parameters, not a package';
  if (/deploymentTemplate\.json/i.test(schema)) return 'an ARM deployment template, not a package';
  const definition = root.definition !== null && typeof root.definition === 'object' ? (root.definition as Record<string, unknown>) : undefined;
  if (definition && (/workflowdefinition\.json/i.test(String(definition.$schema ?? '')) || 'triggers' in definition || 'actions' in definition)) {
    return 'a Logic App or Power Automate workflow, not a package';
  }
  return 'JSON that is not a Graph connector definition';
}

const NOT_PARSED = Symbol('not parsed');

/** The parsed JSON of a file of at most MAX_SPLIT_PART_BYTES; NOT_PARSED when larger, unreadable or not JSON. */
async function parseSmallJson(path: string): Promise<unknown> {
  try {
    if ((await lstat(path)).size > MAX_SPLIT_PART_BYTES) return NOT_PARSED;
    return JSON.parse(stripBom(await readFile(path, 'utf8')));
  } catch {
    return NOT_PARSED;
  }
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null)) !== null;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

async function isPackageFolder(dir: string): Promise<boolean> {
  return isPackageListing(await readdir(dir).catch(() => [] as string[]));
}

function isPackageListing(names: readonly string[]): boolean {
  return names.some((n) => MARKERS.some((m) => m.test(n)));
}

/**
 * The toolkit project in `dir` (or, when `appFolder`, the project whose app folder `dir` is) as a target. Files are
 * read inside the working folder only, or inside the project when it lies outside.
 */
async function projectTarget(dir: string, found: Found, appFolder: boolean): Promise<Target | undefined> {
  const root = isInside(found.cwd, dir) ? found.cwd : dir;
  const project = (await openProject(dir, found.environment, root)) ?? (appFolder ? await projectOfAppFolder(dir, found.environment, found.cwd) : undefined);
  if (!project) return undefined;
  found.projects.set(project.dir, project);
  return { abs: project.dir, display: displayPath(project.yml.abs, found.cwd), type: 'toolkit-project', inputs: projectInputs(project) };
}

/** A zip; one in a toolkit project's build folder is built from the project, whose files it lists as inputs. */
async function zipTarget(abs: string, display: string, found: Found): Promise<Target> {
  for (let dir = dirname(abs), i = 0; i < 4 && isInside(found.cwd, dir); dir = dirname(dir), i++) {
    const project = found.projects.get(dir) ?? (await openProject(dir, found.environment, found.cwd));
    if (project && isProjectOutput(abs, project)) return { abs, display, type: 'zip', inputs: [abs, ...projectInputs(project)] };
    if (dir === found.cwd) break;
  }
  return { abs, display, type: 'zip' };
}

function isProjectOutput(zip: string, p: ToolkitProject): boolean {
  return dirname(zip) === buildFolderOf(p) || dirname(zip) === join(p.dir, 'appPackage', 'build');
}

/**
 * A toolkit project and the zips of its build folder found in the same run (by a pattern or a folder search) are one
 * package checked once: the zip the toolkit wrote for this environment when it is at least as new as every file it
 * is built from (a build step earlier in the workflow: the artifact itself), else the project from source (an old
 * build left on a developer's machine). Zips named explicitly are always checked.
 */
async function withoutProjectOutputs(targets: Target[], named: ReadonlySet<string>, found: Found): Promise<Target[]> {
  const projects = targets.filter((t) => t.type === 'toolkit-project');
  if (projects.length === 0) return targets;
  const drop = new Set<Target>();
  for (const target of projects) {
    const project = found.projects.get(target.abs);
    if (!project) continue;
    const outputs = targets.filter((t) => t.type === 'zip' && !named.has(t.abs) && isProjectOutput(t.abs, project));
    const fresh = outputs.find((t) => t.abs === project.zip);
    const useZip = !!fresh && (await newerThanInputs(fresh.abs, project)) && !named.has(target.abs);
    for (const t of outputs) if (!useZip || t !== fresh) drop.add(t);
    if (useZip) drop.add(target);
  }
  return targets.filter((t) => !drop.has(t));
}

/** True when the zip was written after (or with) every file of the project it is built from. */
async function newerThanInputs(zip: string, p: ToolkitProject): Promise<boolean> {
  const built = (await lstat(zip).catch(() => null))?.mtimeMs;
  if (built === undefined) return false;
  const sources = [p.yml.abs, p.envFile, ...(await filesBelow(p.appDir, MAX_PROJECT_FILES)).filter((f) => !isInside(dirname(p.zip), f))];
  for (const f of sources) if (((await lstat(f).catch(() => null))?.mtimeMs ?? 0) > built) return false;
  return true;
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
      const parsed = await parseSmallJson(path);
      return parsed === NOT_PARSED ? {} : connectorParts(parsed);
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
