// A Teams app's capabilities, read from its manifest (and, for API plugins, its declarative agents).
import type { Capability } from '../types.js';
import { asArray, asRecord } from '../util/values.js';

export function teamsCapabilities(manifest: unknown): Capability[] {
  const m = asRecord(manifest);
  if (!m) return [];
  const found = new Set<Capability>();
  if (asArray(m.composeExtensions).length > 0) found.add('message-extension');
  const agents = asRecord(m.copilotAgents);
  const legacy = asRecord(m.copilotExtensions);
  if (asArray(agents?.declarativeAgents).length > 0 || asArray(legacy?.declarativeCopilots).length > 0) {
    found.add('declarative-agent');
  }
  if (asArray(legacy?.plugins).length > 0 || asArray(agents?.plugins).length > 0) found.add('api-plugin');
  if (asArray(agents?.customEngineAgents).length > 0) found.add('custom-engine-agent');
  if (asRecord(m.graphConnector)) found.add('graph-connector');
  if (asArray(m.bots).length > 0) found.add('bot');
  if (asArray(m.staticTabs).length > 0 || asArray(m.configurableTabs).length > 0) found.add('tab');
  return [...found];
}
