// activitySettings (URL-to-item resolvers) and searchSettings (result templates).
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/packages.js';
import { checkGraph, graphPackage, validConnection, validDefinition, validResolver, validTemplate } from '../helpers/graph-packages.js';
import type { Severity } from '../../src/engine/types.js';

type Json = Record<string, unknown>;
const R = '/activitySettings/urlToItemResolvers/0';
const T = '/searchSettings/searchResultTemplates/0';
const withResolvers = (...resolvers: unknown[]) => graphPackage(validDefinition(validConnection({ activitySettings: { urlToItemResolvers: resolvers } })));
const withResolver = (overrides: Json) => withResolvers(validResolver(overrides));
const withMatch = (urlMatchInfo: unknown) => withResolver({ urlMatchInfo });
const withTemplates = (...templates: unknown[]) => graphPackage(validDefinition(validConnection({ searchSettings: { searchResultTemplates: templates } })));
const withTemplate = (overrides: Json) => withTemplates(validTemplate(overrides));
const withRule = (rule: Json) => withTemplate({ rules: [{ property: 'status', operation: 'equals', valuesJoinedBy: 'or', values: ['open'], ...rule }] });

// [rule, what breaks it, package, pointers, severity]
const cases: Array<[string, string, () => Record<string, unknown>, string[], Severity]> = [
  ['graph.resolvers-present', 'no activitySettings', () => graphPackage(validDefinition(validConnection({ activitySettings: undefined }))), [''], 'warning'],
  ['graph.resolvers-present', 'an empty list', () => withResolvers(), ['/activitySettings'], 'warning'],
  ['graph.resolver-type', 'no @odata.type', () => withResolver({ '@odata.type': undefined }), [R], 'error'],
  ['graph.resolver-type', 'the base type', () => withResolver({ '@odata.type': '#microsoft.graph.externalConnectors.urlToItemResolverBase' }), [`${R}/@odata.type`], 'error'],
  ['graph.resolver-fields', 'a string entry', () => withResolvers('{ticketId}'), [R], 'error'],
  ['graph.resolver-fields', 'a fractional priority', () => withResolver({ priority: 1.5 }), [`${R}/priority`], 'error'],
  ['graph.resolver-fields', 'no itemId', () => withResolver({ itemId: undefined }), [R], 'error'],
  ['graph.resolver-fields', 'no urlMatchInfo', () => withResolver({ urlMatchInfo: undefined }), [R], 'error'],
  ['graph.resolver-fields', 'no baseUrls or urlPattern', () => withMatch({}), [`${R}/urlMatchInfo`, `${R}/urlMatchInfo`], 'error'],
  ['graph.resolver-pattern', 'a pattern that does not compile', () => withMatch({ baseUrls: ['https://desk.contoso.com'], urlPattern: '/tickets/(?<ticketId>[0-9+' }), [`${R}/urlMatchInfo/urlPattern`], 'error'],
  ['graph.resolver-pattern', 'a placeholder without a group', () => withResolver({ itemId: '{ticket}' }), [`${R}/itemId`], 'error'],
  ['graph.resolver-pattern', 'no named group at all', () => withResolver({ itemId: 'fixed', urlMatchInfo: { baseUrls: ['https://desk.contoso.com'], urlPattern: '/tickets/[0-9]+' } }), [`${R}/urlMatchInfo/urlPattern`], 'error'],
  ['graph.resolver-base-urls', 'an empty list', () => withMatch({ baseUrls: [], urlPattern: '/t/(?<ticketId>[0-9]+)' }), [`${R}/urlMatchInfo/baseUrls`], 'error'],
  ['graph.resolver-base-urls', 'a host without a scheme', () => withMatch({ baseUrls: ['desk.contoso.com'], urlPattern: '/t/(?<ticketId>[0-9]+)' }), [`${R}/urlMatchInfo/baseUrls/0`], 'warning'],
  ['graph.resolver-priority-distinct', 'two resolvers with priority 1', () => withResolvers(validResolver(), validResolver()), ['/activitySettings/urlToItemResolvers/1/priority'], 'notice'],
  ['graph.templates-max', 'three templates', () => withTemplates(validTemplate({ id: 'a' }), validTemplate({ id: 'b', priority: 2 }), validTemplate({ id: 'c', priority: 3 })), ['/searchSettings/searchResultTemplates/2'], 'error'],
  ['graph.template-id', 'a 17-character id', () => withTemplate({ id: 'a'.repeat(17) }), [`${T}/id`], 'error'],
  ['graph.template-id', 'a hyphen', () => withTemplate({ id: 'ticket-card' }), [`${T}/id`], 'error'],
  ['graph.template-id', 'a string entry', () => withTemplates('card'), [T], 'error'],
  ['graph.template-priority', 'a negative priority', () => withTemplate({ priority: -1 }), [`${T}/priority`], 'error'],
  ['graph.template-priority', 'priority 0', () => withTemplate({ priority: 0 }), [`${T}/priority`], 'warning'],
  ['graph.template-priority', 'no priority', () => withTemplate({ priority: undefined }), [T], 'error'],
  ['graph.template-layout', 'no layout', () => withTemplate({ layout: undefined }), [T], 'error'],
  ['graph.template-layout', 'a card of the wrong type without version', () => withTemplate({ layout: { type: 'Card', body: [] } }), [`${T}/layout`, `${T}/layout/type`], 'error'],
  ['graph.template-rules', 'a property not in the schema', () => withRule({ property: 'priority' }), [`${T}/rules/0/property`], 'error'],
  ['graph.template-rules', 'an unknown operation', () => withRule({ operation: 'like' }), [`${T}/rules/0/operation`], 'error'],
  ['graph.template-rules', 'an unknown join', () => withRule({ valuesJoinedBy: 'xor' }), [`${T}/rules/0/valuesJoinedBy`], 'error'],
  ['graph.template-rules', 'no values', () => withRule({ values: [] }), [`${T}/rules/0/values`], 'error'],
  ['graph.template-rules', 'rules that are not an array', () => withTemplate({ rules: {} }), [`${T}/rules`], 'error'],
];

