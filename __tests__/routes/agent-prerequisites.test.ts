// What Agent Store review checks that no file can show: the agent validation guidelines' run-time, listing and
// Microsoft Entra items become prerequisites of the multitenant route, never findings.
import { describe, expect, it } from 'vitest';
import { agentPackage, mcpAgentPackage } from '../helpers/copilot-packages.js';
import { BOT_ID, check, teamsPackage, validManifest } from '../helpers/packages.js';

const STORE_ITEMS = ['Responsible AI validation checks', '9 s for 99%', '99.9% availability', 'no regressions on resubmission', 'Copilot in Word', 'frame-ancestors', 'off-topic requests', 'listing screenshot'];

describe('Agent Store prerequisites no file can show', () => {
  it.each([
    ['a declarative agent with an API plugin', agentPackage],
    ['an MCP-based agent', mcpAgentPackage],
  ])('%s lists review-only items (latency, availability, responsible AI, compatibility) for the store route', async (_name, build) => {
    const report = await check(build(), { audience: 'multitenant' });
    const [route] = report.routes;
    for (const item of STORE_ITEMS) expect(route.prerequisites.some((p) => p.includes(item)), item).toBe(true);
    // They are prerequisites, not findings: nothing in the package is blamed for them.
    expect(report.findings.some((f) => /availability|latency|response time/i.test(f.message))).toBe(false);
    expect(route.docs?.prerequisites.filter((d) => d.includes('review-copilot-validation-guidelines')).length).toBeGreaterThanOrEqual(4);
  });
  it('a custom engine agent adds the bot experience items', async () => {
    const m = validManifest({
      $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
      manifestVersion: '1.22',
      bots: [{ botId: BOT_ID, scopes: ['personal'] }],
      copilotAgents: { customEngineAgents: [{ id: BOT_ID, type: 'bot' }] },
    });
    const [route] = (await check(teamsPackage(m), { audience: 'multitenant' })).routes;
    expect(route.prerequisites.some((p) => p.includes('AI label, feedback buttons and citations'))).toBe(true);
    expect(route.prerequisites.some((p) => p.includes('9 s for 99%'))).toBe(true);
  });
  it('one organisation gets only the Responsible AI check that runs at upload', async () => {
    const [route] = (await check(agentPackage(), { audience: 'single-tenant' })).routes;
    expect(route.prerequisites.some((p) => p.includes('Responsible AI validation checks'))).toBe(true);
    expect(route.prerequisites.some((p) => p.includes('99.9% availability'))).toBe(false);
  });
});
