// App manifest 1.27–1.29 features: agentConnectors (MCP servers for every agent) and agentSkills (SKILL.md folders).
// The clean v1.28 package, and a package that breaks each rule.
import { describe, expect, it } from 'vitest';
import { check, findingsOf } from '../helpers/packages.js';
import { mcpTools, SKILL_MD, skillsAndConnectorsManifest, skillsAndConnectorsPackage } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

const connector = (id: string, remote: Record<string, unknown> = {}) => ({
  id,
  displayName: `Connector ${id}`,
  toolSource: { remoteMcpServer: { mcpServerUrl: 'https://mcp.contoso.com/mcp', mcpToolDescription: { file: 'connector-tools.json' }, ...remote } },
});

describe('the clean manifest 1.28 package with agent skills and agent connectors', () => {
  it('gets no error or warning from any rule, and every skill file counts as used', async () => {
    const report = await check(skillsAndConnectorsPackage());
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(findingsOf(report, 'package.unused-file')).toEqual([]);
    expect(report.routes.every((r) => r.eligible)).toBe(true);
  });
  it('passes on 1.29 with dynamic tool discovery (no mcpToolDescription)', async () => {
    const m = skillsAndConnectorsManifest({
      $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json',
      manifestVersion: '1.29',
      agentConnectors: [connector('contoso-orders', { mcpToolDescription: undefined })],
    });
    const report = await check(skillsAndConnectorsPackage(m, { 'connector-tools.json': undefined }));
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});

describe("'teams.manifest-feature-version' for 1.27, 1.28 and 1.29 features", () => {
  it('names the version agentConnectors, agentSkills and dynamic tool discovery need', async () => {
    const on126 = skillsAndConnectorsManifest({ $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.26/MicrosoftTeams.schema.json', manifestVersion: '1.26' });
    const found = findingsOf(await check(skillsAndConnectorsPackage(on126)), 'teams.manifest-feature-version');
    expect(found.map((f) => [f.pointer, f.message])).toEqual([
      ['/agentConnectors', expect.stringContaining('needs manifestVersion 1.27')],
      ['/agentSkills', expect.stringContaining('needs manifestVersion 1.28')],
    ]);
    const dynamicOn128 = skillsAndConnectorsManifest({ agentConnectors: [connector('contoso-orders', { mcpToolDescription: undefined })] });
    const dynamic = findingsOf(await check(skillsAndConnectorsPackage(dynamicOn128)), 'teams.manifest-feature-version');
    expect(dynamic.map((f) => [f.pointer, f.message])).toEqual([['/agentConnectors/0/toolSource/remoteMcpServer', expect.stringContaining('Dynamic tool discovery')]]);
    expect(dynamic[0].message).toContain('1.29');
  });
});

describe("'copilot.agent-connector-id-unique'", () => {
  it('reports a connector id used twice', async () => {
    const m = skillsAndConnectorsManifest({ agentConnectors: [connector('orders'), connector('orders')] });
    const found = await ruleFindings(skillsAndConnectorsPackage(m), 'copilot.agent-connector-id-unique');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/agentConnectors/1/id', 'error']]);
  });
  it('passes distinct ids', async () => {
    const m = skillsAndConnectorsManifest({ agentConnectors: [connector('orders'), connector('invoices')] });
    expect(await ruleFindings(skillsAndConnectorsPackage(m), 'copilot.agent-connector-id-unique')).toEqual([]);
  });
});

describe("'copilot.mcp-tool-description' for agent connectors", () => {
  it('reports a connector tool file whose tools lack an inputSchema', async () => {
    const tools = mcpTools();
    delete tools.tools[0].inputSchema;
    const found = await ruleFindings(skillsAndConnectorsPackage(undefined, { 'connector-tools.json': JSON.stringify(tools, null, 2) }), 'copilot.mcp-tool-description');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['connector-tools.json', '/tools/0']]);
  });
  it('leaves a missing connector tool file to package.referenced-file-missing', async () => {
    const report = await check(skillsAndConnectorsPackage(undefined, { 'connector-tools.json': undefined }));
    expect(findingsOf(report, 'copilot.mcp-tool-description')).toEqual([]);
    expect(findingsOf(report, 'package.referenced-file-missing').map((f) => f.pointer)).toEqual(['/agentConnectors/0/toolSource/remoteMcpServer/mcpToolDescription/file']);
  });
});

describe("'copilot.agent-skill-folder'", () => {
  it('reports a skill folder without SKILL.md, one that is missing, one in the wrong case, and the package root', async () => {
    const m = skillsAndConnectorsManifest({ agentSkills: [{ folder: 'skills/order-triage' }, { folder: 'skills/refunds' }, { folder: 'skills/lower' }, { folder: './' }, { folder: '../outside' }] });
    const files = { 'skills/order-triage/SKILL.md': undefined, 'skills/order-triage/notes.md': 'notes', 'skills/lower/skill.md': SKILL_MD };
    const found = await ruleFindings(skillsAndConnectorsPackage(m, files), 'copilot.agent-skill-folder');
    expect(found.map((f) => [f.pointer, f.message])).toEqual([
      ['/agentSkills/0/folder', expect.stringContaining('has no SKILL.md')],
      ['/agentSkills/1/folder', expect.stringContaining('is not in the package')],
      ['/agentSkills/2/folder', expect.stringContaining('must be named exactly SKILL.md')],
      ['/agentSkills/3/folder', expect.stringContaining('package root')],
      ['/agentSkills/4/folder', expect.stringContaining('outside the package')],
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
  it('passes the clean skill', async () => {
    expect(await ruleFindings(skillsAndConnectorsPackage(), 'copilot.agent-skill-folder')).toEqual([]);
  });
});

describe("'copilot.agent-skill-metadata'", () => {
  const skill = (md: string) => skillsAndConnectorsPackage(undefined, { 'skills/order-triage/SKILL.md': md });
  it('requires front matter with a name and a description (errors)', async () => {
    const none = await ruleFindings(skill('# Order triage\n'), 'copilot.agent-skill-metadata');
    expect(none.map((f) => [f.file, f.line, f.severity])).toEqual([['skills/order-triage/SKILL.md', 1, 'error']]);
    const noDescription = await ruleFindings(skill('---\nname: order-triage\n---\n# x\n'), 'copilot.agent-skill-metadata');
    expect(noDescription.map((f) => [f.severity, f.message])).toEqual([['error', expect.stringContaining('no "description"')]]);
    const broken = await ruleFindings(skill('---\nname: [order\n---\n'), 'copilot.agent-skill-metadata');
    expect(broken.map((f) => f.message)).toEqual([expect.stringContaining('not valid YAML')]);
  });
  it('warns on a name that breaks the standard or differs from the folder, and on a long description', async () => {
    const upper = await ruleFindings(skill('---\nname: Order_Triage\ndescription: Triage orders.\n---\n'), 'copilot.agent-skill-metadata');
    expect(upper.map((f) => [f.line, f.severity, f.message])).toEqual([[2, 'warning', expect.stringContaining('lower-case letters')]]);
    const other = await ruleFindings(skill(`---\nname: refunds\ndescription: ${'x'.repeat(1100)}\n---\n`), 'copilot.agent-skill-metadata');
    expect(other.map((f) => [f.line, f.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
    ]);
  });
  it('passes the clean skill', async () => {
    expect(await ruleFindings(skillsAndConnectorsPackage(), 'copilot.agent-skill-metadata')).toEqual([]);
  });
});

describe("'package.unused-file' with agent skills and connectors", () => {
  it('counts skill folders and tool description files as used, and still reports a stray file', async () => {
    const report = await check(skillsAndConnectorsPackage(undefined, { 'skills/order-triage/scripts/run.py': 'print(1)', 'old-tools.json': '{}' }));
    expect(findingsOf(report, 'package.unused-file').map((f) => f.file)).toEqual(['old-tools.json']);
  });
});
