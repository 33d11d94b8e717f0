// MCP servers as agent actions: RemoteMCPServer runtimes (plugin manifest v2.4), their tool descriptions, and which
// runtime serves each function. Every rule with a package that breaks it and the clean MCP-based agent that passes.
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/packages.js';
import { agentPackage, mcpAgentPackage, mcpPlugin, mcpTools, orderFunction, validPlugin } from '../helpers/copilot-packages.js';
import { referenceSchemaErrors, ruleFindings } from './support.js';

const MCP_URL = 'https://mcp.contoso.com/mcp';
const runtime = (extra: Record<string, unknown>) => ({ type: 'RemoteMCPServer', auth: { type: 'None' }, spec: { url: MCP_URL }, run_for_functions: ['*'], ...extra });

describe('the clean MCP-based agent package (v2.4 plugin with a RemoteMCPServer runtime)', () => {
  it('gets no error or warning from any rule', async () => {
    const report = await check(mcpAgentPackage());
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.capabilities).toEqual(expect.arrayContaining(['declarative-agent', 'api-plugin']));
    expect(report.routes.every((r) => r.eligible)).toBe(true);
  });
  it('passes with inline tools and with dynamic discovery too', async () => {
    const inline = mcpPlugin({}, { url: MCP_URL, mcp_tool_description: { tools: mcpTools().tools } });
    const dynamic = mcpPlugin({ functions: [], runtimes: [runtime({ auth: { type: 'None' } })] });
    for (const plugin of [inline, dynamic]) {
      const report = await check(mcpAgentPackage({ plugin, files: { 'mcp-tools.json': undefined } }));
      expect(report.findings.filter((f) => f.severity !== 'notice'), JSON.stringify(plugin.runtimes)).toEqual([]);
    }
  });
});

