// The schema's shape and its properties' names, types, aliases and descriptions.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { at, FLAGS, PROPERTY_TYPES, propertiesOf, propertyLabel, schemas } from './shared/model.js';
import { isAlphanumeric, nonAlphanumeric, quote } from './shared/text.js';
import type { FixDraft } from '../../types.js';

const KINDS = ['graph-connector'] as const;
export const BASE_TYPE = 'microsoft.graph.externalItem';
/** The spelling one copy of the schema page uses; every example uses BASE_TYPE. */
const ALTERNATE_BASE_TYPE = 'microsoft.graph.externalConnector.externalItem';
export const MAX_PROPERTIES = 128;
export const MAX_NAME = 32;
export const MAX_PROPERTY_DESCRIPTION = 200;

export const schemaBaseType = defineRule({
  id: 'graph.schema-base-type',
  title: 'The schema baseType is microsoft.graph.externalItem',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphSchema,
  description:
    'The schema request body needs baseType "microsoft.graph.externalItem". One copy of the page writes microsoft.graph.externalConnector.externalItem (a warning); a file that holds only the properties array leaves baseType to the code that sends it (a notice).',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      if (schema.shape === 'bare-array' || !schema.object || !('baseType' in schema.object)) {
        yield { file: schema.file, pointer: schema.pointer, severity: 'notice', message: `The schema has no baseType; the request that registers it must add "baseType": "${BASE_TYPE}".` };
        continue;
      }
      const t = schema.object.baseType;
      if (t === BASE_TYPE) continue;
      const alternate = t === ALTERNATE_BASE_TYPE;
      yield {
        file: schema.file,
        pointer: at(schema.pointer, 'baseType'),
        severity: alternate ? 'warning' : 'error',
        message: alternate ? `baseType ${quote(t)} appears in one copy of the reference only; every example uses "${BASE_TYPE}".` : `baseType ${quote(t)} must be "${BASE_TYPE}".`,
      };
    }
  },
});

export const schemaPropertyCount = defineRule({
  id: 'graph.schema-property-count',
  title: `The schema has 1 to ${MAX_PROPERTIES} properties`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphSchema,
  description: 'A schema holds at least one and at most 128 properties.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      const n = schema.properties.length;
      if (n === 0) yield { file: schema.file, pointer: schema.propertiesPointer, message: 'The schema has no properties.' };
      else if (n > MAX_PROPERTIES) yield { file: schema.file, pointer: at(schema.propertiesPointer, MAX_PROPERTIES), message: `The schema has ${n} properties; the limit is ${MAX_PROPERTIES}.` };
    }
  },
});

export const schemaPropertyName = defineRule({
  id: 'graph.schema-property-name',
  title: `Each property is an object with an alphanumeric name of at most ${MAX_NAME} characters`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: 'name is required: at most 32 characters, letters and digits only (no whitespace, control characters or punctuation).',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (!p.raw) yield { file: p.file, pointer: p.pointer, message: `Schema property #${p.index} is not an object.` };
        else if (!p.name) yield { file: p.file, pointer: 'name' in p.raw ? at(p.pointer, 'name') : p.pointer, message: `Schema property #${p.index} has no name.` };
        else if (p.name.length > MAX_NAME) yield { file: p.file, pointer: at(p.pointer, 'name'), message: `Property name ${quote(p.name)} is ${p.name.length} characters; the limit is ${MAX_NAME}.` };
        else if (!isAlphanumeric(p.name)) yield { file: p.file, pointer: at(p.pointer, 'name'), message: `Property name ${quote(p.name)} contains ${nonAlphanumeric(p.name)}; only letters and digits are allowed.` };
      }
    }
  },
});

export const schemaPropertyNameUnique = defineRule({
  id: 'graph.schema-property-name-unique',
  title: 'Property names are unique',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: 'Two properties with the same name cannot both be registered. Whether the service compares names without case is not documented: an exact duplicate is an error, one that differs only in case a warning.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      const seen = new Map<string, string>();
      for (const p of propertiesOf(schema)) {
        if (!p.name) continue;
        const first = seen.get(p.name.toLowerCase());
        if (first === undefined) seen.set(p.name.toLowerCase(), p.name);
        else {
          yield {
            file: p.file,
            pointer: at(p.pointer, 'name'),
            severity: first === p.name ? 'error' : 'warning',
            message: first === p.name ? `Property name ${quote(p.name)} is used twice.` : `Property name ${quote(p.name)} differs from ${quote(first)} only in letter case.`,
          };
        }
      }
    }
  },
});

