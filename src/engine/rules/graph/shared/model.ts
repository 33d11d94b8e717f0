// The connector definitions of a package, seen the way the rules need them: connections, schemas, and schema
// properties with their flags, labels and aliases already located by JSON pointer.
import {
  graphConnectorDefinitions,
  schemaProperties,
  type ConnectionPart,
  type SchemaPart,
} from '../../../detect/graph-connector-files.js';
import { escapeToken } from '../../../json/pointer.js';
import type { PackageView } from '../../../read/package-view.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../../util/values.js';
import { isTrue, quote } from './text.js';

export type { ConnectionPart, SchemaPart };

/** Appends tokens to a pointer: at('/schema', 'properties', 0) === '/schema/properties/0'. */
export function at(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => '/' + escapeToken(t)).join('');
}

export function connections(pkg: PackageView): ConnectionPart[] {
  return graphConnectorDefinitions(pkg).flatMap((d) => (d.connection ? [d.connection] : []));
}

/** Every schema, with the connection it belongs to when that is known (same file, or paired in one folder). */
export function schemas(pkg: PackageView): Array<{ schema: SchemaPart; connection?: ConnectionPart }> {
  return graphConnectorDefinitions(pkg).flatMap((d) => (d.schema ? [{ schema: d.schema, connection: d.connection }] : []));
}

/** Each connection with the schema that goes with it, when one is known. */
export function connectionsWithSchema(pkg: PackageView): Array<{ connection: ConnectionPart; schema?: SchemaPart }> {
  return graphConnectorDefinitions(pkg).flatMap((d) => (d.connection ? [{ connection: d.connection, schema: d.schema }] : []));
}

export const FLAGS = ['isSearchable', 'isQueryable', 'isRetrievable', 'isRefinable', 'isExactMatchRequired'] as const;
export type Flag = (typeof FLAGS)[number];

export interface ListItem {
  value: unknown;
  pointer: string;
}

export interface SchemaProperty {
  file: string;
  index: number;
  pointer: string;
  /** The property object; undefined when the array entry is not an object. */
  raw?: JsonRecord;
  name?: string;
  /** The type as written. */
  type?: string;
  /** The documented spelling of the type, matched case-insensitively (samples write "String", "DateTime"). */
  canonicalType?: PropertyType;
  labels: ListItem[];
  aliases: ListItem[];
  is(flag: Flag): boolean;
}

export const PROPERTY_TYPES = [
  'string',
  'int64',
  'double',
  'dateTime',
  'boolean',
  'stringCollection',
  'int64Collection',
  'doubleCollection',
  'dateTimeCollection',
  'principal',
  'principalCollection',
] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];
const TYPE_BY_LOWER = new Map<string, PropertyType>(PROPERTY_TYPES.map((t) => [t.toLowerCase(), t]));

export function canonicalType(v: unknown): PropertyType | undefined {
  return typeof v === 'string' ? TYPE_BY_LOWER.get(v.toLowerCase()) : undefined;
}

export function isStringType(t: PropertyType | undefined): boolean {
  return t === 'string' || t === 'stringCollection';
}

const propertyCache = new WeakMap<SchemaPart, SchemaProperty[]>();

export function propertiesOf(schema: SchemaPart): SchemaProperty[] {
  const cached = propertyCache.get(schema);
  if (cached) return cached;
  const list = schemaProperties(schema).map(({ index, pointer, value }): SchemaProperty => {
    const raw = asRecord(value);
    const items = (key: string): ListItem[] => asArray(raw?.[key]).map((v, i) => ({ value: v, pointer: at(pointer, key, i) }));
    return {
      file: schema.file,
      index,
      pointer,
      raw,
      name: asString(raw?.name),
      type: asString(raw?.type),
      canonicalType: canonicalType(raw?.type),
      labels: items('labels'),
      aliases: items('aliases'),
      is: (flag) => isTrue(raw?.[flag]),
    };
  });
  propertyCache.set(schema, list);
  return list;
}

/** A short name for a property in messages: its name, else its position. */
export function propertyLabel(p: SchemaProperty): string {
  return p.name !== undefined ? quote(p.name, 40) : `#${p.index}`;
}
