// `package-output` / `--package-output DIR`: the zips built from toolkit projects, written where a workflow can upload
// them (the artifact the admin center or Partner Center takes). Each goes to DIR/<the path the toolkit writes it to,
// relative to the repository>, so projects never overwrite each other. A package built with stand-in values is not
// what the toolkit would build, so it is not written; the message says which variables to set.
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BuiltPackage } from '../engine/index.js';
import { OutputRefused, writeOutput, type OutputPolicy } from './output-path.js';

export interface PackageOutput {
  /** Zips written (absolute paths). */
  written: string[];
  /** One sentence per package not written, saying why. */
  skipped: string[];
}

/** Writes each package under `dir` (absolute) at its path relative to `root`, the repository; never through a link. */
export async function writeBuiltPackages(built: readonly BuiltPackage[], dir: string, root: string, policy: OutputPolicy): Promise<PackageOutput> {
  const out: PackageOutput = { written: [], skipped: [] };
  for (const b of built) {
    if (b.missing.length > 0) {
      const names = b.missing.join(', ');
      out.skipped.push(`${b.path}: not written: ${names} ${b.missing.length === 1 ? 'has' : 'have'} no value, so the package holds stand-ins; set ${b.missing.length === 1 ? 'it' : 'them'} (the env file, or the environment of this step) to build the package to publish.`);
      continue;
    }
    const rel = relative(resolve(root), b.zip);
    const inside = rel && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
    const target = join(dir, inside ? rel : basename(b.zip));
    try {
      out.written.push(await writeOutput(target, await zipOf(b.files), policy));
    } catch (e) {
      if (!(e instanceof OutputRefused)) throw e;
      out.skipped.push(`${b.path}: not written: ${e.message}.`);
    }
  }
  return out;
}

/** The files as a zip: names in the toolkit's order (adm-zip sorts them), a fixed date so builds are reproducible. */
async function zipOf(files: ReadonlyMap<string, Uint8Array>): Promise<Buffer> {
  const { default: yazl } = await import('yazl');
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2020, 0, 1));
  for (const name of [...files.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))) {
    zip.addBuffer(Buffer.from(files.get(name) as Uint8Array), name, { mtime });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
