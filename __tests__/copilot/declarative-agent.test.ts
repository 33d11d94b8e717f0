import { describe, expect, it } from 'vitest';
import { agentManifest, agentPackage, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { copilotFindings, ruleFindings } from './support.js';
import { check } from '../helpers/packages.js';

describe('the valid declarative agent package', () => {
  it('gets no error or warning from any rule and lists its capabilities', async () => {
    const report = await check(agentPackage());
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.capabilities).toEqual(expect.arrayContaining(['declarative-agent', 'api-plugin']));
  });
});

describe("'copilot.da-schema'", () => {
  it('reports a schema error at its pointer in the agent file', async () => {
    const found = await ruleFindings(agentPackage({ agent: validAgent({ name: '', extra: 1 }) }), 'copilot.da-schema');
    expect(found.map((f) => [f.file, f.pointer])).toEqual(expect.arrayContaining([['declarativeAgent.json', '/name'], ['declarativeAgent.json', '/extra']]));
    expect(found.find((f) => f.pointer === '/name')?.line).toBe(4);
  });
  it('validates against the version the file names', async () => {
    // conversation_starters may hold 12 items from v1.6; v1.5 allows 6.
    const starters = Array.from({ length: 8 }, (_, i) => ({ text: `Prompt number ${i}` }));
    expect(await ruleFindings(agentPackage({ agent: validAgent({ conversation_starters: starters }) }), 'copilot.da-schema')).toEqual([]);
    const old = await ruleFindings(agentPackage({ agent: validAgent({ version: 'v1.5', conversation_starters: starters }) }), 'copilot.da-schema');
    expect(old.map((f) => f.pointer)).toContain('/conversation_starters');
  });
  it('reports an unknown or missing version', async () => {
    const unknown = await ruleFindings(agentPackage({ agent: validAgent({ version: 'v9.9' }) }), 'copilot.da-schema');
    expect(unknown.map((f) => [f.pointer, f.severity])).toEqual([['/version', 'error']]);
    const missing = await ruleFindings(agentPackage({ agent: validAgent({ version: undefined }) }), 'copilot.da-schema');
    expect(missing.map((f) => [f.pointer, f.severity])).toEqual([['', 'error']]);
  });
  it('passes a valid agent', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.da-schema')).toEqual([]);
  });
});

describe("'copilot.da-instructions-length'", () => {
  it('reports instructions over 8,000 characters once, with the count', async () => {
    const findings = await copilotFindings(agentPackage({ agent: validAgent({ instructions: 'x'.repeat(8001) }) }));
    const mine = findings.filter((f) => f.pointer === '/instructions');
    expect(mine.map((f) => f.ruleId)).toEqual(['copilot.da-instructions-length']);
    expect(mine[0].message).toContain('8001');
  });
  it('passes 8,000 characters', async () => {
    expect(await ruleFindings(agentPackage({ agent: validAgent({ instructions: 'x'.repeat(8000) }) }), 'copilot.da-instructions-length')).toEqual([]);
  });
});

describe("'copilot.da-conversation-starters'", () => {
  it('rejects below 3 and above 6 for the Agent Store only (Must fix)', async () => {
    const two = await ruleFindings(agentPackage({ agent: validAgent({ conversation_starters: [{ text: 'a' }, { text: 'b' }] }) }), 'copilot.da-conversation-starters');
    expect(two.map((f) => [f.pointer, f.severity, f.audiences])).toEqual([['/conversation_starters', 'error', ['multitenant']]]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ text: `Prompt ${i}` }));
    const many = await ruleFindings(agentPackage({ agent: validAgent({ conversation_starters: seven }) }), 'copilot.da-conversation-starters');
    expect(many.map((f) => f.pointer)).toEqual(['/conversation_starters/6']);
    const none = await ruleFindings(agentPackage({ agent: validAgent({ conversation_starters: undefined }) }), 'copilot.da-conversation-starters');
    expect(none).toHaveLength(1);
  });
  it('passes 3 starters', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.da-conversation-starters')).toEqual([]);
  });
});

