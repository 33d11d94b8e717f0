// validDomains entries judged against the store guidelines' "External domains" rules.
import { removeFix, replaceFix } from '../../../fix/drafts.js';
import { pointer } from '../../../json/pointer.js';
import type { FixDraft } from '../../../types.js';
import { asArray, asRecord, asString } from '../../../util/values.js';

export type DomainProblem = 'scheme-or-path' | 'tld-wildcard' | 'blocked' | 'wildcard-shape' | 'tunnel' | 'shared-host-wildcard';

export interface DomainEntry {
  value: string;
  pointer: string;
  /** Where the list is, for messages: "validDomains" or "composeExtensions[0].messageHandlers[1].value.domains". */
  list: string;
}

// Domains the guidelines name as never allowed (Microsoft-owned or shared), with or without a wildcard.
const BLOCKED = new Set([
  '*.azurewebsites.net',
  '*.azureedge.com',
  '*.azureedge.net',
  '*.microsoft.com',
  '*.microsoftonline.com',
  '*.onmicrosoft.com',
  'go.microsoft.com',
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.botframework.com',
]);
// Tunneling services (guidelines; Microsoft's legacy validator list, plus the common current ones).
const TUNNELS = ['ngrok.io', 'ngrok.app', 'ngrok-free.app', 'ngrok-free.dev', 'ngrok.dev', 'openport.io', 'portmap.io', 'fwd.wf', 'devtunnels.ms', 'loca.lt', 'localtunnel.me', 'serveo.net', 'trycloudflare.com'];
// Shared hosting suffixes where a wildcard covers other customers' sites (legacy validator and toolkit fixtures).
const SHARED_HOSTS = ['amazonaws.com', 'appspot.com', 'azurewebsites.net', 'cloudapp.net', 'dialogflow.com', 'glitch.me', 'heroku.com', 'herokuapp.com', 'onmicrosoft.com', 'recast.ai', 'sharepoint.com', 'azurestaticapps.net', 'azureedge.net', 'web.core.windows.net', 'blob.core.windows.net'];

/** Every validDomains entry and every message handler domain, with its pointer. */
export function domainEntries(manifest: unknown, where: 'validDomains' | 'messageHandlers'): DomainEntry[] {
  const m = asRecord(manifest);
  if (where === 'validDomains') {
    return asArray(m?.validDomains).flatMap((d, i) => {
      const value = asString(d);
      return value === undefined ? [] : [{ value, pointer: pointer('validDomains', i), list: 'validDomains' }];
    });
  }
  return asArray(m?.composeExtensions).flatMap((ce, i) =>
    asArray(asRecord(ce)?.messageHandlers).flatMap((h, j) =>
      asArray(asRecord(asRecord(h)?.value)?.domains).flatMap((d, k) => {
        const value = asString(d);
        const at = pointer('composeExtensions', i, 'messageHandlers', j, 'value', 'domains', k);
        return value === undefined ? [] : [{ value, pointer: at, list: `composeExtensions[${i}].messageHandlers[${j}].value.domains` }];
      }),
    ),
  );
}

/** The tunneling service a host name belongs to (dev tunnels, ngrok and the like), if any. */
export function tunnelService(host: string): string | undefined {
  return TUNNELS.find((t) => endsWithDomain(host.toLowerCase(), t));
}

function endsWithDomain(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix);
}

/** What is wrong with one entry, as (problem, explanation) pairs; empty when nothing is. */
export function domainProblems(raw: string): Array<{ problem: DomainProblem; detail: string }> {
  const out: Array<{ problem: DomainProblem; detail: string }> = [];
  const value = raw.trim();
  // Context tokens such as {teamSiteDomain} are resolved by Teams and allowed by the guidelines.
  if (/^\{[A-Za-z]+\}$/.test(value)) return out;
  let host = value.toLowerCase();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(host);
  if (scheme || /[/?#]/.test(host)) {
    out.push({ problem: 'scheme-or-path', detail: 'list a host name only, without a scheme (https://) or a path' });
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0];
  }
  host = host.replace(/:\d+$/, '');
  const labels = host.split('.');
  const concrete = labels.filter((l) => l !== '*');
  if (host.includes('*') && concrete.length <= 1) {
    out.push({ problem: 'tld-wildcard', detail: 'a wildcard over a whole top-level domain covers domains you do not control' });
  } else if (!host.includes('*') && labels.length === 1 && host !== 'localhost' && !host.includes('{')) {
    out.push({ problem: 'tld-wildcard', detail: 'a bare top-level domain covers domains you do not control' });
  }
  if (BLOCKED.has(host)) out.push({ problem: 'blocked', detail: 'the store guidelines list this domain as never allowed' });
  if (host.includes('*')) {
    const firstConcrete = labels.findIndex((l) => l !== '*');
    const badLabel = labels.some((l) => l.includes('*') && l !== '*');
    const wildcardAfterConcrete = labels.slice(firstConcrete).some((l) => l.includes('*'));
    if (badLabel || wildcardAfterConcrete) {
      out.push({ problem: 'wildcard-shape', detail: 'a wildcard must fill a whole label, and every label to its left must also be a wildcard (*.contoso.com, *.*.contoso.com)' });
    }
    const shared = SHARED_HOSTS.find((s) => endsWithDomain(concrete.join('.'), s) && concrete.join('.').split('.').length <= s.split('.').length);
    if (shared && !BLOCKED.has(host)) out.push({ problem: 'shared-host-wildcard', detail: `a wildcard on the shared host ${shared} covers other customers' sites` });
  }
  const tunnel = tunnelService(concrete.join('.'));
  if (tunnel) out.push({ problem: 'tunnel', detail: `${tunnel} is a tunneling service, allowed for development only` });
  return out;
}

/**
 * The fix for an entry written as a URL: the host name it names (with its port, as written), or, when the list
 * already has that host, the entry removed. None when what is left does not look like a host name.
 */
export function hostOnlyFix(entry: DomainEntry, list: readonly DomainEntry[]): FixDraft | undefined {
  const host = entry.value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0];
  if (!/^(\*\.)*[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/.test(host) || host === entry.value) return undefined;
  const listed = list.some((other) => other !== entry && other.value.trim().toLowerCase() === host.toLowerCase());
  return listed ? removeFix(`Remove "${entry.value}": ${host} is listed already.`, entry.pointer) : replaceFix(`Write the host name "${host}".`, entry.pointer, host);
}
