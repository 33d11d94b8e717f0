// Which of the three connector tracks a folder is on, from what its files say:
// - certified: a verified publisher's connector (certified-connectors/ in microsoft/PowerPlatformConnectors,
//   Partner Center submission); apiProperties names the publisher and the stackOwner.
// - independent-publisher: someone other than the service owner publishes it (independent-publisher-connectors/);
//   the repository's template fixes iconBrandColor to #da3b01.
// - custom: a tenant's own connector (custom-connectors/ samples, or no publisher/stackOwner at all).
// Rules that differ by track (icon required vs forbidden, brand colour) read this; certification rules still apply
// to custom connectors, but only to the multitenant audience, so sharing in one tenant is never blocked by them.
import type { PackageView } from '../read/package-view.js';
import { asRecord, isNonEmptyString } from '../util/values.js';
import { connectorFiles } from './connector-files.js';

export type ConnectorClass = 'certified' | 'independent-publisher' | 'custom';

export interface ConnectorClassification {
  connectorClass: ConnectorClass;
  /** The evidence, in words, for reports and tests. */
  reason: string;
}

export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';

const FOLDERS: ReadonlyArray<[RegExp, ConnectorClass]> = [
  [/(?:^|[/\\])independent-publisher-connectors[/\\]/i, 'independent-publisher'],
  [/(?:^|[/\\])certified-connectors[/\\]/i, 'certified'],
  [/(?:^|[/\\])custom-connectors[/\\]/i, 'custom'],
];

const cache = new WeakMap<PackageView, ConnectorClassification>();

export function classifyConnector(pkg: PackageView): ConnectorClassification {
  const cached = cache.get(pkg);
  if (cached) return cached;
  const result = classify(pkg);
  cache.set(pkg, result);
  return result;
}

/** The class alone (the function the brief names). */
export function connectorClass(pkg: PackageView): ConnectorClass {
  return classifyConnector(pkg).connectorClass;
}

function classify(pkg: PackageView): ConnectorClassification {
  // The repository layout is the strongest evidence: it is where the PR pipeline decides on certification rules.
  const location = `${pkg.path.replace(/\\/g, '/')}/${connectorFiles(pkg).root}`;
  for (const [re, cls] of FOLDERS) {
    if (re.test(location)) return { connectorClass: cls, reason: `the folder is under ${re.source.replace(/[^a-z-]/g, '')}/` };
  }
  const propsName = connectorFiles(pkg).apiProperties;
  const doc = propsName ? pkg.json(propsName) : undefined;
  const props = asRecord(asRecord(doc?.value)?.properties);
  const color = props?.iconBrandColor;
  if (typeof color === 'string' && color.trim().toLowerCase() === INDEPENDENT_PUBLISHER_COLOR) {
    return { connectorClass: 'independent-publisher', reason: `iconBrandColor is ${INDEPENDENT_PUBLISHER_COLOR}, the independent publisher colour` };
  }
  if (isNonEmptyString(props?.publisher) && isNonEmptyString(props?.stackOwner)) {
    return { connectorClass: 'certified', reason: 'apiProperties names both a publisher and a stackOwner' };
  }
  if (!propsName && readmeSaysIndependent(pkg)) {
    return { connectorClass: 'independent-publisher', reason: 'the readme says "Independent Publisher"' };
  }
  return { connectorClass: 'custom', reason: 'apiProperties does not name both a publisher and a stackOwner' };
}

function readmeSaysIndependent(pkg: PackageView): boolean {
  const readme = connectorFiles(pkg).readme;
  return readme ? /independent publisher/i.test(pkg.text(readme) ?? '') : false;
}
