// $schema URLs of agent and plugin files name the version the file declares (the Agents Toolkit validates by the URL).
import { describe, expect, it } from 'vitest';
import { agentPackage, mcpAgentPackage, mcpPlugin, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

const ID = 'copilot.schema-url-version';

describe(`'${ID}'`, () => {
  it('warns when an agent $schema names another version than "version"', async () => {
    const agent = validAgent({ $schema: 'https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.4/schema.json' });
    const found = await ruleFindings(agentPackage({ agent }), ID);
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['declarativeAgent.json', '/$schema', 'warning']]);
    expect(found[0].message).toContain('v1.4');
  });
  it('warns when a plugin $schema names another version than "schema_version"', async () => {
    const plugin = mcpPlugin({ $schema: 'https://aka.ms/json-schemas/copilot/plugin/v2.2/schema.json' });
    const found = await ruleFindings(mcpAgentPackage({ plugin }), ID);
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([['ai-plugin.json', '/$schema', 'warning']]);
  });
  it('passes matching URLs and files without $schema', async () => {
    expect(await ruleFindings(agentPackage(), ID)).toEqual([]);
    expect(await ruleFindings(mcpAgentPackage(), ID)).toEqual([]);
    expect(await ruleFindings(agentPackage({ plugin: validPlugin({ $schema: undefined }) }), ID)).toEqual([]);
  });
});
