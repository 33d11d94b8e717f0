// JSON schemas inside the definition: arrays with items, enums, bounds, required lists, empty properties, dictionaries.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, asString, member } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { requestDefinitions, schemaPlace, schemasOf, type SchemaSite } from './shared/schemas.js';
import { matchesType } from './shared/types.js';
import { quote } from './shared/text.js';

export const arrayItems = defineRule({
  id: 'powerplatform.schema-array-items',
  title: 'Array schemas declare items',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'ArrayHasNoItems: the designer needs the element type of every array.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      if (s.schema.type === 'array' && s.schema.items === undefined) yield { file: c.swaggerFile, pointer: s.pointer, message: 'This array schema has no items.' };
    }
  },
});

export const enums = defineRule({
  id: 'powerplatform.schema-enum',
  title: 'Enums are non-empty, without duplicates, of the declared type; x-ms-enum-values match them',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'EnumMustContainAtLeastOneElement, ArrayDuplicateValue, InvalidEnumValue*, MissingEnumValuesDisplayName, DuplicateEnumValuesInExtension.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      if (hasEnum(s.schema)) yield* enumProblems(c.swaggerFile, s.schema, s.pointer);
    }
    // Non-body parameters carry enum directly, outside any schema.
    for (const [path, item] of Object.entries(asRecord(c.swagger.paths) ?? {})) {
      for (const [method, op] of Object.entries(asRecord(item) ?? {})) {
        for (const [i, p] of asArray(asRecord(op)?.parameters).entries()) {
          const rec = asRecord(p);
          if (rec && rec.in !== 'body' && hasEnum(rec)) yield* enumProblems(c.swaggerFile, rec, `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/parameters/${i}`);
        }
      }
    }
  },
});

// Generator rules iterate their lists by index: a for…of inside a generator allocates a result object per item, and
// these loops visit every schema of every connector.
function hasEnum(schema: Record<string, unknown>): boolean {
  return member(schema, 'enum') !== undefined || member(schema, 'x-ms-enum-values') !== undefined;
}

function* enumProblems(file: string, schema: Record<string, unknown>, at: string) {
  const values = schema.enum;
  if (values !== undefined) {
    const list = asArray(values);
    if (!Array.isArray(values) || list.length === 0) yield { file, pointer: `${at}/enum`, message: 'enum must list at least one value.' };
    const seen = new Set<string>();
    const type = asString(schema.type);
    const wrong: Array<[number, string]> = [];
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      const key = JSON.stringify(v);
      if (seen.has(key)) yield { file, pointer: `${at}/enum/${i}`, message: `enum lists ${key} twice.` };
      seen.add(key);
      if (type && v !== null && !matchesType(v, type)) wrong.push([i, key]);
    }
    // One enum with several values of another type (true, false, 1, 0 on a boolean) is one thing to fix.
    if (wrong.length) {
      const name = asString(schema.name) ?? asString(schema['x-ms-summary']);
      const values = wrong.map(([, k]) => k).join(', ');
      yield {
        file,
        pointer: `${at}/enum/${wrong[0][0]}`,
        message: `enum value${wrong.length > 1 ? 's' : ''} ${values} ${wrong.length > 1 ? 'are' : 'is'} not of type ${type}${name ? ` (${quote(name)})` : ''}.`,
        repeat: { summary: '{n} enums list values that are not of their declared type', place: `${name ? quote(name) : at}: ${values} (${type})` },
      };
    }
  }
  const ext = asArray(schema['x-ms-enum-values']);
  if (ext.length === 0) return;
  const allowed = Array.isArray(values) ? new Set(values.map((v) => JSON.stringify(v))) : undefined;
  const seen = new Set<string>();
  for (const [i, e] of ext.entries()) {
    const rec = asRecord(e);
    if (!rec || typeof rec.displayName !== 'string' || !rec.displayName.trim()) yield { file, pointer: `${at}/x-ms-enum-values/${i}`, message: 'Each x-ms-enum-values entry needs a displayName.' };
    const key = JSON.stringify(rec?.value);
    if (seen.has(key)) yield { file, pointer: `${at}/x-ms-enum-values/${i}/value`, message: `x-ms-enum-values lists ${key} twice.` };
    seen.add(key);
    if (allowed && rec && !allowed.has(key)) yield { file, pointer: `${at}/x-ms-enum-values/${i}/value`, message: `x-ms-enum-values value ${key} is not in enum.` };
  }
}

