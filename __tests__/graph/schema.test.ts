// The schema part of a standalone connector definition: properties, flags and labels.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/packages.js';
import { checkGraph, definitionWithProperty, graphPackage, validConnection, validDefinition, validProperties, validSchema } from '../helpers/graph-packages.js';
import type { Severity } from '../../src/engine/types.js';

type Json = Record<string, unknown>;
const P = '/schema/properties';
const extra = (property: Json) => graphPackage(definitionWithProperty(7, property));
const replace = (index: number, changes: Json) => graphPackage(definitionWithProperty(index, { ...validProperties()[index], ...changes }));
const withSchema = (schema: Json) => graphPackage(validDefinition(validConnection(), schema));
const without = (label: string) =>
  graphPackage(validDefinition(validConnection(), validSchema({ properties: validProperties().filter((p) => !(p.labels as string[] | undefined)?.includes(label)) })));

// [rule, what breaks it, package, pointers, severity]
const cases: Array<[string, string, () => Record<string, unknown>, string[], Severity]> = [
  ['graph.schema-base-type', 'another baseType', () => withSchema(validSchema({ baseType: 'microsoft.graph.item' })), ['/schema/baseType'], 'error'],
  ['graph.schema-base-type', 'the alternate spelling', () => withSchema(validSchema({ baseType: 'microsoft.graph.externalConnector.externalItem' })), ['/schema/baseType'], 'warning'],
  ['graph.schema-base-type', 'no baseType', () => withSchema({ properties: validProperties() }), ['/schema'], 'notice'],
  ['graph.schema-property-count', 'no properties', () => withSchema(validSchema({ properties: [] })), [P], 'error'],
  ['graph.schema-property-count', '129 properties', () => withSchema(validSchema({ properties: [...validProperties(), ...Array.from({ length: 122 }, (_, i) => ({ name: `p${i}`, type: 'string' }))] })), [`${P}/128`], 'error'],
  ['graph.schema-property-name', 'a non-object entry', () => extra('title' as never), [`${P}/7`], 'error'],
  ['graph.schema-property-name', 'no name', () => extra({ type: 'string' }), [`${P}/7`], 'error'],
  ['graph.schema-property-name', 'an underscore', () => extra({ name: 'due_date', type: 'string' }), [`${P}/7/name`], 'error'],
  ['graph.schema-property-name', '33 characters', () => extra({ name: 'p'.repeat(33), type: 'string' }), [`${P}/7/name`], 'error'],
  ['graph.schema-property-name-unique', 'an exact duplicate', () => extra({ name: 'status', type: 'string' }), [`${P}/7/name`], 'error'],
  ['graph.schema-property-name-unique', 'a duplicate in another case', () => extra({ name: 'Status', type: 'string' }), [`${P}/7/name`], 'warning'],
  ['graph.schema-property-type', 'an unknown type', () => extra({ name: 'count', type: 'integer' }), [`${P}/7/type`], 'error'],
  ['graph.schema-property-type', 'no type', () => extra({ name: 'count' }), [`${P}/7`], 'error'],
  ['graph.schema-alias', 'a space', () => replace(1, { aliases: ['ticket number'] }), [`${P}/1/aliases/0`], 'error'],
  ['graph.schema-alias', 'a 33-character alias', () => replace(1, { aliases: ['a'.repeat(33)] }), [`${P}/1/aliases/0`], 'error'],
  ['graph.schema-alias', 'aliases that are a string', () => replace(1, { aliases: 'number' }), [`${P}/1/aliases`], 'error'],
  ['graph.schema-alias-collision', "another property's name", () => replace(1, { aliases: ['status'] }), [`${P}/1/aliases/0`], 'warning'],
  ['graph.schema-property-description', '201 characters', () => replace(0, { description: 'd'.repeat(201) }), [`${P}/0/description`], 'error'],
  ['graph.schema-property-description', 'a queryable property without one', () => replace(2, { description: undefined }), [P], 'notice'],
  ['graph.schema-content-reserved', 'a content property', () => extra({ name: 'content', type: 'string', isSearchable: true }), [`${P}/7/name`], 'warning'],
  ['graph.schema-property-unknown-key', 'a misspelt flag', () => replace(0, { isSearchble: true }), [`${P}/0/isSearchble`], 'warning'],
  ['graph.schema-property-unknown-key', 'a flag in the wrong case', () => replace(0, { IsQueryable: true }), [`${P}/0/IsQueryable`], 'warning'],
  ['graph.schema-flag-boolean', 'a string "true"', () => replace(0, { isSearchable: 'true' }), [`${P}/0/isSearchable`], 'warning'],
  ['graph.schema-searchable-type', 'a searchable int64', () => extra({ name: 'count', type: 'int64', isSearchable: true }), [`${P}/7/isSearchable`], 'error'],
  ['graph.schema-searchable-refinable', 'searchable and refinable', () => replace(0, { isRefinable: true }), [`${P}/0/isRefinable`], 'error'],
  ['graph.schema-refinable-type', 'a refinable boolean', () => extra({ name: 'done', type: 'boolean', isRefinable: true }), [`${P}/7/isRefinable`], 'error'],
  ['graph.schema-refinable-type', 'a refinable dateTime', () => replace(5, { isRefinable: true }), [`${P}/5/isRefinable`], 'warning'],
  ['graph.schema-exact-match', 'exact match on a searchable property', () => replace(0, { isExactMatchRequired: true }), [`${P}/0/isExactMatchRequired`], 'error'],
  ['graph.schema-exact-match', 'exact match on a double', () => extra({ name: 'cost', type: 'double', isExactMatchRequired: true }), [`${P}/7/isExactMatchRequired`], 'error'],
  ['graph.schema-has-searchable', 'nothing searchable', () => replace(0, { isSearchable: false }), [P], 'warning'],
  ['graph.schema-label-retrievable', 'a label on a property that is not retrievable', () => replace(3, { isRetrievable: false }), [`${P}/3/isRetrievable`], 'error'],
  ['graph.schema-label-known', 'an undocumented label', () => replace(6, { labels: ['lastModifiedBy', 'assignedToPeople'] }), [`${P}/6/labels/1`], 'warning'],
  ['graph.schema-label-known', 'a label in the wrong case', () => replace(6, { labels: ['LastModifiedBy'] }), [`${P}/6/labels/0`], 'warning'],
  ['graph.schema-label-once', 'one label on two properties', () => replace(6, { labels: ['title'] }), [`${P}/6/labels/0`], 'error'],
  ['graph.schema-label-once', 'two labels on one property', () => replace(0, { labels: ['title', 'fileName'] }), [`${P}/0/labels`], 'warning'],
  ['graph.schema-label-type', 'lastModifiedDateTime on a string', () => replace(5, { type: 'string' }), [`${P}/5/labels/0`], 'warning'],
  ['graph.schema-copilot-labels', 'no iconUrl label', () => without('iconUrl'), [P], 'warning'],
  ['graph.schema-relevance-labels', 'no lastModifiedBy label', () => without('lastModifiedBy'), [P], 'notice'],
];

