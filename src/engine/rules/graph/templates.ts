// searchSettings.searchResultTemplates: the result cards Microsoft Search shows for connector items.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import type { PackageView } from '../../read/package-view.js';
import { asArray, asRecord, isNonEmptyString, type JsonRecord } from '../../util/values.js';
import { at, connectionsWithSchema, propertiesOf, type SchemaPart } from './shared/model.js';
import { isInt32, quote } from './shared/text.js';

const KINDS = ['graph-connector'] as const;
export const MAX_TEMPLATES = 2;
export const RULE_OPERATIONS = ['equals', 'notEquals', 'contains', 'notContains', 'lessThan', 'greaterThan', 'startsWith'];
export const RULE_JOINS = ['or', 'and'];

interface Template {
  file: string;
  pointer: string;
  value?: JsonRecord;
  raw: unknown;
  schema?: SchemaPart;
}

function templateList(c: { value: JsonRecord }): unknown[] {
  return asArray(asRecord(c.value.searchSettings)?.searchResultTemplates);
}

function* templates(pkg: PackageView): Generator<Template> {
  for (const { connection: c, schema } of connectionsWithSchema(pkg)) {
    for (const [i, raw] of templateList(c).entries()) {
      yield { file: c.file, pointer: at(c.pointer, 'searchSettings', 'searchResultTemplates', i), value: asRecord(raw), raw, schema };
    }
  }
}

export const templatesMax = defineRule({
  id: 'graph.templates-max',
  title: `A connection has at most ${MAX_TEMPLATES} result templates`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphSearchSettings,
  description: 'searchSettings allows a maximum of 2 search result templates per connection.',
  *check({ pkg }) {
    for (const { connection: c } of connectionsWithSchema(pkg)) {
      const n = templateList(c).length;
      if (n > MAX_TEMPLATES) {
        yield { file: c.file, pointer: at(c.pointer, 'searchSettings', 'searchResultTemplates', MAX_TEMPLATES), message: `The connection has ${n} search result templates; the limit is ${MAX_TEMPLATES}.` };
      }
    }
  },
});

export const templateId = defineRule({
  id: 'graph.template-id',
  title: 'Each result template id is 1 to 16 letters or digits',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphDisplayTemplate,
  description: 'displayTemplate.id: at most 16 characters, alphanumeric only.',
  *check({ pkg }) {
    for (const t of templates(pkg)) {
      if (!t.value) {
        yield { file: t.file, pointer: t.pointer, message: `The result template ${quote(t.raw)} is not an object.` };
        continue;
      }
      const id = t.value.id;
      if (typeof id === 'string' && /^[A-Za-z0-9]{1,16}$/.test(id)) continue;
      yield {
        file: t.file,
        pointer: 'id' in t.value ? at(t.pointer, 'id') : t.pointer,
        message: typeof id !== 'string' ? 'The result template has no id string.' : `The result template id ${quote(id)} must be 1 to 16 letters or digits.`,
      };
    }
  },
});

export const templatePriority = defineRule({
  id: 'graph.template-priority',
  title: 'Each result template has a positive integer priority',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphDisplayTemplate,
  description:
    'priority is an Int32 and "must be positive"; lower values are evaluated first. The same page\'s own example uses 0, so 0 is only a warning; missing, fractional or negative values are errors.',
  *check({ pkg }) {
    for (const t of templates(pkg)) {
      if (!t.value) continue;
      const p = t.value.priority;
      const pointer = 'priority' in t.value ? at(t.pointer, 'priority') : t.pointer;
      if (!isInt32(p) || p < 0) yield { file: t.file, pointer, message: `The result template's priority ${p === undefined ? 'is missing' : `${quote(p)} is not a positive integer`}.` };
      else if (p === 0) yield { file: t.file, pointer, severity: 'warning', message: 'The result template\'s priority is 0; the reference says it must be positive, so start at 1.' };
    }
  },
});

export const templateLayout = defineRule({
  id: 'graph.template-layout',
  title: 'Each result template layout is an Adaptive Card',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphCreateConnection,
  description:
    'layout is a serialised Adaptive Card ({ "type": "AdaptiveCard", "version": … }). A broken card makes connection creation fail with 503, and the retry with 409 because the connection was created anyway.',
  *check({ pkg }) {
    for (const t of templates(pkg)) {
      if (!t.value) continue;
      const layout = asRecord(t.value.layout);
      if (!layout) {
        yield { file: t.file, pointer: 'layout' in t.value ? at(t.pointer, 'layout') : t.pointer, message: 'The result template has no layout object (an Adaptive Card).' };
        continue;
      }
      const lp = at(t.pointer, 'layout');
      if (layout.type !== 'AdaptiveCard') yield { file: t.file, pointer: 'type' in layout ? at(lp, 'type') : lp, message: `The layout's type ${quote(layout.type)} is not "AdaptiveCard".` };
      if (!isNonEmptyString(layout.version)) yield { file: t.file, pointer: 'version' in layout ? at(lp, 'version') : lp, message: 'The Adaptive Card layout has no version string (for example "1.3").' };
    }
  },
});

export const templateRules = defineRule({
  id: 'graph.template-rules',
  title: 'Result template rules name schema properties with valid operations',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphPropertyRule,
  description: `Each propertyRule needs a property from the schema (checked when the schema is known), an operation (${RULE_OPERATIONS.join(', ')}), valuesJoinedBy (or, and) and at least one string value.`,
  *check({ pkg }) {
    for (const t of templates(pkg)) {
      if (!t.value || !('rules' in t.value)) continue;
      if (!Array.isArray(t.value.rules)) {
        yield { file: t.file, pointer: at(t.pointer, 'rules'), message: 'The result template\'s rules must be an array.' };
        continue;
      }
      const names = t.schema && new Set(propertiesOf(t.schema).flatMap((p) => (p.name ? [p.name.toLowerCase()] : [])));
      for (const [i, raw] of t.value.rules.entries()) {
        const rp = at(t.pointer, 'rules', i);
        const r = asRecord(raw);
        if (!r) {
          yield { file: t.file, pointer: rp, message: 'The template rule is not an object.' };
          continue;
        }
        if (!isNonEmptyString(r.property)) yield { file: t.file, pointer: rp, message: 'The template rule has no property.' };
        else if (names && !names.has(r.property.toLowerCase())) yield { file: t.file, pointer: at(rp, 'property'), message: `The template rule's property ${quote(r.property)} is not in the schema.` };
        if (typeof r.operation !== 'string' || !RULE_OPERATIONS.includes(r.operation)) {
          yield { file: t.file, pointer: 'operation' in r ? at(rp, 'operation') : rp, message: `The template rule's operation ${quote(r.operation ?? null)} is not one of ${RULE_OPERATIONS.join(', ')}.` };
        }
        if (typeof r.valuesJoinedBy !== 'string' || !RULE_JOINS.includes(r.valuesJoinedBy)) {
          yield { file: t.file, pointer: 'valuesJoinedBy' in r ? at(rp, 'valuesJoinedBy') : rp, message: `The template rule's valuesJoinedBy ${quote(r.valuesJoinedBy ?? null)} is not "or" or "and".` };
        }
        const values = r.values;
        if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string')) {
          yield { file: t.file, pointer: 'values' in r ? at(rp, 'values') : rp, message: 'The template rule needs values: a non-empty array of strings.' };
        }
      }
    }
  },
});

export const templateRulesList = [templatesMax, templateId, templatePriority, templateLayout, templateRules];
