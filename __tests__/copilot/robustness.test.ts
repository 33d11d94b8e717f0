// Copilot rules never throw on odd input: any JSON value where an agent, plugin, OpenAPI document or
// manifest field is expected yields findings, not an internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentManifest, agentPackage, apiMeManifest, apiMePackage, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { copilotFindings } from './support.js';

const internal = (findings: Array<{ message: string }>) => findings.filter((f) => f.message.startsWith('Internal error'));
const odd = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant('[[token]]'), fc.constant('${{X}}'));

describe('Copilot rules on odd input', () => {
  it('survive any value in agent, plugin and manifest fields', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('agent', 'plugin', 'manifest', 'me'),
        fc.constantFrom('actions', 'capabilities', 'conversation_starters', 'functions', 'runtimes', 'copilotAgents', 'composeExtensions', 'version', 'schema_version', 'name', 'instructions'),
        odd,
        async (where, key, value) => {
          const record =
            where === 'agent'
              ? agentPackage({ agent: validAgent({ [key]: value }) })
              : where === 'plugin'
                ? agentPackage({ plugin: validPlugin({ [key]: value }) })
                : where === 'manifest'
                  ? agentPackage({ manifest: agentManifest({ [key]: value }) })
                  : apiMePackage(apiMeManifest({ [key]: value }, { parameters: value }));
          expect(internal(await copilotFindings(record))).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('survive whole files that are not what they should be', async () => {
    const contents = ['', 'null', '[]', '42', '"text"', '{', 'openapi: [', 'a: *unknown', '- 1\n- 2', JSON.stringify({ openapi: '3.0.0', paths: { '/x': null, '/y': { get: [] } } })];
    for (const text of contents) {
      for (const file of ['declarativeAgent.json', 'ai-plugin.json', 'openapi.yaml']) {
        expect(internal(await copilotFindings(agentPackage({ files: { [file]: text } }))), `${file}: ${text}`).toEqual([]);
      }
      expect(internal(await copilotFindings(apiMePackage(undefined, { 'openapi.yaml': text, 'responseTemplates/listOrders.json': text }))), text).toEqual([]);
    }
  });
  it('survive self-referencing OpenAPI schemas', async () => {
    const yaml = `openapi: 3.0.3
info: { title: T, version: '1' }
servers: [{ url: 'https://x.contoso.com' }]
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - { name: customer, in: query, schema: { $ref: '#/components/schemas/Node' } }
      responses: { '200': { description: ok } }
components:
  schemas:
    Node: { type: object, properties: { next: { $ref: '#/components/schemas/Node' } } }
`;
    expect(internal(await copilotFindings(apiMePackage(undefined, { 'openapi.yaml': yaml })))).toEqual([]);
    expect(internal(await copilotFindings(agentPackage({ files: { 'openapi.yaml': yaml } })))).toEqual([]);
  });
});
