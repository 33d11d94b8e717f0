// Which property flags may be combined, and on which types.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { at, isStringType, propertiesOf, propertyLabel, schemas, type PropertyType } from './shared/model.js';

const KINDS = ['graph-connector'] as const;
/** Types a refiner can be built on without doubt (the schema guide names string and numeric types). */
const REFINABLE: readonly PropertyType[] = ['string', 'int64', 'double', 'stringCollection', 'int64Collection', 'doubleCollection'];
/** Refinable in the guide's own example table although its text names only string and numeric types. */
const REFINABLE_DISPUTED: readonly PropertyType[] = ['dateTime', 'dateTimeCollection', 'principal', 'principalCollection'];

export const schemaSearchableType = defineRule({
  id: 'graph.schema-searchable-type',
  title: 'Only string properties are searchable',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: 'Only properties of type string or stringCollection can be searchable.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (p.is('isSearchable') && p.canonicalType && !isStringType(p.canonicalType)) {
          yield { file: p.file, pointer: at(p.pointer, 'isSearchable'), message: `Property ${propertyLabel(p)} is ${p.type} and searchable; only string and stringCollection properties can be searchable.` };
        }
      }
    }
  },
});

export const schemaSearchableRefinable = defineRule({
  id: 'graph.schema-searchable-refinable',
  title: 'A property is not both searchable and refinable',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description: 'isSearchable and isRefinable are mutually exclusive.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (p.is('isSearchable') && p.is('isRefinable')) {
          yield { file: p.file, pointer: at(p.pointer, 'isRefinable'), message: `Property ${propertyLabel(p)} is both searchable and refinable; choose one.` };
        }
      }
    }
  },
});

export const schemaRefinableType = defineRule({
  id: 'graph.schema-refinable-type',
  title: 'Refinable properties are strings or numbers',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description:
    "The schema guide's text allows refiners on string and numeric types, while its own example table and many samples mark dateTime properties refinable. So boolean is an error and dateTime or principal a warning.",
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        const t = p.canonicalType;
        if (!p.is('isRefinable') || !t || REFINABLE.includes(t)) continue;
        yield {
          file: p.file,
          pointer: at(p.pointer, 'isRefinable'),
          ...(REFINABLE_DISPUTED.includes(t) ? { severity: 'warning' as const } : {}),
          message: `Property ${propertyLabel(p)} is ${p.type} and refinable; refiners are documented for string and numeric properties.`,
        };
      }
    }
  },
});

export const schemaExactMatch = defineRule({
  id: 'graph.schema-exact-match',
  title: 'isExactMatchRequired only on non-searchable string properties',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description: 'Exact matching applies to string or stringCollection properties that are not searchable (documented on beta and in the schema guide; samples use it on v1.0 too).',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (!p.is('isExactMatchRequired')) continue;
        const pointer = at(p.pointer, 'isExactMatchRequired');
        if (p.is('isSearchable')) yield { file: p.file, pointer, message: `Property ${propertyLabel(p)} is searchable and requires exact match; exact match is only for properties that are not searchable.` };
        else if (p.canonicalType && !isStringType(p.canonicalType)) yield { file: p.file, pointer, message: `Property ${propertyLabel(p)} is ${p.type}; isExactMatchRequired applies only to string and stringCollection properties.` };
      }
    }
  },
});

export const schemaHasSearchable = defineRule({
  id: 'graph.schema-has-searchable',
  title: 'The schema has at least one searchable property',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphConnectorExperiences,
  description: 'Copilot and Microsoft Search match prompts against searchable properties and the item content; without a searchable property (usually the title) items are hard to find.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      const props = propertiesOf(schema);
      if (props.length > 0 && !props.some((p) => p.is('isSearchable'))) {
        yield { file: schema.file, pointer: schema.propertiesPointer, message: 'No property is searchable; mark at least the title property "isSearchable": true.' };
      }
    }
  },
});

export const schemaFlagRules = [schemaSearchableType, schemaSearchableRefinable, schemaRefinableType, schemaExactMatch, schemaHasSearchable];
