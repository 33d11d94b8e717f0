// Where a Power Platform connector's files are, tolerating the casing and naming mistakes seen in real repositories.
import type { PackageView } from '../read/package-view.js';

export interface ConnectorFiles {
  swagger?: string;
  apiProperties?: string;
  icon?: string;
  readme?: string;
  script?: string;
  settings?: string;
}

const cache = new WeakMap<PackageView, ConnectorFiles>();

export function connectorFiles(pkg: PackageView): ConnectorFiles {
  const cached = cache.get(pkg);
  if (cached) return cached;
  const pick = (re: RegExp) => pkg.names.find((n) => re.test(n));
  const files: ConnectorFiles = {
    swagger: pick(/^(?:[^/]+\/)?api\s*definition\.swagger\.json$/i) ?? pick(/^(?:[^/]+\/)?[^/]*swagger[^/]*\.json$/i),
    apiProperties: pick(/^(?:[^/]+\/)?api\s*properties\.json$/i),
    icon: pick(/^(?:[^/]+\/)?icon\.png$/i),
    readme: pick(/^(?:[^/]+\/)?(?:readme|intro)\.md(?:\.txt)?$/i),
    script: pick(/^(?:[^/]+\/)?script\.csx$/i),
    settings: pick(/^(?:[^/]+\/)?settings\.json$/i),
  };
  cache.set(pkg, files);
  return files;
}
