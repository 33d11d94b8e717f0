import { describe, expect, it } from 'vitest';
import { agentPackage, apiMePackage, openApiYaml, validPlugin } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

describe("'copilot.openapi-parse'", () => {
  it('reports YAML that does not parse, with its position', async () => {
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': 'openapi: 3.0.3\ninfo:\n  title: Orders\n  version: "1\npaths: {}\n' } }), 'copilot.openapi-parse');
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('openapi.yaml');
    expect(found[0].line).toBeGreaterThan(1);
  });
  it('passes valid YAML', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.openapi-parse')).toEqual([]);
  });
});

describe("'copilot.openapi-valid'", () => {
  it('reports a schema error at its pointer and line in YAML', async () => {
    const broken = openApiYaml().replace('  version: 1.0.0\n', '');
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': broken } }), 'copilot.openapi-valid');
    expect(found.map((f) => [f.file, f.pointer, f.line])).toEqual([['openapi.yaml', '/info', 3]]);
  });
  it('reports duplicate operationIds and a broken local reference', async () => {
    const dup = openApiYaml().replace('operationId: createOrder', 'operationId: listOrders');
    const found = await ruleFindings(agentPackage({ files: { 'openapi.yaml': dup } }), 'copilot.openapi-valid');
    expect(found.map((f) => f.pointer)).toContain('/paths/~1orders/post/operationId');
    const missing = await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ schemaRef: '#/components/schemas/Nope' }) } }), 'copilot.openapi-valid');
    expect(missing.map((f) => f.pointer)).toEqual(['/paths/~1orders/get/responses/200/content/application~1json/schema/$ref']);
  });
  it('works on a JSON Swagger 2.0 document', async () => {
    const swagger = { swagger: '2.0', info: { title: 'Orders' }, paths: { '/orders': { get: { operationId: 'listOrders', responses: { '200': { description: 'ok' } } } } } };
    const plugin = validPlugin({ runtimes: [{ type: 'OpenApi', auth: { type: 'None' }, spec: { url: 'swagger.json' }, run_for_functions: ['listOrders'] }] });
    const found = await ruleFindings(agentPackage({ plugin, files: { 'openapi.yaml': undefined, 'swagger.json': JSON.stringify(swagger, null, 2) } }), 'copilot.openapi-valid');
    expect(found.map((f) => [f.file, f.pointer, f.line])).toEqual([['swagger.json', '/info', 3]]);
  });
  it('passes valid documents for plugins and API message extensions', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.openapi-valid')).toEqual([]);
    expect(await ruleFindings(apiMePackage(), 'copilot.openapi-valid')).toEqual([]);
  });
});

describe("'copilot.openapi-external-ref'", () => {
  it('reports remote and cross-file references without fetching them', async () => {
    const remote = await ruleFindings(agentPackage({ files: { 'openapi.yaml': openApiYaml({ schemaRef: 'https://schemas.contoso.com/order.json' }) } }), 'copilot.openapi-external-ref');
    expect(remote.map((f) => [f.pointer, f.line])).toEqual([['/paths/~1orders/get/responses/200/content/application~1json/schema/$ref', 30]]);
    const file = await ruleFindings(apiMePackage(undefined, { 'openapi.yaml': openApiYaml({ schemaRef: './schemas.yaml#/Order' }) }), 'copilot.openapi-external-ref');
    expect(file).toHaveLength(1);
    expect(file[0].message).toContain('another file');
  });
  it('passes local references', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.openapi-external-ref')).toEqual([]);
  });
});