describe("'copilot.plugin-schema' on RemoteMCPServer runtimes", () => {
  it('follows the v2.4 reference where the published schema rejects the {"file": …} form, and says so in a notice', async () => {
    const found = await ruleFindings(mcpAgentPackage(), 'copilot.plugin-schema');
    expect(found.map((f) => [f.severity, f.pointer])).toEqual([['notice', '/runtimes/0/spec']]);
    expect(found[0].message).toContain('matches both branches');
    expect(found[0].message).toContain('Agents Toolkit');
  });
  it('gives the same notice for dynamic discovery (a spec of only "url")', async () => {
    const plugin = mcpPlugin({ functions: [], runtimes: [runtime({})] });
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-schema');
    expect(found.map((f) => [f.severity, f.pointer])).toEqual([['notice', '/runtimes/0/spec']]);
    expect(found[0].message).toContain('OpenApi and the MCP branch');
  });
  it('needs no notice for inline tools, which the schema accepts', async () => {
    const plugin = mcpPlugin({}, { url: MCP_URL, mcp_tool_description: { tools: mcpTools().tools } });
    expect(await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-schema')).toEqual([]);
  });
  it('gives the notice exactly where an independent Ajv with Microsoft\'s v2.4 schema refuses the documented form', async () => {
    const forms = {
      file: { url: MCP_URL, mcp_tool_description: { file: 'mcp-tools.json' } },
      dynamic: { url: MCP_URL },
      inline: { url: MCP_URL, mcp_tool_description: { tools: mcpTools().tools } },
    };
    for (const [name, spec] of Object.entries(forms)) {
      const plugin = mcpPlugin({}, spec);
      const refused = referenceSchemaErrors('api-plugin', 'v2.4', plugin).some((e) => e.pointer.startsWith('/runtimes/0/spec'));
      const noticed = (await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-schema')).some((f) => f.severity === 'notice');
      expect([name, noticed], name).toEqual([name, refused]);
      expect(refused).toBe(name !== 'inline');
    }
  });
  it('still reports schema errors outside MCP runtimes', async () => {
    const found = await ruleFindings(mcpAgentPackage({ plugin: mcpPlugin({ namespace: 'contoso orders' }) }), 'copilot.plugin-schema');
    expect(found.filter((f) => f.severity === 'error').map((f) => f.pointer)).toEqual(['/namespace']);
  });
});

describe("'copilot.plugin-mcp-runtime'", () => {
  it('requires auth, as the v2.4 reference does (older toolkit scaffolds omit it)', async () => {
    const plugin = mcpPlugin({ runtimes: [{ type: 'RemoteMCPServer', spec: { url: MCP_URL, mcp_tool_description: { file: 'mcp-tools.json' } }, run_for_functions: ['search_orders', 'create_order'] }] });
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-mcp-runtime');
    expect(found.map((f) => [f.severity, f.pointer])).toEqual([['error', '/runtimes/0/auth']]);
    expect(found[0].audiences).toEqual(['single-tenant', 'multitenant']);
  });
  it('rejects file and tools together, an empty description, unknown keys and a relative url', async () => {
    const both = mcpPlugin({}, { url: MCP_URL, mcp_tool_description: { file: 'mcp-tools.json', tools: mcpTools().tools } });
    expect((await ruleFindings(mcpAgentPackage({ plugin: both }), 'copilot.plugin-mcp-runtime')).map((f) => f.message)).toEqual([expect.stringContaining('both "file" and "tools"')]);
    const empty = mcpPlugin({}, { url: MCP_URL, mcp_tool_description: {} });
    expect((await ruleFindings(mcpAgentPackage({ plugin: empty }), 'copilot.plugin-mcp-runtime')).map((f) => f.pointer)).toEqual(['/runtimes/0/spec/mcp_tool_description']);
    const odd = mcpPlugin({}, { url: '/mcp', enable_dynamic_discovery: false });
    expect((await ruleFindings(mcpAgentPackage({ plugin: odd }), 'copilot.plugin-mcp-runtime')).map((f) => f.pointer)).toEqual(['/runtimes/0/spec/url', '/runtimes/0/spec/enable_dynamic_discovery']);
  });
  it('checks inline tools for name, description and inputSchema', async () => {
    const plugin = mcpPlugin({}, { url: MCP_URL, mcp_tool_description: { tools: [{ name: 'search_orders', description: 'Finds orders.' }, { name: 'create_order', inputSchema: { type: 'object' } }] } });
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-mcp-runtime');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('"search_orders" has no "inputSchema"'), expect.stringContaining('"create_order" has no "description"')]);
  });
  it('rejects a RemoteMCPServer runtime in a plugin older than v2.4', async () => {
    const plugin = mcpPlugin({ $schema: 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.3/schema.json', schema_version: 'v2.3' });
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-mcp-runtime');
    expect(found.map((f) => f.pointer)).toEqual(['/runtimes/0/type']);
    expect(found[0].message).toContain('v2.4');
  });
  it('passes the clean MCP package', async () => {
    expect(await ruleFindings(mcpAgentPackage(), 'copilot.plugin-mcp-runtime')).toEqual([]);
  });
});

describe("'copilot.mcp-tool-description'", () => {
  it('reports a tool description file that is not in the package', async () => {
    const found = await ruleFindings(mcpAgentPackage({ files: { 'mcp-tools.json': undefined } }), 'copilot.mcp-tool-description');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['ai-plugin.json', '/runtimes/0/spec/mcp_tool_description/file']]);
  });
  it('reports a file that is not a tools/list result, or whose tools lack what Copilot needs', async () => {
    const bare = await ruleFindings(mcpAgentPackage({ files: { 'mcp-tools.json': JSON.stringify(mcpTools().tools) } }), 'copilot.mcp-tool-description');
    expect(bare.map((f) => [f.file, f.pointer])).toEqual([['mcp-tools.json', '']]);
    const tools = mcpTools();
    tools.tools[1] = { name: 'search_orders', description: 'Again.', inputSchema: { type: 'object' } };
    const dup = await ruleFindings(mcpAgentPackage({ files: { 'mcp-tools.json': JSON.stringify(tools, null, 2) } }), 'copilot.mcp-tool-description');
    expect(dup.map((f) => [f.file, f.pointer])).toEqual([['mcp-tools.json', '/tools/1/name']]);
    expect(dup[0].line).toBeGreaterThan(1);
  });
  it('passes the clean MCP package', async () => {
    expect(await ruleFindings(mcpAgentPackage(), 'copilot.mcp-tool-description')).toEqual([]);
  });
});

describe("'copilot.plugin-function-mcp-tool'", () => {
  it('reports a pinned function that no tool of the description provides', async () => {
    const plugin = mcpPlugin({ functions: [{ name: 'search_orders', description: 'x' }, { name: 'cancel_order', description: 'y' }] });
    plugin.runtimes = [{ ...(plugin.runtimes as object[])[0], run_for_functions: ['search_orders', 'cancel_order'] }];
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-function-mcp-tool');
    expect(found.map((f) => [f.pointer, f.message])).toEqual([['/runtimes/0/run_for_functions/1', expect.stringContaining('"cancel_order", which is no tool in mcp-tools.json')]]);
  });
  it('passes pinned tools that exist, and dynamic discovery', async () => {
    expect(await ruleFindings(mcpAgentPackage(), 'copilot.plugin-function-mcp-tool')).toEqual([]);
    const dynamic = mcpPlugin({ functions: [], runtimes: [runtime({})] });
    expect(await ruleFindings(mcpAgentPackage({ plugin: dynamic }), 'copilot.plugin-function-mcp-tool')).toEqual([]);
  });
});

describe("'copilot.plugin-function-runtime'", () => {
  it('reports a function no runtime serves', async () => {
    const plugin = validPlugin({
      functions: [orderFunction('listOrders', 'Lists orders.'), orderFunction('createOrder', 'Creates an order.'), { name: 'search_orders', description: 'Finds orders.' }],
    });
    const found = await ruleFindings(mcpAgentPackage({ plugin, files: { 'openapi.yaml': undefined } }), 'copilot.plugin-function-runtime');
    expect(found.map((f) => [f.pointer, f.message])).toEqual([['/functions/2/name', expect.stringContaining('No runtime serves the function "search_orders"')]]);
  });
  it('reports a function two runtimes declare', async () => {
    const plugin = mcpPlugin();
    plugin.runtimes = [...(plugin.runtimes as object[]), runtime({ run_for_functions: ['search_*'] })];
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-function-runtime');
    expect(found.map((f) => [f.pointer, f.message])).toEqual([['/functions/0/name', expect.stringContaining('served by runtimes 0 and 1')]]);
  });
  it('reports functions with no runtime at all', async () => {
    const found = await ruleFindings(mcpAgentPackage({ plugin: mcpPlugin({ runtimes: [] }) }), 'copilot.plugin-function-runtime');
    expect(found.map((f) => f.pointer)).toEqual(['/functions']);
  });
  it('passes one runtime per function, wildcards and implicit OpenAPI operations included', async () => {
    expect(await ruleFindings(mcpAgentPackage(), 'copilot.plugin-function-runtime')).toEqual([]);
    const implicit = validPlugin({ runtimes: [{ type: 'OpenApi', auth: { type: 'None' }, spec: { url: 'openapi.yaml' } }] });
    expect(await ruleFindings(agentPackage({ plugin: implicit }), 'copilot.plugin-function-runtime')).toEqual([]);
  });
});

describe("'copilot.plugin-consequential' on MCP tools", () => {
  it('rejects a pinned tool marked both read-only and destructive for the Agent Store', async () => {
    const tools = mcpTools();
    tools.tools[1].annotations = { readOnlyHint: true, destructiveHint: true };
    const found = await ruleFindings(mcpAgentPackage({ files: { 'mcp-tools.json': JSON.stringify(tools, null, 2) } }), 'copilot.plugin-consequential');
    expect(found.map((f) => [f.file, f.pointer, f.severity, f.audiences])).toEqual([['mcp-tools.json', '/tools/1/annotations/readOnlyHint', 'error', ['multitenant']]]);
  });
  it('passes read-only tools that are not destructive', async () => {
    expect(await ruleFindings(mcpAgentPackage(), 'copilot.plugin-consequential')).toEqual([]);
  });
});

describe("'copilot.plugin-server-https' on MCP runtimes", () => {
  it('rejects a plain-HTTP MCP server for the Agent Store', async () => {
    const plugin = mcpPlugin({}, { url: 'http://mcp.contoso.com/mcp', mcp_tool_description: { file: 'mcp-tools.json' } });
    const found = await ruleFindings(mcpAgentPackage({ plugin }), 'copilot.plugin-server-https');
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['ai-plugin.json', '/runtimes/0/spec/url', 'error']]);
  });
});
