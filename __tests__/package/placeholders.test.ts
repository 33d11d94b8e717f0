import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/engine/rules/package/placeholders.js';
import { BOT_ID, check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';
import { agentPackage, mcpAgentPackage, mcpPlugin, openApiYaml, skillsAndConnectorsManifest, skillsAndConnectorsPackage } from '../helpers/copilot-packages.js';

const ID = 'package.unresolved-placeholder';

describe(`'${ID}'`, () => {
  it('passes a package without placeholders', async () => {
    expect(findingsOf(await check(teamsPackage()), 'package.unresolved-placeholder')).toEqual([]);
  });
  it('reports each JSON value holding a toolkit placeholder, at its pointer', async () => {
    const m = validManifest({ name: { short: 'Contoso${{APP_NAME_SUFFIX}}', full: 'Contoso Orders' } });
    const [f, ...rest] = findingsOf(await check(teamsPackage(m)), 'package.unresolved-placeholder');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('warning');
    expect(f.file).toBe('manifest.json');
    expect(f.pointer).toBe('/name/short');
    expect(f.line).toBeGreaterThan(1);
    expect(f.message).toContain('${{APP_NAME_SUFFIX}}');
  });
  it('reports legacy {{VAR}} and <<VAR>> tokens and the toolkit file function', async () => {
    const files = {
      'extra.json': { a: '{{PUBLIC_HOSTNAME}}', b: ['<<YOUR-MICROSOFT-APP-ID>>'], c: "$[file('instructions.txt')]" },
    };
    const pointers = findingsOf(await check(teamsPackage(validManifest(), files)), 'package.unresolved-placeholder').map((f) => f.pointer);
    expect(pointers).toEqual(['/a', '/b/0', '/c']);
  });
  it('reports by line in text files and in JSON that does not parse', async () => {
    const files = { 'readme.md': 'intro\nsee https://${{TAB_DOMAIN}}/x\n', 'broken.json': '{\n "id": "{{APPLICATION_ID}}",\n}' };
    const found = findingsOf(await check(teamsPackage(validManifest(), files)), 'package.unresolved-placeholder');
    expect(found.map((f) => [f.file, f.line])).toEqual(
      expect.arrayContaining([
        ['readme.md', 2],
        ['broken.json', 2],
      ]),
    );
  });
  it('leaves plugin and Adaptive Card template expressions alone', () => {
    expect(findPlaceholders('Create {{function.parameters.projectName}} at ${location.mapUrl} on {{DATE(2024-01-01T00:00:00Z, SHORT)}}')).toEqual([]);
    expect(findPlaceholders('a ${{ X }} b').map((p) => p.token)).toEqual(['${{ X }}']);
  });
});

const FUNCTIONAL = 'package.unresolved-placeholder-functional';

describe(`'${FUNCTIONAL}'`, () => {
  it('passes packages without placeholders', async () => {
    for (const record of [teamsPackage(), agentPackage(), mcpAgentPackage(), skillsAndConnectorsPackage()]) expect(findingsOf(await check(record), FUNCTIONAL)).toEqual([]);
  });
  it('rejects placeholders in the ids, domains and registrations the app runs on, on every route', async () => {
    const m = validManifest({
      id: '${{TEAMS_APP_ID}}',
      validDomains: ['{{BOT_DOMAIN}}', 'orders.contoso.com'],
      webApplicationInfo: { id: '<<AAD_APP_CLIENT_ID>>', resource: 'api://orders.contoso.com/${{AAD_APP_CLIENT_ID}}' },
      bots: [{ botId: '${{BOT_ID}}', scopes: ['personal'] }],
      composeExtensions: [{ ...(validManifest().composeExtensions as object[])[0], botId: '${{BOT_ID}}' }],
    });
    const report = await check(teamsPackage(m));
    const found = findingsOf(report, FUNCTIONAL);
    expect(found.map((f) => f.pointer).sort()).toEqual(['/bots/0/botId', '/composeExtensions/0/botId', '/id', '/validDomains/0', '/webApplicationInfo/id', '/webApplicationInfo/resource']);
    expect(found.every((f) => f.severity === 'error' && f.audiences.length === 2)).toBe(true);
    expect(found.find((f) => f.pointer === '/bots/0/botId')?.message).toContain('bot id, so the app cannot work');
    // The same values are not reported twice as text.
    expect(findingsOf(report, ID)).toEqual([]);
  });
  it('rejects placeholders in endpoints: OpenAPI servers (YAML, by line), plugin runtimes and agent connectors', async () => {
    const yaml = await check(agentPackage({ files: { 'openapi.yaml': openApiYaml({ server: '${{OPENAPI_SERVER_URL}}/api' }) } }));
    expect(findingsOf(yaml, FUNCTIONAL).map((f) => [f.file, f.line])).toEqual([['openapi.yaml', 7]]);
    const plugin = mcpPlugin({}, { url: '${{MCP_SERVER_URL}}', mcp_tool_description: { file: 'mcp-tools.json' } });
    (plugin.runtimes as any)[0].auth.reference_id = '${{MCP_DA_AUTH_ID_ACTION_1}}';
    const mcp = await check(mcpAgentPackage({ plugin }));
    expect(findingsOf(mcp, FUNCTIONAL).map((f) => [f.file, f.pointer])).toEqual([
      ['ai-plugin.json', '/runtimes/0/auth/reference_id'],
      ['ai-plugin.json', '/runtimes/0/spec/url'],
    ]);
    const m = skillsAndConnectorsManifest();
    (m.agentConnectors as any)[0].toolSource.remoteMcpServer.authorization.referenceId = '${{CONNECTOR_OAUTH_ID}}';
    expect(findingsOf(await check(skillsAndConnectorsPackage(m)), FUNCTIONAL).map((f) => f.pointer)).toEqual(['/agentConnectors/0/toolSource/remoteMcpServer/authorization/referenceId']);
  });
  it('keeps text fields (names, descriptions, starters) at a warning', async () => {
    const m = validManifest({ name: { short: 'Contoso${{APP_NAME_SUFFIX}}', full: 'Contoso Orders' }, bots: [{ botId: BOT_ID, scopes: ['personal'] }] });
    const report = await check(teamsPackage(m));
    expect(findingsOf(report, FUNCTIONAL)).toEqual([]);
    expect(findingsOf(report, ID).map((f) => [f.pointer, f.severity])).toEqual([['/name/short', 'warning']]);
  });
});
