// The multitenant route of a Power Platform connector follows its track: a verified publisher (the service owner)
// submits in Partner Center, an independent publisher by a pull request to microsoft/PowerPlatformConnectors.
import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/engine/types.js';
import { connectorPackage, customConnectorPackage, ipConnectorPackage } from '../helpers/connector-packages.js';
import { check } from '../helpers/packages.js';

const store = (routes: Route[]) => routes.find((r) => r.audience === 'multitenant')!;

describe('connector routes by class', () => {
  it('an independent publisher connector goes by a pull request to microsoft/PowerPlatformConnectors', async () => {
    const report = await check(ipConnectorPackage());
    const route = store(report.routes);
    expect(route.channel).toBe('github-power-platform-connectors');
    expect(route.eligible).toBe(true);
    expect(route.next).toMatch(/pull request against the dev branch of microsoft\/PowerPlatformConnectors .*independent-publisher-connectors\//);
    expect(route.steps.join('\n')).not.toMatch(/Partner Center/);
    expect(route.prerequisites.join('\n')).toMatch(/Verified credentials/);
    expect(route.prerequisites.join('\n')).toMatch(/manifesto/);
    expect(route.docs?.guide).toBe('https://learn.microsoft.com/connectors/custom-connectors/certification-submission-ip');
    expect(route.docs?.steps).toHaveLength(route.steps.length);
    // One organisation is still Power Apps sharing.
    expect(report.routes[0].channel).toBe('power-apps-share');
  });

  it('a verified publisher connector goes through Partner Center, without the independent publisher aside', async () => {
    const route = store((await check(connectorPackage())).routes);
    expect(route.channel).toBe('partner-center-power-platform-connector');
    expect(route.steps[0]).toMatch(/^Partner Center .*New offer > Power Platform Connector/);
    expect(route.prerequisites.join('\n')).not.toMatch(/independent publisher/i);
    expect(route.docs?.guide).toBe('https://learn.microsoft.com/connectors/custom-connectors/certification-workflow');
  });

  it("a tenant's own connector is told both ways to every organisation", async () => {
    const route = store((await check(customConnectorPackage())).routes);
    expect(route.channel).toBe('partner-center-power-platform-connector');
    expect(route.prerequisites.join('\n')).toMatch(/independent publisher .* pull request to microsoft\/PowerPlatformConnectors/);
  });
});
