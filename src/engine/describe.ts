// Short facts about a package that renderers show next to its path (name, id, version).
import type { PackageView } from './read/package-view.js';
import type { Kind } from './types.js';
import { asRecord, asString } from './util/values.js';

export function describePackage(_pkg: PackageView, kind: Kind, manifest: unknown): Record<string, string> {
  const meta: Record<string, string> = {};
  if (kind === 'teams-app') {
    const m = asRecord(manifest);
    const name = asString(asRecord(m?.name)?.short);
    if (name) meta.name = name;
    const id = asString(m?.id);
    if (id) meta.id = id;
    const version = asString(m?.version);
    if (version) meta.version = version;
    const mv = asString(m?.manifestVersion);
    if (mv) meta.manifestVersion = mv;
  }
  return meta;
}