export const schemaPropertyType = defineRule({
  id: 'graph.schema-property-type',
  title: 'Each property has a documented type',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: `type is one of ${PROPERTY_TYPES.join(', ')}. Samples write them in PascalCase ("String", "DateTime"), which the service accepts, so the comparison ignores case.`,
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (!p.raw || p.canonicalType) continue;
        yield {
          file: p.file,
          pointer: 'type' in p.raw ? at(p.pointer, 'type') : p.pointer,
          message: 'type' in p.raw ? `Property ${propertyLabel(p)} has type ${quote(p.raw.type)}, which is not one of ${PROPERTY_TYPES.join(', ')}.` : `Property ${propertyLabel(p)} has no type.`,
        };
      }
    }
  },
});

export const schemaAlias = defineRule({
  id: 'graph.schema-alias',
  title: `Aliases are alphanumeric and at most ${MAX_NAME} characters`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: 'aliases is a list of friendly names with the same rules as property names: at most 32 characters, letters and digits only.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (p.raw && 'aliases' in p.raw && !Array.isArray(p.raw.aliases)) {
          yield { file: p.file, pointer: at(p.pointer, 'aliases'), message: `Property ${propertyLabel(p)} has aliases that are not an array of strings.` };
          continue;
        }
        for (const a of p.aliases) {
          const v = a.value;
          if (typeof v !== 'string' || v.length === 0) yield { file: p.file, pointer: a.pointer, message: `Alias ${quote(v)} of property ${propertyLabel(p)} is not a non-empty string.` };
          else if (v.length > MAX_NAME) yield { file: p.file, pointer: a.pointer, message: `Alias ${quote(v)} is ${v.length} characters; the limit is ${MAX_NAME}.` };
          else if (!isAlphanumeric(v)) yield { file: p.file, pointer: a.pointer, message: `Alias ${quote(v)} contains ${nonAlphanumeric(v)}; only letters and digits are allowed.` };
        }
      }
    }
  },
});

export const schemaAliasCollision = defineRule({
  id: 'graph.schema-alias-collision',
  title: "An alias does not repeat another property's name or alias",
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: 'Inferred, hence a warning: an alias that equals another name or alias makes queries on it ambiguous.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      const props = propertiesOf(schema);
      const owner = new Map<string, number>();
      for (const p of props) if (p.name) owner.set(p.name.toLowerCase(), p.index);
      for (const p of props) {
        for (const a of p.aliases) {
          if (typeof a.value !== 'string' || a.value.length === 0) continue;
          const key = a.value.toLowerCase();
          const other = owner.get(key);
          if (other !== undefined && other !== p.index) {
            yield { file: p.file, pointer: a.pointer, message: `Alias ${quote(a.value)} of property ${propertyLabel(p)} is already the name or an alias of property ${propertyLabel(props[other])}.` };
          } else owner.set(key, p.index);
        }
      }
    }
  },
});

export const schemaPropertyDescription = defineRule({
  id: 'graph.schema-property-description',
  title: `Property descriptions are at most ${MAX_PROPERTY_DESCRIPTION} characters, and queryable properties have one`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphPropertyBeta,
  description:
    'description is limited to 200 characters (error). Copilot uses it to map prompts to queryable properties, so queryable properties without one get a single notice per schema.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      const undescribed: string[] = [];
      for (const p of propertiesOf(schema)) {
        if (!p.raw) continue;
        const d = p.raw.description;
        if (typeof d === 'string' && d.length > MAX_PROPERTY_DESCRIPTION) {
          yield { file: p.file, pointer: at(p.pointer, 'description'), message: `The description of property ${propertyLabel(p)} is ${d.length} characters; the limit is ${MAX_PROPERTY_DESCRIPTION}.` };
        } else if (p.is('isQueryable') && (typeof d !== 'string' || d.trim() === '')) undescribed.push(propertyLabel(p));
      }
      if (undescribed.length > 0) {
        const shown = undescribed.slice(0, 8).join(', ') + (undescribed.length > 8 ? `, and ${undescribed.length - 8} more` : '');
        yield { file: schema.file, pointer: schema.propertiesPointer, severity: 'notice', message: `Queryable properties without a description: ${shown}. Copilot uses descriptions to map prompts to properties.` };
      }
    }
  },
});

