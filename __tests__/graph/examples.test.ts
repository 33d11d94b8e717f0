// The project's own Graph connector examples: the valid ones pass, the broken one fails on what it breaks.
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/check.js';

const run = async (path: string) => (await checkPaths([path], { audience: 'both', toolVersion: 'test', cwd: process.cwd() })).report.packages;

describe('Graph connector examples', () => {
  it('the standalone definition has no finding and is eligible for one organisation only', async () => {
    const [p] = await run('examples/graph-connectors/fabrikam-knowledge-base.json');
    expect(p.kind).toBe('graph-connector');
    expect(p.findings).toEqual([]);
    expect(p.routes.map((r) => [r.audience, r.channel, r.eligible])).toEqual([
      ['single-tenant', 'admin-center-graph-connectors', true],
      ['multitenant', 'partner-center-teams-app', false],
    ]);
  });

  it('the broken definition fails on its ids, resolver, template and schema', async () => {
    const [p] = await run('examples/graph-connectors/broken/fabrikam-knowledge-base-broken.json');
    const errors = new Set(p.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    for (const id of ['graph.connection-id-charset', 'graph.connection-content-category', 'graph.resolver-type', 'graph.resolver-pattern', 'graph.resolver-base-urls', 'graph.template-id', 'graph.template-layout', 'graph.schema-property-name', 'graph.schema-searchable-refinable', 'graph.schema-searchable-type', 'graph.schema-label-retrievable', 'graph.schema-label-once', 'graph.schema-property-type']) {
      expect(errors).toContain(id);
    }
    expect(p.routes.every((r) => !r.eligible)).toBe(true);
  });

  it('searching the examples folder finds both definitions as separate packages', async () => {
    const packages = await run('examples/graph-connectors');
    expect(packages.map((p) => [p.path, p.kind])).toEqual([
      ['examples/graph-connectors/broken/fabrikam-knowledge-base-broken.json', 'graph-connector'],
      ['examples/graph-connectors/fabrikam-knowledge-base.json', 'graph-connector'],
    ]);
  });

  it('the Teams app with a Graph connector has no error or warning and is eligible for both routes', async () => {
    const [p] = await run('examples/teams/graph-connector-app');
    expect(p.kind).toBe('teams-app');
    expect(p.capabilities).toEqual(['graph-connector']);
    expect(p.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(p.routes.map((r) => r.eligible)).toEqual([true, true]);
  });
});