describe("'copilot.da-file-missing'", () => {
  it('reports a missing action file and a missing embedded knowledge file, relative to the agent', async () => {
    const agent = validAgent({ capabilities: [{ name: 'EmbeddedKnowledge', files: [{ file: 'knowledge/faq.docx' }] }] });
    const found = await ruleFindings(agentPackage({ agent, files: { 'ai-plugin.json': undefined } }), 'copilot.da-file-missing');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([
      ['declarativeAgent.json', '/actions/0/file'],
      ['declarativeAgent.json', '/capabilities/0/files/0/file'],
    ]);
  });
  it('resolves paths against the agent file folder', async () => {
    const manifest = agentManifest({ copilotAgents: { declarativeAgents: [{ id: 'a', file: 'agent/da.json' }] } });
    const files = { 'declarativeAgent.json': undefined, 'agent/da.json': JSON.stringify(validAgent({ actions: [{ id: 'p', file: '../ai-plugin.json' }] })) };
    expect(await ruleFindings(agentPackage({ manifest, files }), 'copilot.da-file-missing')).toEqual([]);
    const outside = { ...files, 'agent/da.json': JSON.stringify(validAgent({ actions: [{ id: 'p', file: '../../ai-plugin.json' }] })) };
    const found = await ruleFindings(agentPackage({ manifest, files: outside }), 'copilot.da-file-missing');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['agent/da.json', '/actions/0/file']]);
  });
});

describe("'copilot.da-capability-duplicate'", () => {
  it('reports a capability named twice', async () => {
    const agent = validAgent({ capabilities: [{ name: 'WebSearch' }, { name: 'WebSearch', sites: [{ url: 'https://contoso.com' }] }] });
    const found = await ruleFindings(agentPackage({ agent }), 'copilot.da-capability-duplicate');
    expect(found.map((f) => f.pointer)).toEqual(['/capabilities/1/name']);
  });
  it('passes distinct capabilities', async () => {
    const agent = validAgent({ capabilities: [{ name: 'WebSearch' }, { name: 'CodeInterpreter' }] });
    expect(await ruleFindings(agentPackage({ agent }), 'copilot.da-capability-duplicate')).toEqual([]);
  });
});

describe("'copilot.da-graph-connectors-hardcoded'", () => {
  it('rejects hard-coded Copilot connector connections for the Agent Store (Must fix)', async () => {
    const agent = validAgent({ capabilities: [{ name: 'GraphConnectors', connections: [{ connection_id: 'policies' }] }] });
    const found = await ruleFindings(agentPackage({ agent }), 'copilot.da-graph-connectors-hardcoded');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/capabilities/0/connections', 'error']]);
  });
  it('passes an open GraphConnectors capability', async () => {
    const agent = validAgent({ capabilities: [{ name: 'GraphConnectors' }] });
    expect(await ruleFindings(agentPackage({ agent }), 'copilot.da-graph-connectors-hardcoded')).toEqual([]);
  });
});

describe("'copilot.da-capability-instructions'", () => {
  it('notes WebSearch that the instructions never mention', async () => {
    const agent = validAgent({ capabilities: [{ name: 'WebSearch' }] });
    const found = await ruleFindings(agentPackage({ agent }), 'copilot.da-capability-instructions');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/capabilities/0', 'notice']]);
  });
  it('passes when the instructions explain it', async () => {
    const agent = validAgent({ capabilities: [{ name: 'WebSearch' }], instructions: 'Use web search to look up public shipping delays.' });
    expect(await ruleFindings(agentPackage({ agent }), 'copilot.da-capability-instructions')).toEqual([]);
  });
});

describe("'copilot.da-has-action'", () => {
  it('notes an agent with neither actions nor capabilities', async () => {
    const found = await ruleFindings(agentPackage({ agent: validAgent({ actions: undefined }) }), 'copilot.da-has-action');
    expect(found.map((f) => [f.file, f.severity])).toEqual([['declarativeAgent.json', 'notice']]);
  });
  it('passes an agent with an action', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.da-has-action')).toEqual([]);
  });
});

describe("'copilot.name-consistent'", () => {
  it('rejects an agent or plugin name that differs from name.short (Must fix)', async () => {
    const found = await ruleFindings(agentPackage({ agent: validAgent({ name: 'Orders Agent' }), plugin: validPlugin({ name_for_human: 'Orders API' }) }), 'copilot.name-consistent');
    expect(found.map((f) => [f.file, f.pointer, f.severity])).toEqual([
      ['ai-plugin.json', '/name_for_human', 'error'],
      ['declarativeAgent.json', '/name', 'error'],
    ]);
  });
  it('skips localization tokens and unresolved placeholders', async () => {
    const manifest = agentManifest({ name: { short: 'Contoso ${{APP_NAME_SUFFIX}}', full: 'Contoso Orders' } });
    expect(await ruleFindings(agentPackage({ manifest }), 'copilot.name-consistent')).toEqual([]);
    expect(await ruleFindings(agentPackage({ agent: validAgent({ name: '[[agent_name]]' }) }), 'copilot.name-consistent')).toEqual([]);
  });
});
