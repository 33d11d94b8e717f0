import { describe, expect, it } from 'vitest';
import { domainProblems } from '../../src/engine/rules/teams/shared/domains.js';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

const withDomains = (...validDomains: string[]) => teamsPackage(validManifest({ validDomains }));

describe('validDomains rules', () => {
  it.each([
    ['teams.valid-domains-host-only', 'https://orders.contoso.com'],
    ['teams.valid-domains-host-only', 'orders.contoso.com/api'],
    ['teams.valid-domains-tld', '*.com'],
    ['teams.valid-domains-tld', 'org'],
    ['teams.valid-domains-blocked', '*.microsoft.com'],
    ['teams.valid-domains-blocked', '*.onmicrosoft.com'],
    ['teams.valid-domains-blocked', '*.botframework.com'],
    ['teams.valid-domains-wildcard-shape', 'orders.*.contoso.com'],
    ['teams.valid-domains-wildcard-shape', 'app*.contoso.com'],
    ['teams.valid-domains-tunnel', 'abc123.ngrok.io'],
    ['teams.valid-domains-shared-host', '*.herokuapp.com'],
  ])('%s reports %s at its pointer', async (id, domain) => {
    const [f, ...rest] = findingsOf(await check(withDomains('orders.contoso.com', domain)), id);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', pointer: '/validDomains/1', audiences: ['multitenant'] });
  });

  it('passes host names you control, token.botframework.com and context tokens', async () => {
    const report = await check(withDomains('orders.contoso.com', '*.contoso.com', '*.*.contoso.com', 'token.botframework.com', '{teamSiteDomain}', 'myapp.azurewebsites.net'));
    const ids = [
      'teams.valid-domains-host-only',
      'teams.valid-domains-tld',
      'teams.valid-domains-blocked',
      'teams.valid-domains-wildcard-shape',
      'teams.valid-domains-tunnel',
      'teams.valid-domains-shared-host',
    ];
    for (const id of ids) expect(findingsOf(report, id)).toEqual([]);
  });

  it('does not report a blocked wildcard twice as a shared host', () => {
    expect(domainProblems('*.azurewebsites.net').map((p) => p.problem)).toEqual(['blocked']);
  });
});

describe("'teams.message-handler-domains'", () => {
  const withHandler = (domains: string[]) => {
    const m = validManifest();
    (m.composeExtensions as any)[0].messageHandlers = [{ type: 'link', value: { domains } }];
    return teamsPackage(m);
  };
  it('passes owned domains', async () => {
    expect(findingsOf(await check(withHandler(['orders.contoso.com'])), 'teams.message-handler-domains')).toEqual([]);
  });
  it('reports the toolkit template value *.botframework.com', async () => {
    const [f] = findingsOf(await check(withHandler(['orders.contoso.com', '*.botframework.com'])), 'teams.message-handler-domains');
    expect(f.pointer).toBe('/composeExtensions/0/messageHandlers/0/value/domains/1');
  });
});
