// Graph connectors inside Teams apps: every rule with a package that breaks it and one that does not.
import { describe, expect, it } from 'vitest';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';
import { checkGraph, graphConnectorManifest, graphConnectorTeamsPackage } from '../helpers/graph-packages.js';

type Json = Record<string, unknown>;
const withConnector = (graphConnector: unknown, extra: Json = {}) => graphConnectorTeamsPackage(graphConnectorManifest({ graphConnector, ...extra }));

describe('Graph connector in a Teams app', () => {
  const cases: Array<[string, string, () => ReturnType<typeof teamsPackage>, string]> = [
    ['graph.teams-notification-url-required', 'no notificationUrl', () => withConnector({}), '/graphConnector'],
    ['graph.teams-notification-url-required', 'an extra key', () => withConnector({ notificationUrl: 'https://orders.contoso.com/n', ticket: 'x' }), '/graphConnector/ticket'],
    ['graph.teams-notification-url-required', 'not an object', () => withConnector('https://orders.contoso.com/n'), '/graphConnector'],
    ['graph.teams-notification-url-format', 'a placeholder', () => withConnector({ notificationUrl: '${{NOTIFICATION_ENDPOINT}}/api/notification' }), '/graphConnector/notificationUrl'],
    ['graph.teams-notification-url-format', 'a relative path', () => withConnector({ notificationUrl: '/api/notification' }), '/graphConnector/notificationUrl'],
    ['graph.teams-notification-url-format', 'a number', () => withConnector({ notificationUrl: 42 }), '/graphConnector/notificationUrl'],
    ['graph.teams-notification-url-https', 'http', () => withConnector({ notificationUrl: 'http://orders.contoso.com/api/notification' }), '/graphConnector/notificationUrl'],
    ['graph.teams-notification-url-length', '2,100 characters', () => withConnector({ notificationUrl: `https://orders.contoso.com/${'a'.repeat(2100)}` }), '/graphConnector/notificationUrl'],
    ['graph.teams-webapp-id', 'no webApplicationInfo', () => withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { webApplicationInfo: undefined }), '/graphConnector'],
    ['graph.teams-webapp-id', 'no id', () => withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { webApplicationInfo: { resource: 'api://x' } }), '/webApplicationInfo'],
    ['graph.teams-webapp-id', 'a placeholder id', () => withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { webApplicationInfo: { id: '${{AAD_APP_CLIENT_ID}}', resource: 'api://x' } }), '/webApplicationInfo/id'],
    ['graph.teams-store-guidance-conflict', 'any graphConnector', () => graphConnectorTeamsPackage(), '/graphConnector'],
  ];

  it.each(cases)('%s fires on %s', async (ruleId, _what, build, pointer) => {
    const found = findingsOf(await checkGraph(build()), ruleId);
    expect(found.map((f) => f.pointer)).toEqual([pointer]);
    expect(found[0].file).toBe('manifest.json');
    expect(found[0].line).toBeGreaterThan(0);
  });

  it.each([...new Set(cases.map((c) => c[0]))].filter((id) => id !== 'graph.teams-store-guidance-conflict'))(
    '%s is silent on the valid Graph connector app',
    async (ruleId) => {
      expect(findingsOf(await checkGraph(graphConnectorTeamsPackage()), ruleId)).toEqual([]);
    },
  );

  it('no graph rule fires on a Teams app without graphConnector (not even the store notice)', async () => {
    const report = await checkGraph(teamsPackage(validManifest()));
    expect(report.findings).toEqual([]);
    expect(report.capabilities).not.toContain('graph-connector');
  });

  it("'graph.teams-admin-version': an error for multitenant and a warning for one organisation below 1.13", async () => {
    const report = await checkGraph(withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { manifestVersion: '1.12', $schema: undefined }));
    const found = findingsOf(report, 'graph.teams-admin-version');
    expect(found.map((f) => [f.severity, f.audiences])).toEqual([
      ['error', ['multitenant']],
      ['warning', ['single-tenant']],
    ]);
    for (const v of ['1.13', '1.16', 'devPreview']) {
      const ok = await checkGraph(withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { manifestVersion: v }));
      expect(findingsOf(ok, 'graph.teams-admin-version')).toEqual([]);
    }
    // Below 1.11 the Teams feature-version rule speaks, once.
    const old = await checkGraph(withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { manifestVersion: '1.10' }));
    expect(findingsOf(old, 'graph.teams-admin-version')).toEqual([]);
    const all = await check(withConnector({ notificationUrl: 'https://orders.contoso.com/n' }, { manifestVersion: '1.10' }));
    expect(findingsOf(all, 'teams.manifest-feature-version').map((f) => f.pointer)).toEqual(['/graphConnector']);
  });

  it('a placeholder notificationUrl is not also reported as http, and an upper-case GUID is a GUID', async () => {
    const report = await checkGraph(
      withConnector({ notificationUrl: '${{NOTIFICATION_ENDPOINT}}/api/notification' }, { webApplicationInfo: { id: 'D44726FD-5F54-45AE-94DF-0E0A1A0291CC', resource: 'api://x' } }),
    );
    expect(findingsOf(report, 'graph.teams-notification-url-https')).toEqual([]);
    expect(findingsOf(report, 'graph.teams-webapp-id')).toEqual([]);
  });

  it('Teams-side errors apply to both audiences', async () => {
    const report = await checkGraph(withConnector({ notificationUrl: 'nope' }));
    const [f] = findingsOf(report, 'graph.teams-notification-url-format');
    expect(f.audiences).toEqual(['single-tenant', 'multitenant']);
    expect(report.routes.every((r) => !r.eligible)).toBe(true);
  });
});
