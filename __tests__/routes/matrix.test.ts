// Every kind × audience: the channel, the verdict, the blockers, the prerequisites and the steps a clean package gets.
import { describe, expect, it } from 'vitest';
import type { Audience, AudienceOption, PackageReport, Route } from '../../src/engine/types.js';
import { agentPackage, apiMePackage } from '../helpers/copilot-packages.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { graphConnectorTeamsPackage, graphPackage } from '../helpers/graph-packages.js';
import { check, teamsPackage, type FileRecord } from '../helpers/packages.js';

interface Expected {
  channel: Route['channel'];
  eligible: boolean;
  blockers: string[];
  /** Text every prerequisite list must hold (the facts no file can show). */
  prerequisites: string[];
  firstStep: string;
  /** Text the steps hold in order (place to click, then what happens after). */
  steps: string[];
  next: string;
}

const ADMIN_CENTER_STEP = 'Microsoft 365 admin center (admin.microsoft.com) > Settings > Integrated apps > Upload custom apps';
const PARTNER_CENTER_STEP = 'Partner Center (partner.microsoft.com) > Marketplace offers > Microsoft 365 and Copilot > + New offer > Teams app, the offer type "Apps and agents for Microsoft 365 and Copilot"';

const TEAMS_SINGLE: Expected = {
  channel: 'admin-center-integrated-apps',
  eligible: true,
  blockers: [],
  prerequisites: ['Global Administrator or Application Administrator', 'Teams admin center > Teams apps > Manage apps > Upload new app'],
  firstStep: ADMIN_CENTER_STEP,
  steps: [ADMIN_CENTER_STEP, 'accept the permissions it requests, then Deploy', 'Settings > Integrated apps'],
  next: ADMIN_CENTER_STEP,
};

const TEAMS_MULTI: Expected = {
  channel: 'partner-center-teams-app',
  eligible: true,
  blockers: [],
  prerequisites: ['"Microsoft 365 and Copilot" program', 'Publisher verification', 'policies 100 (General) and 1140 (Teams), including 1140.9', 'Teams Store validation guidelines'],
  firstStep: PARTNER_CENTER_STEP,
  steps: [PARTNER_CENTER_STEP, 'Microsoft validates the app', 'ready for IT enablement', 'Agent Store of Microsoft 365 Copilot'],
  next: PARTNER_CENTER_STEP,
};

const CASES: Array<{ name: string; kind: PackageReport['kind']; record: () => FileRecord; expect: Record<Audience, Expected> }> = [
  { name: 'message extension plugin', kind: 'teams-app', record: () => teamsPackage(), expect: { 'single-tenant': TEAMS_SINGLE, multitenant: TEAMS_MULTI } },
  {
    name: 'declarative agent with an API plugin',
    kind: 'teams-app',
    record: () => agentPackage(),
    expect: {
      'single-tenant': { ...TEAMS_SINGLE, prerequisites: [...TEAMS_SINGLE.prerequisites, 'Responsible AI validation checks'] },
      multitenant: {
        ...TEAMS_MULTI,
        prerequisites: [...TEAMS_MULTI.prerequisites, 'store validation guidelines for agents', 'Responsible AI validation checks', '9 s for 99%', '99.9% availability', 'Copilot in Word', 'listing screenshot'],
      },
    },
  },
  { name: 'API-based message extension', kind: 'teams-app', record: () => apiMePackage(), expect: { 'single-tenant': TEAMS_SINGLE, multitenant: TEAMS_MULTI } },
  {
    name: 'Copilot (Graph) connector inside a Teams app',
    kind: 'teams-app',
    record: () => graphConnectorTeamsPackage(),
    expect: {
      'single-tenant': { ...TEAMS_SINGLE, steps: [ADMIN_CENTER_STEP, 'Deploy', 'Microsoft Graph posts to the graphConnector notificationUrl', 'Settings > Integrated apps'] },
      multitenant: { ...TEAMS_MULTI, prerequisites: [...TEAMS_MULTI.prerequisites, 'apps extended across Microsoft 365 clients'] },
    },
  },
  {
    name: 'Power Platform connector',
    kind: 'power-platform-connector',
    record: () => connectorPackage(),
    expect: {
      'single-tenant': {
        channel: 'power-apps-share',
        eligible: true,
        blockers: [],
        prerequisites: ['"M365 Copilot" feature', 'Environments > Product > Settings > Features', '"Dynamics 365 and Copilot Studio" app', 'Settings > Integrated apps > Available apps'],
        firstStep: 'Power Apps (make.powerapps.com) > Custom connectors',
        steps: ['Import an OpenAPI file', 'Share', 'Microsoft 365 Copilot'],
        next: 'Power Apps (make.powerapps.com) > Custom connectors',
      },
      multitenant: {
        channel: 'partner-center-power-platform-connector',
        eligible: true,
        blockers: [],
        prerequisites: ['"Microsoft 365 and Copilot" program', 'Power Platform Connector offer', 'prepared for certification'],
        firstStep: 'Partner Center (partner.microsoft.com) > Marketplace offers > Microsoft 365 and Copilot > + New offer > Power Platform Connector',
        steps: ['Power Platform Connector', 'Microsoft certifies', 'Power Automate, Power Apps, Logic Apps and Copilot Studio'],
        next: 'Partner Center (partner.microsoft.com)',
      },
    },
  },
  {
    name: 'standalone Copilot (Graph) connector',
    kind: 'graph-connector',
    record: () => graphPackage(),
    expect: {
      'single-tenant': {
        channel: 'admin-center-graph-connectors',
        eligible: true,
        blockers: [],
        prerequisites: ['ExternalConnection.ReadWrite.OwnedBy', 'Search Administrator or Global Administrator'],
        firstStep: 'Create the connection from this definition',
        steps: ['POST /external/connections', 'Settings > Search & intelligence > Data sources', 'Microsoft 365 Copilot'],
        next: 'Create the connection from this definition',
      },
      multitenant: {
        channel: 'partner-center-teams-app',
        eligible: false,
        blockers: ['route.standalone-graph-connector'],
        prerequisites: ['"Microsoft 365 and Copilot" program', 'Publisher verification'],
        firstStep: 'Package the connector in a Teams app',
        steps: ['"graphConnector"', 'publisher verification', '"Apps and agents for Microsoft 365 and Copilot" offer'],
        next: 'Package the connector in a Teams app',
      },
    },
  },
];