export const schemaContentReserved = defineRule({
  id: 'graph.schema-content-reserved',
  title: 'The schema does not declare a property named content',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description: 'content is a built-in field of every item, sent with the item and indexed semantically; declaring it as a schema property is at best redundant. Inferred from the schema guide, hence a warning.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (p.name?.toLowerCase() === 'content') {
          yield { file: p.file, pointer: at(p.pointer, 'name'), message: 'Do not declare "content" as a schema property; send it as the item\'s content field, which Copilot indexes semantically.' };
        }
      }
    }
  },
});

export const schemaFlagBoolean = defineRule({
  id: 'graph.schema-flag-boolean',
  title: 'Property flags are JSON booleans',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description:
    'isSearchable, isQueryable, isRetrievable, isRefinable and isExactMatchRequired are Boolean. Several public samples write "true" as a string; whether the service coerces it is not documented, so a warning (the other rules read "true" as true).',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        // One finding per property, at its first odd flag: samples that quote one flag quote them all.
        const odd = FLAGS.filter((flag) => p.raw?.[flag] !== undefined && typeof p.raw[flag] !== 'boolean');
        if (odd.length === 0) continue;
        const list = odd.map((flag) => `${flag} ${quote(p.raw?.[flag], 20)}`).join(', ');
        // Only "true" and "false" (any case) say which boolean they mean; anything else is left to a person.
        const meant = odd.flatMap((flag) => {
          const v = p.raw?.[flag];
          const word = typeof v === 'string' ? v.trim().toLowerCase() : '';
          return word === 'true' || word === 'false' ? [{ flag, value: word === 'true' }] : [];
        });
        const fix: FixDraft | undefined = meant.length > 0
          ? { description: `Write ${meant.map((m) => `${m.flag} as ${m.value}`).join(', ')} (JSON booleans, without quotes).`, changes: meant.map((m) => ({ op: 'replace', pointer: at(p.pointer, m.flag), value: m.value })) }
          : undefined;
        yield { file: p.file, pointer: at(p.pointer, odd[0]), message: `Property ${propertyLabel(p)} has flags that are not booleans (${list}); write true or false without quotes.`, ...(fix ? { fix } : {}) };
      }
    }
  },
});

/** Keys a schema property may have (v1.0, plus description, isExactMatchRequired and rankingHint from beta). */
const PROPERTY_KEYS = ['name', 'type', 'isSearchable', 'isQueryable', 'isRetrievable', 'isRefinable', 'isExactMatchRequired', 'labels', 'aliases', 'description', 'rankingHint'];

export const schemaPropertyUnknownKey = defineRule({
  id: 'graph.schema-property-unknown-key',
  title: 'Schema properties have only documented keys',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphPropertyBeta,
  description: `A property has ${PROPERTY_KEYS.join(', ')}. A misspelt flag (isSearchble) is not an error for every client, but the flag is then simply not set, so a warning.`,
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        for (const key of Object.keys(p.raw ?? {})) {
          if (PROPERTY_KEYS.includes(key) || key.startsWith('@odata.')) continue;
          const near = PROPERTY_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
          yield { file: p.file, pointer: at(p.pointer, key), message: near ? `Property ${propertyLabel(p)} has ${quote(key)}; write it "${near}".` : `Property ${propertyLabel(p)} has ${quote(key)}, which is not a schema property key.` };
        }
      }
    }
  },
});

export const schemaPropertyRules = [
  schemaBaseType,
  schemaPropertyCount,
  schemaPropertyName,
  schemaPropertyNameUnique,
  schemaPropertyType,
  schemaAlias,
  schemaAliasCollision,
  schemaPropertyDescription,
  schemaContentReserved,
  schemaFlagBoolean,
  schemaPropertyUnknownKey,
];