export const bounds = defineRule({
  id: 'powerplatform.schema-bounds',
  title: 'Schema bounds are consistent and patterns compile',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'The validator\'s metadata checks: minimum ≤ maximum, minLength ≤ maxLength, minItems ≤ maxItems, no negative lengths or counts, multipleOf above 0, and a pattern that is a valid regular expression.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      const x = s.schema;
      for (let b = 0; b < BOUND_PAIRS.length; b++) {
        const [lo, hi] = BOUND_PAIRS[b];
        const low = member(x, lo);
        const high = typeof low === 'number' ? member(x, hi) : undefined;
        if (typeof low === 'number' && typeof high === 'number' && low > high) {
          yield { file: c.swaggerFile, pointer: `${s.pointer}/${lo}`, message: `${lo} (${low}) is larger than ${hi} (${high}).` };
        }
      }
      for (let n = 0; n < COUNTS.length; n++) {
        const k = COUNTS[n];
        const count = member(x, k);
        if (typeof count === 'number' && count < 0) yield { file: c.swaggerFile, pointer: `${s.pointer}/${k}`, message: `${k} cannot be negative.` };
      }
      const multipleOf = member(x, 'multipleOf');
      if (typeof multipleOf === 'number' && multipleOf <= 0) yield { file: c.swaggerFile, pointer: `${s.pointer}/multipleOf`, message: 'multipleOf must be greater than 0.' };
      const pattern = asString(member(x, 'pattern'));
      // Compiling does not run the expression, so an untrusted pattern cannot hang this check.
      if (pattern !== undefined && !compiles(pattern)) yield { file: c.swaggerFile, pointer: `${s.pointer}/pattern`, message: `pattern ${quote(pattern)} is not a valid regular expression.` };
    }
  },
});

// Module constants, not literals in the loop: the rule visits every schema of every connector.
const BOUND_PAIRS = [
  ['minimum', 'maximum'],
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minProperties', 'maxProperties'],
] as const;
const COUNTS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    try {
      new RegExp(pattern);
      return true;
    } catch {
      return false;
    }
  }
}

export const requiredList = defineRule({
  id: 'powerplatform.schema-required',
  title: 'required lists are non-empty and name defined properties',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'RequiredProperty* codes: a required list is non-empty, appears on object schemas with properties, and names only properties they define; request schemas do not require read-only properties.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      if (s.schema.required === undefined || !Array.isArray(s.schema.required)) continue;
      const required = s.schema.required;
      if (required.length === 0) {
        yield { file: c.swaggerFile, pointer: `${s.pointer}/required`, message: 'required is empty; remove it.' };
        continue;
      }
      const props = asRecord(s.schema.properties);
      if (!props) {
        if (s.schema.allOf === undefined && s.schema.$ref === undefined) yield { file: c.swaggerFile, pointer: `${s.pointer}/required`, message: 'required is set on a schema without properties.' };
        continue;
      }
      for (const [i, name] of required.entries()) {
        if (typeof name !== 'string' || !(name in props)) {
          if (s.schema.allOf === undefined) yield { file: c.swaggerFile, pointer: `${s.pointer}/required/${i}`, message: `required names ${quote(String(name))}, which is not among the properties.` };
        } else if (s.role === 'request' && asRecord(props[name])?.readOnly === true) {
          yield { file: c.swaggerFile, pointer: `${s.pointer}/required/${i}`, message: `Input property ${quote(name)} is both required and readOnly.` };
        }
      }
    }
  },
});

export const emptyProperties = defineRule({
  id: 'powerplatform.schema-empty',
  title: 'No empty property schemas',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'The certification guide asks to remove empty properties (no type, no $ref) unless they are required. Reviewer feedback, so a warning.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      if (s.property !== undefined && !s.required && Object.keys(s.schema).length === 0) {
        yield { file: c.swaggerFile, pointer: s.pointer, message: `Property ${quote(s.property)} has an empty schema; give it a type or remove it.` };
      }
    }
  },
});

