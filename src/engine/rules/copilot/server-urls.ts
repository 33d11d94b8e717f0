// The addresses Copilot calls at run time: OpenAPI servers of plugins and API-based message extensions, MCP
// runtime URLs and agent connector servers. A package that uploads fine can still point at a developer's tunnel,
// at this machine, or at a template placeholder nobody replaced.
import { defineRule, BOTH, errorForStoreWarningForOne } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { draftAt, serverUrls, type ApiDocument } from '../../openapi/index.js';
import type { FindingDraft } from '../../types.js';
import { asRecord, asString } from '../../util/values.js';
import { hostOf, isLoopbackHost, isReservedHost } from '../../util/urls.js';
import { tunnelService } from '../teams/shared/domains.js';
import { quote } from './shared/drafts.js';
import { allSpecs, MANIFEST } from './shared/files.js';
import { agentConnectors, mcpRuntimes } from './shared/mcp.js';

interface Site {
  url: string;
  what: string;
  draft(message: string, extra?: Partial<FindingDraft>): FindingDraft;
}

function specSites(doc: ApiDocument): Site[] {
  const root = asRecord(doc.value);
  const sites: Site[] = serverUrls(doc.value)
    .filter((s) => !s.pointer.startsWith('/schemes/'))
    .map((s) => ({ url: s.url, what: 'server', draft: (m, extra) => draftAt(doc, s.pointer, m, extra) }));
  // Swagger 2.0: the host alone decides where calls go.
  const host = asString(root?.host);
  if (typeof root?.swagger === 'string' && host) sites.push({ url: `https://${host}`, what: 'host', draft: (m, extra) => draftAt(doc, '/host', m, extra) });
  return sites;
}

/** What is wrong with a URL Copilot calls; undefined when nothing visible offline is. */
function problem(url: string): { kind: 'placeholder' | 'example' | 'tunnel'; detail: string } | undefined {
  const value = url.trim();
  // ${{VAR}} and {{VAR}} are package.unresolved-placeholder-functional's to report.
  if (/\{\{/.test(value)) return undefined;
  const angle = /<[^<>]+>/.exec(value);
  if (angle) return { kind: 'placeholder', detail: `holds the template placeholder ${quote(angle[0])}` };
  const host = hostOf(value);
  // Relative servers and server variables ({region}.contoso.com) cannot be judged offline.
  if (!host || host.includes('{')) return undefined;
  if (isLoopbackHost(host)) return { kind: 'placeholder', detail: `points at ${host}, this machine, which Copilot cannot reach` };
  if (isReservedHost(host)) return { kind: 'example', detail: `points at ${host}, a host reserved for examples that never resolves` };
  const tunnel = tunnelService(host);
  if (tunnel) return { kind: 'tunnel', detail: `points at ${host}, a ${tunnel} tunnel that only answers while a developer's machine runs it` };
  return undefined;
}

export const serverUrlReachable = defineRule({
  id: 'copilot.server-url-reachable',
  title: 'API and MCP server URLs are not tunnels, local addresses or template placeholders',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The URLs Copilot calls at run time (OpenAPI servers and Swagger hosts of plugins and API-based message extensions, RemoteMCPServer URLs, agent connector servers) must reach the production service. ' +
    'A leftover template placeholder (https://<your-web-api>.azurewebsites.net) or localhost can never work: an error for every route. ' +
    'A host reserved for examples (example.com, *.example, *.test) never resolves either, but samples and test fixtures use one as a stand-in for the real address, so it is a warning. ' +
    'A dev tunnel (devtunnels.ms, ngrok) works only while the developer runs it; the store guidelines forbid tunnels and API calls must come from the publisher\'s own domain, so it is an error for the Agent Store and a warning for one organisation, where a test deployment may use one on purpose.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    const sites: Site[] = allSpecs(pkg, manifest.value).flatMap(({ doc }) => (doc.ok ? specSites(doc) : []));
    for (const r of mcpRuntimes(pkg, manifest.value)) {
      const url = asString(asRecord(r.runtime.spec)?.url);
      if (url) sites.push({ url, what: 'MCP server', draft: (message, extra) => ({ file: r.plugin.path, pointer: `${r.pointer}/spec/url`, message, ...extra }) });
    }
    for (const c of agentConnectors(manifest.value)) {
      const url = asString(c.server?.value.mcpServerUrl);
      if (url && c.server) sites.push({ url, what: 'agent connector server', draft: (message, extra) => ({ file: MANIFEST, pointer: `${c.server!.pointer}/mcpServerUrl`, message, ...extra }) });
    }
    for (const site of sites) {
      const p = problem(site.url);
      if (!p) continue;
      const message = `The ${site.what} ${quote(site.url)} ${p.detail}; use the production address before publishing.`;
      if (p.kind === 'placeholder') yield site.draft(message);
      else if (p.kind === 'example') yield site.draft(message, { severity: 'warning' });
      else yield* errorForStoreWarningForOne(site.draft(message));
    }
  },
});
