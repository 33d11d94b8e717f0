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
  it('reports its real defects — no auth, a property the MCP spec does not have, default null — and not the other runtimes’', async () => {
    const plugin = mcpPlugin({ spec: { url: 'https://learn.microsoft.com/api/mcp', enable_dynamic_discovery: false } }, { type: 'string', default: null });
    expect(await pluginErrors(plugin)).toEqual([
      ['error', '/functions/0/parameters/properties/query/default', 'functions[0].parameters.properties.query.default must be a string, a boolean, an integer, a number or an array; it is null.'],
      ['error', '/runtimes/0/auth', 'runtimes[0] is missing the required property "auth".'],
      [
        'error',
        '/runtimes/0/spec/enable_dynamic_discovery',
        'runtimes[0].spec has the property "enable_dynamic_discovery", which the schema does not allow (it allows "url" and "mcp_tool_description").',
      ],
    ]);
  });

  it('passes the reference example (a url and a tool description file), although the schema’s inline form accepts any object', async () => {
    const plugin = mcpPlugin({ auth: { type: 'None' }, spec: { url: 'https://mcp.contoso.com/', mcp_tool_description: { file: 'mcp-tools.json' } } });
    expect(await pluginErrors(plugin)).toEqual([]);
  });

  it('warns when the spec fits the OpenAPI form as well (a url only): the schema asks for exactly one', async () => {
    const [finding, ...rest] = await pluginErrors(mcpPlugin({ auth: { type: 'None' }, spec: { url: 'https://mcp.contoso.com/' } }));
    expect(rest).toEqual([]);
    expect(finding.slice(0, 2)).toEqual(['warning', '/runtimes/0/spec']);
    expect(finding[2]).toContain('open-api-spec and mcp-execution-spec');
  });

  it('says a v2.1 plugin cannot name RemoteMCPServer, with the value', async () => {
    const plugin = validPlugin({ schema_version: 'v2.1', runtimes: [{ type: 'RemoteMCPServer', auth: { type: 'None' }, spec: { url: 'https://mcp.contoso.com/' } }] });
    expect(await pluginErrors(plugin)).toContainEqual(['error', '/runtimes/0/type', 'runtimes[0].type must be "OpenApi"; it is "RemoteMCPServer".']);
  });

  it('says an OpenAPI spec needs a url or an api_description in one error', async () => {
    const plugin = validPlugin({ runtimes: [{ type: 'OpenApi', auth: { type: 'None' }, spec: { progress_style: 'None' } }] });
    expect(await pluginErrors(plugin)).toEqual([['error', '/runtimes/0/spec', 'runtimes[0].spec needs "url" or "api_description".']]);
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
