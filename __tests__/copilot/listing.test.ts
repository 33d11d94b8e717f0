import { describe, expect, it } from 'vitest';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { agentManifest, agentPackage, apiMePackage, orderCard, responseTemplate, validPlugin, orderFunction } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

const plainFull = { short: 'Find and share Contoso orders.', full: 'Search Contoso orders by customer, status or date.' };

describe("'copilot.long-description-copilot'", () => {
  it('rejects an agent app whose long description never mentions Copilot (Must fix)', async () => {
    const found = await ruleFindings(agentPackage({ manifest: agentManifest({ description: plainFull }) }), 'copilot.long-description-copilot');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/description/full', 'error']]);
  });
  it('passes a description that names Microsoft 365 Copilot, and a plain Teams message extension', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.long-description-copilot')).toEqual([]);
    expect(await ruleFindings(teamsPackage(validManifest({ description: plainFull })), 'copilot.long-description-copilot')).toEqual([]);
  });
});

describe("'copilot.card-metadata-url'", () => {
  it('warns on plugin and message extension cards without metadata.webUrl', async () => {
    const bare = { ...orderCard(), metadata: undefined };
    const found = await ruleFindings(agentPackage({ files: { 'cards/order.json': JSON.stringify(bare, null, 2) } }), 'copilot.card-metadata-url');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['cards/order.json', '']]);
    const inline = validPlugin({ functions: [{ ...orderFunction('listOrders', 'x'), capabilities: { response_semantics: { data_path: '$.orders', static_template: bare } } }, orderFunction('createOrder', 'y')] });
    const inlineFound = await ruleFindings(agentPackage({ plugin: inline }), 'copilot.card-metadata-url');
    expect(inlineFound.map((f) => [f.file, f.pointer])).toEqual([['ai-plugin.json', '/functions/0/capabilities/response_semantics/static_template']]);
    const me = await ruleFindings(apiMePackage(undefined, { 'responseTemplates/listOrders.json': JSON.stringify({ ...responseTemplate(), responseCardTemplate: bare }, null, 2) }), 'copilot.card-metadata-url');
    expect(me.map((f) => [f.file, f.pointer])).toEqual([['responseTemplates/listOrders.json', '/responseCardTemplate']]);
  });
  it('passes cards with a metadata URL', async () => {
    expect(await ruleFindings(agentPackage(), 'copilot.card-metadata-url')).toEqual([]);
    expect(await ruleFindings(apiMePackage(), 'copilot.card-metadata-url')).toEqual([]);
  });
});