describe('schema rules', () => {
  it.each(cases)('%s fires on %s', async (ruleId, _what, build, pointers, severity) => {
    const found = findingsOf(await checkGraph(build()), ruleId);
    expect(found.map((f) => f.pointer)).toEqual(pointers);
    expect(found.every((f) => f.severity === severity)).toBe(true);
    expect(found.every((f) => f.line! > 0)).toBe(true);
  });

  it.each([...new Set(cases.map((c) => c[0]))])('%s is silent on the valid definition', async (ruleId) => {
    expect(findingsOf(await checkGraph(graphPackage()), ruleId)).toEqual([]);
  });

  it('reads PascalCase types and "true" strings the way samples write them', async () => {
    const report = await checkGraph(replace(0, { type: 'String', isSearchable: 'true' }));
    expect(findingsOf(report, 'graph.schema-property-type')).toEqual([]);
    expect(findingsOf(report, 'graph.schema-has-searchable')).toEqual([]);
    expect(findingsOf(report, 'graph.schema-flag-boolean')).toHaveLength(1);
    const many = await checkGraph(replace(0, { isSearchable: 'true', isQueryable: 'true', isRetrievable: 1 }));
    const [one] = findingsOf(many, 'graph.schema-flag-boolean');
    expect([findingsOf(many, 'graph.schema-flag-boolean').length, one.pointer]).toEqual([1, '/schema/properties/0/isSearchable']);
    expect(one.message).toContain('isRetrievable 1');
  });

  it('names the missing Copilot labels in one finding', async () => {
    const report = await checkGraph(withSchema(validSchema({ properties: [{ name: 'title', type: 'string', isSearchable: true, isRetrievable: true }] })));
    expect(findingsOf(report, 'graph.schema-copilot-labels')[0].message).toContain('title, url, iconUrl');
  });
});
