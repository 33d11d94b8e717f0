// A Teams app's capabilities, read from its manifest (and, for API plugins, its declarative agents).
import type { PackageView } from '../read/package-view.js';
import type { Capability } from '../types.js';
import { asArray, asRecord, asString } from '../util/values.js';

/**
 * Capabilities of a Teams app. With the package, `api-plugin` is also reported when a declarative agent
 * file lists actions (the usual way plugins ship since manifest 1.19); without it only the manifest counts.
 */
export function teamsCapabilities(manifest: unknown, pkg?: PackageView): Capability[] {
  const m = asRecord(manifest);
  if (!m) return [];
  const found = new Set<Capability>();
  if (asArray(m.composeExtensions).length > 0) found.add('message-extension');
  const agents = asRecord(m.copilotAgents);
  const legacy = asRecord(m.copilotExtensions);
  const agentEntries = [...asArray(agents?.declarativeAgents), ...asArray(legacy?.declarativeCopilots)];
  if (agentEntries.length > 0) found.add('declarative-agent');
  if (asArray(legacy?.plugins).length > 0 || asArray(agents?.plugins).length > 0) found.add('api-plugin');
  if (pkg && agentEntries.some((a) => agentHasActions(pkg, asString(asRecord(a)?.file)))) found.add('api-plugin');
  if (asArray(agents?.customEngineAgents).length > 0) found.add('custom-engine-agent');
  if (asRecord(m.graphConnector)) found.add('graph-connector');
  if (asArray(m.bots).length > 0) found.add('bot');
  if (asArray(m.staticTabs).length > 0 || asArray(m.configurableTabs).length > 0) found.add('tab');
  return [...found];
}

// Agent files sit beside manifest.json; a path that leaves the package or names nothing counts as no actions.
function agentHasActions(pkg: PackageView, file: string | undefined): boolean {
  if (!file?.trim()) return false;
  const name = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (name.startsWith('/') || name.split('/').includes('..')) return false;
  if (!pkg.has(name)) return false;
  return asArray(asRecord(pkg.json(name)?.value)?.actions).length > 0;
}
