import { describe, expect, it } from 'vitest';
import { agentManifest, agentPackage, openApiYaml, orderFunction, validPlugin } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

const runtime = (extra: Record<string, unknown> = {}) => ({ type: 'OpenApi', auth: { type: 'None' }, spec: { url: 'openapi.yaml' }, run_for_functions: ['listOrders', 'createOrder'], ...extra });

describe("'copilot.plugin-schema'", () => {
  it('reports schema errors at their pointer in the plugin file', async () => {
    const plugin = validPlugin({ namespace: 'contoso orders!', bogus: true });
    const found = await ruleFindings(agentPackage({ plugin }), 'copilot.plugin-schema');
    expect(found.map((f) => [f.file, f.pointer])).toEqual(expect.arrayContaining([['ai-plugin.json', '/namespace'], ['ai-plugin.json', '/bogus']]));
    expect(found.find((f) => f.pointer === '/namespace')?.line).toBe(4);
  });
  it('reports an unknown schema_version', async () => {
    const found = await ruleFindings(agentPackage({ plugin: validPlugin({ schema_version: 'v3' }) }), 'copilot.plugin-schema');
    expect(found.map((f) => f.pointer)).toEqual(['/schema_version']);
  });
  it('passes a valid plugin, also one named by the legacy copilotExtensions.plugins', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-schema')).toEqual([]);
    const legacy = agentManifest({ manifestVersion: 'devPreview', $schema: undefined, copilotAgents: undefined, copilotExtensions: { plugins: [{ id: 'p', file: 'ai-plugin.json' }] } });
    expect(await ruleFindings(agentPackage({ manifest: legacy, plugin: validPlugin({ bogus: 1 }) }), 'copilot.plugin-schema')).toHaveLength(1);
  });
});

describe("'copilot.plugin-text-length'", () => {
  it('warns past 20, 100 and 2048 characters', async () => {
    const plugin = validPlugin({ name_for_human: 'Contoso Orders Plugin!', description_for_human: 'd'.repeat(101), description_for_model: 'm'.repeat(2049) });
    const found = await ruleFindings(agentPackage({ plugin }), 'copilot.plugin-text-length');
    expect(found.map((f) => f.pointer).sort()).toEqual(['/description_for_human', '/description_for_model', '/name_for_human']);
  });
  it('passes text within the limits', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-text-length')).toEqual([]);
  });
});

describe("'copilot.plugin-spec-missing'", () => {
  it('reports a spec.url that is not packaged, relative to the plugin', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': undefined } }), 'copilot.plugin-spec-missing');
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['ai-plugin.json', '/runtimes/0/spec/url', 'error']]);
  });
  it('gives a notice for a remote spec.url', async () => {
    const plugin = validPlugin({ runtimes: [runtime({ spec: { url: 'https://orders.contoso.com/openapi.yaml' } })] });
    const found = await ruleFindings(agentPackage({ plugin }), 'copilot.plugin-spec-missing');
    expect(found.map((f) => f.severity)).toEqual(['notice']);
  });
  it('passes a packaged spec', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-spec-missing')).toEqual([]);
  });
});

describe("'copilot.plugin-function-operation'", () => {
  it('reports a function with no matching operationId, and an undeclared run_for_functions name', async () => {
    const plugin = validPlugin({
      functions: [orderFunction('listOrders', 'Lists orders.'), orderFunction('cancelOrder', 'Cancels an order.')],
      runtimes: [runtime({ run_for_functions: ['listOrders', 'cancelOrder', 'ghost'] })],
    });
    const found = await ruleFindings(agentPackage({ plugin }), 'copilot.plugin-function-operation');
    expect(found.map((f) => f.pointer).sort()).toEqual(['/functions/1/name', '/runtimes/0/run_for_functions', '/runtimes/0/run_for_functions/2']);
  });
  it('uses every function when run_for_functions is absent', async () => {
    const plugin = validPlugin({ functions: [orderFunction('listOrders', 'x'), orderFunction('nope', 'y')], runtimes: [runtime({ run_for_functions: undefined })] });
    const found = await ruleFindings(agentPackage({ plugin }), 'copilot.plugin-function-operation');
    expect(found.map((f) => f.pointer)).toEqual(['/functions/1/name']);
  });
  it('passes matching functions', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-function-operation')).toEqual([]);
  });
});

