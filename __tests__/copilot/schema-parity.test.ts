// Every error Microsoft's schema gives an agent or plugin file appears in the report at the same pointer, for every
// published version; where a oneOf/anyOf fails, the errors of the branch the value was meant for.
import { describe, expect, it } from 'vitest';
import { API_PLUGIN_VERSIONS, DECLARATIVE_AGENT_VERSIONS } from '../../src/engine/schemas/catalog.js';
import { agentPackage } from '../helpers/copilot-packages.js';
import { copilotFindings, expectSchemaParity, referenceSchemaErrors, SCHEMA_RULES } from './support.js';

const brokenAgent = (version: string) => ({
  version,
  name: '',
  description: 'd'.repeat(1001),
  instructions: 'x'.repeat(8001),
  conversation_starters: [],
  capabilities: [{ name: 'Nope' }, { name: 'WebSearch', sites: 'contoso.com' }],
  actions: [{ id: 7, file: 'ai-plugin.json' }],
  extra: true,
});

const brokenPlugin = (version: string) => ({
  schema_version: version,
  name_for_human: 1,
  namespace: 'contoso orders',
  functions: [{ name: 'list orders', description: 3 }],
  runtimes: [{ type: 'Bogus', auth: { type: 'OAuthPluginVault' }, spec: { url: 'openapi.yaml' } }],
  extra: 1,
});

describe('schema parity with an independent Ajv', () => {
  it.each(DECLARATIVE_AGENT_VERSIONS)("declarative agent %s: 'copilot.da-schema' reports every error", async (version) => {
    const agent = brokenAgent(version);
    const ours = (await copilotFindings(agentPackage({ agent }))).filter((f) => f.file === 'declarativeAgent.json' && SCHEMA_RULES.includes(f.ruleId)).map((f) => f.pointer);
    const reference = referenceSchemaErrors('declarative-agent', version, agent);
    expect(reference.length).toBeGreaterThan(3);
    expectSchemaParity(ours, reference);
  });
  it.each(API_PLUGIN_VERSIONS)("plugin %s: 'copilot.plugin-schema' reports every error", async (version) => {
    const plugin = brokenPlugin(version);
    const ours = (await copilotFindings(agentPackage({ plugin }))).filter((f) => f.file === 'ai-plugin.json' && SCHEMA_RULES.includes(f.ruleId)).map((f) => f.pointer);
    const reference = referenceSchemaErrors('api-plugin', version, plugin);
    expect(reference.length).toBeGreaterThan(3);
    expectSchemaParity(ours, reference);
  });
});
