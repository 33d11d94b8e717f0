// Schema errors that name the real cause (issue 15): where a oneOf/anyOf fails, the errors of the branch the value
// was meant for — a runtime's `type`, a capability's `name`, the properties it has — in words, with the value.
import { describe, expect, it } from 'vitest';
import { agentPackage, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { copilotFindings } from './support.js';

const pluginErrors = async (plugin: Record<string, unknown>) =>
  (await copilotFindings(agentPackage({ plugin }))).filter((f) => f.ruleId === 'copilot.plugin-schema').map((f) => [f.severity, f.pointer, f.message]);
const agentErrors = async (agent: Record<string, unknown>) =>
  (await copilotFindings(agentPackage({ agent }))).filter((f) => f.ruleId === 'copilot.da-schema').map((f) => [f.pointer, f.message]);

/** A v2.4 plugin for a remote MCP server with the defects found on a real package. */
const mcpPlugin = (runtime: Record<string, unknown>, parameter: Record<string, unknown> = { type: 'string' }) =>
  validPlugin({
    $schema: 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.4/schema.json',
    schema_version: 'v2.4',
    functions: [{ name: 'searchDocs', description: 'Searches the documentation.', parameters: { type: 'object', properties: { query: parameter } } }],
    runtimes: [{ type: 'RemoteMCPServer', run_for_functions: ['searchDocs'], ...runtime }],
  });

describe('an MCP runtime (plugin v2.4)', () => {
  // The runtime itself is copilot.plugin-mcp-runtime's (judged by the v2.4 reference); the schema rule reports the rest.
  const errors = async (plugin: Record<string, unknown>) =>
    (await copilotFindings(agentPackage({ plugin }))).filter((f) => f.file === 'ai-plugin.json' && f.severity === 'error').map((f) => [f.ruleId, f.pointer]);

  it('reports its real defects — no auth, a property the MCP spec does not have, default null — and not the other runtimes’', async () => {
    const plugin = mcpPlugin({ spec: { url: 'https://learn.microsoft.com/api/mcp', enable_dynamic_discovery: false } }, { type: 'string', default: null });
    expect(await errors(plugin)).toEqual([
      ['copilot.plugin-schema', '/functions/0/parameters/properties/query/default'],
      ['copilot.plugin-mcp-runtime', '/runtimes/0/auth'],
      ['copilot.plugin-mcp-runtime', '/runtimes/0/spec/enable_dynamic_discovery'],
    ]);
    expect((await pluginErrors(plugin))[0]).toEqual([
      'error',
      '/functions/0/parameters/properties/query/default',
      'functions[0].parameters.properties.query.default must be a string, a boolean, an integer, a number or an array; it is null.',
    ]);
  });

  it('gives the schema rule no error for the reference examples (a url, with or without a tool description file)', async () => {
    for (const spec of [{ url: 'https://mcp.contoso.com/', mcp_tool_description: { file: 'mcp-tools.json' } }, { url: 'https://mcp.contoso.com/' }]) {
      expect((await pluginErrors(mcpPlugin({ auth: { type: 'None' }, spec }))).filter(([severity]) => severity !== 'notice')).toEqual([]);
    }
  });

  it('says a v2.1 plugin cannot name RemoteMCPServer', async () => {
    const plugin = validPlugin({ schema_version: 'v2.1', runtimes: [{ type: 'RemoteMCPServer', auth: { type: 'None' }, spec: { url: 'https://mcp.contoso.com/' } }] });
    expect(await errors(plugin)).toEqual([['copilot.plugin-mcp-runtime', '/runtimes/0/type']]);
  });
});

describe('an OpenAPI runtime', () => {
  it('says its spec needs a url or an api_description in one error, not the errors of the LocalPlugin and MCP forms', async () => {
    const plugin = validPlugin({
      $schema: 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.4/schema.json',
      schema_version: 'v2.4',
      runtimes: [{ type: 'OpenApi', auth: { type: 'None' }, spec: { progress_style: 'None' } }],
    });
    expect(await pluginErrors(plugin)).toEqual([['error', '/runtimes/0/spec', 'runtimes[0].spec needs "url" or "api_description".']]);
  });

  it('says a LocalPlugin spec lacks local_endpoint, without the OpenAPI form’s "url or api_description"', async () => {
    const plugin = validPlugin({
      $schema: 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.4/schema.json',
      schema_version: 'v2.4',
      runtimes: [{ type: 'LocalPlugin', auth: { type: 'None' }, spec: { allowed_host: ['mail'] } }],
    });
    expect(await pluginErrors(plugin)).toEqual([['error', '/runtimes/0/spec/local_endpoint', 'runtimes[0].spec is missing the required property "local_endpoint".']]);
  });
});

describe('the OneDriveAndSharePoint capability (agent v1.4)', () => {
  const agent = (capabilities: unknown[]) =>
    validAgent({ $schema: 'https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.4/schema.json', version: 'v1.4', capabilities });

  it('reports the empty items_by_sharepoint_ids (minItems 1), not "items_by_url is not allowed" from the other capabilities', async () => {
    const errors = await agentErrors(
      agent([{ name: 'OneDriveAndSharePoint', items_by_sharepoint_ids: [], items_by_url: [{ url: 'https://contoso.sharepoint.com/sites/sales' }] }]),
    );
    expect(errors).toEqual([['/capabilities/0/items_by_sharepoint_ids', 'capabilities[0].items_by_sharepoint_ids must have at least 1 item; it is empty.']]);
  });

  it('names the allowed capabilities when the name is one the version does not have', async () => {
    const [[pointer, message], ...rest] = await agentErrors(agent([{ name: 'Meetings' }]));
    expect(rest).toEqual([]);
    expect(pointer).toBe('/capabilities/0/name');
    expect(message).toMatch(/^capabilities\[0\]\.name must be one of "WebSearch", .* or "ScenarioModels"; it is "Meetings"\.$/);
  });

  it('reports a property the chosen capability does not allow, listing the ones it does', async () => {
    expect(await agentErrors(agent([{ name: 'WebSearch', sites: [{ url: 'https://contoso.com' }], items_by_url: [] }]))).toEqual([
      ['/capabilities/0/items_by_url', 'capabilities[0] has the property "items_by_url", which the schema does not allow (it allows "name" and "sites").'],
    ]);
  });
});
