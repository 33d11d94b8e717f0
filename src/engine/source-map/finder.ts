// Where each file of a package came from in the repository. Folder and single-file packages are repository
// files themselves; a zip is matched to the manifest it was built from (the `source` option, else the toolkit
// projects' facts, else the content), and its other files are looked for beside that manifest.
import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Target } from '../read/inputs.js';
import type { PackageView } from '../read/package-view.js';
import type { Kind } from '../types.js';
import type { JsonDocument } from '../json/document.js';
import { findManifestCandidates, readCandidate, repositoryPath, type ManifestCandidate, type RepositorySources } from './candidates.js';
import { defaultPathClaims, mayClaim, readProjectFacts, type ProjectFacts } from './projects.js';
import { readText } from '../read/toolkit/files.js';
import { byClaims, selectManifest } from './select.js';

export interface SourceFile {
  /** Repository-relative, '/'-separated. */
  path: string;
  abs: string;
  /** The file's text when it is already known to equal the packaged file (folder packages). */
  samePackagedText: boolean;
  /** The file, parsed already (the manifest found by the repository search), so it is not read again. */
  doc?: JsonDocument;
}

/** Package file name → repository file. */
export type SourceFiles = ReadonlyMap<string, SourceFile>;

export interface SourceFinderOptions {
  /** Working directory: a relative `source` is resolved against it. */
  cwd: string;
  /** Repository root: source paths are relative to it and never outside it (cwd unless told). */
  root?: string;
  /** A folder or a manifest.json the packages were built from; empty or absent: searched for. */
  source?: string;
}

export interface SourceFinder {
  filesFor(target: Target, view: PackageView, kind: Kind): Promise<SourceFiles>;
  /** The folder of the manifest a zipped Teams package was built from (or the `source` folder); undefined when unknown. */
  sourceFolder(target: Target, view: PackageView, kind: Kind): Promise<string | undefined>;
}

interface Candidates {
  list: ManifestCandidate[];
  /** Toolkit project files found with the manifests. */
  ymls: string[];
  /** Their texts, read once, when a zip is not at a project's default path. */
  texts: () => Promise<Map<string, string>>;
  forced?: ManifestCandidate;
  folder?: string;
}

export function createSourceFinder(options: SourceFinderOptions): SourceFinder {
  const root = resolve(options.root ?? options.cwd);
  const explicit = options.source ? (isAbsolute(options.source) ? options.source : resolve(options.cwd, options.source)) : undefined;
  let candidates: Promise<Candidates> | undefined;
  // Searched once per run, and only when a zip needs it.
  const load = () => (candidates ??= loadCandidates(root, explicit));
  const manifestFor = async (target: Target, view: PackageView, kind: Kind) => {
    const found = await load();
    const packaged = view.json(view.findName('manifest.json') ?? 'manifest.json');
    const manifest = found.forced ?? (kind === 'teams-app' && packaged?.ok ? await pick(found, packaged.value, target.abs) : undefined);
    return { manifest, dir: manifest?.dir ?? found.folder };
  };

  return {
    async sourceFolder(target, view, kind) {
      return (await manifestFor(target, view, kind)).dir;
    },
    async filesFor(target, view, kind) {
      if (target.type === 'folder') return mapNames(view.names, target.abs, root, true);
      if (target.type === 'file') return mapNames(view.names.slice(0, 1), dirname(target.abs), root, true, target.abs);
      const { manifest, dir } = await manifestFor(target, view, kind);
      if (!dir) return new Map();
      const files = new Map<string, SourceFile>();
      for (const name of view.names) {
        const isManifest = !!manifest && name.toLowerCase() === 'manifest.json';
        const abs = isManifest ? manifest.abs : join(dir, name);
        const path = repositoryPath(abs, root);
        if (path && (await isFile(abs))) files.set(name, { path, abs, samePackagedText: false, doc: isManifest ? manifest.doc : undefined });
      }
      return files;
    },
  };
}

/** The manifest a zip was built from: atk package's default path first, then the ymls' steps, then the content. */
async function pick(found: Candidates, packaged: unknown, zipAbs: string): Promise<ManifestCandidate | undefined> {
  const byDefault = byClaims(found.list, defaultPathClaims(zipAbs, found.ymls), packaged);
  if (byDefault.decided) return byDefault.manifest;
  const texts = await found.texts();
  const projects = await readProjectFacts(found.ymls.filter((y) => mayClaim(y, texts.get(y) ?? '', zipAbs)));
  return selectManifest(await withProjectManifests(found.list, projects), projects, packaged, zipAbs);
}

/** The files a package built from source (a toolkit project) came from: packaged name → repository file. */
export function builtSources(origins: ReadonlyMap<string, string>, cwd: string): SourceFiles {
  const root = resolve(cwd);
  const files = new Map<string, SourceFile>();
  for (const [name, abs] of origins) {
    const path = repositoryPath(abs, root);
    if (path) files.set(name, { path, abs, samePackagedText: false });
  }
  return files;
}

async function loadCandidates(root: string, explicit: string | undefined): Promise<Candidates> {
  const none = async () => new Map<string, string>();
  if (!explicit) return candidatesOf(await findManifestCandidates(root));
  const info = await lstat(explicit).catch(() => null);
  if (info?.isFile()) {
    // A named file is the manifest (or, for other kinds, a file beside the sources): used without matching.
    const forced = /\.json$/i.test(explicit) ? ((await readCandidate(explicit)) ?? undefined) : undefined;
    return { list: [], ymls: [], texts: none, forced, folder: dirname(explicit) };
  }
  if (!info?.isDirectory()) return { list: [], ymls: [], texts: none };
  const found = candidatesOf(await findManifestCandidates(explicit));
  // One manifest under the named folder is the source, whatever it says; several are told apart as without the option.
  return found.list.length === 1 ? { ...found, forced: found.list[0], folder: explicit } : { ...found, folder: explicit };
}

function candidatesOf(found: RepositorySources): Candidates {
  let texts: Promise<Map<string, string>> | undefined;
  const read = async () => new Map(await Promise.all(found.ymls.map(async (y) => [y, (await readText(y)) ?? ''] as const)));
  return { list: found.manifests, ymls: found.ymls, texts: () => (texts ??= read()) };
}

/** The candidates, with every manifest the projects build from (whatever its file name). */
async function withProjectManifests(list: ManifestCandidate[], projects: readonly ProjectFacts[]): Promise<ManifestCandidate[]> {
  const known = new Set(list.map((c) => c.abs));
  const extra = await Promise.all(projects.flatMap((p) => p.manifests).filter((abs) => !known.has(abs)).map(readCandidate));
  return [...list, ...extra.filter((c): c is ManifestCandidate => c !== null)];
}

function mapNames(names: readonly string[], dir: string, root: string, same: boolean, single?: string): SourceFiles {
  const files = new Map<string, SourceFile>();
  for (const name of names) {
    const abs = single ?? join(dir, name);
    const path = repositoryPath(abs, root);
    if (path) files.set(name, { path, abs, samePackagedText: same });
  }
  return files;
}

async function isFile(abs: string): Promise<boolean> {
  return (await lstat(abs).catch(() => null))?.isFile() ?? false;
}
