// Semantic labels: which exist, which properties may carry them, and the ones Copilot needs.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { at, propertiesOf, propertyLabel, schemas, type PropertyType, type SchemaPart, type SchemaProperty } from './shared/model.js';
import { quote } from './shared/text.js';

const KINDS = ['graph-connector'] as const;

/** Labels of the v1.0 property reference (2024), including the work-item and hierarchy labels. */
export const KNOWN_LABELS = [
  'title', 'url', 'createdBy', 'lastModifiedBy', 'authors', 'createdDateTime', 'lastModifiedDateTime', 'fileName',
  'fileExtension', 'iconUrl', 'containerName', 'containerUrl', 'assignedTo', 'dueDate', 'closedDate', 'closedBy',
  'reportedBy', 'sprintName', 'severity', 'state', 'priority', 'secondaryId', 'itemParentId', 'parentUrl', 'tags',
  'itemType', 'itemPath', 'numReactions',
];
/** Without these three, connector content may not surface in Copilot (Dev Proxy fails such schemas). */
export const COPILOT_LABELS = ['title', 'url', 'iconUrl'];
/** After title and url, the labels the schema guide ranks highest for relevance. */
const RELEVANCE_LABELS = ['lastModifiedDateTime', 'lastModifiedBy'];

/** The types a label's value can have, where the guide's pairing is clear. */
const LABEL_TYPES: Record<string, readonly PropertyType[]> = {
  title: ['string'],
  url: ['string'],
  iconUrl: ['string'],
  fileName: ['string'],
  fileExtension: ['string'],
  containerName: ['string'],
  containerUrl: ['string'],
  parentUrl: ['string'],
  createdDateTime: ['dateTime'],
  lastModifiedDateTime: ['dateTime'],
  authors: ['stringCollection', 'principalCollection'],
  createdBy: ['string', 'principal'],
  lastModifiedBy: ['string', 'principal'],
};

/** Label strings with their property and pointer. */
function* labelsOf(schema: SchemaPart): Generator<{ p: SchemaProperty; label: string; pointer: string }> {
  for (const p of propertiesOf(schema)) {
    for (const l of p.labels) if (typeof l.value === 'string') yield { p, label: l.value, pointer: l.pointer };
  }
}

/** Labels mapped anywhere in the schema. */
function mappedLabels(schema: SchemaPart): Set<string> {
  return new Set([...labelsOf(schema)].map((l) => l.label));
}

export const schemaLabelRetrievable = defineRule({
  id: 'graph.schema-label-retrievable',
  title: 'Labelled properties are retrievable',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description: 'A label can only be assigned to a property marked isRetrievable.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        if (p.labels.length > 0 && !p.is('isRetrievable')) {
          yield { file: p.file, pointer: p.raw && 'isRetrievable' in p.raw ? at(p.pointer, 'isRetrievable') : at(p.pointer, 'labels'), message: `Property ${propertyLabel(p)} has labels but is not retrievable; set "isRetrievable": true.` };
        }
      }
    }
  },
});

export const schemaLabelKnown = defineRule({
  id: 'graph.schema-label-known',
  title: 'Labels are documented values',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphProperty,
  description: 'The label enumeration is evolvable (people connectors add person* labels), so an unknown label is a warning rather than an error.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const p of propertiesOf(schema)) {
        for (const l of p.labels) {
          const v = l.value;
          if (typeof v === 'string' && (KNOWN_LABELS.includes(v) || /^person[A-Z]/.test(v))) continue;
          const near = typeof v === 'string' ? KNOWN_LABELS.find((k) => k.toLowerCase() === v.toLowerCase()) : undefined;
          yield { file: p.file, pointer: l.pointer, message: near ? `Label ${quote(v)} must be written "${near}".` : `Label ${quote(v)} is not a documented label.` };
        }
      }
    }
  },
});

export const schemaLabelOnce = defineRule({
  id: 'graph.schema-label-once',
  title: 'Each label is on one property, and each property has one label',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description:
    'A label maps to exactly one property: the same label on two properties is an error. The guide pairs one label with one property, but does not forbid several labels on a property, so that is a warning.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      const owner = new Map<string, SchemaProperty>();
      for (const { p, label, pointer } of labelsOf(schema)) {
        const first = owner.get(label);
        if (first && first !== p) yield { file: p.file, pointer, message: `Label ${quote(label)} is on property ${propertyLabel(first)} and on ${propertyLabel(p)}; a label maps to one property.` };
        else if (!first) owner.set(label, p);
      }
      for (const p of propertiesOf(schema)) {
        if (p.labels.length > 1) {
          yield { file: p.file, pointer: at(p.pointer, 'labels'), severity: 'warning', message: `Property ${propertyLabel(p)} has ${p.labels.length} labels; map each label to its own property.` };
        }
      }
    }
  },
});

export const schemaLabelType = defineRule({
  id: 'graph.schema-label-type',
  title: "A labelled property's type fits its label",
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description:
    'The guide says the property type must match the label: title, url and name labels are strings, the *DateTime labels dateTime, authors a collection, people labels string or principal. The per-label table is inferred, so a warning.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      for (const { p, label, pointer } of labelsOf(schema)) {
        const allowed = LABEL_TYPES[label];
        if (!allowed || !p.canonicalType || allowed.includes(p.canonicalType)) continue;
        yield { file: p.file, pointer, message: `Label ${quote(label)} is on property ${propertyLabel(p)} of type ${p.type}; it expects ${allowed.join(' or ')}.` };
      }
    }
  },
});

export const schemaCopilotLabels = defineRule({
  id: 'graph.schema-copilot-labels',
  title: 'The schema maps the title, url and iconUrl labels',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.copilotConnectorsOverview,
  description:
    'Copilot needs title, url and iconUrl to cite and show connector items; the Partner Center certification notes must name the property behind each. ' +
    'A warning here: a standalone definition never goes to Partner Center, and for one organisation the connection still works without them.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      if (schema.properties.length === 0) continue;
      const mapped = mappedLabels(schema);
      const missing = COPILOT_LABELS.filter((l) => !mapped.has(l));
      if (missing.length > 0) {
        yield { file: schema.file, pointer: schema.propertiesPointer, message: `No property carries the label${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; Copilot needs title, url and iconUrl to show and cite items.` };
      }
    }
  },
});

export const schemaRelevanceLabels = defineRule({
  id: 'graph.schema-relevance-labels',
  title: 'The schema maps the labels that drive relevance',
  severity: 'notice',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphManageSchema,
  description: 'Advice: after title and url, lastModifiedDateTime and lastModifiedBy weigh most in ranking; map them where the source has them.',
  *check({ pkg }) {
    for (const { schema } of schemas(pkg)) {
      if (schema.properties.length === 0) continue;
      const mapped = mappedLabels(schema);
      const missing = RELEVANCE_LABELS.filter((l) => !mapped.has(l));
      if (missing.length > 0) {
        yield { file: schema.file, pointer: schema.propertiesPointer, message: `Consider mapping ${missing.join(' and ')}; they improve ranking in Copilot and Microsoft Search.` };
      }
    }
  },
});

export const schemaLabelRules = [schemaLabelRetrievable, schemaLabelKnown, schemaLabelOnce, schemaLabelType, schemaCopilotLabels, schemaRelevanceLabels];
