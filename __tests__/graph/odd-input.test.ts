// Rules never throw on odd input: every graph rule runs over values of the wrong type without an internal error.
import { describe, expect, it } from 'vitest';
import { checkGraph, graphConnectorManifest, graphConnectorTeamsPackage, graphPackage, validConnection } from '../helpers/graph-packages.js';

const odd = [null, 0, -1, 1e300, true, 'x', '', [], {}, [null], [{}], { a: null }];

describe('odd input', () => {
  it.each(odd.map((v) => [JSON.stringify(v), v]))('connection and schema values of %s', async (_label, v) => {
    const definitions = [
      validConnection({ id: v, name: v, description: v, contentCategory: v, configuration: { authorizedAppIds: v }, connectorId: v }),
      validConnection({ activitySettings: v, searchSettings: v }),
      validConnection({ activitySettings: { urlToItemResolvers: [v, { urlMatchInfo: v, itemId: v, priority: v }] } }),
      validConnection({ activitySettings: { urlToItemResolvers: [{ urlMatchInfo: { baseUrls: v, urlPattern: v } }] } }),
      validConnection({ searchSettings: { searchResultTemplates: [v, { id: v, priority: v, layout: v, rules: [v, { property: v, operation: v, values: v }] }] } }),
      { baseType: v, properties: [v, { name: v, type: v, labels: v, aliases: v, isSearchable: v, description: v }, { name: 'n', type: 'string', labels: [v], aliases: [v] }] },
      { id: 'abc', schema: v, searchSettings: {} },
    ];
    for (const d of definitions) {
      const report = await checkGraph(graphPackage(d));
      expect(report.findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
    }
    const teams = await checkGraph(graphConnectorTeamsPackage(graphConnectorManifest({ graphConnector: v, webApplicationInfo: v, manifestVersion: v })));
    expect(teams.findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
  });
});