function inOrder(texts: readonly string[], wanted: readonly string[]): boolean {
  let i = 0;
  for (const w of wanted) {
    while (i < texts.length && !texts[i].includes(w)) i++;
    if (i === texts.length) return false;
  }
  return true;
}

describe.each(CASES)('$name', (c) => {
  it.each<AudienceOption>(['single-tenant', 'multitenant'])('%s: channel, verdict, blockers, prerequisites and steps', async (audience) => {
    const report = await check(c.record(), { audience });
    const e = c.expect[audience as Audience];
    expect(report.kind).toBe(c.kind);
    expect(report.routes).toHaveLength(1);
    const [route] = report.routes;
    expect(route.audience).toBe(audience);
    expect(route.channel).toBe(e.channel);
    expect(route.eligible).toBe(e.eligible);
    expect(route.blockers.map((b) => b.ruleId)).toEqual(e.blockers);
    for (const p of e.prerequisites) expect(route.prerequisites.some((t) => t.includes(p)), p).toBe(true);
    // Capabilities that add the same item (an agent with an API plugin) add it once.
    expect(new Set(route.prerequisites).size).toBe(route.prerequisites.length);
    expect(new Set(route.steps).size).toBe(route.steps.length);
    expect(route.steps[0]).toContain(e.firstStep);
    expect(inOrder(route.steps, e.steps), route.steps.join('\n')).toBe(true);
    expect(route.next).toContain(e.next);
    // Every prerequisite and step has its Microsoft page.
    expect(route.docs?.guide).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(route.docs?.prerequisites).toHaveLength(route.prerequisites.length);
    expect(route.docs?.steps).toHaveLength(route.steps.length);
    for (const url of [...route.docs!.prerequisites, ...route.docs!.steps]) expect(url).toMatch(/^https:\/\//);
  });

  it('both: one route per audience, in order, each the same as when asked alone', async () => {
    const both = await check(c.record(), { audience: 'both' });
    expect(both.routes.map((r) => r.audience)).toEqual(['single-tenant', 'multitenant']);
    for (const r of both.routes) {
      const alone = await check(c.record(), { audience: r.audience });
      expect(alone.routes[0]).toEqual(r);
    }
  });
});

describe('an unrecognised package', () => {
  it('gets channel none, not eligible, with the way to give a package', async () => {
    const report = await check({ 'notes.txt': 'hello' });
    expect(report.kind).toBe('unknown');
    for (const r of report.routes) {
      expect(r.channel).toBe('none');
      expect(r.eligible).toBe(false);
      expect(r.next).toContain('Give the path of a Teams app package');
    }
  });
});
