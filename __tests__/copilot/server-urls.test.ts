// Addresses Copilot calls at run time: OpenAPI servers, Swagger hosts, MCP runtime URLs and agent connector servers.
import { describe, expect, it } from 'vitest';
import { agentPackage, apiMePackage, mcpAgentPackage, mcpPlugin, openApiYaml, skillsAndConnectorsManifest, skillsAndConnectorsPackage } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

const ID = 'copilot.server-url-reachable';

describe(`'${ID}'`, () => {
  it('rejects a leftover template placeholder on every route', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ server: 'https://<your-web-api>.azurewebsites.net/api' }) } }), ID);
    expect(found.map((f) => [f.file, f.pointer, f.line, f.severity, f.audiences])).toEqual([['openapi.yaml', '/servers/0/url', 7, 'error', ['single-tenant', 'multitenant']]]);
    expect(found[0].message).toContain('<your-web-api>');
  });
  it('rejects a dev tunnel for the Agent Store and warns for one organisation', async () => {
    const found = await ruleFindings(apiMePackage(undefined, { 'openapi.yaml': openApiYaml({ server: 'https://k8x2m4-7071.usw2.devtunnels.ms/api' }) }), ID);
    expect(found.map((f) => [f.severity, f.audiences])).toEqual([
      ['error', ['multitenant']],
      ['warning', ['single-tenant']],
    ]);
    const ngrok = mcpPlugin({}, { url: 'https://4f2a-203-0-113-7.ngrok-free.app/mcp', mcp_tool_description: { file: 'mcp-tools.json' } });
    expect((await ruleFindings(mcpAgentPackage({ plugin: ngrok }), ID)).map((f) => [f.file, f.pointer])).toEqual([
      ['ai-plugin.json', '/runtimes/0/spec/url'],
      ['ai-plugin.json', '/runtimes/0/spec/url'],
    ]);
  });
  it('rejects localhost, and warns on hosts reserved for examples', async () => {
    const m = skillsAndConnectorsManifest();
    (m.agentConnectors as any)[0].toolSource.remoteMcpServer.mcpServerUrl = 'https://localhost:7071/mcp';
    const local = await ruleFindings(skillsAndConnectorsPackage(m), ID);
    expect(local.map((f) => [f.file, f.pointer, f.severity])).toEqual([['manifest.json', '/agentConnectors/0/toolSource/remoteMcpServer/mcpServerUrl', 'error']]);
    const example = await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ server: 'https://api.contoso.example/api' }) } }), ID);
    expect(example.map((f) => f.severity)).toEqual(['warning']);
  });
  it('leaves server variables, relative servers and ${{VAR}} placeholders to others', async () => {
    for (const server of ['https://{region}.contoso.com/api', '/api', '${{OPENAPI_SERVER_URL}}']) {
      expect(await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ server }) } }), ID), server).toEqual([]);
    }
  });
  it('passes production addresses', async () => {
    expect(await ruleFindings(agentPackage(), ID)).toEqual([]);
    expect(await ruleFindings(mcpAgentPackage(), ID)).toEqual([]);
    expect(await ruleFindings(skillsAndConnectorsPackage(), ID)).toEqual([]);
  });
});
