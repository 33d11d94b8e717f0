// Which JSON files of a package hold a standalone Graph (Copilot) connector definition:
// an externalConnection-like object, a schema (baseType + properties), or a bare `properties` array.
import type { PackageView } from '../read/package-view.js';
import { asArray, asRecord } from '../util/values.js';

export function looksLikeGraphConnector(value: unknown): boolean {
  const v = asRecord(value);
  if (!v) return false;
  const connection = asRecord(v.externalConnection) ?? asRecord(v.connection) ?? v;
  const hasConnection =
    typeof connection.id === 'string' &&
    ('activitySettings' in connection || 'searchSettings' in connection || 'contentCategory' in connection || 'connectorId' in connection || ('name' in connection && 'description' in connection && !('manifestVersion' in connection)));
  const schema = asRecord(v.schema) ?? v;
  const props = asArray(schema.properties);
  const hasSchema = props.length > 0 && props.every((p) => asRecord(p) && typeof asRecord(p)!.name === 'string' && 'type' in asRecord(p)!);
  return (hasConnection && !('swagger' in v) && !('openapi' in v)) || hasSchema;
}

export function graphConnectorFiles(pkg: PackageView): string[] {
  return pkg.names.filter((n) => {
    if (!/\.json$/i.test(n)) return false;
    const doc = pkg.json(n);
    return !!doc && doc.ok && looksLikeGraphConnector(doc.value);
  });
}
