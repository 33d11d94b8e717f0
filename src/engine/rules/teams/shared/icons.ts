// The manifest's icons, read once per package and decoded once per file, for the icon rules.
import { readPng, type PngResult } from '../../../images/png.js';
import { pointer } from '../../../json/pointer.js';
import type { PackageView } from '../../../read/package-view.js';
import { asRecord, asString } from '../../../util/values.js';
import { resolveInPackage } from './references.js';

export type IconKey = 'color' | 'outline' | 'color32x32';

export interface IconFile {
  key: IconKey;
  /** The path as the manifest writes it. */
  path: string;
  /** The package entry it resolves to. */
  name: string;
  /** Pointer of the manifest value naming the icon, where findings land. */
  pointer: string;
  bytes: number;
  image: PngResult;
}

const decoded = new WeakMap<PackageView, Map<string, PngResult>>();

/** The icon named by `icons[key]`, when it names a file that is in the package (missing files are another rule's). */
export function iconFile(pkg: PackageView, manifest: unknown, key: IconKey): IconFile | undefined {
  const path = asString(asRecord(asRecord(manifest)?.icons)?.[key]);
  if (!path) return undefined;
  const name = resolveInPackage('manifest.json', path);
  const bytes = name === undefined ? undefined : pkg.bytes(name);
  if (name === undefined || !bytes) return undefined;
  let cache = decoded.get(pkg);
  if (!cache) decoded.set(pkg, (cache = new Map()));
  let image = cache.get(name);
  if (!image) cache.set(name, (image = readPng(bytes)));
  return { key, path, name, pointer: pointer('icons', key), bytes: bytes.byteLength, image };
}

/** "color.png (12,345 bytes)": how messages name an icon file. */
export function describeIcon(icon: IconFile): string {
  return `${icon.name} (${icon.bytes.toLocaleString('en-US')} bytes)`;
}
