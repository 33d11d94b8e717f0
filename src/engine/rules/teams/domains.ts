// validDomains and message handler domains: host names you control, no wildcards over others' domains.
import { defineRule, MULTITENANT, type Rule } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { domainEntries, domainProblems, hostOnlyFix, type DomainProblem } from './shared/domains.js';

function validDomainsRule(id: string, problem: DomainProblem, title: string, description: string): Rule {
  return defineRule({
    id,
    title,
    severity: 'warning',
    audiences: MULTITENANT,
    kinds: ['teams-app'],
    docs: DOCS.storeValidation,
    description,
    *check({ manifest }) {
      const entries = domainEntries(manifest?.value, 'validDomains');
      for (const entry of entries) {
        for (const p of domainProblems(entry.value)) {
          if (p.problem !== problem) continue;
          const fix = problem === 'scheme-or-path' ? hostOnlyFix(entry, entries) : undefined;
          yield { file: 'manifest.json', pointer: entry.pointer, message: `validDomains entry "${entry.value}": ${p.detail}.`, ...(fix ? { fix } : {}) };
        }
      }
    },
  });
}

export const domainNoScheme = validDomainsRule(
  'teams.valid-domains-host-only',
  'scheme-or-path',
  'validDomains entries are host names, without scheme or path',
  'The guidelines ask for domains, not URLs: no https:// and no path. Teams matches entries against host names, so a URL entry allows nothing.',
);
export const domainNoTld = validDomainsRule(
  'teams.valid-domains-tld',
  'tld-wildcard',
  'validDomains has no bare or wildcard top-level domain',
  'Entries such as *.com, .org or in cover domains outside your organisation; the guidelines forbid them.',
);
export const domainBlocked = validDomainsRule(
  'teams.valid-domains-blocked',
  'blocked',
  'validDomains lists no Microsoft or shared domain the guidelines forbid',
  'Never *.azurewebsites.net, *.azureedge.com, *.microsoft.com, *.microsoftonline.com, *.onmicrosoft.com, go.microsoft.com, teams.microsoft.com or *.botframework.com; use token.botframework.com for the OAuthCard.',
);
export const domainWildcardShape = validDomainsRule(
  'teams.valid-domains-wildcard-shape',
  'wildcard-shape',
  'validDomains wildcards fill whole labels from the left',
  'A wildcard stands for a whole label, and every label to its left must also be a wildcard: *.contoso.com and *.*.contoso.com are allowed, foo.*.contoso.com and app*.contoso.com are not.',
);
export const domainTunnel = validDomainsRule(
  'teams.valid-domains-tunnel',
  'tunnel',
  'validDomains lists no tunneling service',
  'Tunnels (ngrok, dev tunnels, openport, portmap, fwd.wf, …) are for development; the guidelines reject them in store apps. For single-tenant uploads they only mean the package is a development build.',
);
export const domainSharedHost = validDomainsRule(
  'teams.valid-domains-shared-host',
  'shared-host-wildcard',
  'validDomains has no wildcard on a shared hosting domain',
  "A wildcard on amazonaws.com, appspot.com, azurewebsites.net, cloudapp.net, glitch.me, herokuapp.com, sharepoint.com and similar covers other customers' sites; the Developer Portal warns about it and the guidelines forbid domains outside your control.",
);

export const messageHandlerDomains = defineRule({
  id: 'teams.message-handler-domains',
  title: 'Link unfurling domains are host names you control',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'composeExtensions[].messageHandlers[].value.domains follow the same rules as validDomains: host names only, no top-level-domain wildcards, no *.botframework.com or other Microsoft domains, no tunnels. The Agents Toolkit template for existing apps ships *.botframework.com here.',
  *check({ manifest }) {
    const entries = domainEntries(manifest?.value, 'messageHandlers');
    for (const entry of entries) {
      for (const p of domainProblems(entry.value)) {
        // The same list only: a host another handler lists is still needed in this one.
        const fix = p.problem === 'scheme-or-path' ? hostOnlyFix(entry, entries.filter((e) => e.list === entry.list)) : undefined;
        yield { file: 'manifest.json', pointer: entry.pointer, message: `${entry.list} entry "${entry.value}": ${p.detail}.`, ...(fix ? { fix } : {}) };
      }
    }
  },
});

export const domainRules: readonly Rule[] = [domainNoScheme, domainNoTld, domainBlocked, domainWildcardShape, domainTunnel, domainSharedHost, messageHandlerDomains];
