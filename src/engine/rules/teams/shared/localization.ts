// The localization files a manifest declares, and how their keys map onto manifest values.
import { pointer } from '../../../json/pointer.js';
import type { JsonDocument } from '../../../json/document.js';
import type { PackageView } from '../../../read/package-view.js';
import { asArray, asRecord, asString } from '../../../util/values.js';
import { resolveInPackage } from './references.js';

export interface LanguageFile {
  /** Language tag, or undefined for the default language file. */
  tag: string | undefined;
  /** Package entry name. */
  name: string;
  /** Pointer of the manifest value naming the file. */
  pointer: string;
  doc: JsonDocument;
}

/** Declared language files that are in the package and parse (missing or broken files are other rules'). */
export function languageFiles(pkg: PackageView, manifest: unknown): LanguageFile[] {
  const loc = asRecord(asRecord(manifest)?.localizationInfo);
  if (!loc) return [];
  const out: LanguageFile[] = [];
  const add = (tag: string | undefined, path: unknown, at: string) => {
    const p = asString(path);
    const name = p ? resolveInPackage('manifest.json', p) : undefined;
    const doc = name && pkg.has(name) ? pkg.json(name) : undefined;
    if (name && doc?.ok) out.push({ tag, name, pointer: at, doc });
  };
  add(undefined, loc.defaultLanguageFile, pointer('localizationInfo', 'defaultLanguageFile'));
  asArray(loc.additionalLanguages).forEach((l, i) =>
    add(asString(asRecord(l)?.languageTag), asRecord(l)?.file, pointer('localizationInfo', 'additionalLanguages', i, 'file')),
  );
  return out;
}

/** Keys that are not manifest paths. */
export const NON_PATH_KEYS = new Set(['$schema', 'localizationKeys']);

/** "composeExtensions[0].commands[1].title" -> ['composeExtensions', 0, 'commands', 1, 'title']; undefined if malformed. */
export function keyPath(key: string): Array<string | number> | undefined {
  const out: Array<string | number> = [];
  for (const part of key.split('.')) {
    const m = /^([A-Za-z_$][A-Za-z0-9_$]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The manifest value a localization key replaces, or undefined when the manifest has none there. */
export function manifestValueAt(manifest: unknown, path: ReadonlyArray<string | number>): unknown {
  let node: unknown = manifest;
  for (const token of path) {
    if (typeof token === 'number') node = asArray(node)[token];
    else node = asRecord(node)?.[token];
    if (node === undefined) return undefined;
  }
  return node;
}
