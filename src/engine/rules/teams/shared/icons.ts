// The manifest's icons, for the icon rules. The structure is inspected once per file (cheap: no inflating);
// pixels are decoded only for the rules that look at them, once per file and package.
import { inspectPng, readPng, type PngResult } from '../../../images/png.js';
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
  /** Format, structure and size, from the header and chunk layout. */
  info: PngResult;
  /** Decoded RGBA pixels (or why not). */
  decode(): PngResult;
}

interface Cached {
  info?: PngResult;
  image?: PngResult;
}
const cache = new WeakMap<PackageView, Map<string, Cached>>();

/** The icon named by `icons[key]`, when it names a file that is in the package (missing files are another rule's). */
export function iconFile(pkg: PackageView, manifest: unknown, key: IconKey): IconFile | undefined {
  const path = asString(asRecord(asRecord(manifest)?.icons)?.[key]);
  if (!path) return undefined;
  const name = resolveInPackage('manifest.json', path);
  const bytes = name === undefined ? undefined : pkg.bytes(name);
  if (name === undefined || !bytes) return undefined;
  let files = cache.get(pkg);
  if (!files) cache.set(pkg, (files = new Map()));
  let entry = files.get(name);
  if (!entry) files.set(name, (entry = {}));
  const cached = entry;
  cached.info ??= inspectPng(bytes);
  return {
    key,
    path,
    name,
    pointer: pointer('icons', key),
    bytes: bytes.byteLength,
    info: cached.info,
    decode: () => (cached.image ??= readPng(bytes)),
  };
}

/** "color.png (12,345 bytes)": how messages name an icon file. */
export function describeIcon(icon: IconFile): string {
  return `${icon.name} (${icon.bytes.toLocaleString('en-US')} bytes)`;
}
