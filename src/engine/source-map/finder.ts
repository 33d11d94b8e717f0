// Where each file of a package came from in the repository. Folder and single-file packages are repository
// files themselves; a zip is matched to the manifest it was built from (the `source` option, else a search),
// and its other files are looked for beside that manifest.
import { lstat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Target } from '../read/inputs.js';
import type { PackageView } from '../read/package-view.js';
import type { Kind } from '../types.js';
import type { JsonDocument } from '../json/document.js';
import { findManifestCandidates, readCandidate, repositoryPath, type ManifestCandidate } from './candidates.js';
import { selectManifest, type PackageIdentity } from './select.js';

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
  filesFor(target: Target, view: PackageView, kind: Kind, identity: PackageIdentity): Promise<SourceFiles>;
  /** The folder of the manifest a zipped Teams package was built from (or the `source` folder); undefined when unknown. */
  sourceFolder(target: Target, kind: Kind, identity: PackageIdentity): Promise<string | undefined>;
}

export function createSourceFinder(options: SourceFinderOptions): SourceFinder {
  const root = resolve(options.root ?? options.cwd);
  const explicit = options.source ? (isAbsolute(options.source) ? options.source : resolve(options.cwd, options.source)) : undefined;
  let candidates: Promise<{ list: ManifestCandidate[]; forced?: ManifestCandidate; folder?: string }> | undefined;
  // Searched once per run, and only when a zip needs it.
  const load = () => (candidates ??= loadCandidates(root, explicit));
  const manifestFor = async (target: Target, kind: Kind, identity: PackageIdentity) => {
    const { list, forced, folder } = await load();
    const manifest = forced ?? (kind === 'teams-app' ? selectManifest(list, identity, target.abs) : undefined);
    return { manifest, dir: manifest?.dir ?? folder };
  };

  return {
    async sourceFolder(target, kind, identity) {
      return (await manifestFor(target, kind, identity)).dir;
    },
    async filesFor(target, view, kind, identity) {
      if (target.type === 'folder') return mapNames(view.names, target.abs, root, true);
      if (target.type === 'file') return mapNames(view.names.slice(0, 1), dirname(target.abs), root, true, target.abs);
      const { manifest, dir } = await manifestFor(target, kind, identity);
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

async function loadCandidates(root: string, explicit: string | undefined): Promise<{ list: ManifestCandidate[]; forced?: ManifestCandidate; folder?: string }> {
  if (!explicit) return { list: await findManifestCandidates(root) };
  const info = await lstat(explicit).catch(() => null);
  if (info?.isFile()) {
    // A named file is the manifest (or, for other kinds, a file beside the sources): used without matching.
    const forced = /\.json$/i.test(explicit) ? ((await readCandidate(explicit)) ?? undefined) : undefined;
    return { list: [], forced, folder: dirname(explicit) };
  }
  if (!info?.isDirectory()) return { list: [] };
  const list = await findManifestCandidates(explicit);
  // One manifest under the named folder is the source, whatever its id says; several are told apart by id and name.
  return list.length === 1 ? { list, forced: list[0], folder: explicit } : { list, folder: explicit };
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
