// Structural facts: what the package is decides a route whatever its files say. Each fact has a package that
// triggers it and one that does not.
import { describe, expect, it } from 'vitest';
import { routeFacts } from '../../src/engine/routes/facts.js';
import { ROUTE_RULES } from '../../src/engine/routes/route-rules.js';
import { agentManifest, agentPackage } from '../helpers/copilot-packages.js';
import { graphConnectorTeamsPackage, graphPackage, graphConnectorManifest } from '../helpers/graph-packages.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { check, teamsPackage, validManifest } from '../helpers/packages.js';

const schema = (v: string) => `https://developer.microsoft.com/json-schemas/teams/v${v}/MicrosoftTeams.schema.json`;
const at = (v: string) => ({ manifestVersion: v, $schema: v === 'devPreview' ? 'https://developer.microsoft.com/json-schemas/teams/vDevPreview/MicrosoftTeams.schema.json' : schema(v) });
const tabOnly = (v: string) =>
  validManifest({ ...at(v), composeExtensions: undefined, staticTabs: [{ entityId: 'orders', name: 'Orders', contentUrl: 'https://orders.contoso.com/tab', scopes: ['personal'] }] });
const route = (r: Awaited<ReturnType<typeof check>>, a: 'single-tenant' | 'multitenant') => r.routes.find((x) => x.audience === a)!;
// Route facts only: other rules left out so the verdict shows the fact alone.
const facts = (record: Parameters<typeof check>[0]) => check(record, { rules: [] });

describe("'route.standalone-graph-connector'", () => {
  it('closes the store route of a standalone definition and gives the way forward', async () => {
    const r = await facts(graphPackage());
    const mt = route(r, 'multitenant');
    expect(mt.eligible).toBe(false);
    expect(mt.blockers).toEqual([expect.objectContaining({ ruleId: 'route.standalone-graph-connector' })]);
    expect(mt.blockers[0].message).toContain('inside a Microsoft 365 app package (a Teams app) from a verified publisher');
    expect(mt.next).toContain('Package the connector in a Teams app');
    expect(route(r, 'single-tenant').eligible).toBe(true);
    // A fact, not a finding: it is in no count.
    expect(r.findings.map((f) => f.ruleId)).not.toContain('route.standalone-graph-connector');
  });

  it('does not touch a connector packaged in a Teams app', async () => {
    const r = await facts(graphConnectorTeamsPackage());
    expect(r.routes.every((x) => x.eligible)).toBe(true);
    expect(r.routes.flatMap((x) => x.blockers)).toEqual([]);
  });
});

describe("'route.manifest-copilot-version'", () => {
  it('blocks the store for a message extension below 1.13 and leaves one organisation open with a caution', async () => {
    const r = await facts(teamsPackage(validManifest(at('1.12'))));
    const mt = route(r, 'multitenant');
    expect(mt.eligible).toBe(false);
    expect(mt.blockers.map((b) => b.ruleId)).toEqual(['route.manifest-copilot-version']);
    expect(mt.blockers[0].message).toContain('manifestVersion 1.12 is too old for an app that extends Microsoft 365 Copilot (message-extension)');
    expect(mt.next).toContain('Raise manifestVersion to 1.13 or later');
    const st = route(r, 'single-tenant');
    expect(st.eligible).toBe(true);
    expect(st.cautions?.map((c) => c.ruleId)).toEqual(['route.manifest-teams-only']);
  });

  it('passes at 1.13', async () => {
    const r = await facts(teamsPackage(validManifest(at('1.13'))));
    expect(r.routes.every((x) => x.eligible && !x.cautions)).toBe(true);
  });

  it('is a blocker beside the manifest rules’ warnings when every rule runs', async () => {
    const r = await check(teamsPackage(validManifest(at('1.12'))), { audience: 'multitenant' });
    expect(r.routes[0].blockers.map((b) => b.ruleId)).toContain('route.manifest-copilot-version');
  });
});

describe("'route.manifest-teams-only'", () => {
  it('cautions both routes of a tab app below 1.13 without blocking them', async () => {
    const r = await facts(teamsPackage(tabOnly('1.12')));
    for (const x of r.routes) {
      expect(x.eligible).toBe(true);
      expect(x.cautions).toEqual([expect.objectContaining({ ruleId: 'route.manifest-teams-only' })]);
      expect(x.cautions![0].message).toContain('Teams only');
    }
  });

  it('stays silent from 1.13', async () => {
    const r = await facts(teamsPackage(tabOnly('1.16')));
    expect(r.routes.every((x) => x.cautions === undefined)).toBe(true);
  });
});

describe("'route.agent-dev-preview'", () => {
  it('blocks the store for a declarative agent on devPreview', async () => {
    const r = await facts(agentPackage({ manifest: agentManifest(at('devPreview')) }));
    const mt = route(r, 'multitenant');
    expect(mt.blockers.map((b) => b.ruleId)).toEqual(['route.agent-dev-preview']);
    expect(mt.next).toContain('released version (1.19 or later');
    expect(route(r, 'single-tenant').eligible).toBe(true);
  });

  it('passes a declarative agent on 1.19, and a devPreview app without an agent', async () => {
    expect((await facts(agentPackage())).routes.every((x) => x.eligible)).toBe(true);
    expect((await facts(teamsPackage(validManifest(at('devPreview'))))).routes.every((x) => x.eligible)).toBe(true);
  });
});

describe('route facts', () => {
  it('are none for a Power Platform connector', async () => {
    expect(routeFacts({ kind: 'power-platform-connector', capabilities: [] })).toEqual([]);
    expect((await facts(connectorPackage())).routes.every((x) => x.eligible)).toBe(true);
  });

  it('ignore an unreadable manifest version', () => {
    expect(routeFacts({ kind: 'teams-app', capabilities: ['message-extension'], manifest: { manifestVersion: 'one point twelve' } })).toEqual([]);
    expect(routeFacts({ kind: 'teams-app', capabilities: ['message-extension'], manifest: null })).toEqual([]);
  });

  it('have rule metadata with a Microsoft page', () => {
    for (const r of ROUTE_RULES) {
      expect(r.id).toMatch(/^route\.[a-z0-9-]+$/);
      expect(r.docs).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      expect(r.description?.length).toBeGreaterThan(20);
    }
  });

  it('keep a Graph connector app below 1.13 off the store', async () => {
    const r = await facts(graphConnectorTeamsPackage(graphConnectorManifest(at('1.12'))));
    expect(route(r, 'multitenant').blockers[0].message).toContain('(message-extension, graph-connector)');
  });
});
