// What a package is, from the files it holds. Decided once; rules then run for that kind only.
import type { PackageView } from '../read/package-view.js';
import type { Kind } from '../types.js';
import { connectorFiles, looksLikeConnectorReadme } from './connector-files.js';
import { graphConnectorFiles } from './graph-connector-files.js';

export function detectKind(pkg: PackageView): Kind {
  if (pkg.findName('manifest.json') || nestedManifest(pkg)) return 'teams-app';
  if (connectorFiles(pkg).swagger || connectorFiles(pkg).apiProperties) return 'power-platform-connector';
  // A connector folder that so far holds only its readme (an independent publisher's proposal, say).
  if (looksLikeConnectorReadme(pkg)) return 'power-platform-connector';
  if (graphConnectorFiles(pkg).length > 0) return 'graph-connector';
  return 'unknown';
}

/** A manifest.json one folder down (a zip made of the folder instead of its contents). */
export function nestedManifest(pkg: PackageView): string | undefined {
  return pkg.names.find((n) => /^[^/]+\/manifest\.json$/i.test(n));
}
