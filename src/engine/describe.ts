// Short facts about a package that renderers show next to its path (name, id, version).
import type { PackageView } from './read/package-view.js';
import type { Kind } from './types.js';
import { asRecord, asString } from './util/values.js';
import { classifyConnector } from './detect/connector-class.js';
import { connectorFiles } from './detect/connector-files.js';

export function describePackage(pkg: PackageView, kind: Kind, manifest: unknown): Record<string, string> {
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
  if (kind === 'power-platform-connector') {
    // Which track the connector is on decides which certification rules apply; renderers show it next to the name.
    meta.connectorClass = classifyConnector(pkg).connectorClass;
    const swagger = connectorFiles(pkg).swagger;
    const info = asRecord(asRecord(swagger ? pkg.json(swagger)?.value : undefined)?.info);
    const title = asString(info?.title);
    if (title) meta.name = title;
    const version = asString(info?.version);
    if (version) meta.version = version;
  }
  return meta;
}