export const dictionaryEditor = defineRule({
  id: 'powerplatform.schema-editor',
  title: 'x-ms-editor "dictionary" is only on objects with additionalProperties',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'InvalidCustomEditorExtensionDictionaryValue.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      if (s.schema['x-ms-editor'] === 'dictionary' && (s.schema.type !== 'object' || s.schema.additionalProperties === undefined)) {
        yield { file: c.swaggerFile, pointer: `${s.pointer}/x-ms-editor`, message: 'x-ms-editor "dictionary" needs an object schema with additionalProperties.' };
      }
    }
  },
});

export const schemaTypes = defineRule({
  id: 'powerplatform.schema-types',
  title: 'file and binary types sit where the platform accepts them; discriminators name a required string property',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'SchemaTypeFileNotValid (type file only at the root of a response, or as a formData parameter), InvalidStringBinaryProperty ("string/binary can only be at the top level of a body ' +
    'or formData parameter": checked on request bodies and the definitions they reach, not on responses, where live certified connectors such as Kanbanize return files inside objects), ' +
    'and Discriminator* (the discriminator is a required string property of the schema). The validator\'s full type/format table is not published, so formats are not checked.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const requests = requestDefinitions(c.swagger);
    // The validator's rule is about body and formData parameters: a response may carry a file inside an object.
    const isInput = (s: SchemaSite) => s.role === 'request' || (s.role === 'definition' && requests.has(/^\/definitions\/[^/]+/.exec(s.pointer)?.[0] ?? ''));
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      // The schema of a parameter or response, or a definition: its pointer ends in /schema or /definitions/name.
      const [before, last] = s.lastTokens();
      const root = last === 'schema' || (before === 'definitions' && last !== '');
      if (s.schema.type === 'file' && (!root || s.role === 'request')) {
        yield { file: c.swaggerFile, pointer: `${s.pointer}/type`, message: 'type "file" is only allowed at the root of a response schema (or on a formData parameter).' };
      }
      if (s.schema.type === 'string' && s.schema.format === 'binary' && !root && isInput(s)) {
        yield { file: c.swaggerFile, pointer: `${s.pointer}/format`, message: 'A string/binary value must be the whole body, not a property inside it.' };
      }
      const d = asString(member(s.schema, 'discriminator'));
      if (d !== undefined) {
        const prop = asRecord(asRecord(s.schema.properties)?.[d]);
        const required = asArray(s.schema.required).includes(d);
        if (!prop || prop.type !== 'string' || !required) {
          yield { file: c.swaggerFile, pointer: `${s.pointer}/discriminator`, message: `discriminator ${quote(d)} must be a required string property of this schema.` };
        }
      }
    }
  },
});

export const propertyText = defineRule({
  id: 'powerplatform.schema-text',
  title: 'Schema properties carry a display name (x-ms-summary or title) and a description',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'The designer labels inputs and dynamic content with x-ms-summary (or title) and shows the description as help (string guidance; reviewer in PR #880). ' +
    'Advice: one notice per file, listing the schemas whose properties lack a display name (504 per-schema notices on 21 corpus connectors said one thing).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites = schemasOf(c.swagger);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      const props = asRecord(s.schema.properties);
      if (!props) continue;
      const unnamed = Object.entries(props)
        .filter(([, v]) => {
          const p = asRecord(v);
          return p && member(p, '$ref') === undefined && asString(member(p, 'x-ms-visibility')) !== 'internal' && !asString(member(p, 'x-ms-summary'))?.trim() && !asString(member(p, 'title'))?.trim();
        })
        .map(([k]) => k);
      if (unnamed.length) {
        const shown = unnamed.slice(0, 5).map((k) => `"${k}"`).join(', ');
        yield {
          file: c.swaggerFile,
          pointer: `${s.pointer}/properties`,
          message: `${unnamed.length} properties have no x-ms-summary or title: ${shown}${unnamed.length > 5 ? ', …' : ''}.`,
          repeat: { summary: '{n} schemas have properties without an x-ms-summary or title (the name the designer shows)', place: `${schemaPlace(s.pointer) || 'the body'} (${unnamed.length})` },
        };
      }
    }
  },
});