describe('activitySettings and searchSettings rules', () => {
  it.each(cases)('%s fires on %s', async (ruleId, _what, build, pointers, severity) => {
    const found = findingsOf(await checkGraph(build()), ruleId);
    expect(found.map((f) => f.pointer)).toEqual(pointers);
    expect(found.every((f) => f.severity === severity)).toBe(true);
  });

  it.each([...new Set(cases.map((c) => c[0]))])('%s is silent on the valid definition', async (ruleId) => {
    expect(findingsOf(await checkGraph(graphPackage()), ruleId)).toEqual([]);
  });

  it('compiles a catastrophic pattern without running it, and accepts the bare @odata.type name', async () => {
    const report = await checkGraph(
      withResolver({
        '@odata.type': 'microsoft.graph.externalConnectors.itemIdResolver',
        urlMatchInfo: { baseUrls: ['https://desk.contoso.com'], urlPattern: '^(?<ticketId>(a+)+)+$' },
      }),
    );
    expect(findingsOf(report, 'graph.resolver-pattern')).toEqual([]);
    expect(findingsOf(report, 'graph.resolver-type')).toEqual([]);
  });

  it('refuses to compile a pattern past the length bound, and lists the groups a pattern has', async () => {
    const long = await checkGraph(withMatch({ baseUrls: ['https://desk.contoso.com'], urlPattern: `(?<ticketId>${'a'.repeat(5000)})` }));
    const [tooLong] = findingsOf(long, 'graph.resolver-pattern');
    expect([tooLong.severity, tooLong.message]).toEqual(['warning', expect.stringContaining('5013 characters')]);
    const named = await checkGraph(withResolver({ itemId: '{id}/{rev}' }));
    expect(findingsOf(named, 'graph.resolver-pattern')[0].message).toMatch(/"\{id\}", "\{rev\}".*"ticketId"/);
  });

  it('checks template rule properties only when the schema is known', async () => {
    const report = await checkGraph(graphPackage(validConnection({ searchSettings: { searchResultTemplates: [validTemplate({ rules: [{ property: 'anything', operation: 'equals', valuesJoinedBy: 'or', values: ['x'] }] })] } })));
    expect(findingsOf(report, 'graph.template-rules')).toEqual([]);
  });
});
