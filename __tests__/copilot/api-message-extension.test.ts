import { describe, expect, it } from 'vitest';
import { check } from '../helpers/packages.js';
import { apiCommand, apiMeManifest, apiMePackage, openApiYaml, responseTemplate } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

describe('the valid API-based message extension package', () => {
  it('gets no error or warning from any rule', async () => {
    const report = await check(apiMePackage());
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});

describe("'copilot.apime-spec-file'", () => {
  it('reports a missing apiSpecificationFile and a command without a template', async () => {
    const manifest = apiMeManifest({ apiSpecificationFile: undefined }, { apiResponseRenderingTemplateFile: undefined });
    const found = await ruleFindings(apiMePackage(manifest), 'copilot.apime-spec-file');
    expect(found.map((f) => f.pointer)).toEqual(['/composeExtensions/0', '/composeExtensions/0/commands/0']);
  });
  it('passes a complete extension', async () => {
    expect(await ruleFindings(apiMePackage(), 'copilot.apime-spec-file')).toEqual([]);
  });
});

describe("'copilot.apime-command-operation'", () => {
  it('reports a command id with no operation', async () => {
    const found = await ruleFindings(apiMePackage(apiMeManifest({}, { id: 'findOrders' })), 'copilot.apime-command-operation');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['manifest.json', '/composeExtensions/0/commands/0/id']]);
  });
  it('reports a parameter the operation does not take', async () => {
    const params = [{ name: 'region', title: 'Region', description: 'Sales region such as EMEA', inputType: 'text' }];
    const found = await ruleFindings(apiMePackage(apiMeManifest({}, { parameters: params })), 'copilot.apime-command-operation');
    expect(found.map((f) => f.pointer)).toEqual(['/composeExtensions/0/commands/0/parameters/0/name']);
  });
  it('accepts request body properties as parameters', async () => {
    const params = [{ name: 'item', title: 'Item', description: 'What to order, for example chairs', inputType: 'text' }];
    expect(await ruleFindings(apiMePackage(apiMeManifest({}, { id: 'createOrder', parameters: params })), 'copilot.apime-command-operation')).toEqual([]);
  });
  it('passes matching ids and parameters', async () => {
    expect(await ruleFindings(apiMePackage(), 'copilot.apime-command-operation')).toEqual([]);
  });
});

describe("'copilot.apime-openapi-subset'", () => {
  it('reports HTTP servers, PUT operations, required headers, two required parameters and oneOf', async () => {
    const yaml = openApiYaml({ server: 'http://orders.contoso.com' })
      .replace('    post:\n      operationId: createOrder', '    put:\n      operationId: createOrder')
      .replace(
        "        - name: customer\n          in: query\n",
        "        - name: X-Tenant\n          in: header\n          required: true\n          schema:\n            type: string\n        - name: customer\n          in: query\n          required: true\n",
      )
      .replace("        - name: status\n          in: query\n          description: Order status such as open or shipped\n          schema:\n            type: string\n",
        "        - name: status\n          in: query\n          description: Order status such as open or shipped\n          schema:\n            oneOf:\n              - type: string\n              - type: integer\n");
    const manifest = apiMeManifest({}, {});
    const put = { ...apiCommand({ id: 'createOrder', title: 'New order', description: 'Create a Contoso order for a customer', parameters: [{ name: 'item', title: 'Item', description: 'What to order, for example chairs' }] }) };
    (manifest.composeExtensions as Array<Record<string, unknown>>)[0].commands = [apiCommand(), put];
    const found = await ruleFindings(apiMePackage(manifest, { 'openapi.yaml': yaml }), 'copilot.apime-openapi-subset');
    const pointers = found.map((f) => f.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/servers/0/url',
        '/paths/~1orders/put',
        '/paths/~1orders/get/parameters/0',
        '/paths/~1orders/get/parameters/1',
        '/paths/~1orders/get/parameters/2/schema/oneOf',
      ]),
    );
    expect(found.every((f) => f.file === 'openapi.yaml' && typeof f.line === 'number')).toBe(true);
  });
  it('reports OpenAPI 3.1', async () => {
    const found = await ruleFindings(apiMePackage(undefined, { 'openapi.yaml': openApiYaml().replace('openapi: 3.0.3', 'openapi: 3.1.0') }), 'copilot.apime-openapi-subset');
    expect(found.map((f) => [f.pointer, f.line])).toEqual([['/openapi', 1]]);
  });
  it('passes the supported subset', async () => {
    expect(await ruleFindings(apiMePackage(), 'copilot.apime-openapi-subset')).toEqual([]);
  });
});

describe("'copilot.apime-auth'", () => {
  it('reports apiSecretServiceAuth without a registration id', async () => {
    const found = await ruleFindings(apiMePackage(apiMeManifest({ authorization: { authType: 'apiSecretServiceAuth' } })), 'copilot.apime-auth');
    expect(found.map((f) => f.pointer)).toEqual(['/composeExtensions/0/authorization']);
  });
  it('passes with the id, and with no auth', async () => {
    const ok = { authorization: { authType: 'apiSecretServiceAuth', apiSecretServiceAuthConfiguration: { apiSecretRegistrationId: '9f1c2d3e-0000-4000-8000-000000000001' } } };
    expect(await ruleFindings(apiMePackage(apiMeManifest(ok)), 'copilot.apime-auth')).toEqual([]);
    expect(await ruleFindings(apiMePackage(apiMeManifest({ authorization: { authType: 'none' } })), 'copilot.apime-auth')).toEqual([]);
  });
});

describe("'copilot.apime-card-version'", () => {
  it('warns on an Adaptive Card 1.6 template', async () => {
    const found = await ruleFindings(apiMePackage(undefined, { 'responseTemplates/listOrders.json': JSON.stringify(responseTemplate('1.6'), null, 2) }), 'copilot.apime-card-version');
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['responseTemplates/listOrders.json', '/responseCardTemplate/version', 'warning']]);
  });
  it('passes 1.5', async () => {
    expect(await ruleFindings(apiMePackage(), 'copilot.apime-card-version')).toEqual([]);
  });
});