describe("'copilot.plugin-response-semantics'", () => {
  it('warns on paths that are not JSONPath and on a template that is no card', async () => {
    const fn = { name: 'listOrders', description: 'x', capabilities: { response_semantics: { data_path: 'orders', properties: { title: 'id' }, static_template: { type: 'Container' } } } };
    const plugin = validPlugin({ functions: [fn, orderFunction('createOrder', 'y')] });
    const found = await ruleFindings(agentPackage({ plugin }), 'copilot.plugin-response-semantics');
    const base = '/functions/0/capabilities/response_semantics';
    expect(found.map((f) => f.pointer)).toEqual([`${base}/data_path`, `${base}/properties/title`, `${base}/static_template`]);
  });
  it('passes JSONPath and a card file', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-response-semantics')).toEqual([]);
  });
});

describe("'copilot.plugin-template-missing'", () => {
  it('reports a static_template file that is not packaged', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'cards/order.json': undefined } }), 'copilot.plugin-template-missing');
    expect(found.map((f) => f.pointer)).toEqual([
      '/functions/0/capabilities/response_semantics/static_template/file',
      '/functions/1/capabilities/response_semantics/static_template/file',
    ]);
  });
  it('passes a packaged template', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-template-missing')).toEqual([]);
  });
});

describe("'copilot.plugin-consequential'", () => {
  it('rejects a POST marked non-consequential, with its YAML line (Must fix)', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ postExtra: '\n      x-openai-isConsequential: false' }) } }), 'copilot.plugin-consequential');
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['openapi.yaml', '/paths/~1orders/post/x-openai-isConsequential', 'error']]);
    expect(found[0].line).toBe(34);
  });
  it('passes when the flag is absent or true', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-consequential')).toEqual([]);
    expect(await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ postExtra: '\n      x-openai-isConsequential: true' }) } }), 'copilot.plugin-consequential')).toEqual([]);
  });
});

describe("'copilot.plugin-server-https'", () => {
  it('rejects a plain HTTP server (Must fix)', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ server: 'http://orders.contoso.com' }) } }), 'copilot.plugin-server-https');
    expect(found.map((f) => [f.file, f.pointer, f.line])).toEqual([['openapi.yaml', '/servers/0/url', 7]]);
  });
  it('passes HTTPS', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-server-https')).toEqual([]);
  });
});

describe("'copilot.plugin-auth'", () => {
  const secured = (flow: string) =>
    `${openApiYaml()}  securitySchemes:\n    oauth:\n      type: oauth2\n      flows:\n        ${flow}:\n          authorizationUrl: https://login.contoso.com/authorize\n          tokenUrl: https://login.contoso.com/token\n          scopes: {}\nsecurity:\n  - oauth: []\n`;
  const oauth = (reference_id: string) => validPlugin({ runtimes: [runtime({ auth: { type: 'OAuthPluginVault', reference_id } })] });

  it('warns when an anonymous runtime calls secured operations', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': secured('authorizationCode') } }), 'copilot.plugin-auth');
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['ai-plugin.json', '/runtimes/0/auth/type', 'warning']]);
  });
  it('reports an empty reference_id as an error and a non-authorization-code OAuth flow as a warning', async () => {
    const empty = await ruleFindings(agentPackage({ plugin: oauth(' '), files: { 'openapi.yaml': secured('authorizationCode') } }), 'copilot.plugin-auth');
    expect(empty.map((f) => [f.pointer, f.severity])).toEqual([['/runtimes/0/auth/reference_id', 'error']]);
    const implicit = await ruleFindings(agentPackage({ plugin: oauth('reg-1'), files: { 'openapi.yaml': secured('implicit') } }), 'copilot.plugin-auth');
    expect(implicit.map((f) => [f.file, f.pointer, f.severity, f.line])).toEqual([['openapi.yaml', '/components/securitySchemes/oauth/flows', 'warning', 66]]);
  });
  it('passes matching auth', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.plugin-auth')).toEqual([]);
    expect(await ruleFindings(agentPackage({ plugin: oauth('reg-1'), files: { 'openapi.yaml': secured('authorizationCode') } }), 'copilot.plugin-auth')).toEqual([]);
  });
});

describe("'copilot.plugin-confirmation-text'", () => {
  const withConfirmation = (body: string) =>
    validPlugin({ functions: [orderFunction('listOrders', 'Lists orders.'), { ...orderFunction('createOrder', 'Creates an order.'), capabilities: { confirmation: { type: 'AdaptiveCard', title: 'Create order', body } } }] });
  it('notes a prompt on a POST function that asks nothing', async () => {
    const found = await ruleFindings(agentPackage({ plugin: withConfirmation('Creates an order for {{function.parameters.customer}}') }), 'copilot.plugin-confirmation-text');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/functions/1/capabilities/confirmation', 'notice']]);
  });
  it('passes a prompt that asks for permission', async () => {
    expect(await ruleFindings(agentPackage({ plugin: withConfirmation('Do you want to create an order for {{function.parameters.customer}}?') }), 'copilot.plugin-confirmation-text')).toEqual([]);
  });
});
