// The parsed files of one connector, read once per package and shared by every rule of the family.
import type { JsonDocument } from '../../../json/document.js';
import type { PackageView } from '../../../read/package-view.js';
import { connectorFiles, type ConnectorFiles } from '../../../detect/connector-files.js';
import { classifyConnector, type ConnectorClass } from '../../../detect/connector-class.js';
import { asRecord, type JsonRecord } from '../../../util/values.js';

export interface Connector {
  files: ConnectorFiles;
  cls: ConnectorClass;
  swaggerFile?: string;
  swaggerDoc?: JsonDocument;
  /** The swagger root when it parsed to an object. */
  swagger?: JsonRecord;
  propsFile?: string;
  propsDoc?: JsonDocument;
  /** apiProperties.json's root when it parsed to an object. */
  props?: JsonRecord;
  /** apiProperties.json's `properties` object. */
  properties?: JsonRecord;
}

const cache = new WeakMap<PackageView, Connector>();

export function connectorOf(pkg: PackageView): Connector {
  const cached = cache.get(pkg);
  if (cached) return cached;
  const files = connectorFiles(pkg);
  const swaggerDoc = files.swagger ? pkg.json(files.swagger) : undefined;
  const propsDoc = files.apiProperties ? pkg.json(files.apiProperties) : undefined;
  const props = asRecord(propsDoc?.value);
  const c: Connector = {
    files,
    cls: classifyConnector(pkg).connectorClass,
    swaggerFile: files.swagger,
    swaggerDoc,
    swagger: asRecord(swaggerDoc?.value),
    propsFile: files.apiProperties,
    propsDoc,
    props,
    properties: asRecord(props?.properties),
  };
  cache.set(pkg, c);
  return c;
}

/** Custom connectors that go multitenant go through the verified-publisher (certified) track. */
export function certificationTrack(cls: ConnectorClass): 'certified' | 'independent-publisher' {
  return cls === 'independent-publisher' ? 'independent-publisher' : 'certified';
}

export interface SwaggerConnector extends Connector {
  swagger: JsonRecord;
  swaggerFile: string;
}

export interface PropsConnector extends Connector {
  properties: JsonRecord;
  propsFile: string;
}

/** The connector when its swagger parsed to an object (rules on swagger content stop quietly otherwise). */
export function withSwagger(pkg: PackageView): SwaggerConnector | undefined {
  const c = connectorOf(pkg);
  return c.swagger && c.swaggerFile ? (c as SwaggerConnector) : undefined;
}

/** The connector when apiProperties.json has a `properties` object. */
export function withProperties(pkg: PackageView): PropsConnector | undefined {
  const c = connectorOf(pkg);
  return c.properties && c.propsFile ? (c as PropsConnector) : undefined;
}
