// Which JSON files of a package hold a standalone Graph (Copilot) connector definition, and how their parts fit:
// an externalConnection-like object (at the root or under `externalConnection` / `connection`), a schema
// (`{ baseType, properties }`, a `schema` member inside a connection file, or the bare `properties` array many
// repositories keep, at the top level or under `properties`), and definitions split across two files of one folder.
import type { PackageView } from '../read/package-view.js';
import { asArray, asRecord, type JsonRecord } from '../util/values.js';

/** The connection part of a definition: `value` is the externalConnection object at `pointer` in `file`. */
export interface ConnectionPart {
  file: string;
  pointer: string;
  value: JsonRecord;
}

/** How a schema was written, so rules can tell what Graph would be sent. */
export type SchemaShape = 'schema-object' | 'bare-array';

/** The schema part: `properties` is the array at `propertiesPointer`; `pointer` is the schema object (or the array). */
export interface SchemaPart {
  file: string;
  pointer: string;
  propertiesPointer: string;
  properties: unknown[];
  shape: SchemaShape;
  /** The schema object when there is one (holds baseType); undefined for a bare array. */
  object?: JsonRecord;
}

/** One connector: a connection, a schema, or both (from one file or paired from two files of one folder). */
export interface GraphConnectorDefinition {
  folder: string;
  connection?: ConnectionPart;
  schema?: SchemaPart;
}

interface FileParts {
  connection?: Omit<ConnectionPart, 'file'>;
  schema?: Omit<SchemaPart, 'file'>;
}

/** Keys that only appear on externalConnection objects (or schema members that sit next to one). */
const CONNECTION_KEYS = ['activitySettings', 'searchSettings', 'contentCategory', 'connectorId'];
/** Keys that only schema properties carry; at least one must appear for an array to count as a schema. */
const PROPERTY_FLAGS = ['isSearchable', 'isRetrievable', 'isQueryable', 'isRefinable', 'isExactMatchRequired', 'labels', 'aliases'];
/** Keys that show a JSON file is something else that happens to have id, name and description. */
const FOREIGN_KEYS = ['manifestVersion', 'swagger', 'openapi', 'schema_version', 'name_for_human', 'acl', 'instructions'];

export function looksLikeGraphConnector(value: unknown): boolean {
  const parts = connectorParts(value);
  return parts.connection !== undefined || parts.schema !== undefined;
}

/** The connection and schema parts of one parsed JSON file (neither when it is not a connector definition). */
export function connectorParts(value: unknown): FileParts {
  if (Array.isArray(value)) {
    return isPropertyArray(value) ? { schema: { pointer: '', propertiesPointer: '', properties: value, shape: 'bare-array' } } : {};
  }
  const root = asRecord(value);
  if (!root || FOREIGN_KEYS.some((k) => k in root)) return {};
  const parts: FileParts = {};
  for (const key of ['externalConnection', 'connection']) {
    const inner = asRecord(root[key]);
    if (inner && isConnection(inner, true)) {
      parts.connection = { pointer: `/${key}`, value: inner };
      break;
    }
  }
  if (!parts.connection && isConnection(root, false)) parts.connection = { pointer: '', value: root };
  parts.schema = schemaIn(root.schema, '/schema') ?? schemaIn(root, '');
  return parts;
}

function isConnection(v: JsonRecord, wrapped: boolean): boolean {
  if (CONNECTION_KEYS.some((k) => k in v)) return true;
  // id + name + description is the bare externalConnection shape; under a wrapper key, id and a name or description do.
  if (typeof v.id !== 'string') return false;
  return wrapped ? 'name' in v || 'description' in v : 'name' in v && 'description' in v && !asRecord(v.properties);
}

function schemaIn(v: unknown, at: string): Omit<SchemaPart, 'file'> | undefined {
  if (Array.isArray(v)) {
    return isPropertyArray(v) ? { pointer: at, propertiesPointer: at, properties: v, shape: 'bare-array' } : undefined;
  }
  const o = asRecord(v);
  if (!o || !Array.isArray(o.properties)) return undefined;
  // baseType alone is proof; without it the array must look like schema properties.
  if (!('baseType' in o) && !isPropertyArray(o.properties)) return undefined;
  return { pointer: at, propertiesPointer: `${at}/properties`, properties: o.properties, shape: 'schema-object', object: o };
}

// Every element an object, and at least one with a name and a schema-only key: a list of {name, type} pairs alone
// is too common (parameters, columns) to call a connector schema. An entry without a name is still counted, so
// graph.schema-property-name can report it instead of the whole file going unrecognised.
function isPropertyArray(a: unknown[]): boolean {
  if (a.length === 0 || !a.every((p) => asRecord(p))) return false;
  return a.some((p) => {
    const o = asRecord(p)!;
    return 'name' in o && PROPERTY_FLAGS.some((k) => k in o);
  });
}

export function graphConnectorFiles(pkg: PackageView): string[] {
  return pkg.names.filter((n) => {
    if (!/\.json$/i.test(n)) return false;
    const doc = pkg.json(n);
    return !!doc && doc.ok && looksLikeGraphConnector(doc.value);
  });
}

const definitionsCache = new WeakMap<PackageView, GraphConnectorDefinition[]>();

/**
 * The connector definitions of a package. A file holding both parts is one definition; a connection file and a
 * schema file alone in the same folder are paired (the split layout); anything more ambiguous stays unpaired.
 */
export function graphConnectorDefinitions(pkg: PackageView): GraphConnectorDefinition[] {
  const cached = definitionsCache.get(pkg);
  if (cached) return cached;
  const definitions: GraphConnectorDefinition[] = [];
  const loose = new Map<string, { connections: ConnectionPart[]; schemas: SchemaPart[] }>();
  for (const file of graphConnectorFiles(pkg)) {
    const parts = connectorParts(pkg.json(file)?.value);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    const connection = parts.connection && { file, ...parts.connection };
    const schema = parts.schema && { file, ...parts.schema };
    if (connection && schema) {
      definitions.push({ folder, connection, schema });
      continue;
    }
    const bucket = loose.get(folder) ?? { connections: [], schemas: [] };
    loose.set(folder, bucket);
    if (connection) bucket.connections.push(connection);
    if (schema) bucket.schemas.push(schema);
  }
  for (const [folder, { connections, schemas }] of loose) {
    if (connections.length === 1 && schemas.length === 1) {
      definitions.push({ folder, connection: connections[0], schema: schemas[0] });
      continue;
    }
    for (const connection of connections) definitions.push({ folder, connection });
    for (const schema of schemas) definitions.push({ folder, schema });
  }
  definitionsCache.set(pkg, definitions);
  return definitions;
}

/** Every schema property with its pointer; non-object entries are kept so rules can report them. */
export function schemaProperties(schema: SchemaPart): Array<{ index: number; pointer: string; value: unknown }> {
  return asArray(schema.properties).map((value, index) => ({ index, pointer: `${schema.propertiesPointer}/${index}`, value }));
}
