// The values a Teams app runs on, by file and pointer: ids Teams resolves, domains it allows, the endpoints Copilot
// and Teams call, and the registrations auth is looked up by. Found from each file's own shape, so that the package
// rules (loaded for every package kind) need neither the Copilot family nor the OpenAPI validator.
import { loadApiDocument } from '../../../openapi/document.js';
import { serverUrls } from '../../../openapi/operations.js';
import { isYamlName } from '../../../openapi/yaml-library.js';
import type { PackageView } from '../../../read/package-view.js';
import { asRecord } from '../../../util/values.js';

type Roles = ReadonlyArray<readonly [RegExp, string]>;

const MANIFEST_VALUES: Roles = [
  [/^\/id$/, 'app id'],
  [/^\/(bots|composeExtensions)\/\d+\/botId$/, 'bot id'],
  [/^\/copilotAgents\/customEngineAgents\/\d+\/id$/, "custom engine agent's bot id"],
  [/^\/validDomains\/\d+$/, 'list of valid domains'],
  [/^\/composeExtensions\/\d+\/messageHandlers\/\d+\/value\/domains\/\d+$/, 'link unfurling domain'],
  [/^\/webApplicationInfo\/(id|resource)$/, 'Microsoft Entra app registration (webApplicationInfo)'],
  [/^\/(staticTabs\/\d+\/(contentUrl|websiteUrl)|configurableTabs\/\d+\/configurationUrl)$/, 'tab URL'],
  [/^\/connectors\/\d+\/(connectorId|configurationUrl)$/, 'connector registration'],
  [/^\/graphConnector\/notificationUrl$/, 'Copilot connector notificationUrl'],
  [/^\/agentConnectors\/\d+\/toolSource\/(remote|local)McpServer\/mcpServerUrl$/, 'agent connector server URL'],
  [/^\/agentConnectors\/\d+\/toolSource\/(remote|local)McpServer\/authorization\/referenceId$/, 'agent connector auth registration'],
  [/^\/composeExtensions\/\d+\/authorization\/apiSecretServiceAuthConfiguration\/apiSecretRegistrationId$/, 'API key registration'],
];

const PLUGIN_VALUES: Roles = [
  [/^\/runtimes\/\d+\/spec\/url$/, 'plugin runtime URL'],
  [/^\/runtimes\/\d+\/auth\/reference_id$/, 'plugin auth registration (reference_id)'],
];

const SERVER_ROLE = 'API server address';

/** The role of the value at `pointer` in a JSON file, or undefined when the app does not run on it. */
export function jsonValueRole(name: string, value: unknown, pointer: string): string | undefined {
  const root = asRecord(value);
  if (!root) return undefined;
  const find = (roles: Roles) => roles.find(([re]) => re.test(pointer))?.[1];
  if (name === 'manifest.json') return find(MANIFEST_VALUES);
  if (typeof root.schema_version === 'string' && Array.isArray(root.runtimes)) return find(PLUGIN_VALUES);
  if (typeof root.openapi === 'string' || typeof root.swagger === 'string') return serverPointers(root).includes(pointer) ? SERVER_ROLE : undefined;
  return undefined;
}

/** Lines of a YAML API description that hold a server address, by line number. */
export function yamlValueRoles(pkg: PackageView, name: string): Map<number, string> {
  const roles = new Map<number, string>();
  if (!isYamlName(name)) return roles;
  const doc = loadApiDocument(pkg, name);
  const root = asRecord(doc?.value);
  if (!doc?.ok || !root || (typeof root.openapi !== 'string' && typeof root.swagger !== 'string')) return roles;
  for (const p of serverPointers(root)) {
    const line = doc.locate(p)?.line;
    if (line !== undefined) roles.set(line, SERVER_ROLE);
  }
  return roles;
}

/** OpenAPI servers[].url at every level, or a Swagger 2.0 host. */
function serverPointers(root: Record<string, unknown>): string[] {
  const out = serverUrls(root).flatMap((s) => (s.pointer.startsWith('/schemes/') ? [] : [s.pointer]));
  if (typeof root.swagger === 'string' && typeof root.host === 'string') out.push('/host');
  return out;
}
